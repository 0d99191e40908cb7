// The catalogue turned into something a prompt can be matched against: every term, label and
// offer of every kind as a stemmed phrase, a vocabulary for typos, and which language each
// word belongs to.
import { siteLanguages as languages, type SiteLanguage } from '@/lib/i18n/languages';
import { loadKinds } from '../catalogue/load';
import { copyBanks } from '../offline/banks';
import type { Kind } from '../catalogue/schema';
import { functionWords } from './common-words';
import { fold, stem, stemPhrase } from './text';

export type Phrase = { stems: string[]; kindId: string; language: SiteLanguage; source: 'term' | 'offer' };

export type CatalogueIndex = {
  kinds: Map<string, Kind>;
  // Phrases by their first stem.
  byFirst: Map<string, Phrase[]>;
  // Every stem any phrase uses, by length, for typo matching.
  vocabulary: Map<number, string[]>;
  termLanguages: Map<string, SiteLanguage[]>;
  // Every word of the catalogue's and the copy banks' copy, by the languages it is written in.
  wordLanguages: Map<string, SiteLanguage[]>;
  // The same, counting only the words' lower-case uses (what says which language a prompt is in).
  lowercaseWordLanguages: Map<string, SiteLanguage[]>;
  // What is repaired, cleaned or installed, by service and stem, and the kinds whose terms and
  // offers do it ("conserto de celular", "laptop repair", "limpeza de sofá"): "reparamos
  // computadoras y notebooks" is a repair shop, "higienização de sofá e colchão" a cleaning service.
  serviceTargets: Map<string, Set<string>>;
};

// The service a word names, if any: repair (not "reparto", delivery), cleaning (not "lavadora",
// a washing machine), installation.
export function serviceOf(folded: string): 'repair' | 'clean' | 'install' | null {
  if (/^(consert|repar(?!t)|arregl|repair|fix|manuten|manten)/.test(folded)) return 'repair';
  if (/^(limpez|limpie|limpam|limpiam|clean|higieniz|lavag|lavado$|lavamos|wash)/.test(folded)) return 'clean';
  if (/^instal/.test(folded)) return 'install';
  return null;
}

let index: CatalogueIndex | null = null;
// Articles, prepositions and pronouns (not every descriptive word: "casamento" and "fitness" are kinds).
const everydayStems = new Set(
  [
    ...functionWords,
    'una',
    'uno',
    'unas',
    'del',
    'al',
    'lo',
    'le',
    'les',
    'se',
    'te',
    'me',
    'mi',
    'tu',
    'si',
    'ya',
    'muy',
    'mas',
    'mais',
    'sim',
    'nao',
    'yes',
    'not',
    'all',
    'our',
    'your',
  ].map((w) => stem(fold(w))),
);

