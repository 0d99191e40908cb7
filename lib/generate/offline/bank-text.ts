// The copy banks read as text the offline section operations can work with: which bank string
// a section's text came from (filled in with the business name and city), its counterpart in
// another language (the banks of one kind are written in parallel, entry for entry), and its
// sibling variants (the alternatives a template picks from), for tone rewrites.
import { siteLanguages, type SiteLanguage } from '@/lib/i18n/languages';
import { teamHeading } from '@/lib/sites/templates/compose';
import { findKind } from '../catalogue/load';
import { copyBanks } from './banks';
import { businessKinds, type BusinessKind, type CopyBank } from '@/lib/sites/templates/copy-bank';
import { buildBank } from './kind-bank';
import { neutralCopy } from './neutral';
import { currencyFor } from './prices';

// Where a section's copy comes from: a family's full bank ("bakery") or a catalogue kind's own
// copy ("dentist"), in the shape of a copy bank either way.
export type BankKey = string;

const isFamily = (key: string): key is BusinessKind => (businessKinds as readonly string[]).includes(key);

export function bankFor(key: BankKey, language: SiteLanguage): CopyBank {
  if (isFamily(key)) return copyBanks[key][language];
  const kind = findKind(key);
  if (kind?.bank) return copyBanks[kind.family][language];
  return buildBank({
    language,
    kind,
    label: kind?.locales[language].label ?? neutralCopy[language].label,
    offers: [],
    qualities: [],
    currency: currencyFor(language, null),
    event: null,
  });
}

// Bank entries that are not copy to translate: invented business names (the owner's name never
// changes), people's names, slugs, prices, icons, tags and opening-hours presets.
const notCopy = [
  /^names\./,
  /^logos\.names\./,
  /^kind$/,
  /^language$/,
  /^testimonials\.items\.\d+\.name$/,
  /^team\.\d+\.name$/,
  /\.slug$/,
  /\.price$/,
  /\.icon$/,
  /\.tags\./,
  /^contact\.hours$/,
];

// Lists of alternatives for one role: a template picks one of them.
const variantKeys = new Set([
  'taglines',
  'eyebrows',
  'headlines',
  'subheadlines',
  'primaryActions',
  'secondaryActions',
  'headings',
  'intros',
  'texts',
  'actions',
  'teamHeadings',
]);

