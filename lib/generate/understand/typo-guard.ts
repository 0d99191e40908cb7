// Real words one letter away from a catalogue word ("ahogadas" is not "abogadas", "pintada" is
// not "pintura"): the typo fix leaves them as written. The list is built from the word lists of
// our three languages by scripts/build-typo-guard.ts and must be rebuilt when catalogue terms
// change (a unit test says so). Read with fs, like the gazetteer.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogueIndex } from './catalogue-index';
import { editDistance } from './text';

export type TypoGuard = { vocabulary: string; words: string[] };

let guard: Set<string> | null = null;

// Where the typo fix applies at all: words of seven letters or more that no catalogue phrase begins with.
export function mayBeTypo(stem: string, idx: CatalogueIndex): boolean {
  return stem.length >= 7 && !idx.byFirst.has(stem) && !/\d/.test(stem);
}

// Catalogue stems by first letter and length.
const buckets = new WeakMap<CatalogueIndex, Map<string, string[]>>();
function bucket(idx: CatalogueIndex, first: string, length: number): string[] {
  let map = buckets.get(idx);
  if (!map) {
    map = new Map();
    for (const [len, stems] of idx.vocabulary) for (const s of stems) map.set(s[0] + len, [...(map.get(s[0] + len) ?? []), s]);
    buckets.set(idx, map);
  }
  return map.get(first + length) ?? [];
}

// The catalogue stem one edit away from this one, if any (same first letter).
export function closestTerm(stem: string, idx: CatalogueIndex): string | null {
  let found: { stem: string; d: number } | null = null;
  for (let len = stem.length - 1; len <= stem.length + 1; len++) {
    for (const candidate of bucket(idx, stem[0], len)) {
      const d = editDistance(stem, candidate, 1);
      if (d <= 1 && (!found || d < found.d)) found = { stem: candidate, d };
    }
  }
  return found?.stem ?? null;
}

// A fingerprint of the stems typos are corrected towards: the guard is stale when it changes.
export function vocabularyHash(idx: CatalogueIndex): string {
  const all = [...idx.vocabulary.values()].flat().sort();
  return createHash('sha256').update(all.join('\n')).digest('hex').slice(0, 16);
}

export const guardFile = () => path.join(process.cwd(), 'lib', 'generate', 'understand', 'real-words.json');

export function isRealWord(stem: string): boolean {
  guard ??= new Set((JSON.parse(readFileSync(guardFile(), 'utf8')) as TypoGuard).words);
  return guard.has(stem);
}
