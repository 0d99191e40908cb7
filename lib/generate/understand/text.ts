// Small text tools for reading prompts: folding (lowercase, no accents), words with their
// positions, a crude stemmer shared by prompts and catalogue terms, and edit distance.

// Lowercase without accents: "São Paulo" -> "sao paulo". Keeps the length of most text, but
// callers that need positions use words(), which works on the original.
export function fold(text: string): string {
  // ñ stays: "uña" (nail) is not "una" (a).
  return text
    .normalize('NFD')
    .replace(/([nN])\u0303/g, '$1\u0000')
    .replace(/\p{M}/gu, '')
    .replace(/n\u0000/g, 'ñ')
    .replace(/N\u0000/g, 'Ñ')
    .toLowerCase();
}

export type Word = {
  text: string; // as written
  folded: string;
  stem: string;
  start: number; // offset in the prompt
  end: number;
  isCapitalized: boolean; // starts with an uppercase letter or a digit
  isSentenceStart: boolean; // first word of the prompt or of a sentence
  gap: string; // what separates it from the previous word ("" for the first, " ", ", ", " - ")
};

// ("Waggin’ Tails", "Rockin' Robin": a dropped g keeps its apostrophe, the word goes on into the name.)
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*in['’](?=\s+\p{L})|[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[&+]/gu;

export function words(prompt: string): Word[] {
  const out: Word[] = [];
  for (const m of prompt.matchAll(wordPattern)) {
    // "Dr." keeps its dot; a dot at the end of any other word ends the sentence, not the word.
    let raw = m[0];
    if (raw.endsWith('.') && !/^(dr|dra|sr|sra|st|mr|mrs|ms)\.$/i.test(raw)) raw = raw.slice(0, -1);
    const start = m.index;
    const before = prompt.slice(0, start).replace(/[\s"'“”«»(]+$/u, '');
    // (Initials too: "J.P. Siqueira Contabilidade".)
    const afterAbbreviation =
      /\b(dr|dra|sr|sra|srta|st|mr|mrs|ms|prof|profa|av|no|nº|hnos|hno|cia|jr|lic|arq|sto|sta)\.$/i.test(before) || /(^|\s)(\p{Lu}\.){2,}$/u.test(before);
    const isSentenceStart = before === '' || (/[.!?:\n]$/.test(before) && !afterAbbreviation) || /\p{Extended_Pictographic}$/u.test(before);
    // Word lists compare plain letters ("nino"); catalogue stems keep ñ ("uña" is not "una").
    const folded = fold(raw).replace(/’/g, "'").replace(/ñ/g, 'n');
    const gap = out.length ? prompt.slice(out[out.length - 1].end, start) : '';
    out.push({
      text: raw,
      folded,
      stem: accentedPlural(raw) ? stem(fold(raw).slice(0, -1)) : stem(fold(raw).replace(/’/g, "'")),
      start,
      end: start + raw.length,
      isCapitalized: /^[\p{Lu}\p{N}]/u.test(raw),
      isSentenceStart,
      gap,
    });
  }
  return out;
}

// "chalés", "purês", "filés": the plural of a word ending in an accented "é/ê" only adds "s" (folded, "chales" would read
// like "flores" and lose "es"). Not after "n", "z" or "s", nor in "inglês" and "galês", where "-ês/-és" closes a singular
// ("francés", "estrés").
function accentedPlural(raw: string): boolean {
  return raw.length > 4 && /(?:[rdx]|(?<!ing|ga)l)[éê]s$/i.test(raw);
}

// One stem for singular and plural in the three languages, applied the same way to prompts and
// terms: what matters is that "flores" and "flor", "bakeries" and "bakery", "pães" and "pão"
// meet, not linguistic truth.
export function stem(folded: string): string {
  // "&", "and", "e", "y" join the same way in terms and prompts ("wine & spirits", "banho e tosa").
  if (folded === '&' || folded === 'and' || folded === 'e' || folded === 'y') return '&';
  // "clothing shop" is a "clothing store": words for a shop share one stem.
  if (folded === 'shop' || folded === 'store' || folded === 'shops' || folded === 'stores') return 'store';
  let w = folded.replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (/oes$|aes$/.test(w)) return `${w.slice(0, -3)}ao`;
  if (w.length >= 6 && /ais$/.test(w)) return `${w.slice(0, -3)}al`;
  if (w.length >= 5 && /eis$/.test(w)) return `${w.slice(0, -3)}el`;
  if (w.length >= 5 && /ies$/.test(w)) return `${w.slice(0, -3)}y`;
  // "jardins"/"jardim", "viagens"/"viagem" share a stem with "cabins"/"cabin": a final "m" after a vowel is
  // read as "n" (below), so the Portuguese plural only loses its "s".
  if (w.length >= 5 && /ns$/.test(w)) return w.slice(0, -1);
  // "-es" after these consonants is a plural ending (flores, panes, ciudades, boxes, classes);
  // "clases", "bases" only lose their "s".
  if (w.length > 4 && (/sses$/.test(w) || /[rlnzdx]es$/.test(w))) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length >= 4 && /[aeiou]m$/.test(w)) w = `${w.slice(0, -1)}n`;
  return w;
}

export function stemPhrase(phrase: string): string[] {
  return words(phrase).map((w) => w.stem);
}

// Optimal string alignment distance, stopping early past `max`.
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => [i, ...new Array<number>(cols - 1).fill(0)]);
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

// For comparing with plain word lists and place names: no accents and no tilde at all.
export function plain(text: string): string {
  return fold(text).replace(/ñ/g, 'n');
}

// Emoji, pictographs and other symbols carry no words.
// Emoji, pictographs, control, zero-width and direction marks carry no words.
// Emoji between words set them apart as a bullet does ("… todo Brasil 💕 Curvas Lindas Moda"), so
// they become one; control and format characters go.
export function stripSymbols(prompt: string): string {
  return prompt
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]+/gu, ' • ')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/^[\s•]+|[\s•]+$/g, '')
    .replace(/(\s*•\s*)+/g, ' • ');
}

export function capitalize(text: string): string {
  const first = text.charAt(0).toLocaleUpperCase();
  // "ß" would become "SS": a letter that does not stay one letter is left as it is.
  return (first.length === 1 ? first : text.charAt(0)) + text.slice(1);
}

// A word written in two scripts at once ("O'Brienالعربية") is noise, not a name.
export function mixesScripts(text: string): boolean {
  return (
    /\p{Script=Latin}/u.test(text) &&
    /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Devanagari}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(
      text,
    )
  );
}
