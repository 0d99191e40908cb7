// Walks a section's props and rewrites only its copy: links, images, prices, names of people,
// enums and the owner's contact details are never touched. Pure text rules for "shorter" and for
// tone (friendlier, more formal) live here too; the bank-driven choices are in section.ts.
import type { SiteLanguage } from '@/lib/i18n/languages';

// Props that are never copy, in any section type.
const fixedKeys = new Set([
  'href',
  'src',
  'price',
  'mapLink',
  'email',
  'phone',
  'address',
  'date',
  'layout',
  'style',
  'imagePosition',
  'imageShape',
  'icon',
  'tags',
  'day',
  'opens',
  'closes',
  'kind',
  'level',
  'logoText',
  'author',
  'cite',
  'network',
  'id',
  'period',
]);
// Names of people and partners stay as the owner (or the template) wrote them.
const peopleNameTypes = new Set(['testimonials', 'team', 'logos']);

export type CopyVisitor = (text: string, key: string) => string;

export function mapCopy(type: string, props: Record<string, unknown>, visit: CopyVisitor): Record<string, unknown> {
  // A person's name also serves as the alt text of their photo: it stays wherever it appears.
  const names = new Set<string>();
  if (peopleNameTypes.has(type)) {
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'name' && typeof v === 'string') names.add(v);
          else collect(v);
        }
      }
    };
    collect(props);
  }
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (fixedKeys.has(key) || !value.trim() || names.has(value)) return value;
      return visit(value, key);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      // An image's alt text is copy; its src is not.
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(props, '') as Record<string, unknown>;
}

export function copyTexts(type: string, props: Record<string, unknown>): string[] {
  const out: string[] = [];
  mapCopy(type, props, (text) => {
    out.push(text);
    return text;
  });
  return out;
}

export function copyLength(type: string, props: Record<string, unknown>): number {
  return copyTexts(type, props).reduce((n, t) => n + t.length, 0);
}

// --- shorter ------------------------------------------------------------------------------------

export function sentences(text: string, language: SiteLanguage): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

// Kept at least, when a text has more sentences (a first sentence like "Yes." says too little).
const MIN_KEPT = 40;

// Long texts only: headings, labels and names are short already.
const longKeys = new Set(['subheadline', 'intro', 'text', 'description', 'answer', 'bio', 'quote', 'lead', 'excerpt', 'note', 'tagline', 'body']);

// Shortens one text at sentence boundaries: keeps the first sentence and whatever follows while
// the result stays within about half of the original. A single long sentence is cut at a clause
// boundary (comma, semicolon, colon or dash) only when what remains reads as a sentence.
export function shortenText(text: string, language: SiteLanguage): string {
  const parts = sentences(text, language);
  if (parts.length > 1) {
    const budget = Math.max(parts[0].length, Math.round(text.length * 0.55));
    const kept: string[] = [];
    let length = 0;
    for (const part of parts) {
      // A reply as short as "Yes." keeps the sentence that explains it.
      if (kept.length && length >= MIN_KEPT && length + part.length + 1 > budget) break;
      kept.push(part);
      length += part.length + 1;
    }
    return kept.join(' ');
  }
  if (text.length < 90) return text;
  // Where an independent clause ends: a semicolon, colon or dash, or a comma before a conjunction
  // ("…, and", "…, mas", "…, pero"); a comma before anything else may end a mere phrase.
  const clause = /(;|:| —| –|,(?= (?:and|but|or|so|while|because|e|mas|ou|pois|porque|y|pero|o|mientras) ))\s/g;
  for (const m of text.matchAll(clause)) {
    const at = m.index ?? 0;
    if (at < 35 || at > text.length * 0.7) continue;
    const head = text.slice(0, at).trimEnd();
    // Do not end on a word that needs what follows ("and", "with", "que", "de").
    if (/\b(and|or|with|of|the|a|to|for|que|de|da|do|e|ou|com|para|y|o|con|del|la|el|en)$/i.test(head)) continue;
    return `${head}.`;
  }
  return text;
}