export function bankLeaves(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => bankLeaves(v, path ? `${path}.${i}` : String(i), out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) bankLeaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

export type Filler = { name: string; city: string };

// Fills {name} and {city} the way the templates do, and the variant a template uses when the
// city is unknown ("in {city}" dropped).
export function fillings(text: string, { name, city }: Filler): string[] {
  const tidy = (s: string) =>
    s
      .replaceAll('{name}', name)
      .replace(/\s+([,.!?])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
  if (!text.includes('{city}')) return [tidy(text)];
  const forms = [tidy(text.replaceAll('{city}', city || ''))];
  forms.push(tidy(text.replace(/\s*(em|in|en)\s*\{city\}/g, '').replaceAll('{city}', '')));
  return forms;
}

export function fillOne(text: string, filler: Filler): string {
  const [first, second] = fillings(text, filler);
  return filler.city || !second ? first : second;
}

export const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function copyLeaves(bank: CopyBank): Map<string, string> {
  const leaves = bankLeaves(bank);
  for (const path of [...leaves.keys()]) if (notCopy.some((re) => re.test(path))) leaves.delete(path);
  // The heading a template uses when a bank has no team headings of its own.
  leaves.set('fallback.teamHeading', teamHeading[bank.language]);
  return leaves;
}

const leavesCache = new Map<string, Map<string, string>>();
function leavesOf(kind: BankKey, language: SiteLanguage) {
  const key = `${kind}:${language}`;
  let leaves = leavesCache.get(key);
  if (!leaves) leavesCache.set(key, (leaves = copyLeaves(bankFor(kind, language))));
  return leaves;
}

// Banks to search, the business's own first (its entries win when two share a sentence), then
// every family's.
export function kindsFor(kind: BankKey): BankKey[] {
  return [kind, ...businessKinds.filter((k) => k !== kind)];
}

export type BankMatch = { kind: BankKey; language: SiteLanguage; path: string };

// Every filled bank sentence of these kinds, by normalized text, with where it comes from.
export class BankIndex {
  private readonly exact = new Map<string, BankMatch>();

  // Indexes are built per business (its name and city fill the sentences); keep the last few.
  private static readonly recent = new Map<string, BankIndex>();

  static for(kinds: BankKey[], filler: Filler, languages: readonly SiteLanguage[] = siteLanguages): BankIndex {
    const key = JSON.stringify([kinds, filler.name, filler.city, languages]);
    let index = BankIndex.recent.get(key);
    if (!index) {
      index = new BankIndex(kinds, filler, languages);
      if (BankIndex.recent.size >= 8) BankIndex.recent.delete(BankIndex.recent.keys().next().value!);
    } else BankIndex.recent.delete(key);
    BankIndex.recent.set(key, index);
    return index;
  }

  private constructor(
    private readonly kinds: BankKey[],
    private readonly filler: Filler,
    languages: readonly SiteLanguage[] = siteLanguages,
  ) {
    for (const kind of kinds) {
      for (const language of languages) {
        for (const [path, text] of leavesOf(kind, language)) {
          for (const form of fillings(text, filler)) {
            const key = normalize(form);
            if (key && !this.exact.has(key)) this.exact.set(key, { kind, language, path });
          }
        }
      }
    }
  }

  find(text: string): BankMatch | undefined {
    return this.exact.get(normalize(text));
  }

  // A text the owner edited a little still counts as its bank sentence when most of its words
  // are the same (Dice coefficient over word sets), searched in the business's own kind only.
  findClose(text: string, language?: SiteLanguage): BankMatch | undefined {
    const words = wordSet(text);
    if (words.size < 4) return undefined;
    let best: { match: BankMatch; score: number } | undefined;
    const kind = this.kinds[0];
    for (const lang of language ? [language] : siteLanguages) {
      for (const [path, raw] of leavesOf(kind, lang)) {
        const other = wordSet(fillOne(raw, this.filler));
        if (other.size < 4) continue;
        let shared = 0;
        for (const w of words) if (other.has(w)) shared += 1;
        const score = (2 * shared) / (words.size + other.size);
        if (score >= 0.6 && (!best || score > best.score)) best = { match: { kind, language: lang, path }, score };
      }
    }
    return best?.match;
  }

  // The same entry in another language, filled in. Lists a kind writes differently per language
  // (a regional dish more in Portuguese) have no counterparts: the same place is another entry.
  counterpart(match: BankMatch, language: SiteLanguage): string | undefined {
    const list = /^(.*?)\.\d+(?:\.|$)/.exec(match.path)?.[1];
    if (list && listLength(match.kind, match.language, list) !== listLength(match.kind, language, list)) return undefined;
    const text = leavesOf(match.kind, language).get(match.path);
    return text === undefined ? undefined : fillOne(text, this.filler);
  }

  // The alternatives of a variant entry ("hero.headlines.2" → every hero headline), filled in.
  variants(match: BankMatch): string[] {
    const parts = match.path.split('.');
    const index = parts.pop();
    if (!index || !/^\d+$/.test(index) || !variantKeys.has(parts.at(-1) ?? '')) return [];
    const prefix = `${parts.join('.')}.`;
    const useCity = Boolean(this.filler.city);
    return [...leavesOf(match.kind, match.language)]
      .filter(([path, text]) => path.startsWith(prefix) && /^\d+$/.test(path.slice(prefix.length)) && (useCity || !text.includes('{city}')))
      .map(([, text]) => fillOne(text, this.filler));
  }
}

function listLength(kind: BankKey, language: SiteLanguage, list: string): number {
  const indexes = new Set<string>();
  for (const path of leavesOf(kind, language).keys()) {
    const m = path.startsWith(`${list}.`) ? /^(\d+)/.exec(path.slice(list.length + 1)) : null;
    if (m) indexes.add(m[1]);
  }
  return indexes.size;
}

function wordSet(text: string): Set<string> {
  return new Set(normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

// Every copy string of one language's bank, filled in: what a test checks for leftovers.
export function bankSentences(kind: BankKey, language: SiteLanguage, filler: Filler): Set<string> {
  const out = new Set<string>();
  for (const text of leavesOf(kind, language).values()) for (const form of fillings(text, filler)) out.add(form);
  return out;
}
