// Which kind of business a prompt describes: catalogue terms found in it (whole words, plurals,
// typos), weighed by where they stand in the sentence, then the nearest kind by similarity
// when no term matches.
import type { SiteLanguage } from '@/lib/i18n/languages';
import { catalogueIndex, serviceOf, type CatalogueIndex, type Phrase } from './catalogue-index';
import { nearestKinds } from './similar';
import { stem, type Word } from './text';
import { closestTerm, isRealWord, mayBeTypo } from './typo-guard';

export type TermMatch = {
  start: number; // word index
  end: number; // exclusive
  fuzzy: boolean;
  phrases: Phrase[];
};

// Words that name a generic place of business: "Loja de bicicletas" is a bike shop, "Escola
// de música" a music school; the words after them say what kind it is.
const genericHeads = new Set([
  'loja',
  'shop',
  'store',
  'tienda',
  'studio',
  'estudio',
  'clinica',
  'clinic',
  'escola',
  'school',
  'escuela',
  'academia',
  'academy',
  'casa',
  'house',
  'centro',
  'center',
  'centre',
  'espaco',
  'espacio',
  'space',
  'salao',
  'salon',
  'oficina',
  'workshop',
  'taller',
  'atelie',
  'atelier',
  'empresa',
  'company',
  'servico',
  'service',
  'servicio',
  'agencia',
  'agency',
  'consultorio',
  'office',
  'escritorio',
  'instituto',
  'institute',
  'curso',
  'course',
  'aula',
  'clase',
  'class',
  'lesson',
  'negocio',
  'business',
  'marca',
  'brand',
  'app',
  'aplicativo',
  'aplicacion',
  'site',
  'blog',
  'loja virtual',
  'tienda online',
  'online store',
  'online shop',
  'evento',
  'event',
  'repair',
  'repairs',
  'conserto',
  'consertos',
  'reparo',
  'reparos',
  'reparacion',
  'reparaciones',
  'installation',
  'instalacao',
  'instalacion',
  'maintenance',
  'manutencao',
  'mantenimiento',
  'services',
  'servicos',
  'servicios',
  'store',
  'shop online',
  'gym',
  'gimnasio',
]);
const connectorsOf = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'of', 'para', 'pra', 'for', 'em', 'en', 'in']);
const audienceWords = new Set(['para', 'pra', 'for', 'por']);
const possessives = new Set([
  'meu',
  'minha',
  'meus',
  'minhas',
  'my',
  'our',
  'mi',
  'mis',
  'nuestro',
  'nuestra',
  'nosso',
  'nossa',
  'sua',
  'seu',
  'your',
  'tu',
  'su',
  'a',
  'o',
  'um',
  'uma',
  'un',
  'una',
  'the',
]);
const formatKinds = new Set(['saas', 'blog']);
// Kinds whose site is one occasion's own.
const occasionKinds = new Set(['event', 'wedding']);
const identityWords = new Set(['sou', 'soy', "i'm", 'im', 'am', 'somos', "we're", 'are']);
const doingWords = new Set([
  'faco',
  'fazemos',
  'hago',
  'hacemos',
  'ofereco',
  'oferecemos',
  'ofrezco',
  'ofrecemos',
  'do',
  'offer',
  'also',
  'tambem',
  'tambien',
  'build',
  'make',
  'crio',
  'criamos',
  'desenvolvo',
  'desenvolvemos',
  'desarrollo',
  'desarrollamos',
  'creo',
  'creamos',
]);
const secondaryIntro = new Set(['com', 'with', 'con', 'plus', 'alem', 'tambem', 'also', 'tambien', 'incluindo', 'including', 'incluyendo']);

// Heads that name a kind on their own ("Salão Beleza Pura" is a hair salon, "academia 24h" a gym)
// and defer only to a kind written right after or before them ("academia de dança", "yoga studio").
const headsOfTheirOwn = new Set([
  'salao',
  'salon',
  'academia',
  'oficina',
  'taller',
  'studio',
  'estudio',
  'clinica',
  'clinic',
  'escola',
  'school',
  'escuela',
  'academy',
  'consultorio',
  'escritorio',
  'instituto',
  'institute',
  'gym',
  'gimnasio',
]);

function isGeneric(match: TermMatch, words: Word[]): boolean {
  const text = words
    .slice(match.start, match.end)
    .map((w) => w.folded)
    .join(' ');
  return genericHeads.has(text);
}