// Lists longer than this lose their last entries (a shorter FAQ, fewer features).
const LIST_KEEP = 4;
const trimmableLists = new Set(['items', 'images', 'highlights', 'members', 'posts']);
const untrimmableTypes = new Set(['stats', 'navbar', 'footer', 'logos', 'pricing']);

export function shortenProps(type: string, props: Record<string, unknown>, language: SiteLanguage): Record<string, unknown> {
  const walk = (value: unknown, key: string, depth: number): unknown => {
    if (typeof value === 'string') return longKeys.has(key) ? shortenText(value, language) : value;
    if (Array.isArray(value)) {
      let list = value;
      if (key === 'body' && type === 'about') list = list.slice(0, Math.max(1, Math.ceil(list.length / 2)));
      if (key === 'body' && type === 'blogPost') {
        // Keep the structure, drop paragraphs after the first two.
        let paragraphs = 0;
        list = list.filter((block) => !(block && typeof block === 'object' && (block as { kind?: string }).kind === 'paragraph' && ++paragraphs > 2));
      }
      if (trimmableLists.has(key) && depth <= 1 && !untrimmableTypes.has(type) && list.length > LIST_KEEP) list = list.slice(0, LIST_KEEP);
      return list.map((v) => walk(v, key, depth + 1));
    }
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      // A blog block's text is long copy whatever its key says.
      const isBlock = 'kind' in value && (value as { kind?: string }).kind === 'paragraph';
      return Object.fromEntries(entries.map(([k, v]) => [k, isBlock && k === 'text' ? shortenText(String(v), language) : walk(v, k, depth + 1)]));
    }
    return value;
  };
  return walk(props, '', 0) as Record<string, unknown>;
}

// --- tone -----------------------------------------------------------------------------------

export type ToneDirection = 'friendlier' | 'formal';

