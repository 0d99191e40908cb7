// The catalogue turned into something a prompt can be matched against: every term, label and
// offer of every kind as a stemmed phrase, a vocabulary for typos, and which language each
// word belongs to.
import type { SiteLanguage } from '@/lib/sites/document';
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
};

const languages: SiteLanguage[] = ['en', 'pt-BR', 'es'];
let index: CatalogueIndex | null = null;
// Articles, prepositions and pronouns (not every descriptive word: "casamento" and "fitness" are kinds).
const everydayStems = new Set([...functionWords, 'una', 'uno', 'unas', 'del', 'al', 'lo', 'le', 'les', 'se', 'te', 'me', 'mi', 'tu', 'si', 'ya', 'muy', 'mas', 'mais', 'sim', 'nao', 'yes', 'not', 'all', 'our', 'your'].map((w) => stem(fold(w))));

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
  const wordLanguages = new Map<string, SiteLanguage[]>();
  const addWords = (value: unknown, language: SiteLanguage) => {
    if (typeof value === 'string') {
      for (const w of fold(value.replace(/\{\w+\}/g, ' ')).match(/\p{L}{3,}/gu) ?? []) {
        const list = wordLanguages.get(w);
        if (!list) wordLanguages.set(w, [language]);
        else if (!list.includes(language)) list.push(language);
      }
    } else if (Array.isArray(value)) for (const v of value) addWords(v, language);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) addWords(v, language);
  };
  for (const banks of Object.values(copyBanks)) for (const language of languages) addWords(banks[language], language);
  for (const kind of kinds.values()) for (const language of languages) addWords(kind.locales[language], language);
  const vocabulary = new Map<number, string[]>();
  for (const s of stems) if (s.length >= 5) vocabulary.set(s.length, [...(vocabulary.get(s.length) ?? []), s]);
  index = { kinds, byFirst, vocabulary, termLanguages, wordLanguages };
  return index;
}
