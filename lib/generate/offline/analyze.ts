// Reads a one-sentence prompt the way a person would: what kind of business, its name, where,
// in which language, which colours and which tone. Pure and deterministic.
import type { SiteLanguage } from '@/lib/sites/document';
import { businessKinds, type BusinessKind } from './copy-bank';
import { kindProfiles } from './kinds';

export type Tone = 'elegant' | 'playful' | 'modern' | 'rustic' | 'minimal' | 'bold' | 'friendly';

export type PromptAnalysis = {
  kind: BusinessKind;
  name: string | null;
  place: string | null;
  language: SiteLanguage;
  paletteHints: string[];
  tone: Tone;
};

const stopwords: Record<SiteLanguage, string[]> = {
  en: ['the', 'and', 'with', 'for', 'in', 'of', 'a', 'an', 'my', 'our', 'is', 'that', 'we', 'to', 'called', 'named', 'colors', 'colours', 'tones', 'shop', 'selling', 'near'],
  'pt-BR': ['de', 'da', 'do', 'das', 'dos', 'em', 'com', 'para', 'uma', 'um', 'minha', 'meu', 'nossa', 'nosso', 'que', 'e', 'chamada', 'chamado', 'tons', 'cores', 'não', 'são', 'artesanal', 'na', 'no', 'ao', 'pela', 'pelo', 'receitas', 'caseiro', 'caseira', 'caseiras', 'cozinha', 'sobre', 'feita', 'feito', 'mão', 'cidade', 'bairro'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'en', 'con', 'para', 'una', 'un', 'mi', 'nuestra', 'nuestro', 'que', 'y', 'llamada', 'llamado', 'tonos', 'colores', 'se', 'llama', 'al', 'por', 'muy', 'receta', 'recetas', 'casero', 'casera', 'caseros', 'caseras', 'cocina', 'hecho', 'hecha', 'sin', 'hogar', 'ciudad', 'barrio', 'sobre'],
};

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
}

export function detectLanguage(prompt: string): SiteLanguage {
  const list = words(prompt);
  const score: Record<SiteLanguage, number> = { en: 0, 'pt-BR': 0, es: 0 };
  for (const language of Object.keys(stopwords) as SiteLanguage[]) {
    for (const w of list) if (stopwords[language].includes(w)) score[language] += 1;
  }
  if (/[ãõç]|ção|ções|nh[aeiou]|lh[aeiou]/i.test(prompt)) score['pt-BR'] += 2;
  if (/[ñ¿¡]|ción\b|ciones\b|\bll[aeiou]/i.test(prompt)) score.es += 2;
  // Words that look alike in pt and es: a few tie-breakers.
  if (/\b(muito|também|você|loja|padaria|academia|cardápio|salão)\b/i.test(prompt)) score['pt-BR'] += 2;
  if (/\b(muy|también|usted|tienda|panadería|gimnasio|menú|peluquería)\b/i.test(prompt)) score.es += 2;
  const best = (Object.entries(score) as Array<[SiteLanguage, number]>).sort((a, b) => b[1] - a[1]);
  return best[0][1] === 0 ? 'en' : best[0][0];
}

const formatKinds = new Set<BusinessKind>(['blog']);

