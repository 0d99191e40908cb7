// Runs the evaluation set through prompt understanding and the offline generator (and, with
// OPENAI_BASE_URL or OPENAI_API_KEY, through the OpenAI generator too), and scores each field.
import type { SiteLanguage } from '@/lib/i18n/languages';
import type { SiteDocument } from '@/lib/sites/document';
import { findKind } from '../catalogue/load';
import { OfflineGenerator } from '../offline/generator';
import { parseSiteDocument } from '@/lib/sites/validate';
import type { Generator } from '../types';
import { fold } from '../understand/text';
import { understandPrompt } from '../understand/understand';
import type { EvalCase } from './cases';
import { foreignPhrases } from './signatures';

export type Reading = { name: string | null; kind: string | null; place: string | null; language: SiteLanguage };
export type CaseResult = {
  case: EvalCase;
  reading: Reading;
  ok: { name: boolean; kind: boolean; place: boolean; language: boolean };
  // The generated site: a name was given and the site shows another one (invented or placeholder).
  inventedName: boolean;
  foreign: Array<{ kindId: string; phrase: string }>;
  placeholders: string[];
  missingOffers: string[];
  error?: string;
};

export const thresholds = { name: 0.97, kind: 0.95, place: 0.95, language: 1 };

// Names compare without case, accents, punctuation, and with "&", "e", "and", "y" alike.
export function sameName(a: string, b: string): boolean {
  const n = (s: string) =>
    fold(s)
      .replace(/\b(and|e|y)\b|&/g, ' & ')
      .replace(/[^\p{L}\p{N}&]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return n(a) === n(b);
}

const samePlace = (a: string | null, b: string | null) =>
  a === null || b === null
    ? a === b
    : fold(a)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim() ===
      fold(b)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();

const placeholderWords = /lorem|ipsum|placeholder|\{\w+\}|\[[^\]]*\]|\(555\)|123 main st|example\.com|nome da empresa|nombre de (la )?empresa/i;
// Case matters here: "todo" is "every" in Portuguese and Spanish.
const placeholderMarks = /\bTODO\b|\bTBD\b|\bXXX\b|\bundefined\b|\bNaN\b|\bnull\b|Your Company|Business Name|Company Name/;
export const isPlaceholder = (text: string) => placeholderWords.test(text) || placeholderMarks.test(text);

export function siteText(doc: SiteDocument): string[] {
  const out: string[] = [];
  const skip = new Set([
    'src',
    'href',
    'id',
    'type',
    'path',
    'layout',
    'style',
    'day',
    'opens',
    'closes',
    'date',
    'icon',
    'kind',
    'imageShape',
    'imagePosition',
    'network',
    'currency',
    'language',
    'schemaType',
  ]);
  const walk = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (!skip.has(key)) out.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(doc.pages);
  walk(doc.business);
  return out;
}

function score(c: EvalCase, reading: Reading) {
  const names = c.name === null ? [] : Array.isArray(c.name) ? c.name : [c.name];
  return {
    name: c.name === null ? reading.name === null : reading.name !== null && names.some((n) => sameName(n, reading.name!)),
    kind: reading.kind === c.kind,
    place: samePlace(c.place, reading.place),
    language: reading.language === c.language,
  };
}

async function checkSite(c: EvalCase, doc: SiteDocument) {
  const text = siteText(doc);
  const names = c.name === null ? [] : Array.isArray(c.name) ? c.name : [c.name];
  const logo = doc.pages[0]?.sections.find((s) => s.type === 'navbar')?.props.logoText;
  // Invented: a name was given and the site shows one that is not in the prompt at all (made up, or a
  // placeholder), or the logo differs from the name. Reading the given name a little short or long is
  // a name error, counted in the name column, not an invented name.
  const bare = (s: string) =>
    fold(s)
      .replace(/[^\p{L}\p{N}&]+/gu, ' ')
      .trim();
  const promptWords = new Set(bare(c.prompt).split(' '));
  const describes = bare(doc.business.name)
    .split(' ')
    .every(
      (w) =>
        promptWords.has(w) ||
        ['em', 'in', 'en'].includes(w) ||
        bare(`${findKind(doc.business.kind)?.locales[doc.language].label ?? ''} ${doc.business.city}`)
          .split(' ')
          .includes(w),
    );
  // (A handle read as words, "@nailsbycaro" as Nails by Caro, is the owner's letters in their order.)
  const letters = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
  const owners = bare(c.prompt).includes(bare(doc.business.name)) || letters(c.prompt).includes(letters(doc.business.name));
  // (The name the owner gave, spelled out from a handle — "@empanadasdelabuela" as Empanadas de la Abuela — is theirs.)
  const given = names.some((n) => sameName(n, doc.business.name));
  const inventedName = names.length > 0 && ((!owners && !describes && !given) || typeof logo !== 'string' || !sameName(logo, doc.business.name));
  const all = fold(text.join(' \n '));
  const missingOffers = (c.offers ?? []).filter((o) => !all.includes(fold(o)));
  const foreign = foreignPhrases(text, doc.business.kind, doc.language, c.prompt);
  return { inventedName, foreign, placeholders: text.filter(isPlaceholder), missingOffers };
}

export async function evaluateOffline(cases: EvalCase[]): Promise<CaseResult[]> {
  const generator = new OfflineGenerator();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const u = understandPrompt(c.prompt);
    const reading: Reading = { name: u.name, kind: u.kindId, place: u.place?.label ?? null, language: u.language };
    const { document } = await generator.generate({ prompt: c.prompt, seed: 1 }, () => {});
    // Every generated document must validate as the site schema says, or the owner gets an error.
    let error: string | undefined;
    try {
      parseSiteDocument(document);
    } catch (e) {
      error = `invalid document: ${e instanceof Error ? e.message : String(e)}`;
    }
    results.push({ case: c, reading, ok: score(c, reading), ...(await checkSite(c, document)), ...(error ? { error } : {}) });
  }
  return results;
}

// The same set through another generator (OpenAI or a compatible server): what its documents say.
export async function evaluateGenerator(cases: EvalCase[], generator: Generator, concurrency = 4): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < cases.length; i = next++) {
        const c = cases[i];
        try {
          const { document } = await generator.generate({ prompt: c.prompt, seed: 1 }, () => {});
          const reading: Reading = {
            name: document.business.name || null,
            kind: document.business.kind,
            place: document.business.city || null,
            language: document.language,
          };
          results[i] = { case: c, reading, ok: score(c, reading), ...(await checkSite(c, document)) };
        } catch (error) {
          const reading: Reading = { name: null, kind: null, place: null, language: 'en' };
          results[i] = {
            case: c,
            reading,
            ok: { name: false, kind: false, place: false, language: false },
            inventedName: false,
            foreign: [],
            placeholders: [],
            missingOffers: [],
            error: error instanceof Error ? error.message : String(error),
          };
        }
      }
    }),
  );
  return results;
}

export function summarize(results: CaseResult[]) {
  const rate = (f: keyof CaseResult['ok']) => results.filter((r) => r.ok[f]).length / Math.max(1, results.length);
  return {
    count: results.length,
    name: rate('name'),
    kind: rate('kind'),
    place: rate('place'),
    language: rate('language'),
    inventedName: results.filter((r) => r.inventedName).length,
    foreign: results.filter((r) => r.foreign.length).length,
    placeholders: results.filter((r) => r.placeholders.length).length,
    missingOffers: results.filter((r) => r.missingOffers.length).length,
    errors: results.filter((r) => r.error).length,
  };
}
