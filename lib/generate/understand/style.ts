// Colours and tone the owner asks for ("tons de terracota", "elegante", "bold red").
export type Tone = 'elegant' | 'playful' | 'modern' | 'rustic' | 'minimal' | 'bold' | 'friendly';

const colourWords: Array<[RegExp, string[]]> = [
  [/terra ?cot+a|terracota|barro|argila|clay|terros[oa]s?|earthy|earth tones|tonos tierra|tons terrosos/i, ['terracotta']],
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

// The colour named first leads ("preto e amarelo" is black with yellow, not yellow with black).
export function detectPaletteHints(text: string): string[] {
  const found: Array<{ at: number; ids: string[] }> = [];
  for (const [re, ids] of colourWords) {
    const m = re.exec(text);
    if (m) found.push({ at: m.index, ids });
  }
  const hints: string[] = [];
  for (const { ids } of found.sort((a, b) => a.at - b.at)) hints.push(...ids.filter((id) => !hints.includes(id)));
  return hints;
}

const toneWords: Array<[RegExp, Tone]> = [
  [/\b(elegante?|elegant|sofisticad[oa]|sophisticated|luxo|luxury|lujo|premium|chique|chic|refinad[oa])/i, 'elegant'],
  [/\b(divertid[oa]|fun|playful|alegre|colorid[oa]|colorful|colourful|vibrante|vibrant|kids|infantil)/i, 'playful'],
  [/\b(r[uú]stic[oa]|rustic|artesanal|handmade|caseir[oa]|homemade|tradicional|traditional|vintage)/i, 'rustic'],
  [/\b(minimal|minimalista|clean|limp[oa]|simples|simple|sóbri[oa])/i, 'minimal'],
  [/\b(ousad[oa]|bold|forte|intens[oa]|energ[eé]tic[oa]|energetic|atrevid[oa])/i, 'bold'],
  [/\b(modern[oa]?|modern|tech|futurista|futuristic|inovador|innovative)/i, 'modern'],
];

export function detectTone(text: string): Tone {
  for (const [re, tone] of toneWords) if (re.test(text)) return tone;
  return 'friendly';
}

// Words of colour and style, which are never an offer ("tons de azul", "estilo moderno").
export const styleWords = /\b(tons?|tonos?|colou?rs?|cores|colores|paleta|palette|estilo|style|vibe|look|feel|visual)\b/i;
export function isStylePhrase(text: string): boolean {
  if (styleWords.test(text)) return true;
  // Only colour and tone words (and small words between them): "azul e branco", "moderno e elegante".
  const tokens = text.split(/\s+/).filter((t) => !/^(e|and|y|com|with|con|de|da|do|of)$/i.test(t));
  return tokens.length > 0 && tokens.every((t) => detectPaletteHints(t).length > 0 || detectTone(t) !== 'friendly');
}
