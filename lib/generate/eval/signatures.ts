// Phrases that belong to one kind of business: its offers, headlines, reasons to choose it and
// questions, found in no other kind's copy. A site that shows another kind's phrase has been
// written with the wrong copy (the mechanic whose site talked about "technical visits").
import { siteLanguages, type SiteLanguage } from '@/lib/sites/document';
import { loadKinds } from '../catalogue/load';
import { copyBanks } from '../offline/banks';
import { neutralCopy } from '../offline/neutral';
import { fold } from '../understand/text';

function phrasesOf(kindId: string, language: SiteLanguage): string[] {
  const kind = loadKinds().find((k) => k.id === kindId)!;
  if (kind.bank) {
    const b = copyBanks[kind.family][language];
    return [...b.offers.items.map((o) => o.title), ...b.hero.headlines, ...b.features.items.map((f) => f.title), ...b.faq.items.map((f) => f.question)];
  }
  const l = kind.locales[language];
  return [...l.offers.items.map((o) => o.title), ...l.hero.headlines, ...l.proof.items.map((p) => p.title), ...l.faq.map((f) => f.question)];
}

const normalize = (s: string) => fold(s).replace(/\{\w+\}/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

let cache: Map<SiteLanguage, Array<{ kindId: string; phrase: string }>> | null = null;

export function signatures(language: SiteLanguage): Array<{ kindId: string; phrase: string }> {
  if (!cache) {
    cache = new Map();
    for (const lang of siteLanguages) {
      const owners = new Map<string, Set<string>>();
      for (const kind of loadKinds()) {
        for (const phrase of phrasesOf(kind.id, lang)) {
          const p = normalize(phrase);
          // Short phrases ("Freios", "Pizzas") are words, not copy; they may rightly appear anywhere.
          if (p.split(' ').length < 3) continue;
          owners.set(p, (owners.get(p) ?? new Set()).add(kind.id));
        }
      }
      const neutral = new Set(JSON.stringify(neutralCopy[lang]).split(/[".]/).map(normalize));
      cache.set(
        lang,
        [...owners].filter(([p, ids]) => ids.size === 1 && !neutral.has(p)).map(([phrase, ids]) => ({ kindId: [...ids][0], phrase })),
      );
    }
  }
  return cache.get(language)!;
}

// Other kinds' phrases in a site's text: a title, headline or question that is another kind's,
// or a long phrase of another kind's inside any text.
export function foreignPhrases(siteText: string[], kindId: string | null, language: SiteLanguage): Array<{ kindId: string; phrase: string }> {
  const texts = new Set(siteText.map(normalize));
  const joined = ` ${[...texts].join(' | ')} `;
  return signatures(language).filter((s) => s.kindId !== kindId && (texts.has(s.phrase) || (s.phrase.split(' ').length >= 6 && joined.includes(` ${s.phrase} `))));
}