export function detectKind(prompt: string): BusinessKind {
  const text = ` ${prompt.toLowerCase().normalize('NFC')} `;
  let best: { kind: BusinessKind; score: number; at: number } = { kind: 'service', score: 0, at: Infinity };
  for (const kind of businessKinds) {
    let score = 0;
    let at = Infinity;
    for (const keyword of kindProfiles[kind].keywords) {
      const re = new RegExp(`(^|[^\\p{L}])${keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u');
      const m = re.exec(text);
      if (m) {
        // Longer keywords are more specific ("coffee shop" beats "shop"); a format word
        // ("blog", "newsletter") decides over what the format is about ("a food blog").
        score += (formatKinds.has(kind) ? 3 : 1) + keyword.length / 10;
        at = Math.min(at, m.index);
      }
    }
    // On a tie, the kind named first in the sentence wins ("padaria e café" is a bakery).
    if (score > best.score || (score === best.score && score > 0 && at < best.at)) best = { kind, score, at };
  }
  return best.kind;
}

const nameIntro = /(?:\bcalled|\bnamed|\bchamad[oa]|\bde nome|\bllamad[oa]|\bse llama|\bcujo nome é|\bnome(?: é)?|\bnombre(?: es)?)\s+/i;

function trimName(raw: string): string | null {
  const name = raw
    .replace(/\s+(in|em|en|at|no|na|with|com|con|that|que|and|e|y|,)\s.*$/i, '')
    .replace(/[.,;:!?)]+$/, '')
    .trim();
  if (name.length < 2 || name.length > 60) return null;
  return name;
}

export function detectName(prompt: string): string | null {
  const quoted = prompt.match(/["“”«»]([^"“”«»]{2,60})["“”«»]|(?:^|\s)'([^']{2,60})'(?=\s|[,.!?]|$)/);
  if (quoted) return (quoted[1] ?? quoted[2]).trim();
  const intro = nameIntro.exec(prompt);
  if (intro) {
    const rest = prompt.slice(intro.index + intro[0].length);
    // A name is a run of words up to punctuation or a preposition that starts the place or details.
    const m = rest.match(/^([\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]*|d[aeo]s?|de|del|la|las|los|the|of|and|e|y|&)){0,5})/u);
    if (m) {
      const words = m[1].split(/\s+/);
      while (words.length > 1 && /^(d[aeo]s?|de|del|la|las|los|the|of|and|e|y|&)$/i.test(words[words.length - 1])) words.pop();
      return trimName(words.join(' '));
    }
    const lower = rest.match(/^([\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,3})/u);
    if (lower) return trimName(lower[1]);
  }
  return null;
}

export function detectPlace(prompt: string): string | null {
  const m = prompt.match(/\b(?:in|em|en|at|no|na|from)\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+(?:d[aeo]s?|del|de la|de|[\p{Lu}][\p{L}'’-]+))*)/u);
  if (!m) return null;
  const parts = m[1].split(/\s+/);
  while (parts.length > 1 && /^(d[aeo]s?|del|de|la)$/i.test(parts[parts.length - 1])) parts.pop();
  const place = parts.join(' ');
  // "em Curitiba" is a place; "de Páscoa" is not: require the word not to be a kind keyword.
  if (businessKinds.some((k) => kindProfiles[k].keywords.includes(place.toLowerCase()))) return null;
  return place.length >= 2 && place.length <= 60 ? place : null;
}

const colourWords: Array<[RegExp, string[]]> = [
  [/terra ?cot+a|terracota|barro|argila|clay|terros[oa]s?|earthy|earth tones|tonos tierra/i, ['terracotta']],
  [/\b(azul|blue|navy|marinho|oceano|ocean|mar\b|sea\b)/i, ['ocean', 'sky']],
  [/\b(c[eé]u|celeste|sky|azul claro|light blue)/i, ['sky']],
  [/\b(verde|green|floresta|forest|bosque|natureza|nature)/i, ['forest', 'mint']],
  [/\b(menta|mint|turquesa|turquoise|teal)/i, ['mint']],
  [/\b(rosa|pink|blush|rosado)/i, ['blush']],
  [/\b(amarel[oa]|yellow|amarill[oa]|dourado|dorado|golden|gold|sol\b|sun)/i, ['sunshine']],
  [/\b(roxo|lil[aá]s|lavanda|lavender|purple|violet|violeta|morado)/i, ['lavender']],
  [/\b(vermelh[oa]|red|roj[oa]|carmim|crimson|vinho|wine|bordô|burgundy)/i, ['crimson']],
  [/\b(pret[oa]|black|negr[oa]|escur[oa]|dark|oscur[oa])/i, ['charcoal', 'midnight']],
  [/\b(noite|night|noche|midnight|meia-noite)/i, ['midnight']],
  [/\b(marrom|brown|marr[oó]n|chocolate|caf[eé] com leite|coffee colou?r)/i, ['coffee']],
  [/\b(cinza|gr[ae]y|gris|grafite|graphite|neutro|neutral)/i, ['slate']],
  [/\b(oliva|olive|musgo|moss)/i, ['olive']],
];

export function detectPaletteHints(prompt: string): string[] {
  // The colour named first leads ("preto e amarelo" is black with yellow, not yellow with black).
  const found: Array<{ at: number; ids: string[] }> = [];
  for (const [re, ids] of colourWords) {
    const m = re.exec(prompt);
    if (m) found.push({ at: m.index, ids });
  }
  const hints: string[] = [];
  for (const { ids } of found.sort((a, b) => a.at - b.at)) hints.push(...ids.filter((id) => !hints.includes(id)));
  return hints;
}

const toneWords: Array<[RegExp, Tone]> = [
  [/\b(elegante?|elegant|sofisticad[oa]|sophisticated|luxo|luxury|lujo|premium|chique|chic|refinad[oa])/i, 'elegant'],
  [/\b(divertid[oa]|fun|playful|alegre|colorid[oa]|colorful|vibrante|vibrant|kids|infantil)/i, 'playful'],
  [/\b(r[uú]stic[oa]|rustic|artesanal|handmade|caseir[oa]|homemade|tradicional|traditional|vintage)/i, 'rustic'],
  [/\b(minimal|minimalista|clean|limp[oa]|simples|simple|sóbri[oa])/i, 'minimal'],
  [/\b(ousad[oa]|bold|forte|intens[oa]|energ[eé]tic[oa]|energetic|atrevid[oa])/i, 'bold'],
  [/\b(modern[oa]?|modern|tech|futurista|futuristic|inovador|innovative)/i, 'modern'],
];

export function detectTone(prompt: string): Tone {
  for (const [re, tone] of toneWords) if (re.test(prompt)) return tone;
  return 'friendly';
}

export function analyzePrompt(prompt: string): PromptAnalysis {
  const name = detectName(prompt);
  // The name and the place are proper nouns: read the rest without them ("Porto Alegre" is not a
  // cheerful tone, "Tijeras de Oro" is not a place).
  const withoutName = name ? prompt.replace(name, ' ') : prompt;
  const place = detectPlace(withoutName);
  const rest = place ? withoutName.replace(place, ' ') : withoutName;
  return {
    kind: detectKind(rest),
    name,
    place,
    language: detectLanguage(prompt),
    paletteHints: detectPaletteHints(rest),
    tone: detectTone(rest),
  };
}