export function catalogueIndex(): CatalogueIndex {
  if (index) return index;
  const kinds = new Map<string, Kind>();
  const byFirst = new Map<string, Phrase[]>();
  const stems = new Set<string>();
  const termLanguages = new Map<string, SiteLanguage[]>();
  const seen = new Set<string>();
  const add = (text: string, kindId: string, language: SiteLanguage, source: Phrase['source']) => {
    const phraseStems = stemPhrase(text);
    if (!phraseStems.length) return;
    // A one-word term that is also an everyday word ("del", "una") would match every prompt.
    if (phraseStems.length === 1 && (everydayStems.has(phraseStems[0]) || phraseStems[0].length < 2)) return;
    const key = `${kindId}|${language}|${source}|${phraseStems.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    // "cirurgião dentista" is also written "cirurgião-dentista".
    if (phraseStems.length === 2 && !text.includes('-')) add(text.trim().replace(/\s+/, '-'), kindId, language, source);
    const phrase: Phrase = { stems: phraseStems, kindId, language, source };
    byFirst.set(phraseStems[0], [...(byFirst.get(phraseStems[0]) ?? []), phrase]);
    if (source === 'term') for (const s of phraseStems) stems.add(s);
  };
  for (const kind of loadKinds()) {
    kinds.set(kind.id, kind);
    for (const language of languages) {
      const locale = kind.locales[language];
      add(locale.label, kind.id, language, 'term');
      for (const term of locale.terms) {
        add(term, kind.id, language, 'term');
        for (const w of fold(term).split(/\s+/)) {
          const list = termLanguages.get(w) ?? [];
          if (!list.includes(language)) termLanguages.set(w, [...list, language]);
        }
      }
      if (!kind.bank) {
        for (const offer of kind.locales[language].offers.items) {
          add(offer.title, kind.id, language, 'offer');
          for (const term of offer.terms ?? []) add(term, kind.id, language, 'offer');
        }
      }
    }
  }
  addBusinessVariants(byFirst);
  const wordLanguages = new Map<string, SiteLanguage[]>();
  const lowercaseWordLanguages = new Map<string, SiteLanguage[]>();
  const note = (map: Map<string, SiteLanguage[]>, w: string, language: SiteLanguage) => {
    const list = map.get(w);
    if (!list) map.set(w, [language]);
    else if (!list.includes(language)) list.push(language);
  };
  const addWords = (value: unknown, language: SiteLanguage) => {
    if (typeof value === 'string') {
      const text = value.replace(/\{\w+\}/g, ' ');
      for (const w of fold(text).match(/\p{L}{3,}/gu) ?? []) note(wordLanguages, w, language);
      // Words written in lower case: a capitalised one may be a name in the copy ("Regina lidera…"),
      // which says nothing about the language of a prompt that uses it.
      for (const w of text.match(/(?<!\p{L})\p{Ll}\p{L}{2,}/gu) ?? []) note(lowercaseWordLanguages, fold(w), language);
    } else if (Array.isArray(value)) for (const v of value) addWords(v, language);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) addWords(v, language);
  };
  for (const banks of Object.values(copyBanks)) for (const language of languages) addWords(banks[language], language);
  for (const kind of kinds.values()) for (const language of languages) addWords(kind.locales[language], language);
  const serviceTargets = new Map<string, Set<string>>();
  const addService = (phrase: string, kindId: string) => {
    const parts = fold(phrase).split(/[\s-]+/);
    const at = parts.findIndex((w) => serviceOf(w));
    if (at < 0) return;
    const service = serviceOf(parts[at]);
    // "conserto de celular", "arreglamos bicis", "we fix phones" name it after; "laptop repair" before.
    const objects = at === parts.length - 1 ? parts.slice(0, at) : parts.slice(at + 1);
    for (const word of objects) {
      const s = stem(word);
      if (s.length < 3 || everydayStems.has(s) || serviceOf(word)) continue;
      const key = `${service}:${s}`;
      serviceTargets.set(key, new Set([...(serviceTargets.get(key) ?? []), kindId]));
    }
  };
  for (const kind of kinds.values()) {
    for (const language of languages) {
      for (const term of kind.locales[language].terms) addService(term, kind.id);
      if (!kind.bank) for (const offer of kind.locales[language].offers.items) for (const t of [offer.title, ...(offer.terms ?? [])]) addService(t, kind.id);
    }
  }
  const vocabulary = new Map<number, string[]>();
  for (const s of stems) if (s.length >= 5) vocabulary.set(s.length, [...(vocabulary.get(s.length) ?? []), s]);
  index = { kinds, byFirst, vocabulary, termLanguages, wordLanguages, lowercaseWordLanguages, serviceTargets };
  return index;
}

// Words for "a business" that owners use for one another: a "cleaning company" is also a "cleaning
// business", an "empresa de mudanças" a "negócio de mudanças", a "servicio de limpieza" a "negocio
// de limpieza". Each term ending (English) or opening (Portuguese, Spanish: "… de") with one is also
// read with the others, unless that wording is already some kind's own or two kinds would share it.
const businessHeads: Record<SiteLanguage, { heads: string[]; at: 'end' | 'start' }> = {
  en: { heads: ['company', 'business', 'service', 'services', 'firm', 'co'], at: 'end' },
  'pt-BR': { heads: ['empresa', 'negócio', 'serviço', 'serviços'], at: 'start' },
  es: { heads: ['empresa', 'negocio', 'servicio', 'servicios'], at: 'start' },
};

function addBusinessVariants(byFirst: Map<string, Phrase[]>) {
  const existing = new Set<string>();
  const terms: Phrase[] = [];
  for (const list of byFirst.values())
    for (const p of list) {
      existing.add(`${p.language}|${p.stems.join(' ')}`);
      if (p.source === 'term') terms.push(p);
    }
  const variants = new Map<string, Phrase[]>();
  for (const phrase of terms) {
    const { heads, at } = businessHeads[phrase.language];
    const headStems = new Set(heads.map((h) => stem(fold(h))));
    const n = phrase.stems.length;
    if (n < 2) continue;
    const k = at === 'end' ? n - 1 : 0;
    if (!headStems.has(phrase.stems[k]) || (at === 'start' && phrase.stems[1] !== 'de')) continue;
    for (const other of headStems) {
      if (other === phrase.stems[k]) continue;
      const stems = phrase.stems.map((s, j) => (j === k ? other : s));
      const key = `${phrase.language}|${stems.join(' ')}`;
      if (existing.has(key)) continue;
      const list = variants.get(key) ?? [];
      if (!list.some((p) => p.kindId === phrase.kindId)) list.push({ ...phrase, stems });
      variants.set(key, list);
    }
  }
  for (const list of variants.values()) {
    if (new Set(list.map((p) => p.kindId)).size !== 1) continue;
    const phrase = list[0];
    byFirst.set(phrase.stems[0], [...(byFirst.get(phrase.stems[0]) ?? []), phrase]);
  }
}