const secondPerson: Record<SiteLanguage, RegExp> = {
  en: /\b(you|your|you're|you'll|yours)\b/gi,
  'pt-BR': /\b(você|vocês|seu|sua|seus|suas|te)\b/giu,
  es: /(^|[^\p{L}])(tú|tu|tus|te|ti|contigo)(?=[^\p{L}]|$)/giu,
};
const casual: Record<SiteLanguage, RegExp> = {
  en: /\b(come|stop by|say hello|love|fun|enjoy|cozy|hey|grab|just|favorite|we're|let's|don't|can't|it's|you'll|we'll|a hand|busywork|hassle|runaround|juggling|finally|tidy|no pressure|stop)\b/gi,
  'pt-BR':
    /(^|[^\p{L}])(a gente|pra|cheirinho|quentinh[oa]s?|fresquinh[oa]s?|cafezinho|pãozinho|bora|venha|vem|adoramos|amamos|carinho|delícia|gostos[oa])(?=[^\p{L}]|$)/giu,
  es: /(^|[^\p{L}])(ven|vente|pásate|encanta|disfruta|rico|rica|cariño|calentito|calentita|riquísim[oa])(?=[^\p{L}]|$)/giu,
};
const formalWords: Record<SiteLanguage, RegExp> = {
  en: /\b(we are|we will|do not|cannot|professional|service|quality|ensure|provide|offer|experience|expertise|committed|excellence|trusted|reliable|guarantee|certified|licensed|insured|workmanship|clients)\b/gi,
  'pt-BR': /(^|[^\p{L}])(oferecemos|garantimos|qualidade|excelência|profissional|profissionais|compromisso|atendimento|serviço|serviços|nós)(?=[^\p{L}]|$)/giu,
  es: /(^|[^\p{L}])(ofrecemos|garantizamos|calidad|excelencia|profesional|profesionales|compromiso|atención|servicio|servicios|usted)(?=[^\p{L}]|$)/giu,
};

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

// How friendly a text reads (positive) or how formal (negative); used to choose between
// variants the banks already hold for the same role.
export function friendliness(text: string, language: SiteLanguage): number {
  return (
    2 * count(text, /!/g) +
    count(text, /\?/g) +
    count(text, secondPerson[language]) +
    1.5 * count(text, casual[language]) -
    1.5 * count(text, formalWords[language]) -
    text.length / 200
  );
}

// Word-for-word changes that stay grammatical in both directions.
const enContractions: Array<[string, string]> = [
  ['we are', "we're"],
  ['you are', "you're"],
  ['they are', "they're"],
  ['we will', "we'll"],
  ['you will', "you'll"],
  ['do not', "don't"],
  ['does not', "doesn't"],
  ['did not', "didn't"],
  ['is not', "isn't"],
  ['are not', "aren't"],
  ['will not', "won't"],
  ['cannot', "can't"],
  ['let us', "let's"],
  ['that is', "that's"],
  ['there is', "there's"],
  ['we have been', "we've been"],
  ['you have been', "you've been"],
  ['it is', "it's"],
];
const ptFormal: Array<[string, string]> = [
  ['pra', 'para'],
  ['quentinho', 'quente'],
  ['quentinhos', 'quentes'],
  ['quentinha', 'quente'],
  ['quentinhas', 'quentes'],
  ['fresquinho', 'fresco'],
  ['fresquinhos', 'frescos'],
  ['fresquinha', 'fresca'],
  ['fresquinhas', 'frescas'],
  ['cheirinho', 'aroma'],
  ['cafezinho', 'café'],
  ['pãozinho', 'pão'],
  ['rapidinho', 'rapidamente'],
];
const esFormal: Array<[string, string]> = [
  ['calentito', 'caliente'],
  ['calentita', 'caliente'],
  ['calentitos', 'calientes'],
  ['calentitas', 'calientes'],
  ['cafecito', 'café'],
  ['ratito', 'momento'],
];

function swapWords(text: string, pairs: Array<[string, string]>, from: 0 | 1): string {
  let out = text;
  for (const pair of pairs) {
    const source = pair[from];
    const target = pair[from === 0 ? 1 : 0];
    const re = new RegExp(`(^|[^\\p{L}'’])(${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace("'", "['’]")})(?=[^\\p{L}'’]|$)`, 'giu');
    out = out.replace(re, (_m, before: string, word: string) => before + matchCase(word, target));
  }
  return out;
}

function matchCase(original: string, replacement: string): string {
  return original[0] === original[0].toUpperCase() && original[0] !== original[0].toLowerCase()
    ? replacement[0].toUpperCase() + replacement.slice(1)
    : replacement;
}

// "It's been" is "it has been": expanded before the general "it's" → "it is".
function expandEnglish(text: string): string {
  return swapWords(text.replace(/\b([Ii])t['’]s been\b/g, '$1t has been').replace(/\b([Ww]e|[Yy]ou)['’]ve\b/g, '$1 have'), enContractions, 1);
}

export function toneRules(text: string, direction: ToneDirection, language: SiteLanguage): string {
  if (direction === 'formal') {
    let out = text;
    if (language === 'en') out = expandEnglish(out);
    if (language === 'pt-BR') out = swapWords(out, ptFormal, 0);
    if (language === 'es') out = swapWords(out, esFormal, 0).replace(/¡/g, '');
    // Exclamation marks become full stops; a short heading or label just loses its mark.
    if (out.length <= 60 && /^[^.!?]*!+$/.test(out.trim())) return out.trim().replace(/!+$/, '');
    return out.replace(/!+(\s|$)/g, (_m, after: string) => `.${after}`);
  }
  if (language === 'en') {
    // Only the contractions that read naturally in marketing copy.
    return swapWords(
      text,
      enContractions.filter(([long]) => !['it is', 'that is', 'there is', 'is not', 'are not'].includes(long)),
      0,
    );
  }
  return text;
}
