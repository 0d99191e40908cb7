// The business name, wherever and however the owner wrote it: in quotes, after "called",
// "chamada", "se llama" or "brand name", right after the kind ("Floricultura Jardim Azul"),
// before it ("Sweet Crumbs bakery"), as a possessive ("Oficina do Seu Zé"), in apposition
// ("Bella Napoli, a pizzeria"), at the end of the sentence, a professional's name with a title,
// a couple's names on a wedding site. Returns null rather than guess when nothing names it.
import { commonWords } from './common-words';
import type { TermMatch } from './kind';
import { capitalize, fold, type Word } from './text';

export type NameReading = { name: string; start: number; end: number; via: string; score: number };

const connectors = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'la', 'las', 'los', 'el', 'the', 'of', 'and', '&', 'e', 'y', "n'", 'n', 'di', 'du', 'von', 'van', 'le']);
const possessiveConnectors = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'of']);
const boundaryWords = new Set([
  'em', 'in', 'en', 'at', 'no', 'na', 'nos', 'nas', 'with', 'com', 'con', 'that', 'que', 'which', 'who', 'and', 'e', 'y', 'for', 'para',
  'pra', 'por', 'is', 'e', 'es', 'a', 'an', 'um', 'uma', 'un', 'una', 'located', 'based', 'localizada', 'localizado', 'situada',
  'situado', 'ubicada', 'ubicado', 'near', 'perto', 'cerca', 'from', 'desde', 'since', 'open', 'aberta', 'aberto', 'abierta', 'abierto',
  'where', 'onde', 'donde', 'we', 'our', 'nossa', 'nosso', 'nuestra', 'nuestro', 'selling', 'vendendo', 'vendiendo', 'offering',
  'specializing', 'especializada', 'especializado', 'focused', 'focada', 'focado', 'enfocada', 'enfocado',
]);
// "called X", "chamada X", "se llama X", "brand name X", "nome: X".
const cuePhrases = [
  'called', 'named', 'name is', "name's", 'brand name is', 'brand name', 'brand is', 'business name is', 'business name', 'known as',
  'by the name of', 'under the name', 'we are called', 'chamado', 'chamada', 'chamados', 'chamadas', 'de nome', 'com o nome de',
  'com o nome', 'com nome', 'nome e', 'nome', 'nome da empresa e', 'nome da loja e', 'nome fantasia', 'se chama', 'que se chama',
  'marca', 'a marca e', 'conhecido como', 'conhecida como', 'llamado', 'llamada', 'llamados', 'se llama', 'que se llama', 'de nombre',
  'con el nombre de', 'con el nombre', 'nombre es', 'nombre', 'conocido como', 'conocida como', 'la marca es', 'mi marca',
].map((c) => c.split(' '));
const titles = /^(dr|dra|dr\.|dra\.|doutor|doutora|doctor|doctora|prof|prof\.|professor|professora|profesor|profesora|mr|mrs|ms|mr\.|mrs\.|ms\.|sr|sra|sr\.|sra\.)$/i;
const articles = new Set(['a', 'an', 'the', 'um', 'uma', 'un', 'una', 'o', 'el', 'la']);

function isCommon(w: Word): boolean {
  return commonWords.has(w.folded) || commonWords.has(w.folded.replace(/'s$/, ''));
}

// A run of capitalized words (with connectors, "&", digits) starting at i.
function capitalRun(words: Word[], i: number, stop: (j: number) => boolean, maxWords = 6): number {
  let end = i;
  while (end < words.length && end - i < maxWords && !stop(end)) {
    const w = words[end];
    if (w.isCapitalized || w.text === '&' || /^[\p{N}]/u.test(w.text)) end++;
    else if (end > i && connectors.has(w.folded) && end + 1 < words.length && !stop(end + 1) && (words[end + 1].isCapitalized || /^\p{N}/u.test(words[end + 1].text))) end++;
    else break;
  }
  return end;
}

function text(prompt: string, words: Word[], start: number, end: number): string {
  return prompt.slice(words[start].start, words[end - 1].end).replace(/\s+/g, ' ').replace(/[,;:]+$/, '').trim();
}

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w, i) => (i > 0 && connectors.has(fold(w)) ? w.toLowerCase() : capitalize(w)))
    .join(' ');
}

