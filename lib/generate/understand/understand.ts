// Reads a one-sentence prompt the way a person would: the business name, its kind (from the
// catalogue), the place, the language, the colours and tone asked for, what it offers and, for
// events, the date and venue. Pure and deterministic: the same prompt gives the same reading.
import type { SiteLanguage } from '@/lib/i18n/languages';
import { catalogueIndex } from './catalogue-index';
import { detectDate, detectEvent, type EventDetails } from './event';
import { detectKind, findTermMatches, requestWords, textWithout, type KindReading, type TermMatch } from './kind';
import { detectLanguage } from './language';
import { detectName, nameCandidates, type NameReading } from './name';
import { detectOffers } from './offers';
import { detectPlace, townBeforeStateCode, trailingTown, type Place } from './places';
import { detectPaletteHints, detectTone, type Tone } from './style';
import { commonWords, functionWords } from './common-words';
import { capitalize, fold, plain, stripSymbols, words as toWords } from './text';

export type Understanding = {
  language: SiteLanguage;
  // The prompt's own language, when it is one sites are not written in (the site uses the nearest).
  foreignLanguage?: 'fr' | 'it' | 'de';
  name: string | null;
  kindId: string | null;
  kindConfidence: number;
  kindVia: KindReading['via'];
  // Other kinds the prompt could mean, most likely first (for the owner to pick from).
  alternatives: string[];
  place: Place | null;
  paletteHints: string[];
  tone: Tone;
  offers: string[];
  qualities: string[];
  event: EventDetails | null;
};

