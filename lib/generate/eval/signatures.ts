// Phrases that belong to one kind of business: its offers, headlines, reasons to choose it and
// questions, found in no other kind's copy. A site that shows another kind's phrase has been
// written with the wrong copy (the mechanic whose site talked about "technical visits").
import { siteLanguages, type SiteLanguage } from '@/lib/i18n/languages';
import { loadKinds } from '../catalogue/load';
import { copyBanks } from '../offline/banks';
import { neutralCopy } from '../offline/neutral';
import { fold } from '../understand/text';

function leavesOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) leavesOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leavesOf(v, out);
  return out;
}

// The phrases that say what a kind is: its offers, headlines, reasons and questions.
function phrasesOf(kindId: string, language: SiteLanguage): string[] {
  const kind = loadKinds().find((k) => k.id === kindId)!;
  if (kind.bank) {
    const b = copyBanks[kind.family][language];
    return [...b.offers.items.map((o) => o.title), ...b.hero.headlines, ...b.features.items.map((f) => f.title), ...b.faq.items.map((f) => f.question)];
  }
  const l = kind.locales[language];
  return [...l.offers.items.map((o) => o.title), ...l.hero.headlines, ...l.proof.items.map((p) => p.title), ...l.faq.map((f) => f.question)];
}

// Everything a kind's copy says, to tell a phrase of its own from one it shares.
function allTextOf(kindId: string, language: SiteLanguage): string[] {
  const kind = loadKinds().find((k) => k.id === kindId)!;
  return leavesOf(kind.bank ? copyBanks[kind.family][language] : kind.locales[language]);
}

const normalize = (s: string) =>
  fold(s)
    .replace(/\{\w+\}/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let cache: Map<SiteLanguage, Array<{ kindId: string; phrase: string }>> | null = null;

export function signatures(language: SiteLanguage): Array<{ kindId: string; phrase: string }> {
  if (!cache) {
    cache = new Map();
    for (const lang of siteLanguages) {
      const everywhere = new Map<string, Set<string>>();
      for (const kind of loadKinds())
        for (const text of allTextOf(kind.id, lang)) everywhere.set(normalize(text), (everywhere.get(normalize(text)) ?? new Set()).add(kind.id));
      const neutral = new Set(leavesOf(neutralCopy[lang]).map(normalize));
      const list: Array<{ kindId: string; phrase: string }> = [];
      for (const kind of loadKinds()) {
        for (const phrase of phrasesOf(kind.id, lang)) {
          const p = normalize(phrase);
          // Short phrases ("Freios", "Pizzas") are words, not copy; they may rightly appear anywhere.
          if (p.split(' ').length < 3 || neutral.has(p)) continue;
          if ([...(everywhere.get(p) ?? [])].every((id) => id === kind.id)) list.push({ kindId: kind.id, phrase: p });
        }
      }
      cache.set(lang, list);
    }
  }
  return cache.get(language)!;
}

// Other kinds' phrases in a site's text: a title, headline or question written for another kind.
// The generator copies whole fields, so a field equal to another kind's phrase came from its copy.
// The owner's own words (in `prompt`) are theirs, whichever kind also says them ("banho e tosa").
export function foreignPhrases(siteText: string[], kindId: string | null, language: SiteLanguage, prompt = ''): Array<{ kindId: string; phrase: string }> {
  const texts = new Set(siteText.map(normalize));
  const own = ` ${normalize(prompt)} `;
  return signatures(language).filter((s) => s.kindId !== kindId && texts.has(s.phrase) && !own.includes(` ${s.phrase} `));
}
