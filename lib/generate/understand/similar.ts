// Similarity without a model: texts as vectors of character n-grams (3 and 4 letters, inside
// words, accents folded), weighted by how rare each n-gram is across the catalogue. Used to find
// the nearest kind when no catalogue word matches, and an owner's earlier prompts like a new one.
import { siteLanguages } from '@/lib/i18n/languages';
import { loadKinds } from '../catalogue/load';
import { fold } from './text';

export type Vector = Map<string, number>;

function grams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 3) continue;
    const padded = ` ${word} `;
    for (const n of [3, 4]) {
      for (let i = 0; i + n <= padded.length; i++) {
        const g = padded.slice(i, i + n);
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function normalize(v: Vector): Vector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y) dot += x * y;
  }
  return dot;
}

type Model = { idf: Map<string, number>; defaultIdf: number; kinds: Array<{ kindId: string; vector: Vector }> };
let model: Model | null = null;

function kindModel(): Model {
  if (model) return model;
  const docs = loadKinds().map((kind) => {
    const parts: string[] = [];
    for (const language of siteLanguages) {
      const locale = kind.locales[language];
      parts.push(locale.label, ...locale.terms);
      if (!kind.bank) {
        const own = kind.locales[language];
        for (const offer of own.offers.items) parts.push(offer.title, ...(offer.terms ?? []));
        for (const item of own.proof.items) parts.push(item.title);
      }
    }
    return { kindId: kind.id, counts: grams(parts.join(' . ')) };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d.counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [g, n] of df) idf.set(g, Math.log((docs.length + 1) / (n + 0.5)));
  const defaultIdf = Math.log(docs.length + 1);
  const kinds = docs.map((d) => ({ kindId: d.kindId, vector: weigh(d.counts, idf, defaultIdf, true) }));
  model = { idf, defaultIdf, kinds };
  return model;
}

function weigh(counts: Map<string, number>, idf: Map<string, number>, defaultIdf: number, sublinear = false): Vector {
  const v: Vector = new Map();
  // n-grams the catalogue has never seen say nothing about its kinds.
  for (const [g, n] of counts) if (idf.has(g)) v.set(g, (sublinear ? 1 + Math.log(n) : n) * (idf.get(g) ?? defaultIdf));
  return normalize(v);
}

// A text as a vector in the catalogue's space (for comparing prompts with each other too).
export function textVector(text: string): Vector {
  const m = kindModel();
  return weigh(grams(text), m.idf, m.defaultIdf);
}

export function nearestKinds(text: string, limit = 3): Array<{ kindId: string; similarity: number }> {
  const v = textVector(text);
  if (!v.size) return [];
  return kindModel()
    .kinds.map((k) => ({ kindId: k.kindId, similarity: cosine(v, k.vector) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}