export type NameContext = {
  prompt: string;
  words: Word[];
  matches: TermMatch[]; // catalogue terms found, in order
  head?: TermMatch; // the match that names the kind
  isPlace: (i: number) => boolean;
  isWedding: boolean;
};

export function detectName(ctx: NameContext): NameReading | null {
  const { prompt, words, matches, head, isPlace, isWedding } = ctx;
  const termAt = (i: number) => matches.some((m) => m.start <= i && i < m.end);
  const stop = (j: number) => isPlace(j) || (words[j].isSentenceStart && j > 0);
  const candidates: NameReading[] = [];
  const push = (start: number, end: number, via: string, score: number, override?: string) => {
    if (end <= start) return;
    // Trim articles and connectors at the edges, and words that describe rather than name.
    while (end > start && connectors.has(words[end - 1].folded)) end--;
    if (end <= start) return;
    const span = words.slice(start, end);
    if (!override && span.every((w) => isCommon(w) || termAt(words.indexOf(w)))) return;
    if (!override && span.some((_, k) => isPlace(start + k))) return;
    const name = override ?? text(prompt, words, start, end);
    if (name.length < 2 || name.length > 80) return;
    candidates.push({ name, start, end, via, score: score - start * 0.001 });
  };

  // 1. Quotes.
  for (const m of prompt.matchAll(/["“”«»]([^"“”«»]{2,60})["“”«»]|(?:^|[\s(])['‘]([^'’]{2,60})['’](?=[\s,.!?)]|$)/gu)) {
    const inner = (m[1] ?? m[2]).trim();
    const at = words.findIndex((w) => w.start >= (m.index ?? 0));
    if (inner && !/^\p{Ll}+$/u.test(inner.split(' ')[0]) ? true : inner.split(' ').length <= 5) candidates.push({ name: inner, start: at, end: at + 1, via: 'quotes', score: 10 });
  }

  // 2. An introducing phrase.
  for (let i = 0; i < words.length; i++) {
    for (const cue of cuePhrases) {
      if (!cue.every((c, k) => words[i + k]?.folded === c)) continue;
      let j = i + cue.length;
      // "nome" alone is a cue only before a colon or a capitalized word ("nome: Raiz", "nome Raiz").
      if (cue.length === 1 && ['nome', 'nombre', 'marca'].includes(cue[0]) && !/^\s*:/.test(prompt.slice(words[i].end)) && !words[j]?.isCapitalized) continue;
      if (j >= words.length) continue;
      if (words[j].isCapitalized || /^\p{N}/u.test(words[j].text)) {
        push(j, capitalRun(words, j, (k) => isPlace(k)), 'cue', 9);
      } else {
        // Written in lowercase: up to four words, to the next boundary.
        let end = j;
        while (end < words.length && end - j < 4 && !boundaryWords.has(words[end].folded) && !isPlace(end) && !/[,.;:!?]/.test(prompt.slice(words[end - 1]?.end ?? 0, words[end].start).trim() || '') ) end++;
        if (end > j) push(j, end, 'cue', 8.5, titleCase(text(prompt, words, j, end)));
      }
      j = words.length;
    }
  }

  // 3. A professional's title and name ("Dra. Ana Souza").
  for (let i = 0; i < words.length - 1; i++) {
    if (titles.test(words[i].text) && words[i + 1].isCapitalized) push(i, capitalRun(words, i + 1, stop), 'title', 8);
  }

  // 4. A couple on a wedding site ("Ana e Pedro", "Emma & Liam").
  if (isWedding) {
    for (let i = 0; i + 2 < words.length; i++) {
      const [a, and, b] = [words[i], words[i + 1], words[i + 2]];
      if (a.isCapitalized && b.isCapitalized && ['e', 'and', 'y', '&'].includes(and.folded) && !isCommon(a) && !isCommon(b) && !isPlace(i) && !isPlace(i + 2)) {
        push(i, i + 3, 'couple', 9.5);
      }
    }
  }

  // 5. Right after the kind, possibly after an adjective or two ("Panadería familiar Las Tres Marías"),
  //    or as a possessive ("Oficina mecânica do Seu Zé").
  for (const m of head ? [head, ...matches.filter((x) => x !== head)] : matches) {
    let j = m.end;
    let skipped = 0;
    while (j < words.length && skipped < 2 && !words[j].isCapitalized && isCommon(words[j]) && !connectors.has(words[j].folded) && !boundaryWords.has(words[j].folded)) {
      j++;
      skipped++;
    }
    if (j >= words.length) continue;
    const headWord = words[m.start];
    const headIsPartOfName = headWord.isCapitalized && !headWord.isSentenceStart;
    const score = m === head ? 7 : 6;
    const possessiveEnd = possessiveConnectors.has(words[j].folded) && words[j + 1]?.isCapitalized && !isPlace(j + 1) ? capitalRun(words, j + 1, stop) : 0;
    if (possessiveEnd && words.slice(j + 1, possessiveEnd).some((w) => !isCommon(w))) {
      const end = possessiveEnd;
      const kindText = text(prompt, words, m.start, j);
      push(m.start, end, 'possessive', score + 0.5, `${titleCase(kindText)} ${words[j].text} ${text(prompt, words, j + 1, end)}`);
    } else if (words[j].isCapitalized && !isPlace(j) && prompt.slice(words[j - 1].end, words[j].start).trim() === '') {
      const end = capitalRun(words, j, stop);
      if (headIsPartOfName && skipped === 0) push(m.start, end, 'after kind', score);
      else push(j, end, 'after kind', score);
    }
  }

  // 6. Just before the kind ("Sweet Crumbs bakery", "Joe's Pizza").
  for (const m of matches) {
    let start = m.start;
    while (start > 0 && (words[start - 1].isCapitalized || (connectors.has(words[start - 1].folded) && start - 2 >= 0 && words[start - 2].isCapitalized)) && !isPlace(start - 1) && prompt.slice(words[start - 1].end, words[start].start).trim() === '') start--;
    if (start === m.start) continue;
    const includeKind = words[m.start].isCapitalized;
    push(start, includeKind ? m.end : m.start, 'before kind', m === head ? 6.5 : 6);
  }

  // 7. Apposition: a proper noun followed by ", a …", " - a …", " is a …", " é uma …".
  for (let i = 0; i < words.length; i++) {
    if (!words[i].isCapitalized || isPlace(i) || (i > 0 && words[i - 1].isCapitalized && !words[i - 1].isSentenceStart)) continue;
    const end = capitalRun(words, i, stop);
    if (end >= words.length) continue;
    const gapText = prompt.slice(words[end - 1].end, words[end].start);
    const nextIsArticle = articles.has(words[end].folded) || termAt(end);
    if ((/^\s*[,–—-]\s*$/.test(gapText) && nextIsArticle) || (/^\s+$/.test(gapText) && ['is', 'e', 'es', 'was', 'são', 'sao', 'son'].includes(words[end].folded) && (articles.has(words[end + 1]?.folded ?? '') || termAt(end + 1)))) {
      push(i, end, 'apposition', 6);
    }
  }

  // 8. At the end, after a comma, dash or colon ("…in Austin — Sweet Crumbs").
  {
    const last = words.length - 1;
    let start = last;
    while (start > 0 && (words[start - 1].isCapitalized || connectors.has(words[start - 1].folded)) && prompt.slice(words[start - 1].end, words[start].start).trim() === '') start--;
    if (last >= 0 && words[last].isCapitalized && start > 0 && /[,:–—-]\s*$/.test(prompt.slice(words[start - 1].end, words[start].start))) push(start, last + 1, 'end', 5);
  }

  // 9. Any other proper noun in the middle of the sentence.
  for (let i = 1; i < words.length; i++) {
    if (!words[i].isCapitalized || words[i].isSentenceStart || isPlace(i) || words[i - 1].isCapitalized) continue;
    const prev = words[i - 1].folded;
    if (['em', 'in', 'en', 'at', 'no', 'na', 'from', 'near'].includes(prev)) continue; // an unknown place
    push(i, capitalRun(words, i, stop), 'proper noun', 3);
  }

  if (!candidates.length) return null;
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  return { ...best, name: best.name.replace(/^[\s"'“”«»]+|[\s"'“”«».,;:!?]+$/gu, '') };
}