const weddingWords =
  /\b(casamento|wedding|boda|bodas|matrimonio|casorio|noivos|novios|bride|groom|se casan|nos casamos|getting married|we're getting married|vamos casar|vao casar|vamos nos casar|nos casamos)\b/i;

export function understandPrompt(input: string, opts: { hint?: SiteLanguage; today?: Date; onNames?: (names: NameReading[]) => void } = {}): Understanding {
  let prompt = stripSymbols(input)
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    // "Brooklyn-based", "Texas-born": the place, then what it says of it (not "tailor-made": a word).
    .replace(/(\p{L})-(based|born|grown)\b/giu, '$1 $2')
    // "tailor-made safaris", "tailor made trips": made to order, whoever makes them; the words say nothing of the kind.
    .replace(/\btailor[- ]made\b/giu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A prompt typed in capitals has no proper nouns to tell apart: everyday words go to lowercase and
  // the rest (names, places, kinds) to capitalized, as the owner would have written them otherwise.
  const letters = prompt.match(/\p{L}/gu) ?? [];
  const idx = catalogueIndex();
  if (letters.length > 12 && letters.filter((c) => /\p{Lu}/u.test(c)).length / letters.length > 0.8) prompt = fromCapitals(prompt, idx);
  const words = toWords(prompt);
  const reading = detectLanguage(prompt, idx.termLanguages, opts.hint, idx.lowercaseWordLanguages);
  let language = reading.language;

  // A kind word opening a capitalized run is a business ("en Spa Armonía"), not a town.
  const isKindWord = (i: number) =>
    (idx.byFirst.get(words[i].stem) ?? []).some(
      (p) => p.source === 'term' && p.stems.every((st, k) => words[i + k]?.stem === st && (k === 0 || words[i + k].gap.trim() === '')),
    );
  let place = detectPlace(prompt, words, { isEverydayWord: (w) => idx.wordLanguages.has(w) || commonWords.has(w), isKindWord, language });
  place = townBeforeStateCode(words, place) ?? place;
  // Too few words to tell Portuguese from Spanish (or a prompt of names): the place's country decides.
  const local = place?.country ? countryLanguage(place.country) : null;
  // Portuguese and Spanish share most words: between them the country decides unless the words clearly do.
  const close = (language === 'pt-BR' && local === 'es') || (language === 'es' && local === 'pt-BR') ? 2 : 1;
  // (An English-speaking country alone never makes a sentence with no English word English: "food truck de arepas en Miami".)
  // ("paella, tapas and sangria in Leeds": dish names alone, with no Spanish joining them, are borrowed words.)
  const borrowed = local === 'en' && reading.grammar[language] === 0 && reading.scores.en > 0;
  if (
    local &&
    local !== language &&
    !reading.foreign &&
    (borrowed || (reading.scores[language] - reading.scores[local] <= close && !(local === 'en' && reading.scores.en <= 0)))
  )
    language = local;
  const inPlace = (i: number) => !!place && place.spans.some(([a, b]) => i >= a && i < b);
  // The site or page asked for says nothing about the kind ("a website for my cleaning business").
  const request = requestWords(words);
  let matches = findTermMatches(words, idx, (i) => inPlace(i) || request.has(i), language);
  const kindText = textWithout(prompt, words, request);
  let kind = detectKind(words, matches, language, kindText);

  // Two first names and a date ("Júlia & Rafael, 15/11/2027") are a couple's wedding.
  // (A joining word stands apart: "Rocky Mountain Plumbing, 24/7" is no "Rock y Mountain".)
  const couple = /^\s*\p{Lu}\p{Ll}+(?:\s*[&+]\s*|\s+(?:e|and|y)\s+)\p{Lu}\p{Ll}+\b/u.test(prompt) && !!detectDate(prompt, language, opts.today);
  if (couple && (kind.via !== 'terms' || kind.confidence < 0.5))
    kind = { kindId: 'wedding', confidence: 0.6, via: 'terms', ranking: [{ kindId: 'wedding', score: 1 }, ...kind.ranking] };
  const isWedding = kind.kindId === 'wedding' || couple || weddingWords.test(fold(prompt));
  const knownWord = (w: string) => idx.wordLanguages.has(w) || commonWords.has(w) || functionWords.has(w);
  const isWeddingSite = kind.kindId === 'wedding' || couple;
  const nameContext = {
    prompt,
    words,
    matches,
    head: kind.head,
    isPlace: inPlace,
    isWedding,
    isWeddingSite,
    hasTown: !!place?.city,
    knownWord,
    kindId: kind.kindId ?? undefined,
    language,
  };
  opts.onNames?.(nameCandidates(nameContext));
  const name = detectName(nameContext);
  // A last word the gazetteer does not know, after the name ("…, Smoke Ring BBQ, Lockhart"), is the town.
  const town = trailingTown(words, place, (w) => idx.wordLanguages.has(w) || commonWords.has(w));
  if (town && (!name || name.end <= town.start)) place = town;
  const inName = (i: number) => !!name && i >= name.start && i < name.end;

  // Words of the name say nothing about the kind ("Café Flor de Lis" is not a florist), unless
  // the name begins with the kind ("Pizzaria Bella Napoli").
  // A kind word opening the name is the owner naming what it is ("Boteco do Zé", "Mueblería El Roble",
  // "Festival Sabores do Cerrado"): it outweighs what the rest of the sentence lists.
  // ("…, Oakline Builders": a kind's word closing the name, the kind the whole sentence reads, stays evidence.)
  const isTerm = (m: TermMatch) => m.phrases.some((p) => p.source === 'term');
  // ("Daycare center in Lansing …, Little Sprouts Learning Center": a kind's word closing the name is not the kind when the
  // prompt opens naming another kind; "Small hotel in Edinburgh …, The Thistle Inn", "The Riverside Inn, a small hotel …":
  // nor after a describing word opening it, nor when an apposition right after the name says what it is.)
  const namedApart = (m: TermMatch) =>
    !!name &&
    matches.some(
      (o) =>
        isTerm(o) &&
        !o.phrases.some((p) => m.phrases.some((q) => q.kindId === p.kindId)) &&
        ((o.end <= name.start && (o.start === 0 || (o.start === 1 && knownWord(words[0].folded) && !matches.some((x) => x.start === 0)))) ||
          (o.start >= name.end &&
            o.start - name.end <= 3 &&
            /,/.test(words[name.end].gap) &&
            // (", a small hotel", ", 24-room hotel": an article or describing words only, before it.)
            words
              .slice(name.end, o.start)
              .every((w, k) =>
                k === 0 ? ['a', 'an', 'our'].includes(w.folded) || /^\p{N}+-\p{L}+$/u.test(w.text) : w.gap.trim() === '' && knownWord(w.folded),
              ) &&
            o.start > name.end)),
    );
  // ("Platform 9 Brewing": in English a name closing on a kind's word is that kind, whatever its first word.)
  const englishHead =
    name && language === 'en'
      ? matches.find(
          (m) =>
            m.end === name.end &&
            m.start > name.start &&
            isTerm(m) &&
            new Set(m.phrases.map((p) => p.kindId)).size === 1 &&
            // ("Paris Nails & Spa": two heads joined, neither alone.)
            !['&', 'and', '+'].includes(words[m.start - 1].folded) &&
            !namedApart(m) &&
            /^\p{Lu}/u.test(words[m.start].text) &&
            !matches.some((o) => o !== m && o.start > name.start && o.end <= name.end),
        )
      : undefined;
  // ("Boutique de roupas femininas Flor de Lis": a name right after its kind does not open with another kind.)
  const kindBefore = (m: TermMatch) =>
    matches.some((o) => isTerm(o) && o.end <= name!.start && name!.start - o.end <= 2 && !o.phrases.some((p) => m.phrases.some((q) => q.kindId === p.kindId)));
  const opener = name
    ? (englishHead ??
      matches.find((m) => m.start === name.start && isTerm(m) && !kindBefore(m)) ??
      matches.find(
        (m) =>
          m.end === name.end &&
          m.start > name.start &&
          m.phrases.some((p) => p.source === 'term' && p.kindId === kind.kindId) &&
          !matches.some((o) => o !== m && o.start >= name.start && o.end <= name.end) &&
          !(language === 'en' && namedApart(m)),
      ))
    : undefined;
  // (An English name's closing kind word the sentence contradicts is no head either.)
  const headInName = (m: TermMatch) => m === kind.head && !(language === 'en' && !!name && m.end === name.end && m.start > name.start && namedApart(m));
  if (name && (opener || matches.some((m) => m.start >= name.start && m.end <= name.end && !headInName(m)))) {
    matches = matches.filter((m) => !(m.start >= name.start && m.end <= name.end) || headInName(m) || m === opener);
    const withoutName = [kindText.slice(0, words[name.start]?.start ?? 0), kindText.slice(words[name.end - 1]?.end ?? kindText.length)].join(' ');
    kind = detectKind(words, matches, language, withoutName, opener);
  }
  if (kind.via === 'none' || kind.via === 'similar') {
    const rest = words
      .filter((_, i) => !inName(i) && !inPlace(i) && !request.has(i))
      .map((w) => w.text)
      .join(' ');
    kind = matches.length ? kind : detectKind(words, [], language, rest);
  }

  // "Silver Oak Events, weddings and showers", "Aurora Eventos organiza…": a business whose name closes on the plural "Events"
  // makes events for others; read as one occasion's site, it is a planner's.
  if (kind.kindId === 'event' && name && name.end - name.start >= 2 && /^(events|eventos)$/.test(words[name.end - 1].folded)) {
    const score = kind.ranking[0]?.score ?? 1;
    kind = { ...kind, kindId: 'party-planner', ranking: [{ kindId: 'party-planner', score }, ...kind.ranking.filter((r) => r.kindId !== 'party-planner')] };
  }

  // The words that name the kind are not an offer; an offer that gave the kind away still is ("wedding bouquets").
  // A kind word inside the list of what it offers ("with wedding bouquets and …") is an offer too.
  const afterWith = (m: TermMatch) => {
    for (let k = m.start - 1; k >= 0 && k >= m.start - 6; k--) {
      if (/^(with|com|con|including|incluindo|incluyendo|featuring)$/.test(words[k].folded)) return true;
      if (/[,.;:!?]/.test(words[k + 1].gap)) return false;
    }
    return false;
  };
  const head = kind.head && kind.head.phrases.some((p) => p.kindId === kind.kindId && p.source === 'term') && !afterWith(kind.head) ? kind.head : undefined;
  const inHead = (i: number) => !!head && i >= head.start && i < head.end;
  const styleText = words
    .filter((_, i) => !inName(i) && !inPlace(i))
    .map((w) => w.text)
    .join(' ');
  const { offers, qualities } = detectOffers(
    prompt,
    words,
    (i) => inName(i) || inPlace(i) || inHead(i),
    (stems) => isKnownOffer(stems, kind.kindId),
  );
  const event = kind.kindId && ['wedding', 'event', 'party-planner'].includes(kind.kindId) ? detectEvent(prompt, words, language, opts.today) : null;

  return {
    language,
    ...(reading.foreign ? { foreignLanguage: reading.foreign } : {}),
    name: name?.name ?? null,
    kindId: kind.kindId,
    kindConfidence: Number(kind.confidence.toFixed(2)),
    kindVia: kind.via,
    // (With no kind read, the strongest weak candidates are still offered for the owner to pick.)
    alternatives: kind.ranking
      .filter((r) => r.kindId !== kind.kindId)
      .slice(0, 3)
      .map((r) => r.kindId),
    place,
    paletteHints: detectPaletteHints(styleText),
    tone: detectTone(styleText),
    offers,
    qualities,
    event,
  };
}

// A prompt typed in capitals, as the owner would have written it otherwise. Everyday words go to
// lowercase; the rest is capitalized, and each phrase between punctuation marks is then weighed: a
// list ("BOLOS CASEIROS E DE FESTA", "CARRO MOTO E CAMINHAO"), a question, a sentence ("PRECISO DE UM
// SITE…") or words of the catalogue's copy alone ("HAMBURGUESAS AL CARBÓN") go to lowercase; a phrase
// with a word of its own ("SALON LUXE", "MIKE'S AUTO REPAIR") or a kind word and more ("CONFEITARIA
// DOCE MEL", "LA ESQUINA DEL SABOR") keeps its capitals, as a name would. Towns keep theirs ("FEIRA DE
// SANTANA", "EL PASO"); two-letter codes stay as written ("TX").
function fromCapitals(input: string, idx: ReturnType<typeof catalogueIndex>): string {
  const titled = input.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (w) => {
    const lower = w.toLocaleLowerCase();
    if (/^\p{Lu}{2}$/u.test(w) && !functionWords.has(plain(lower))) return w;
    // "SÃO JUDAS", "SAN JUAN": a saint's name, not the verb "são".
    if (/^(sao|san|santa|santo)$/.test(plain(lower))) return capitalize(lower);
    return commonWords.has(plain(lower)) || functionWords.has(plain(lower)) ? lower : capitalize(lower);
  });
  const words = toWords(titled);
  const place = detectPlace(titled, words, { isEverydayWord: (w) => commonWords.has(w) });
  const inPlace = (i: number) => !!place && place.spans.some(([a, b]) => i >= a && i < b);
  const copyWord = (w: (typeof words)[number]) => w.folded.length >= 3 && idx.wordLanguages.has(w.folded);
  const kindWord = (w: (typeof words)[number]) => (idx.byFirst.get(w.stem) ?? []).some((p) => p.source === 'term');
  // Phrases between punctuation marks.
  const phrases: number[][] = [];
  words.forEach((w, i) => {
    if (i === 0 || /[,.;:!?|()·•]|\s[–—-]\s|^\s*[–—-]\s*$/.test(w.gap)) phrases.push([]);
    phrases[phrases.length - 1].push(i);
  });
  const lower = new Set<number>();
  const lowerAll = new Set<number>();
  // An article opening a name the phrase keeps ("LA ESQUINA DEL SABOR", "… AUTOMOTRIZ LOS PRIMOS").
  const raise = new Set<number>();
  const articleWords = ['la', 'el', 'los', 'las', 'the', 'o', 'a', 'os', 'as'];
  for (const phrase of phrases) {
    const ws = phrase.map((i) => words[i]).filter((w, k) => !inPlace(phrase[k]));
    if (!ws.length) continue;
    const last = words[phrase[phrase.length - 1]];
    const question = /^\s*\?/.test(titled.slice(last.end, last.end + 2));
    const list = ws.some((w) => ['e', 'y', 'and', '&', 'ou', 'o', 'or'].includes(w.folded));
    const sentence = !/^\p{Lu}/u.test(ws[0].text) && !['la', 'el', 'los', 'las', 'the', 'o', 'a'].includes(ws[0].folded);
    const own = ws.some((w) => /^\p{Lu}/u.test(w.text) && !copyWord(w) && !commonWords.has(w.folded));
    const titledKind = ws.length >= 2 && (kindWord(ws[0]) || ['la', 'el', 'los', 'las', 'the'].includes(ws[0].folded));
    // The prompt's first phrase, set off by a dash, colon or pipe, with a word of its own: a title, all of it
    // ("BLUE RIDGE ROOFING AND CONSTRUCTION - new builds, …").
    const next = words[phrase[phrase.length - 1] + 1];
    // (Laid out as a sign, phrase after phrase set off by dashes, bars or dots — "HARBOR DENTAL CARE - FAMILY DENTIST -
    // CLEANINGS", "NEUMÁTICOS EL RAYO · ALINEACIÓN · …" — a word of the catalogue's copy that is no kind's may be its own.)
    const signMark = /^\s*[–—|·•]\s*$|^\s+-\s+$/;
    const sign = words.filter((w) => signMark.test(w.gap)).length >= 2;
    const title =
      phrase === phrases[0] &&
      phrase.length >= 2 &&
      phrase.length <= 6 &&
      !!next &&
      /^\s*[–—:|·•]\s*$|^\s+-\s+$/.test(next.gap) &&
      ws.some((w) => (!copyWord(w) || sign) && !commonWords.has(w.folded) && !functionWords.has(w.folded) && !kindWord(w));
    if (title) {
      // ("NEUMÁTICOS EL RAYO": an article inside the title opens the rest of the name, "Neumáticos El Rayo".)
      for (const i of phrase)
        if (!functionWords.has(words[i].folded) || i === phrase[0] || (articleWords.includes(words[i].folded) && phrase.includes(i + 1))) raise.add(i);
      continue;
    }
    if (question || sentence || !(own || titledKind)) for (const i of phrase) lower.add(i);
    else {
      if (articleWords.includes(words[phrase[0]].folded) && phrase.length >= 2) raise.add(phrase[0]);
      if (list) {
        // In a list only a run of words of their own stays a name ("… E CARIMBOS SÃO JUDAS", "ESQUINA 7", "TONY & SONS"),
        // or one after an article ("… Y ESTETICA LA DIVINA").
        const mine = (j: number) =>
          !!words[j] && phrase.includes(j) && /^\p{Lu}/u.test(words[j].text) && !copyWord(words[j]) && !commonWords.has(words[j].folded);
        const amp = (j: number) => !!words[j] && phrase.includes(j) && (words[j].text === '&' || words[j].text === '+');
        const article = (j: number) =>
          !!words[j] && phrase.includes(j) && j > phrase[0] && ['la', 'el', 'los', 'las', 'the', 'o', 'os'].includes(words[j].folded);
        // After an article the rest of the phrase is the name, everyday words and all ("… CONFEITARIA O PÃO NOSSO").
        const opened = phrase.find(
          (j) =>
            article(j) &&
            /^\p{Lu}/u.test(words[j + 1]?.text ?? '') &&
            phrase.includes(j + 1) &&
            (!kindWord(words[j + 1]) ||
              (phrase.includes(j + 2) && !/^(em|in|en|at|no|na|de|do|da|del|con|com|with|y|e|and)$/.test(words[j + 2].folded) && !inPlace(j + 2))),
        );
        phrase.forEach((i) => {
          const numbered = /^\p{N}/u.test(words[i + 1]?.text ?? '') && phrase.includes(i + 1);
          const joined = mine(i - 1) || mine(i + 1) || (amp(i + 1) && mine(i + 2)) || (amp(i - 1) && mine(i - 2));
          if (opened !== undefined && i > opened) return;
          if (!((mine(i) && joined) || numbered || /^\p{N}/u.test(words[i].text)) || kindWord(words[i])) lowerAll.add(i);
        });
        if (opened !== undefined) {
          lowerAll.delete(opened);
          raise.add(opened);
          for (let j = opened + 2; phrase.includes(j) && !inPlace(j) && !/^(em|in|en|at|no|na|de|do|da|del|con|com|with|y|e|and)$/.test(words[j].folded); j++)
            raise.add(j);
        }
      }
    }
  }
  let out = '';
  let at = 0;
  words.forEach((w, i) => {
    const down = (lowerAll.has(i) || (lower.has(i) && copyWord(w))) && !inPlace(i) && /^\p{Lu}\p{Ll}/u.test(w.text);
    // "EL PASO", "LOS ANGELES": the article opening a town's name keeps its capital.
    const placeStart = !!place && place.spans.some(([a]) => a === i);
    out += titled.slice(at, w.start) + (down ? w.text.toLocaleLowerCase() : placeStart || raise.has(i) ? capitalize(w.text) : w.text);
    at = w.end;
  });
  return out + titled.slice(at);
}

// Whether a phrase is one of the kind's offers (so "banho e tosa" stays one offer).
function isKnownOffer(stems: string[], kindId: string | null): boolean {
  if (!kindId || !stems.length) return false;
  const idx = catalogueIndex();
  return (idx.byFirst.get(stems[0]) ?? []).some((p) => p.kindId === kindId && p.stems.length === stems.length && p.stems.every((s, k) => s === stems[k]));
}

function countryLanguage(country: string): SiteLanguage | null {
  if (['BR', 'PT', 'AO', 'MZ', 'CV'].includes(country)) return 'pt-BR';
  if (['US', 'GB', 'CA', 'AU', 'NZ', 'IE'].includes(country)) return 'en';
  if (['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'UY', 'PY', 'BO', 'EC', 'VE', 'CR', 'PA', 'GT', 'SV', 'HN', 'NI', 'DO', 'CU', 'PR'].includes(country)) return 'es';
  return null;
}