export function findTermMatches(
  words: Word[],
  idx: CatalogueIndex = catalogueIndex(),
  skip: (i: number) => boolean = () => false,
  language?: SiteLanguage,
): TermMatch[] {
  const corrected = words.map((w) => correct(w, idx));
  const out: TermMatch[] = [];
  // The longest phrase starting at word i, ending at or before maxEnd.
  const longestAt = (i: number, maxEnd = words.length): TermMatch | null => {
    let best: TermMatch | null = null;
    for (const first of corrected[i]) {
      for (const phrase of idx.byFirst.get(first.stem) ?? []) {
        const n = phrase.stems.length;
        // A typo is corrected only towards a word of the prompt's own language ("cellar" is not "celular").
        if (first.fuzzy && language && phrase.language !== language) continue;
        if (i + n > maxEnd) continue;
        let fuzzy = first.fuzzy;
        let ok = true;
        for (let k = 1; k < n; k++) {
          // A phrase never runs across punctuation ("Interiores | design de interiores").
          if (skip(i + k) || /[,.;:!?|()\[\]/\\–—-]/.test(words[i + k].gap)) {
            ok = false;
            break;
          }
          const hit = corrected[i + k].find((c) => c.stem === phrase.stems[k]);
          if (!hit) {
            ok = false;
            break;
          }
          fuzzy ||= hit.fuzzy;
        }
        if (!ok) continue;
        // An offer word capitalized in the middle of a sentence is part of a name ("Iron Will", "Jardim Azul").
        if (phrase.source === 'offer' && n === 1 && words[i].isCapitalized && !words[i].isSentenceStart) continue;
        // "at Rosa's", "Flora's Cakes": someone's name with its possessive is never a kind's word ("rosa" is a rose).
        if (n === 1 && /^\p{Lu}\p{Ll}*['’]s$/u.test(words[i].text) && !words[i].isSentenceStart) continue;
        if (!best || n > best.end - best.start || (n === best.end - best.start && best.fuzzy && !fuzzy)) {
          best = { start: i, end: i + n, fuzzy, phrases: [phrase] };
        } else if (n === best.end - best.start && fuzzy === best.fuzzy) {
          best.phrases.push(phrase);
        }
      }
    }
    return best;
  };
  let i = 0;
  while (i < words.length) {
    if (skip(i)) {
      i++;
      continue;
    }
    const best = longestAt(i);
    // English names the kind last: in "bridal makeup artist" the phrase that runs further right takes
    // the shared word when it is longer; one of the same kind ("bridal hair and makeup" / "makeup
    // artist") joins this one. "Physical therapy practice" stays physical therapy.
    let overlap = -1;
    let joined: TermMatch | null = null;
    if (best && language === 'en') {
      for (let j = i + 1; j < best.end && overlap < 0 && !joined; j++) {
        const later = skip(j) ? null : longestAt(j);
        if (!later || later.end <= best.end || !later.phrases.some((p) => p.source === 'term')) continue;
        const same = later.phrases.filter((p) => best.phrases.some((q) => q.kindId === p.kindId));
        if (same.length) joined = { ...best, end: later.end, phrases: [...best.phrases, ...same] };
        else if (later.end - later.start > best.end - best.start) overlap = j;
      }
    }
    if (joined) {
      out.push(joined);
      i = joined.end;
    } else if (overlap >= 0) {
      const shorter = longestAt(i, overlap);
      if (shorter) out.push(shorter);
      i = overlap;
    } else if (best) {
      out.push(best);
      i = best.end;
    } else {
      const compound = compoundAt(words, i, idx, skip);
      if (compound) out.push(compound);
      i = compound ? compound.end : i + 1;
    }
  }
  return out;
}

// "hair cuts", "web site": two words the catalogue writes as one
// ("haircut"), read as that word.
function compoundAt(words: Word[], i: number, idx: CatalogueIndex, skip: (i: number) => boolean): TermMatch | null {
  const next = words[i + 1];
  if (!next || skip(i + 1) || next.gap !== ' ' || (words[i].isCapitalized && !words[i].isSentenceStart) || next.isCapitalized) return null;
  if (!/^\p{Ll}{2,}$/u.test(words[i].folded) || !/^\p{Ll}{2,}$/u.test(next.folded)) return null;
  const joined = stem(words[i].folded + next.folded);
  const phrases = (idx.byFirst.get(joined) ?? []).filter((p) => p.stems.length === 1);
  return phrases.length ? { start: i, end: i + 2, fuzzy: false, phrases } : null;
}

// A word as itself, and as the catalogue word it probably misspells.
function correct(word: Word, idx: CatalogueIndex): Array<{ stem: string; fuzzy: boolean }> {
  // An acronym is matched as written ("DJ", "HVAC"), never as a stemmed word ("PAES" is not "pães").
  if (/^\p{Lu}{2,5}$/u.test(word.text)) return [{ stem: word.folded, fuzzy: false }];
  const own = [{ stem: word.stem, fuzzy: false }];
  if (!mayBeTypo(word.stem, idx) || isRealWord(word.stem)) return own;
  // Proper nouns in the middle of a sentence are names and places, not misspelt kinds.
  if (word.isCapitalized && !word.isSentenceStart) return own;
  const found = closestTerm(word.stem, idx);
  return found ? [...own, { stem: found, fuzzy: true }] : own;
}

export type KindReading = {
  kindId: string | null;
  // 0–1: how sure the reading is (the winner's share of all evidence, lower for typos and similarity).
  confidence: number;
  via: 'terms' | 'similar' | 'none';
  // The match that named the kind, if a term did.
  head?: TermMatch;
  ranking: Array<{ kindId: string; score: number }>;
};

export function scoreKinds(words: Word[], matches: TermMatch[], language: SiteLanguage, favour?: TermMatch): Map<string, { score: number; first: number }> {
  const scores = new Map<string, { score: number; first: number }>();
  const total = Math.max(1, words.length);
  const audience = new Set<TermMatch>();
  // Two terms side by side form one compound only when nothing but a space (or a hyphen) parts them.
  const compound = (k: number) => /^[\s-]*$/.test(words[k]?.gap ?? '');
  // The kind named opening the prompt ("estudio de arquitectura en Barcelona, …"): another kind's words in what follows
  // a comma are what it also does ("…, reformas integrales y obra nueva"), not what it is.
  const opening = matches[0];
  const opens =
    !!opening &&
    // (After a describing word or three in lowercase: "small neighborhood gym in Boise, …"; not "Green Thumb Nursery".)
    (opening.start <= 1 || (opening.start <= 3 && words.slice(0, opening.start).every((w) => !/^\p{Lu}/u.test(w.text)))) &&
    opening.phrases.some((p) => p.source === 'term') &&
    // (A head that names a kind on its own too, "gym in Boise, …", but not opening a name: "Taller Tierra, arquitectura …".)
    (!isGeneric(opening, words) || (headsOfTheirOwn.has(words[opening.start].folded) && !/^\p{Lu}/u.test(words[opening.end]?.text ?? ''))) &&
    !words.slice(0, opening.end).some((w, k) => k > 0 && /[,;:.!?–—|]/.test(w.gap));
  const opensKinds = new Set(opens ? opening.phrases.filter((p) => p.source === 'term').map((p) => p.kindId) : []);
  const afterOpening = (match: TermMatch) =>
    opens && match.start > opening.end && words.slice(opening.end, match.start + 1).some((w) => /[,;:–—|]/.test(w.gap));
  // Two matches in one noun phrase: side by side, or joined by "and/&" ("wedding & party band").
  // ("wedding & corporate string quartet": a describing word or two may come between.)
  const chained = (a: TermMatch, b: TermMatch) =>
    (b.start === a.end && compound(b.start)) ||
    (b.start >= a.end + 1 &&
      b.start <= a.end + 3 &&
      ['and', '&'].includes(words[a.end].folded) &&
      words.slice(a.end + 1, b.start).every((w) => /^\p{Ll}+$/u.test(w.text) && !phraseBreaks.has(w.folded)) &&
      words.slice(a.end, b.start + 1).every((_, k) => compound(a.end + k)));
  const identified = new Set<TermMatch>();
  matches.forEach((match, m) => {
    let factor = 1;
    const prev = matches[m - 1];
    const next = matches[m + 1];
    const between = prev ? words.slice(prev.end, match.start).map((w) => w.folded) : [];
    // Who it is for, not what it is: "app para salões", "marketing for restaurants", "DJ pra festa de 15
    // anos e casamento", "a trio for weddings". The nearest "para/for" before the term in the same
    // clause (up to eight words), unless a possessive follows it ("para o meu casamento").
    const clause: Word[] = [];
    for (let k = match.start - 1; k >= 0 && k >= match.start - 8; k--) {
      clause.unshift(words[k]);
      if (words[k].gap.trim() !== '' && words[k].gap.trim() !== '&') break;
    }
    const lead = clause.map((w) => w.folded);
    const audienceAt = lead.findLastIndex((w) => audienceWords.has(w));
    // ("pra evento, casamento e aniversário": the list after it too.)
    const listed =
      !!prev &&
      audience.has(prev) &&
      words.slice(prev.end, match.start).every((w) => ['e', 'y', 'and', '&', 'ou', 'o', 'or'].includes(w.folded)) &&
      words.slice(prev.end, match.start + 1).every((w) => !/[.;:!?]/.test(w.gap));
    const isAudience =
      listed ||
      (audienceAt >= 0 &&
        matches.length > 1 &&
        !lead.slice(audienceAt + 1).some((w) => possessives.has(w) && !['a', 'o', 'los', 'las', 'the', 'um', 'uma', 'un', 'una'].includes(w)));
    if (isAudience) audience.add(match);
    // Where it stands, not what it is: "a taco truck … at Crooked Pine Brewing", "parked outside breweries", "carrito de
    // churros frente a la cervecería", "a coffee bar inside a bookshop": a kind's word a few words after "at", "outside",
    // "near" or "em frente"/"frente a" names the place it is found, when the prompt names another kind.
    const placedAt = lead.findLastIndex((w) => locativeWords.has(w));
    const placed =
      placedAt >= 0 &&
      lead.length - placedAt <= 4 &&
      words.slice(match.start - lead.length + placedAt + 1, match.start + 1).every((w) => !/[,.;:!?–—|]/.test(w.gap)) &&
      matches.some((o) => o !== match);
    if (isAudience) {
      factor *= 0.15;
    } else if (placed) {
      factor *= 0.2;
    } else if (prev && between.length === 1 && connectorsOf.has(between[0])) {
      // "<kind> de <kind>": after a generic head the second names the kind; otherwise it qualifies the first.
      factor *= isGeneric(prev, words) ? 1.3 : 0.35;
    } else if (prev && between.length === 0 && compound(match.start) && language === 'en' && !isGeneric(match, words)) {
      // "wedding photographer": in English the last noun of a compound is the kind.
      factor *= 1.2;
    }
    // (Not across a comma or a dash: "Mr. Giggles the clown, birthday parties" is a clown who does parties.)
    if (next && next.start === match.end && compound(next.start) && language === 'en' && !isGeneric(next, words)) factor *= 0.35;
    if (
      next &&
      next.start - match.end === 1 &&
      connectorsOf.has(words[match.end].folded) &&
      isGeneric(match, words) &&
      !audienceWords.has(words[match.end].folded)
    )
      factor *= 0.4;
    // Things the business also has ("pizzaria com rodízio") count less than what it is.
    // Things the business also has or does ("pub with … a beer garden", "faço clínico geral") count less.
    // ("hago páginas web y tiendas en línea": everything after the verb in its clause is what it makes.)
    if (m > 0 && (lead.some((w) => secondaryIntro.has(w)) || lead.some((w) => doingWords.has(w)))) factor *= 0.45;
    // What the owner says they are ("sou dentista", "I'm a wedding photographer") counts more.
    // (In English the noun a chain of them ends on is what they are: "we are a 5-piece wedding & party band" is a band.)
    // ("Maria's is a tiny family bakery", "we're a small neighborhood bakery", "es una pequeña panadería": "is/es" and an
    // article, or what they say they are, then describing words in lowercase.)
    // ("I run a small family bakery", "tenho uma pequena padaria": what they run or have, with an article, too.)
    const said = lead.findLastIndex(
      (w, k) => identityWords.has(w) || (/^(is|es|run|own|tenho|tengo)$/.test(w) && /^(a|an|un|una|um|uma)$/.test(lead[k + 1] ?? '')),
    );
    const describedAs =
      said >= 0 &&
      lead.length - said <= 5 &&
      clause.slice(said + 1).every((w, k) => /^\p{Ll}+$/u.test(w.text) && (k === 0 || !phraseBreaks.has(w.folded)) && w.gap.trim() === '');
    const identity =
      lead.slice(-3).some((w) => identityWords.has(w)) || describedAs || (!!prev && language === 'en' && identified.has(prev) && chained(prev, match));
    const passedOn = !!next && language === 'en' && chained(match, next) && next.phrases.some((p) => p.source === 'term');
    if (identity) identified.add(match);
    if (identity && !passedOn) factor *= 1.8;
    if (match.fuzzy) factor *= 0.7;
    if (match === favour) factor *= 1.6;
    // The kind is usually named early.
    factor *= 1.3 - 0.4 * (match.start / total);
    // A generic word ("loja", "shop") defers to a specific one.
    const ownHead = headsOfTheirOwn.has(
      words
        .slice(match.start, match.end)
        .map((w) => w.folded)
        .join(' '),
    );
    const qualifier = (other: TermMatch) => (other.start - match.end <= 1 && other.start >= match.end) || (other.end === match.start && language === 'en');
    if (isGeneric(match, words) && matches.some((other) => other !== match && !isGeneric(other, words) && (!ownHead || qualifier(other)))) factor *= 0.5;
    // An app or a blog about something is an app or a blog ("laundry pickup app", "blog de receitas").
    if (!isAudience && match.phrases.some((p) => formatKinds.has(p.kindId) && p.source === 'term')) factor *= 1.6;
    // What is repaired, cleaned or installed: "conserto de PC e notebook" is a repair shop, not a computer store.
    const service = serviceContext(words, match);
    const servers = service ? serviceKinds(words, match, service) : [];
    if (servers.length) {
      for (const kindId of servers) {
        const entry = scores.get(kindId) ?? { score: 0, first: match.start };
        entry.score += 3 * factor;
        entry.first = Math.min(entry.first, match.start);
        scores.set(kindId, entry);
      }
      factor *= 0.5;
    }
    const n = match.end - match.start;
    // A site of one occasion (an event's, a wedding's) is named in the singular; in the plural ("vamos a eventos y
    // festivales", "we cater backyard weddings") it is what another kind of business serves, when the prompt names one.
    const plural = /s$/.test(words[match.end - 1].folded);
    const otherKind = plural && matches.some((o) => o.phrases.some((p) => p.source === 'term' && !occasionKinds.has(p.kindId)));
    const seenKinds = new Set<string>();
    // Each kind counts once per match, in the prompt's language when the term is also written in it.
    const ordered = [...match.phrases].sort((a, b) => Number(b.language === language) - Number(a.language === language));
    for (const phrase of ordered) {
      if (seenKinds.has(phrase.kindId + phrase.source)) continue;
      seenKinds.add(phrase.kindId + phrase.source);
      const base = phrase.source === 'term' ? 3 : 1.2;
      const lang = phrase.language === language ? 1 : 0.75;
      const served = otherKind && phrase.source === 'term' && occasionKinds.has(phrase.kindId) ? 0.3 : 1;
      const also = phrase.source === 'term' && !opensKinds.has(phrase.kindId) && afterOpening(match) ? 0.5 : 1;
      const s = base * (1 + 0.25 * (n - 1)) * lang * factor * served * also;
      const entry = scores.get(phrase.kindId) ?? { score: 0, first: match.start };
      entry.score += s;
      entry.first = Math.min(entry.first, match.start);
      scores.set(phrase.kindId, entry);
    }
  });
  servedFromAVehicle(words, matches, scores);
  soldFromAVehicle(words, scores);
  return scores;
}

// Words that say where something stands ("at", "outside", "frente a", "em frente à", "junto al", "inside").
const locativeWords = new Set(['at', 'outside', 'near', 'beside', 'inside', 'frente', 'junto', 'perto', 'dentro']);

// Small words that end a noun phrase ("weddings and events with a string quartet").
const phraseBreaks = new Set(['with', 'for', 'in', 'of', 'at', 'from', 'by', 'to', 'a', 'an', 'the', 'our', 'my', 'we', 'i', 'on']);

// Vehicles food is sold from: a kitchen on wheels is a food truck, whatever it serves.
const vehicleWords = new Set(['truck', 'trucks', 'van', 'cart', 'trailer', 'wagon', 'carrinho', 'carrito', 'camion', 'furgoneta', 'kombi']);
const foodFamilies = new Set(['restaurant', 'cafe', 'bakery']);
const isFoodMatch = (m: TermMatch) => m.phrases.some((p) => p.kindId !== 'food-truck' && foodFamilies.has(catalogueIndex().kinds.get(p.kindId)?.family ?? ''));
// "hot dog truck", "coffee van", "espresso cart" (the vehicle right after what it serves), "trailer de hot dog", "carrito de
// churros" (right before "de" and what it serves), "crepes e tapiocas num trailer", "taquería sobre ruedas" (where what it
// serves is made): food sold from a vehicle makes it a food truck, ahead of the dish's own kind.
function servedFromAVehicle(words: Word[], matches: TermMatch[], scores: Map<string, { score: number; first: number }>): void {
  const food = matches.filter(isFoodMatch);
  if (!food.length) return;
  const joined = (k: number) => /^[\s-]*$/.test(words[k]?.gap ?? '');
  const sameClause = (a: number, b: number) => words.slice(Math.min(a, b) + 1, Math.max(a, b) + 1).every((w) => !/[,.;:!?–—|]/.test(w.gap));
  let at = -1;
  for (let i = 0; i < words.length && at < 0; i++) {
    const w = words[i].folded;
    const wheels = (['sobre', 'on'].includes(w) && ['ruedas', 'rodas', 'wheels'].includes(words[i + 1]?.folded ?? '') && joined(i + 1)) || false;
    if (!vehicleWords.has(w) && !wheels) continue;
    // (Not a word of a name: "Big Truck Tacos" stays a name's.)
    if (!wheels && words[i].isCapitalized && !words[i].isSentenceStart) continue;
    const after = food.some((m) => m.end === i && joined(i));
    const before = food.some((m) => ['de', 'do', 'da', 'of'].includes(words[i + 1]?.folded ?? '') && m.start === i + 2 && joined(i + 1) && joined(i + 2));
    const introduced =
      ['num', 'numa', 'um', 'uma', 'un', 'una', 'a', 'our', 'my'].includes(words[i - 1]?.folded ?? '') &&
      food.some((m) => m.end <= i && sameClause(m.start, i));
    if (after || before || introduced || (wheels && food.some((m) => m.end === i && joined(i)))) at = i;
  }
  if (at < 0) return;
  const best = Math.max(0, ...[...scores.entries()].filter(([k]) => k !== 'food-truck').map(([, e]) => e.score));
  const entry = scores.get('food-truck') ?? { score: 0, first: at };
  entry.score = Math.max(entry.score, best * 1.25 + 0.5);
  entry.first = Math.min(entry.first, at);
  scores.set('food-truck', entry);
}

// "a lobster roll truck", "our crepe cart", "carrito de churros", "carrinho de pipoca": what is sold, then the vehicle it is
// sold from, with the vehicle closing the owner's noun phrase, is a food truck even when the dish is no kind's word. Not the
// vehicles of other trades ("tow truck", "moving truck", "carrito de golf"), nor a vehicle that qualifies what follows it
// ("truck repair", "trailer rentals").
const otherVehicles = new Set([
  'moving',
  'tow',
  'towing',
  'box',
  'dump',
  'pickup',
  'fire',
  'delivery',
  'junk',
  'semi',
  'rental',
  'garbage',
  'mail',
  'tank',
  'bucket',
  'flatbed',
  'cement',
  'golf',
  'shopping',
  'utility',
  'cargo',
  'horse',
  'travel',
  'camper',
  'boat',
  'car',
  'a',
  'the',
  'our',
  'my',
  'food',
]);
const otherCarts = new Set(['compras', 'golf', 'supermercado', 'bebe', 'mao', 'mano', 'carga', 'mudanca', 'mudanza']);
const afterVehicle = new Set([
  'parked',
  'you',
  'we',
  'i',
  'every',
  'all',
  'usually',
  'which',
  'who',
  'in',
  'at',
  'serving',
  'that',
  'and',
  'with',
  'for',
  'on',
  'around',
  'outside',
  'from',
  'called',
  'named',
  'based',
  'near',
  'by',
]);
function soldFromAVehicle(words: Word[], scores: Map<string, { score: number; first: number }>): void {
  const joined = (k: number) => /^[\s-]*$/.test(words[k]?.gap ?? '');
  let at = -1;
  for (let i = 0; i < words.length && at < 0; i++) {
    const w = words[i];
    if (w.isCapitalized && !w.isSentenceStart) continue;
    const prev = words[i - 1];
    const next = words[i + 1];
    if (['truck', 'cart', 'trailer'].includes(w.folded) && prev) {
      const qualified = joined(i) && /^\p{Ll}+$/u.test(prev.text) && !otherVehicles.has(prev.folded);
      const closes = !next || /[,.;:!?–—|()]/.test(next.gap) || afterVehicle.has(next.folded);
      if (qualified && closes) at = i;
    } else if (['carrito', 'carrinho', 'trailer'].includes(w.folded) && ['de', 'do', 'da'].includes(next?.folded ?? '')) {
      const what = words[i + 2];
      if (what && joined(i + 1) && joined(i + 2) && /^\p{Ll}+$/u.test(what.text) && !otherCarts.has(what.folded)) at = i;
    }
  }
  if (at < 0) return;
  const best = Math.max(0, ...[...scores.entries()].filter(([k]) => k !== 'food-truck').map(([, e]) => e.score));
  const entry = scores.get('food-truck') ?? { score: 0, first: at };
  entry.score = Math.max(entry.score, best * 1.25 + 0.5, STRONG_EVIDENCE);
  entry.first = Math.min(entry.first, at);
  scores.set('food-truck', entry);
}

// A word naming a service shortly before the match in the same sentence, or right after it in English.
function serviceContext(words: Word[], match: TermMatch): string | null {
  if (words.slice(match.start, match.end).some((w) => serviceOf(w.folded))) return null;
  const after = words[match.end];
  if (after && after.gap.trim() === '' && serviceOf(after.folded)) return serviceOf(after.folded);
  for (let k = match.start - 1; k >= 0 && k >= match.start - 6; k--) {
    const service = serviceOf(words[k].folded);
    if (service) return service;
    if (/[.!?;]/.test(words[k + 1].gap)) return null;
  }
  return null;
}

function serviceKinds(words: Word[], match: TermMatch, service: string): string[] {
  const targets = catalogueIndex().serviceTargets;
  const kinds = new Set<string>();
  for (const w of words.slice(match.start, match.end)) for (const k of targets.get(`${service}:${w.stem}`) ?? []) kinds.add(k);
  return [...kinds];
}

// Below this, the terms found are only offers or typos: the sentence as a whole is weighed too.
const STRONG_EVIDENCE = 3;
// Below this confidence, a kind read from similarity is no reading (measured on the development sets, see detectKind).
const WEAK_SIMILARITY = 0.02;

export function detectKind(words: Word[], matches: TermMatch[], language: SiteLanguage, text: string, favour?: TermMatch): KindReading {
  const scores = scoreKinds(words, matches, language, favour);
  const strongest = Math.max(0, ...[...scores.values()].map((s) => s.score));
  const namedKind = matches.some((m) => m.phrases.some((p) => p.source === 'term') && !isGeneric(m, words));
  // Only a generic word names it ("vintage clothing shop", "hi-fi and audio shop"): the rest of the sentence says which.
  const weighed = strongest < STRONG_EVIDENCE || !namedKind;
  if (weighed) {
    if (!namedKind) for (const entry of scores.values()) entry.score *= 0.4;
    for (const near of nearestKinds(text, 5)) {
      const entry = scores.get(near.kindId) ?? { score: 0, first: words.length };
      entry.score += 4 * near.similarity;
      scores.set(near.kindId, entry);
    }
  }
  const ranking = [...scores.entries()]
    .map(([kindId, s]) => ({ kindId, score: s.score, first: s.first }))
    .sort((a, b) => b.score - a.score || a.first - b.first);
  if (ranking.length) {
    const winner = ranking[0];
    const sum = ranking.reduce((n, r) => n + r.score, 0);
    const head = matches.find((m) => m.phrases.some((p) => p.kindId === winner.kindId));
    const confidence = Math.min(1, (winner.score / sum) * Math.min(1, winner.score / 3));
    // Resting on the sentence's likeness to examples alone, this weak a reading is wrong far more often than right
    // (measured across the development sets: below 0.02 nearly always wrong; at 0.03 and above it would also drop right readings): a kind the catalogue lacks gets an honest neutral site
    // rather than another kind's copy, and the owner picks the kind. The ranking stays as the suggestions.
    if (weighed && confidence < WEAK_SIMILARITY)
      return { kindId: null, confidence, via: 'none', ranking: ranking.map(({ kindId, score }) => ({ kindId, score })) };
    return { kindId: winner.kindId, confidence, via: 'terms', head, ranking: ranking.map(({ kindId, score }) => ({ kindId, score })) };
  }
  const near = nearestKinds(text, 3);
  if (near.length && near[0].similarity >= 0.18) {
    return {
      kindId: near[0].kindId,
      confidence: Math.min(0.6, near[0].similarity),
      via: 'similar',
      ranking: near.map((n) => ({ kindId: n.kindId, score: n.similarity })),
    };
  }
  return { kindId: null, confidence: 0, via: 'none', ranking: [] };
}

// What the owner asks for is not what the business is: in "need a website for my cleaning business",
// "quero um site pra minha empresa de limpeza" or "necesito una landing para mi negocio de jardinería"
// the site, page or landing page is the request and the words after it name the kind. Someone who
// makes websites says so with a verb of their own ("I build websites for restaurants", "faço sites",
// "creo páginas web"): then the words stay and name the kind.
const requestNouns = new Set(['website', 'websites', 'site', 'sites', 'webpage', 'webpages', 'homepage', 'page', 'pagina', 'sitio', 'landing', 'onepage']);
// Words that may follow a request noun as part of it ("landing page", "sitio web", "página web", "site novo").
const requestTails = new Set(['web', 'page', 'pagina', 'site', 'online', 'novo', 'nova', 'nuevo', 'nueva']);
// Words that ask for one.
const requestCues = new Set([
  'need',
  'needs',
  'want',
  'wants',
  'like',
  'looking',
  'build',
  'make',
  'create',
  'generate',
  'get',
  'design',
  'quero',
  'queria',
  'queremos',
  'preciso',
  'precisamos',
  'precisa',
  'gostaria',
  'faz',
  'faca',
  'fazer',
  'crie',
  'cria',
  'criar',
  'monte',
  'montar',
  'gera',
  'gere',
  'necesito',
  'necesitamos',
  'quiero',
  'quisiera',
  'busco',
  'buscamos',
  'hazme',
  'haz',
  'crea',
  'creame',
  'crear',
  'hacer',
  'genera',
  'generar',
  'diseña',
  'disena',
  'armame',
]);
// A first person making them: "I build websites", "we design websites", "faço sites", "hacemos páginas".
const makerVerbs = new Set(['build', 'make', 'design', 'create', 'develop', 'code']);
const firstPersonMakerVerbs = new Set([
  'faco',
  'fazemos',
  'crio',
  'criamos',
  'desenvolvo',
  'desenvolvemos',
  'programo',
  'hago',
  'hacemos',
  'creo',
  'creamos',
  'diseno',
  'disenamos',
  'desarrollo',
  'desarrollamos',
  'monto',
  'montamos',
]);
const makerSubjects = new Set(['i', 'we', "i'm", 'im', "we're", 'eu', 'nos', 'yo', 'nosotros']);
const forWords = new Set(['for', 'para', 'pra', 'pro', 'pros', 'pras', 'pa']);
const owners = new Set([
  'my',
  'our',
  'a',
  'an',
  'the',
  'minha',
  'meu',
  'nossa',
  'nosso',
  'mi',
  'mis',
  'nuestro',
  'nuestra',
  'um',
  'uma',
  'un',
  'una',
  'o',
  'la',
  'el',
  'me',
]);

// The word indexes of the site, page or landing page the prompt asks for.
export function requestWords(words: Word[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i].folded;
    // "una web para mi negocio": "web" alone after an article is a website.
    const webAlone = w === 'web' && i > 0 && ['una', 'la', 'mi', 'nuestra', 'a', 'uma'].includes(words[i - 1].folded);
    if (!requestNouns.has(w) && !webAlone) continue;
    // Names and the web: "Site Seeing Tours", "Page & Co" are names, not requests.
    if (words[i].isCapitalized && !words[i].isSentenceStart) continue;
    let end = i + 1;
    while (end < words.length && end - i < 3 && words[end].gap === ' ' && requestTails.has(words[end].folded)) end++;
    // The clause before it, up to six words.
    const before: string[] = [];
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (/[.,;:!?]/.test(words[k + 1].gap)) break;
      before.unshift(words[k].folded);
    }
    const maker = before.some((b, k) => firstPersonMakerVerbs.has(b) || (makerVerbs.has(b) && k > 0 && makerSubjects.has(before[k - 1])));
    if (maker) continue;
    const asked = before.some((b) => requestCues.has(b));
    const next = words[end];
    const forOwner = !!next && forWords.has(next.folded) && !!words[end + 1] && owners.has(words[end + 1].folded);
    const opens = before.length === 0 || (before.length === 1 && owners.has(before[0]));
    if (asked || forOwner || (opens && !!next && forWords.has(next.folded))) for (let k = i; k < end; k++) out.add(k);
  }
  return out;
}

// The prompt with the words at these indexes blanked out (for the similarity of what is left).
export function textWithout(prompt: string, words: Word[], drop: Set<number>): string {
  let out = prompt;
  for (const i of [...drop].sort((a, b) => b - a)) out = out.slice(0, words[i].start) + ' '.repeat(words[i].end - words[i].start) + out.slice(words[i].end);
  return out;
}
