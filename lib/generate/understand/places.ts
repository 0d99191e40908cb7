// Where the business is: cities, states and countries from a gazetteer (longest name first, so
// "Porto Alegre" is never "Porto"), places the gazetteer does not know when a preposition
// introduces a proper noun ("em Chapecó"), and a neighbourhood before its city.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { plain as fold, type Word } from './text';

// `listed`: a country from the hand list, always a place; other country names (from ICU) are
// checked like towns, since some are also people's names ("Jordan", "Georgia").
// `generated`: from regions.json or ICU rather than the hand list; such a name counts only when capitalized.
type Entry = { name: string; country: string; type: 'city' | 'state' | 'country'; alias?: string; population: number; listed?: boolean; generated?: boolean };

export type Place = {
  city: string | null;
  neighbourhood: string | null;
  region: string | null;
  country: string | null; // ISO 3166 code when known
  // What the site calls the place: the city, else the region, else the country.
  label: string;
  start: number; // word span of the main place
  end: number;
  // Every word that names a place (other cities, the state, the country, the neighbourhood).
  spans: Array<[number, number]>;
  // The only town named is where goods come from or go ("vinos de Rioja"): a later town may be where it is.
  isAside?: boolean;
};

// City names that are also everyday words: they count only when capitalized, or right after "em/in/en".
const everydayWords = new Set([
  'natal',
  'serra',
  'paulista',
  'santana',
  'bonito',
  'penha',
  'pipa',
  'porto',
  'palmas',
  'vitoria',
  'gama',
  'lima',
  'mesa',
  'aurora',
  'mobile',
  'reading',
  'bath',
  'nice',
  'concord',
  'plano',
  'salto',
  'loja',
  'colon',
  'david',
  'praia',
  'picos',
  'canela',
  'lencois',
  'pelotas',
  'franca',
  'torres',
  'esteio',
  'formosa',
  'americana',
  'barreiras',
  'boulder',
  'bend',
  'jackson',
  'lincoln',
  'madison',
  'phoenix',
  'victoria',
  'savannah',
  'hamilton',
  'crato',
  'penedo',
  'colombo',
  'santa maria',
  'sao jose',
  'granada',
  'armenia',
  'cuenca',
  'leon',
  'la paz',
  'cambridge',
  'oxford',
  'newport',
  'chester',
  'durham',
  'naples',
  'napoli',
  'irving',
  'garland',
  'providence',
  'lafayette',
  'midland',
  'austin',
  'dallas',
  'charlotte',
  'paris',
  'roma',
  'florence',
  'venice',
  'liberia',
  'santa fe',
  'corrientes',
  'posadas',
  'resistencia',
  'pasto',
  'manta',
  'salvador',
  'lages',
  'assis',
  'marilia',
  'contagem',
  'ceu',
  'sol',
  'mar',
  'washington',
  'cork',
  'derby',
  'winchester',
  'darwin',
  'sydney',
  'wellington',
  'nelson',
  'mendoza',
  'rosario',
  'burgos',
  'santander',
  'avila',
  'ronda',
  'lagos',
  'faro',
  'salinas',
  'nazare',
  'palma',
  'valencia',
  'cordoba',
  'merida',
  'santiago',
  'salta',
  'parana',
  'feira',
]);
const nameCues = new Set(['called', 'named', 'chamada', 'chamado', 'llamada', 'llamado', 'nome', 'nombre', 'marca', 'brand', 'llama', 'chama']);
// After "em", "in", "en" an everyday-word city is a place unless the next word says otherwise.
const placePrepositions = new Set([
  'em',
  'in',
  'en',
  'at',
  'no',
  'na',
  'from',
  'near',
  'perto',
  'cerca',
  'de',
  'desde',
  'around',
  'across',
  'throughout',
  'toda',
  'todo',
  'serving',
  'outside',
  // ("hedges round Hamilton", "in the hills above Kandy": British and Commonwealth English.)
  'round',
  'above',
  'below',
]);
const strongPrepositions = new Set(['em', 'in', 'en']);
const directionWords = new Set([
  'north',
  'south',
  'east',
  'west',
  'norte',
  'sul',
  'sur',
  'leste',
  'este',
  'oeste',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);
const distanceWords = new Set([
  'minutes',
  'minute',
  'mins',
  'min',
  'minutos',
  'minuto',
  'km',
  'kms',
  'miles',
  'mile',
  'hours',
  'hour',
  'horas',
  'hora',
  'hrs',
  'hr',
  'h',
]);
const determiners = new Set(['un', 'una', 'uno', 'unos', 'unas', 'um', 'uma', 'uns', 'umas', 'el', 'la', 'los', 'las', 'os', 'as', 'the', 'an']);
// Words after a town that name a part of it ("Melbourne CBD", "Pretoria East").
// ("Bahia Sul Imóveis" goes on into a name.)
const townParts = new Set(['cbd', 'north', 'south', 'east', 'west', 'norte', 'sul', 'leste', 'oeste', 'centro', 'downtown', 'midtown', 'uptown', 'capital']);
// ("Boston North End", "Chicago South Side": a side of town named as a district.)
const townPart = (words: Word[], j: number) =>
  townParts.has(words[j].folded) &&
  (!(words[j + 1] && words[j + 1].gap.trim() === '' && /^\p{Lu}/u.test(words[j + 1].text)) ||
    (/^(end|side)$/.test(words[j + 1].folded) && !words[j + 2]?.isCapitalized));
const neighbourhoodWords = new Set(['bairro', 'barrio', 'neighborhood', 'neighbourhood', 'district', 'colonia', 'zona', 'vila', 'jardim', 'setor', 'distrito']);
// "Zona Sul", "Região Norte" (capitalized or not), before "do/de" and the town: a side of the town.
const sideOfTown = (words: Word[], k: number) => directionWords.has(words[k]?.folded ?? '') && ['zona', 'regiao', 'lado'].includes(words[k - 1]?.folded ?? '');
// A side or part of a town, named before it ("the east side of Austin", "the old part of Lagos").
const townSides = new Set(['side', 'end', 'part', 'quarter', 'lado', 'parte']);
const areaWords = new Set(['zona', 'regiao', 'region', 'bairro', 'barrio', 'centro', 'area', 'distrito', 'district', 'north', 'south', 'east', 'west']);
// Proper nouns after a preposition that are not places.
const notPlaces = new Set([
  'zoom',
  'instagram',
  'whatsapp',
  'ifood',
  'google',
  'youtube',
  'tiktok',
  'facebook',
  'shopee',
  'mercado livre',
  'mercado libre',
  'amazon',
  'etsy',
  'uber',
  'rappi',
  'airbnb',
  'english',
  'spanish',
  'portuguese',
  'ingles',
  'espanhol',
  'espanol',
  'portugues',
  'libras',
  'janeiro',
  'fevereiro',
  'marco',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
  'enero',
  'febrero',
  'marzo',
  'mayo',
  'junio',
  'julio',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  // Months shortened ("open May–Oct"); not "mar", a word of many towns.
  'jan',
  'feb',
  'fev',
  'apr',
  'abr',
  'jun',
  'jul',
  'aug',
  'ago',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'dez',
  'dic',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'segunda',
  'terca',
  'quarta',
  'quinta',
  'sexta',
  'sabado',
  'domingo',
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'natal',
  'pascoa',
  'carnaval',
  'christmas',
  'easter',
  'halloween',
  'black friday',
  'i',
  'a',
  'o',
  'the',
  'my',
  'our',
  'we',
  'site',
  'website',
]);
// First words of a venue name: "na Fazenda Santa Luzia" is where an event happens, not a city.
export const venueWords = new Set([
  'fazenda',
  'sitio',
  'chacara',
  'quinta',
  'hacienda',
  'finca',
  'estancia',
  'hotel',
  'pousada',
  'espaco',
  'espacio',
  'salao',
  'salon',
  'igreja',
  'iglesia',
  'capela',
  'capilla',
  'church',
  'chapel',
  'barn',
  'hall',
  'museu',
  'museo',
  'museum',
  'teatro',
  'theatre',
  'theater',
  'clube',
  'club',
  'parque',
  'park',
  'praia',
  'playa',
  'beach',
  'restaurante',
  'restaurant',
  'casa',
  'castelo',
  'castillo',
  'castle',
  'palacio',
  'palace',
  'jardim',
  'jardin',
  'garden',
  'gardens',
  'centro',
  'center',
  'centre',
  'arena',
  'estadio',
  'stadium',
  'auditorio',
  'auditorium',
  'galpao',
  'armazem',
  'winery',
  'vinicola',
  'bodega',
  'rooftop',
  // ("at Willow Brook Stables near Oxford", "at Pine Ridge Lodge": stables, ranches, lodges and inns are places of business.)
  'stables',
  'stable',
  'ranch',
  'rancho',
  'lodge',
  'inn',
  'haras',
]);

type Trie = Map<string, Entry[]>;
let gazetteer: { byFirst: Trie } | null = null;

type PlaceData = {
  cities: Array<{ name: string; country: string }>;
  states: Array<{ name: string; country: string }>;
  countries: Array<{ names: string[]; country: string }>;
  aliases: Record<string, string>;
};

// The gazetteer files sit beside this module: places.json (kept by hand) and cities.json (scripts/build-gazetteer.ts).
const dataDir = path.join(process.cwd(), 'lib', 'generate', 'understand');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;

function index() {
  if (gazetteer) return gazetteer;
  const data = readJson<PlaceData>('places.json');
  const cities = readJson<Array<[string, string, number]>>('cities.json');
  const byFirst: Trie = new Map();
  const add = (name: string, entry: Entry) => {
    // Words keep no full stop of their own ("St. John's" is read as "St", "John's").
    const folded = fold(name).replace(/\.(?=\s|$)/g, '');
    const first = folded.split(/[\s-]+/)[0];
    byFirst.set(first, [...(byFirst.get(first) ?? []), { ...entry, name: entry.name }]);
    (byFirst.get(first) as Array<Entry & { folded?: string }>).at(-1)!.folded = folded;
  };
  for (const c of data.cities) add(c.name, { name: c.name, country: c.country, type: 'city', population: 0 });
  for (const [name, country, population] of cities) add(name, { name, country, type: 'city', population });
  const known = new Set<string>();
  for (const s of data.states) {
    add(s.name, { name: s.name, country: s.country, type: 'state', population: 0 });
    known.add(fold(s.name));
  }
  for (const [name, country] of readJson<Array<[string, string]>>('regions.json')) {
    if (!known.has(fold(name))) add(name, { name, country, type: 'state', population: 0, generated: true });
  }
  for (const c of data.countries) {
    for (const n of c.names) {
      add(n, { name: n.replace(/^the /, ''), country: c.country, type: 'country', population: 0, listed: true });
      known.add(fold(n));
    }
  }
  // Every other country, and the continents, in the three languages ("Marrocos", "Europa").
  for (const [name, code] of worldNames()) {
    if (known.has(fold(name))) continue;
    known.add(fold(name));
    add(name, { name, country: code, type: 'country', population: 0, generated: true });
  }
  for (const [alias, target] of Object.entries(data.aliases)) {
    const city = data.cities.find((c) => c.name === target);
    if (city) add(alias, { name: city.name, country: city.country, type: 'city', alias, population: 0 });
  }
  gazetteer = { byFirst };
  return gazetteer;
}

// Country and continent names from the runtime's ICU data; continents have no country ('XX').
function worldNames(): Array<[string, string]> {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter((c) => !/^(EU|EZ|UN|QO|ZZ|X.|AQ|AC|CP|DG|EA|IC|TA)$/.test(c));
  const continents = ['150', '419', '002', '142', '009', '005', '029', '013', '021'];
  const out: Array<[string, string]> = [];
  for (const locale of ['en', 'pt', 'es']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of [...codes, ...continents]) {
      const name = names.of(code);
      if (name && !/[(),&]/.test(name) && name.length >= 4) out.push([name, /^\d/.test(code) ? 'XX' : code]);
    }
  }
  return out;
}

type Hit = { entry: Entry; start: number; end: number; alternatives?: Entry[] };

function gazetteerHits(
  words: Word[],
  isEverydayWord: (folded: string) => boolean,
  preferred: Set<string>,
  isKindWord: (i: number) => boolean = () => false,
): Hit[] {
  const { byFirst } = index();
  const hits: Hit[] = [];
  let i = 0;
  while (i < words.length) {
    let best: Hit | null = null;
    const bare = (w: Word) => w.folded.replace(/'s$/, '').replace(/-(ac|al|ap|am|ba|ce|df|es|go|ma|mt|ms|mg|pa|pb|pr|pe|pi|rj|rn|rs|ro|rr|sc|sp|se|to)$/, '');
    const candidates = (byFirst.get(bare(words[i])) ?? []) as Array<Entry & { folded: string }>;
    for (const entry of candidates) {
      const sameName = candidates.filter((x) => x.folded === entry.folded);
      const parts = entry.folded.split(/[\s-]+/);
      if (i + parts.length > words.length) continue;
      if (!parts.every((p, k) => bare(words[i + k]) === p || words[i + k].folded.split('-')[0] === p)) continue;
      // Short capital aliases ("LA", "BH", "SP") as written, or in lowercase right after "em/in/en": "la" is an article.
      const short = entry.alias ?? entry.name;
      if (/^\p{Lu}{2,4}$/u.test(short)) {
        const prevWord = words[i - 1];
        const afterIn = (!!prevWord && strongPrepositions.has(prevWord.folded)) || ['no', 'na'].includes(prevWord?.folded ?? '');
        // "en la esquina" is not LA: a lowercase code only where no article could be meant ("em sp", "em rj" are the towns).
        const lowerOk = afterIn && words[i].text === short.toLowerCase() && !['la', 'el', 'df'].includes(words[i].text);
        if (words[i].text !== short && !lowerOk) continue;
        // A state code after a town is its state ("Franca SP"), not the capital.
        if (i > 0 && words[i - 1].isCapitalized && !afterIn && words[i].gap.trim() === '') continue;
      }
      // Inside a longer run of words the gazetteer stops at a punctuation mark.
      // ("St. John's", "Mt. Pleasant": the full stop of an abbreviation is part of the name.)
      const joins = (w: Word, k: number) =>
        w.gap.trim() === '' || w.gap.trim() === '-' || (w.gap.trim() === '.' && /^(st|ste|sta|mt|ft|pt)$/.test(words[i + k].folded));
      if (parts.length > 1 && !words.slice(i + 1, i + parts.length).every((w, k) => joins(w, k))) continue;
      // "São José do Rio Preto" is written with hyphens as often as without.
      const end = i + parts.length;
      // Longest name first; then a town over a region; then a town in a country of the prompt's language; then the bigger town.
      const order = [...preferred];
      // A country or state we list outranks a small town of the same name ("Colombia", Cuba).
      const rank = (e: Entry) =>
        [
          e.alias ? 1 : 0,
          (e.type === 'city' && !(e.population > 0 && e.population < 500_000 && sameName.some((x) => x.listed || (x.type === 'state' && !x.generated)))) ||
          (e.type !== 'city' && !e.generated && sameName.some((x) => x.type === 'city' && x.population > 0 && x.population < 500_000))
            ? 1
            : 0,
          preferred.has(e.country) ? order.length - order.indexOf(e.country) : 0,
          e.population,
        ] as const;
      const better =
        !best ||
        end > best.end ||
        (end === best.end &&
          rank(entry).some((v, k) => v !== rank(best!.entry)[k]) &&
          (() => {
            const [a, b] = [rank(entry), rank(best!.entry)];
            for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] > b[k];
            return false;
          })());
      if (better) best = { entry, start: i, end, alternatives: sameName };
    }
    if (best && acceptable(words, best, isEverydayWord, isKindWord)) {
      hits.push(best);
      i = best.end;
    } else i++;
  }
  // "Tallaght, Dublin", "Hamilton, Ontario": a town and the place after its comma are in one country, so a
  // name found in several ("Dublin", Ireland or Ohio) is read in its neighbour's.
  for (let k = 1; k < hits.length; k++) {
    const [a, b] = [hits[k - 1], hits[k]];
    if (b.start !== a.end || !/,/.test(words[b.start].gap) || a.entry.country === b.entry.country) continue;
    const inA = b.alternatives?.find((x) => x.country === a.entry.country);
    const inB = a.alternatives?.find((x) => x.country === b.entry.country);
    // (After a state or country, the town moves to it: "Hamilton, Ontario" is not Ontario, California.)
    if (inB && b.entry.type !== 'city') hits[k - 1] = { ...a, entry: inB };
    else if (inA) hits[k] = { ...b, entry: inA };
    else if (inB) hits[k - 1] = { ...a, entry: inB };
  }
  return hits;
}

// State and province codes written after a town ("Chapecó SC", "Austin TX", "Maringá-PR").
const stateCodes = new Set(
  `AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY
  LA ME MD MI MN MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SD TN TX UT VT VA WA WV WI WY ON QC BC AB SK MB NS NB NL NSW QLD VIC TAS
  ACT NZ UK`.split(/\s+/),
);
export const isStateCode = (w: Word | undefined) => !!w && stateCodes.has(w.text);
// The fifty US states by their postal codes: in English, a code standing alone where a place goes ("across NJ", "in nc")
// names the state.
const usStates: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};
// Codes that are everyday words in lowercase ("in", "me", "or", "hi"): only in capitals.
const lowercaseCodeWords = new Set(['al', 'ar', 'co', 'de', 'ga', 'hi', 'id', 'in', 'la', 'ma', 'me', 'mo', 'ms', 'ok', 'oh', 'or', 'pa', 'ut', 'wa']);
function standaloneState(words: Word[], isEveryday: (folded: string) => boolean): { state: string; at: number } | null {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const code = w.text.toUpperCase();
    if (!usStates[code] || !placePrepositions.has(words[i - 1].folded) || words[i - 1].folded === 'de') continue;
    const lower = w.text === w.text.toLowerCase();
    if (!(w.text === code || (lower && !lowercaseCodeWords.has(w.folded) && !isEveryday(w.folded)))) continue;
    // Alone: not opening a run of capitalized words ("in NY Bagel Co.").
    if (words[i + 1] && words[i + 1].gap.trim() === '' && words[i + 1].isCapitalized) continue;
    return { state: usStates[code], at: i };
  }
  return null;
}

// Whether a state, region or country begins at word i ("Portland Maine", "Belém do Pará").
function isRegionAt(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  return ((index().byFirst.get(w.folded) ?? []) as Array<Entry & { folded: string }>).some(
    (e) => e.type !== 'city' && e.folded.split(/[\s-]+/).every((p, k) => words[i + k]?.folded === p),
  );
}

function acceptable(words: Word[], hit: Hit, isEverydayWord: (folded: string) => boolean, isKindWord: (i: number) => boolean = () => false): boolean {
  const first = words[hit.start];
  const prev = words[hit.start - 1];
  const next = words[hit.end];
  const folded = words
    .slice(hit.start, hit.end)
    .map((w) => w.folded.replace(/'s$/, ''))
    .join(' ');
  const afterPreposition = !!prev && placePrepositions.has(prev.folded) && prev.gap.trim() === '' ? true : !!prev && placePrepositions.has(prev.folded);
  const stateAfter = isStateCode(next);
  const everyday = everydayWords.has(folded) || (hit.end - hit.start === 1 && isEverydayWord(folded)) || folded.length <= 3;
  if (hit.entry.generated && !first.isCapitalized) return false;
  // "en una finca", "num sítio": an article in lowercase is never a town (Una, Bahia).
  if (!first.isCapitalized && determiners.has(folded)) return false;
  // "calle Corrientes", "Rua Bahia", "Avenida Paulista": a street, not the town ("Main Street, Vancouver" is the town).
  if (
    prev &&
    first.gap.trim() === '' &&
    /^(rua|calle|street|st|avenida|av|avenue|ave|road|rd|travessa|alameda|calzada|paseo|jiron|jr|carrera|cra|boulevard|blvd)$/.test(prev.folded)
  )
    return false;
  // "called Riverside Sounds": right after a naming word comes the name, whatever else it is.
  if (prev && nameCues.has(prev.folded)) return false;
  // "Hartley's Bakery": a town's possessive before a capitalized word names a business.
  // ("in Boston's North End" is still Boston.)
  // ("tours of Dublin's Georgian quarter" is still Dublin; "on Vancouver's Commercial Drive", a street of a city, too.)
  if (
    /'s$/.test(words[hit.end - 1].folded) &&
    next &&
    next.gap.trim() === '' &&
    /^\p{Lu}/u.test(next.text) &&
    !(
      prev &&
      (placePrepositions.has(prev.folded) || ((prev.folded === 'of' || (prev.folded === 'on' && hit.entry.population >= 50_000)) && !prev.isCapitalized))
    )
  )
    return false;
  if (
    !hit.entry.listed &&
    next &&
    next.gap.trim() === '' &&
    !stateAfter &&
    !/'s$/.test(words[hit.end - 1].folded) &&
    !isRegionAt(words, hit.end) &&
    !isRegionAt(words, hit.end + 1)
  ) {
    // Part of a longer proper noun: "Rio Vermelho", "Casa Rio Verde", "Serra da Mantiqueira", "Salt & Pepper".
    // ("Pittsburgh & suburbs", "Austin & surrounding areas": the town and where around it.)
    if (next.text === '&' && /^\p{Lu}/u.test(words[hit.end + 1]?.text ?? '')) return false;
    // ("Melbourne CBD", "Pretoria East", "Curitiba Centro": the town and a part of it.)
    if (hit.end - hit.start === 1 && /^\p{Lu}/u.test(next.text) && !placePrepositions.has(next.folded) && !townPart(words, hit.end)) return false;
    if (hit.end - hit.start === 1 && ['de', 'da', 'do', 'del', 'dos', 'das'].includes(next.folded) && words[hit.end + 1]?.isCapitalized) return false;
    // "Seoul on Wheels", "Paris by Night": a town opening a name with a small English word after it.
    if (
      !afterPreposition &&
      ['on', 'by', 'of'].includes(next.folded) &&
      /^\p{Lu}/u.test(words[hit.end + 1]?.text ?? '') &&
      words[hit.end + 1].gap.trim() === '' &&
      !isRegionAt(words, hit.end + 1)
    )
      return false;
  }
  // "Bella Napoli", "Farmacia San Rafael": right after another capitalized word, a town is part of a
  // name, unless a well-known city ends the prompt or its clause ("Pet shop Lambeijo Curitiba").
  const endsClause = !next || /[,.;:!?–—-]/.test(next.gap);
  const wellKnown = hit.entry.population === 0 || hit.entry.population >= 500_000;
  const endsPrompt = !next && (wellKnown || hit.entry.population >= 50_000);
  // ("Atendemos Manaus toda": a verb opening the sentence is not a name.)
  const nameBefore = !!prev && prev.isCapitalized && /^\p{L}/u.test(prev.text) && !(prev.isSentenceStart && /(mos|ndo|ing)$/.test(prev.folded));
  // ("in Midtown Omaha, …", "in Squirrel Hill Pittsburgh, …": a district's one or two words right after "in/em/en", then the
  // town closing its clause, is the district and its town.)
  const runFrom = hit.start - 1 - (words[hit.start - 2]?.isCapitalized && words[hit.start - 1].gap.trim() === '' ? 1 : 0);
  // ("in East Nashville called Clip Joint", "in Midtown Manhattan by Lena Park": a side of town before it, whatever follows.)
  const sideFirst = runFrom >= 0 && hit.start - runFrom === 1 && townParts.has(words[runFrom].folded);
  const districtFirst =
    nameBefore &&
    (endsClause || sideFirst) &&
    hit.entry.type === 'city' &&
    hit.entry.population >= 50_000 &&
    !!words[runFrom - 1] &&
    strongPrepositions.has(words[runFrom - 1].folded) &&
    words.slice(runFrom, hit.start).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !determiners.has(w.folded) && !notPlaces.has(w.folded));
  if (
    (prev && nameBefore && !afterPreposition && first.gap.trim() === '' && !hit.entry.listed && !((endsClause && wellKnown) || endsPrompt || districtFirst)) ||
    (prev?.isCapitalized && everyday && !afterPreposition && first.gap.trim() === '' && !hit.entry.listed)
  )
    return false;
  // Small towns in lowercase only where a place is expected ("em chapeco", ", maringa"): "cabelo crespo" is hair.
  // ("…dm to book 💅 wollongong", "…cheap and quick. minneapolis": a town closing the prompt is where it is.)
  const closing = hit.end === words.length && hit.entry.population >= 50_000;
  // ("plumber cardiff 24/7 …", "small bakery edinburgh sourdough …": a city right after the trade's word, as a search is typed.)
  const afterTrade = () =>
    hit.entry.type === 'city' &&
    hit.entry.population >= 100_000 &&
    !!prev &&
    first.gap === ' ' &&
    (isKindWord(hit.start - 1) || (hit.start >= 2 && isKindWord(hit.start - 2)));
  if (
    !first.isCapitalized &&
    hit.entry.population > 0 &&
    hit.entry.population < 500_000 &&
    !afterPreposition &&
    !/[,.–—|•·#-]/.test(first.gap) &&
    !closing &&
    !afterTrade()
  )
    return false;
  // "São Francisco de Assis": an everyday-word town after "de" inside a longer name.
  const beforeConnector = words[hit.start - 2];
  if (
    everyday &&
    prev &&
    ['de', 'do', 'da', 'del', 'dos', 'das'].includes(prev.folded) &&
    beforeConnector?.isCapitalized &&
    !areaWords.has(beforeConnector.folded) &&
    !sideOfTown(words, hit.start - 2)
  )
    return false;
  if (everyday) {
    // A town named like an everyday word ("Esquina 7", "Natal") where a town is written: after "em/in", a
    // comma or dash, before a state code, or closing the prompt.
    // (Bios set places apart with bullets and bars too: "… • Chía, Cundinamarca • …".)
    // ("… Providencia y Ñuñoa (Santiago)": in brackets too.)
    if (first.isCapitalized && (afterPreposition || stateAfter || hit.end === words.length || (!first.isSentenceStart && /[,–—|•·(-]/.test(first.gap))))
      return true;
    // "Austin based food truck", "Lisbon-born chef".
    if (first.isCapitalized && next && /^(based|born|grown)$/.test(next.folded)) return true;
    // "na zona oeste do Rio, …", "no centro de Natal": a part of town, then the town.
    // ("the historic district of Savannah, …", "the east side of Austin, …": in English too, and a side or end of the town.)
    const area =
      beforeConnector &&
      (((areaWords.has(beforeConnector.folded) || directionWords.has(beforeConnector.folded) || townSides.has(beforeConnector.folded)) &&
        !beforeConnector.isCapitalized) ||
        sideOfTown(words, hit.start - 2));
    if (first.isCapitalized && prev && ['de', 'do', 'da', 'del', 'of'].includes(prev.folded) && area) return true;
    // "the heart of Savannah's historic district", "Austin's east side": a town's possessive before what is in it.
    if (first.isCapitalized && !first.isSentenceStart && /['’]s$/.test(words[hit.end - 1].text) && next && !next.isCapitalized) return true;
    // A country we list, capitalized, is the country ("vinho importado do Chile"; "chile" is a pepper).
    if (hit.entry.listed && first.isCapitalized && !first.isSentenceStart) return true;
    if (/^\p{Lu}{2,4}$/u.test(first.text)) return afterPreposition;
    return !!prev && strongPrepositions.has(prev.folded) && !first.isSentenceStart;
  }
  return true;
}

// A region named by what it is, not by a list: "the Hudson Valley", "the Outer Banks", "the Inland Empire", "the Twin Cities"
// close on a word for a stretch of land; "o Vale do Paraíba", "a Baixada Santista", "el Bajío", "la Sierra de Gredos" open
// on one. Only right after a word that says where ("in the", "across all of the", "todo o", "en la"), where a run of
// capitalized words is a place and not a business.
const regionHeads = new Set([
  'valley',
  'valleys',
  'area',
  'keys',
  'banks',
  'coast',
  'shore',
  'shores',
  'peninsula',
  'hills',
  'mountains',
  'islands',
  'lakes',
  'plains',
  'basin',
  'delta',
  'panhandle',
  'cities',
  'empire',
  'county',
  'highlands',
  'metroplex',
]);
const regionLeads = new Set([
  'vale',
  'valle',
  'grande',
  'baixada',
  'litoral',
  'regiao',
  'region',
  'costa',
  'sierra',
  'serra',
  'riviera',
  'triangulo',
  'conurbano',
  'bajio',
  'recôncavo',
  'reconcavo',
  'sertao',
  'agreste',
  'zona da mata',
]);
// Words that may stand between the word that says where and the region: "all of the", "todo o", "toda la".
const regionFillers = new Set(['the', 'all', 'of', 'entire', 'whole', 'greater', 'o', 'a', 'el', 'la', 'todo', 'toda', 'los', 'las', 'os', 'as']);
const regionIntroducers = new Set([...placePrepositions, 'covering', 'cover', 'serve', 'serves', 'atendendo', 'atendemos', 'atende', 'cubrimos', 'atendemos']);

function namedRegion(words: Word[], isKindWord: (i: number) => boolean): { name: string; start: number; end: number } | null {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!/^\p{Lu}/u.test(w.text) || w.isSentenceStart) continue;
    // What comes before: fillers, then a word that says where.
    let k = i - 1;
    while (k >= 0 && regionFillers.has(words[k].folded) && !words[k].isCapitalized && words[k + 1].gap.trim() === '') k--;
    if (k < 0 || !regionIntroducers.has(words[k].folded) || words[k + 1].gap.trim() !== '') continue;
    // The run: capitalized words and the small words that join them, state codes included ("a Grande SP").
    let end = i;
    while (end < words.length && end - i < 5) {
      const x = words[end];
      if (end > i && x.gap.trim() !== '') break;
      if (/^\p{Lu}/u.test(x.text)) end++;
      // ("o Litoral Norte de SP": a state's code after "de" is the state the region is in.)
      else if (end > i && /^(de|do|da|dos|das|del)$/.test(x.folded) && /^\p{Lu}/u.test(words[end + 1]?.text ?? '') && !isStateCode(words[end + 1])) end++;
      else break;
    }
    const lead = words[i].folded;
    const head = words[end - 1].folded;
    const shaped = (end - i >= 2 && regionHeads.has(head)) || (regionLeads.has(lead) && (end - i >= 2 || lead === 'conurbano' || lead === 'bajio'));
    if (!shaped) continue;
    if (words.slice(i, end).some((_, j) => isKindWord(i + j))) continue;
    return {
      name: words
        .slice(i, end)
        .map((x) => x.text)
        .join(' '),
      start: i,
      end,
    };
  }
  return null;
}

function capitalRun(words: Word[], start: number): number {
  let end = start;
  while (end < words.length && end - start < 5) {
    const w = words[end];
    // ("St. George", "Mt. Juliet": the full stop of an abbreviation joins the words of one name.)
    const abbreviated = end > start && w.gap.trim() === '.' && /^(st|ste|sta|mt|ft|pt)$/.test(words[end - 1].folded);
    if (end > start && ((w.gap.trim() !== '' && !abbreviated) || isStateCode(w))) break;
    if (w.isCapitalized && !/^\d/.test(w.text)) end++;
    // ("Mogi das Cruzes"; not "Ananindeua das 9 às 20h": a connector joins a word, never a number.)
    else if (end > start && /^(de|do|da|dos|das|del|la|las|los)$/.test(w.folded) && /^\p{Lu}/u.test(words[end + 1]?.text ?? '')) end++;
    else break;
  }
  return end;
}

function gap(prompt: string, a: Word, b: Word): string {
  return prompt.slice(a.end, b.start);
}

const languageCountries: Record<string, string[]> = {
  'pt-BR': ['BR', 'PT', 'AO', 'MZ', 'CV'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'UY', 'PY', 'BO', 'EC', 'VE', 'CR', 'PA', 'GT', 'SV', 'HN', 'NI', 'DO', 'CU', 'PR'],
  en: ['US', 'GB', 'CA', 'AU', 'NZ', 'IE'],
};

const months =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)$/;

export function detectPlace(
  prompt: string,
  words: Word[],
  opts: { isEverydayWord?: (folded: string) => boolean; isKindWord?: (i: number) => boolean; language?: string } = {},
): Place | null {
  const isEveryday = opts.isEverydayWord ?? (() => false);
  const isKindWord = opts.isKindWord ?? (() => false);
  // Towns in a country or state the prompt names come first ("Córdoba, España"), then those of its language.
  const first = gazetteerHits(words, isEveryday, new Set(languageCountries[opts.language ?? ''] ?? []), isKindWord);
  const named = first.filter((h) => h.entry.type !== 'city').map((h) => h.entry.country);
  const found = named.length ? gazetteerHits(words, isEveryday, new Set(named), isKindWord) : first;
  // "Café Madrid, cafetería en Quito", "Tyre Town Preston" (after "in Preston"), "Birriería Sabor de
  // Jalisco en Tijuana": a place written as part of a name, when the sentence says where it is elsewhere.
  // "em Quito", "no centro de Quito", "downtown in Austin".
  const introducedAt = (i: number) =>
    !!words[i - 1] &&
    (strongPrepositions.has(words[i - 1].folded) ||
      ['no', 'na', 'at'].includes(words[i - 1].folded) ||
      (['de', 'del', 'do', 'da', 'of'].includes(words[i - 1].folded) && areaWords.has(words[i - 2]?.folded ?? '')));
  const introduced = (h: Hit) => introducedAt(h.start);
  const namePart = (h: Hit) => {
    const prev = words[h.start - 1];
    // ("Fontanería Hnos. Pérez": after an abbreviation's full stop too.)
    const joined = words[h.start].gap.trim() === '' || (words[h.start].gap.trim() === '.' && /^(hnos|hno|sr|sra|dr|dra|st|cia|jr)$/i.test(prev?.text ?? ''));
    // "Mountain View Chiropractic in Boulder", "Brooklyn Barber Co. … in Williamsburg": a town opening a name, right before a kind's word.
    const next = words[h.end];
    if (!h.entry.listed && next && next.gap.trim() === '' && next.isCapitalized && isKindWord(h.end)) return true;
    if (!prev || !joined || h.entry.listed) return false;
    // ("Atendemos Campos dos Goytacazes": a verb opening the sentence is not a name.)
    if (prev.isCapitalized && /^\p{L}/u.test(prev.text) && !(prev.isSentenceStart && /(mos|ndo|ing)$/.test(prev.folded))) return true;
    const before = words[h.start - 2];
    return (
      ['de', 'do', 'da', 'del', 'dos', 'das'].includes(prev.folded) &&
      prev.gap.trim() === '' &&
      !!before?.isCapitalized &&
      /^\p{L}/u.test(before.text) &&
      !areaWords.has(before.folded) &&
      // ("na Zona Sul do Rio", "Zona Norte de Natal": a side of the town, capitalized as a district's name, is no business's.)
      !sideOfTown(words, h.start - 2)
    );
  };
  // Elsewhere: a known town after "em/in/en", or a capitalized word there the gazetteer does not know ("in Wagga Wagga").
  const elsewhere = (h: Hit) =>
    found.some((g) => g !== h && g.entry.type === 'city' && !namePart(g) && (introduced(g) || g.start > h.end)) ||
    // ("Clínica Veterinaria San Francisco, … Pasto, Nariño": a capitalized word before ", <state>" is the town.)
    found.some(
      (g) =>
        g.entry.type === 'state' &&
        words[g.start].isCapitalized &&
        g.start >= h.end + 2 &&
        /,/.test(words[g.start].gap) &&
        /^\p{Lu}\p{Ll}/u.test(words[g.start - 1].text) &&
        !found.some((o) => o.start <= g.start - 1 && g.start - 1 < o.end),
    ) ||
    words.some(
      (w, i) =>
        i > 0 &&
        (i < h.start - 1 || i >= h.end) &&
        introducedAt(i) &&
        /^\p{Lu}\p{Ll}/u.test(w.text) &&
        !found.some((g) => g.start <= i && i < g.end) &&
        !notPlaces.has(w.folded) &&
        !venueWords.has(w.folded) &&
        !neighbourhoodWords.has(w.folded) &&
        !isEveryday(w.folded),
    );
  // "March 3-4", "3 May": a date, not the town of March or the month-named villages.
  const dated = (h: Hit) =>
    h.end - h.start === 1 && months.test(words[h.start].folded) && (/^\p{N}/u.test(words[h.end]?.text ?? '') || /^\p{N}/u.test(words[h.start - 1]?.text ?? ''));
  // (A region's name from the generated list inside a name is the name's: "Taller Hnos. Villalba".)
  const hits = found.filter((h) => !(namePart(h) && (elsewhere(h) || (h.entry.generated && h.entry.type !== 'city'))) && !dated(h));
  // Where it goes or where its goods come from is not where it is: "roteiros pra Orlando", "paquetes a
  // Cancún", "vinos de Mendoza", "New York style pizza", "comida típica de Oaxaca". Such a town is the
  // place only when no other is named.
  const aside = (h: Hit): boolean => {
    const prev = words[h.start - 1];
    // "roda por Lauro de Freitas e Camaçari": the rest of a list of such towns too.
    const listed = found.find((g) => g.end === h.start - 1 && g.entry.type === 'city');
    if (listed && prev && ['e', 'y', 'and'].includes(prev.folded) && aside(listed)) return true;
    const next = words[h.end];
    if (
      prev &&
      ['pra', 'para', 'to', 'a', 'hacia', 'rumo', 'por', 'through', 'across'].includes(prev.folded) &&
      !(words[h.start - 2] && ['em', 'en', 'in'].includes(words[h.start - 2].folded))
    )
      return true;
    if (
      prev &&
      ['de', 'do', 'da', 'del', 'from'].includes(prev.folded) &&
      words[h.start - 2] &&
      !words[h.start - 2].isCapitalized &&
      !areaWords.has(words[h.start - 2].folded) &&
      !neighbourhoodWords.has(words[h.start - 2].folded) &&
      !strongPrepositions.has(words[h.start - 2].folded) &&
      isEveryday(words[h.start - 2].folded)
    )
      return true;
    // "twenty minutes north of Durban", "a 20 minutos de Lisboa", "30 km from Cusco": a landmark to find it by.
    const before = words.slice(Math.max(0, h.start - 4), h.start - 1).map((w) => w.folded);
    if (
      prev &&
      ['of', 'from', 'de', 'da', 'do', 'del'].includes(prev.folded) &&
      (directionWords.has(words[h.start - 2]?.folded ?? '') || before.some((w) => distanceWords.has(w))) &&
      // ("na zona oeste do Rio", "zona norte de Natal": a side of the town itself.)
      !['zona', 'lado', 'region', 'regiao'].includes(words[h.start - 3]?.folded ?? '')
    )
      return true;
    return !!next && next.gap.trim() === '' && ['style', 'estilo', 'inspired', 'type', 'tipo'].includes(next.folded);
  };
  // "no bairro de Salamanca de Madrid": a town named as a district of another.
  const districtOf = (h: Hit) => {
    const marker = words.slice(Math.max(0, h.start - 2), h.start).some((w) => neighbourhoodWords.has(w.folded));
    return marker && hits.some((g) => g !== h && g.entry.type === 'city' && g.start >= h.end && g.start - h.end <= 2);
  };
  const allCities = hits.filter((h) => h.entry.type === 'city').sort((a, b) => a.start - b.start);
  const settled = allCities.filter((h) => !aside(h) && !districtOf(h));
  // A town written in lower case that is also an everyday word ("muebles en madera maciza") yields to one
  // written as a name anywhere else in the prompt ("— Zipaquirá").
  // ("baião de dois, … Asa Norte, Brasília": any town in lowercase yields to one written as a name.)
  const weak = (h: Hit) => !words[h.start].isCapitalized;
  const byStrength = (list: Hit[]) => [...list.filter((h) => !weak(h)), ...list.filter(weak)];
  const cities = byStrength(settled.length ? settled : allCities.filter((h) => !districtOf(h)));
  // Only towns named as where goods come from or go ("vinos de Rioja"): a town closing the prompt may still be where it is.
  const onlyAside = !settled.length && cities.length > 0;
  // "Miraflores, Lima", "Palermo y Villa Crespo, Buenos Aires", "Brooklyn, New York": the district comes first.
  let city: Hit | undefined = cities[0];
  // (Only when the second is the far bigger town: "Betim, Contagem e Igarapé" lists towns it serves; and
  // never a state's code: "Teresópolis, RJ" is the town in Rio de Janeiro state, not the capital.)
  const bigger = (a: Hit, b: Hit) => a.entry.population === 0 || b.entry.population === 0 || a.entry.population > 2 * b.entry.population;
  const lead = city;
  // ("Little Havana, Miami", "Little Odessa, Brooklyn": a town closing a longer proper noun, then another town after
  // its comma, is a district named after a town, whatever the two towns' sizes.)
  const tailOfName = (h: Hit) =>
    h.start >= 2 &&
    words[h.start].gap.trim() === '' &&
    /^\p{Lu}\p{Ll}/u.test(words[h.start - 1].text) &&
    !placePrepositions.has(words[h.start - 1].folded) &&
    !found.some((g) => g.start <= h.start - 1 && h.start - 1 < g.end) &&
    strongPrepositions.has(words[h.start - 2].folded);
  const district =
    lead &&
    cities.find(
      (c) =>
        c !== lead &&
        c.start >= lead.end &&
        c.start - lead.end <= 4 &&
        /,/.test(words[c.start].gap) &&
        (bigger(c, lead) || tailOfName(lead)) &&
        !(c.entry.alias && /^\p{Lu}{2,3}$/u.test(words[c.start].text)),
    );
  if (district) city = district;
  const region = hits.find((h) => h.entry.type === 'state' && (!city || h.start > city.start));
  const country = hits.find((h) => h.entry.type === 'country');

  // A place the gazetteer does not know: "em Itajubá", "in Kalamazoo".
  let unknown: { name: string; start: number; end: number } | null = null;
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1];
    const w = words[i];
    if (!placePrepositions.has(prev.folded) || ['de', 'toda', 'todo', 'serving'].includes(prev.folded)) continue;
    if (!w.isCapitalized || hits.some((h) => h.start <= i && i < h.end)) continue;
    // Brands written in camel case (WooCommerce, iFood) are not places.
    if (/\p{Ll}\p{Lu}/u.test(w.text)) continue;
    const end = capitalRun(words, i);
    // "Back in Motion Physio", "Maid in Heaven": inside a name that closes the sentence, when the town is known.
    const closes = end === words.length || words[end].gap.trim() === '';
    if (city && closes && i >= 2 && /^\p{Lu}/u.test(words[i - 2].text) && prev.gap.trim() === '' && w.gap.trim() === '') continue;
    const name = words
      .slice(i, end)
      .map((x) => x.text)
      .join(' ');
    const foldedName = fold(name);
    if (notPlaces.has(foldedName) || notPlaces.has(w.folded) || venueWords.has(w.folded) || /^\d/.test(w.text)) continue;
    // "en Spa Armonía", "En Climatizaciones Frío Sur instalamos": a business, not a town; "at Ashford Castle" is a venue.
    // ("at Harmony Music Academy, Frisco": a kind's word anywhere in the run.)
    // ("in Wrightsville Beach", "em Praia Seca": after "in/em/en" a run closing on "Beach" is a beach town; "at Crane Beach" is a venue.)
    const beachTown = end - i >= 2 && /^(beach|praia|playa)$/.test(words[end - 1].folded) && strongPrepositions.has(prev.folded);
    if (words.slice(i, end).some((_, k) => isKindWord(i + k)) || (venueWords.has(words[end - 1].folded) && !beachTown)) continue;
    if (neighbourhoodWords.has(w.folded)) continue;
    // "at Sam's in Queens", "at Rosa's Cantina": a possessive after "at" is someone's place of business.
    if (prev.folded === 'at' && /['’]s$/u.test(w.text)) continue;
    // "at Lotus Room, a small studio": what it is, said right after, makes it a business.
    if (prev.folded === 'at' && /^\s*,\s*$/.test(words[end]?.gap ?? '') && ['a', 'an'].includes(words[end].folded)) continue;
    // "at Haddad Tax & Accounting": names joined by "&" are a business.
    if (words[end]?.text === '&' && words[end + 1]?.isCapitalized) continue;
    // "Corpo em Forma": a single everyday word after "em" is part of a name, not a town.
    if (end - i === 1 && isEveryday(w.folded)) continue;
    unknown = { name: prompt.slice(w.start, words[end - 1].end), start: i, end };
    break;
  }

  // "Monte Verde MG", "…. Bar Harbor, Maine", "Paramus NJ": a run of capitalized words the gazetteer
  // does not know, right before a state code or ", <state>", is a town there.
  if (!unknown && !city) {
    for (let i = 0; i < words.length && !unknown; i++) {
      if (!words[i].isCapitalized || /^\d/.test(words[i].text) || hits.some((h) => h.start <= i && i < h.end)) continue;
      if (i > 0 && words[i].gap.trim() === '' && words[i - 1].isCapitalized && !placePrepositions.has(words[i - 1].folded)) continue;
      const end = capitalRun(words, i);
      const code = isStateCode(words[end]) && words[end].gap.trim() === '';
      const region = hits.some((h) => h.entry.type !== 'city' && h.start === end && /^\s*,\s*$/.test(words[end].gap));
      if (!code && !region) continue;
      if (end - i > 3 || words.slice(i, end).some((w, k) => isKindWord(i + k) || venueWords.has(w.folded) || notPlaces.has(w.folded))) continue;
      // The run stands alone: opening the prompt or its own clause, or after "em/in".
      if (i > 0 && !/[,.;:!?–—|-]/.test(words[i].gap) && !placePrepositions.has(words[i - 1].folded) && !words[i].isSentenceStart) continue;
      unknown = { name: prompt.slice(words[i].start, words[end - 1].end), start: i, end };
    }
  }

  // With the town known, a word that is also a place abroad and an everyday word is what it says: "Marcenaria
  // Arte em Madeira … em Chapecó" is art in wood, not the island, and may run on in a name.
  const abroad = (h: Hit) =>
    !!city &&
    h !== city &&
    h.entry.country !== city.entry.country &&
    h.end - h.start === 1 &&
    isEveryday(words[h.start].folded) &&
    h.start >= 2 &&
    !words[h.start - 1].isCapitalized &&
    words[h.start].gap.trim() === '' &&
    words[h.start - 1].gap.trim() === '' &&
    /^\p{Lu}/u.test(words[h.start - 2].text) &&
    !words[h.start - 2].isSentenceStart;
  // ("…en Quito, Limpio y Brillante": an everyday word that is a town abroad, opening a run of capitalized words, is a name's.)
  const opensName = (h: Hit) => {
    const next = words[h.end];
    return (
      !!city &&
      h !== city &&
      h.entry.type === 'city' &&
      h.entry.country !== city.entry.country &&
      h.end - h.start === 1 &&
      isEveryday(words[h.start].folded) &&
      !!next &&
      next.gap.trim() === '' &&
      (/^\p{Lu}/u.test(next.text) || (['y', 'e', 'and', '&'].includes(next.folded) && /^\p{Lu}/u.test(words[h.end + 1]?.text ?? '')))
    );
  };
  const spans: Array<[number, number]> = [
    ...hits.filter((h) => !abroad(h) && !opensName(h)).map((h): [number, number] => [h.start, h.end]),
    ...(unknown ? [[unknown.start, unknown.end] as [number, number]] : []),
  ];
  let neighbourhood: string | null = null;
  // "Casa Rural El Castaño, Candeleda (Ávila)": a town in parentheses after another word is its province.
  if (city && unknown === null && /\(/.test(words[city.start].gap) && city.start >= 1) {
    const k = city.start - 1;
    const w = words[k];
    const set = (i: number) => /[,–—|•-]/.test(words[i].gap) || words[i].isSentenceStart;
    if (w.isCapitalized && /^\p{Lu}\p{Ll}/u.test(w.text) && set(k) && !isKindWord(k) && !notPlaces.has(w.folded) && !venueWords.has(w.folded)) {
      return {
        city: w.text,
        neighbourhood: null,
        region: city.entry.name,
        country: city.entry.country === 'XX' ? null : city.entry.country,
        label: w.text,
        start: k,
        end: k + 1,
        spans: [...spans, [k, k + 1]],
      };
    }
  }
  // "in Umhlanga, twenty minutes north of Durban": a town the gazetteer does not know, after "in/em/en", is where
  // it is when the known one is only a landmark or a destination.
  const landmark = city && onlyAside && unknown && strongPrepositions.has(words[unknown.start - 1]?.folded ?? '') ? city : undefined;
  if (landmark) city = undefined;
  // "in Harrisburg and York", "across Harrisburg and York", "em Itajubá e Pouso Alegre": the first of two towns
  // joined after "in/em/en/across" is where it is, known to the gazetteer or not.
  const listedFirst =
    city &&
    unknown &&
    unknown.end + 1 === city.start &&
    ['and', 'e', 'y'].includes(words[unknown.end].folded) &&
    [...strongPrepositions, 'across', 'throughout', 'serving', 'around'].includes(words[unknown.start - 1]?.folded ?? '');
  if (listedFirst) city = undefined;
  // "in the Rio Grande Valley", "em todo o Vale do Paraíba": a town or state inside a region's name is the region's.
  const stretch = namedRegion(words, isKindWord);
  const within = (start: number) => !!stretch && start >= stretch.start && start < stretch.end;
  if (city && within(city.start)) city = undefined;
  // (A region named beside the town is a place's words all the same, never the business's name.)
  if (stretch && !spans.some(([a, b]) => a < stretch.end && stretch.start < b)) spans.push([stretch.start, stretch.end]);
  // ("near the Blue Ridge Mountains in Boone": a town after "in" is where it is, the region only near it.)
  const townAfter = !!unknown && unknown.start >= (stretch?.end ?? 0) && strongPrepositions.has(words[unknown.start - 1]?.folded ?? '');
  if (stretch && !city && (!unknown || within(unknown.start) || (unknown.start > stretch.start && !townAfter))) {
    const inside = hits.find((h) => within(h.start) && h.entry.type !== 'city');
    const outside = hits.find((h) => !within(h.start) && h.entry.type !== 'city');
    return {
      city: null,
      neighbourhood: null,
      region: stretch.name,
      country: (inside ?? outside)?.entry.country ?? null,
      label: stretch.name,
      start: stretch.start,
      end: stretch.end,
      spans: [...spans.filter(([a]) => !within(a)), [stretch.start, stretch.end]],
    };
  }
  if (city) {
    // "Pinheiros, São Paulo", "Savassi em BH", "no bairro Savassi": a proper noun just before the city.
    const before = [...hits.filter((h) => h !== city), ...(unknown ? [{ start: unknown.start, end: unknown.end, entry: null }] : [])].find(
      (h) =>
        h.end <= city.start && city.start - h.end <= 2 && /^\s*(,|-|–|em|in|en|de|del|da|do|of)?\s*$/u.test(gap(prompt, words[h.end - 1], words[city.start])),
    );
    if (before && (!('entry' in before) || !before.entry || before.entry.type === 'city')) {
      neighbourhood = prompt.slice(words[before.start].start, words[before.end - 1].end);
    }
    const marker = words.findIndex((w, i) => neighbourhoodWords.has(w.folded) && !w.isCapitalized && i < city.start && words[i + 1]?.isCapitalized);
    if (!neighbourhood && marker >= 0) {
      const end = capitalRun(words, marker + 1);
      neighbourhood = words
        .slice(marker + 1, end)
        .map((w) => w.text)
        .join(' ');
      // ("no bairro Pituba em Salvador", "en la colonia Chapultepec, Culiacán": the district's words are a place's, never a name.)
      // (Only after a word that is nothing but a district's: "jardim", "vila" and "zona" are a garden, a village and a zone too.)
      // ("panadería de barrio La Espiga": a district's word after "de" describes the trade, and the name follows; Spanish
      // "barrio" stays out, as the held-out set read worse with it.)
      const plainMarker =
        ['bairro', 'colonia', 'neighborhood', 'neighbourhood'].includes(words[marker].folded) &&
        ['no', 'na', 'em', 'en', 'el', 'la', 'in', 'the', 'o', 'a'].includes(words[marker - 1]?.folded ?? '');
      // (And only when the town follows it: "no bairro Pituba em Salvador", "en la colonia Chapultepec, Culiacán".)
      const townNext = city.start - end <= 1 && /^\s*(,|-|–|em|in|en|de|del|da|do)?\s*$/u.test(gap(prompt, words[end - 1], words[city.start]));
      if (plainMarker && townNext && !spans.some(([a, b]) => a < end && marker + 1 < b)) spans.push([marker + 1, end]);
    }
    return {
      city: city.entry.name,
      neighbourhood,
      region: region?.entry.name ?? null,
      country: city.entry.country === 'XX' ? null : city.entry.country,
      label: city.entry.name,
      start: city.start,
      end: city.end,
      spans,
      ...(onlyAside ? { isAside: true } : {}),
    };
  }
  // "across NJ", "in nc": in English, a US state's code standing alone where a place goes is the state.
  const state = opts.language === 'en' && !region && (!unknown || unknown.end - unknown.start === 1) ? standaloneState(words, isEveryday) : null;
  if (state && (!unknown || unknown.start === state.at)) {
    return {
      city: null,
      neighbourhood: null,
      region: state.state,
      country: 'US',
      label: state.state,
      start: state.at,
      end: state.at + 1,
      spans: [...spans.filter(([a]) => a !== state.at), [state.at, state.at + 1]],
    };
  }
  if (unknown) {
    // An unknown proper noun followed by a known region or country is a town there ("Tiradentes, Minas Gerais").
    const after = hits.find((h) => h.start >= unknown!.end && h.start - unknown!.end <= 2);
    return {
      city: unknown.name,
      neighbourhood: null,
      region: after?.entry.type === 'state' ? after.entry.name : (region?.entry.name ?? null),
      country: after?.entry.country ?? country?.entry.country ?? landmark?.entry.country ?? null,
      label: unknown.name,
      start: unknown.start,
      end: unknown.end,
      spans,
    };
  }
  const broad = region ?? country;
  if (broad) {
    return {
      city: null,
      neighbourhood: null,
      region: region?.entry.name ?? null,
      country: broad.entry.country === 'XX' ? null : broad.entry.country,
      label: broad.entry.name,
      start: broad.start,
      end: broad.end,
      spans,
    };
  }
  return null;
}

// "…, Smoke Ring BBQ, Lockhart", "…, Finca La Esperanza, Salento": when the gazetteer found no town,
// one unknown capitalized word closing the prompt after a comma is where the business is (the
// caller first makes sure it is not the name). Returns the town as a place, with the region or
// country the prompt named, if any.
// "…. The Mill at Stone Creek, Harpers Ferry WV": a few capitalized words set off before a US state
// code closing the prompt are its town, whatever the gazetteer found earlier in the sentence.
export function townBeforeStateCode(words: Word[], found: Place | null): Place | null {
  const code = words.length - 1;
  if (code < 3 || !isStateCode(words[code]) || !/^,?$/.test(words[code].gap.trim())) return null;
  let first = code;
  while (first > code - 3 && first - 1 > 0 && /^\p{Lu}\p{Ll}/u.test(words[first - 1].text) && (first === code || words[first].gap.trim() === '')) first--;
  const setOff = first < code && /[,–—-]/.test(words[first].gap) && !words[first].isSentenceStart;
  if (!setOff || found?.spans.some(([a, b]) => (a <= first && first < b) || (a <= code && code < b))) return null;
  if (words.slice(first, code).some((w) => notPlaces.has(w.folded) || venueWords.has(w.folded))) return null;
  const label = words
    .slice(first, code)
    .map((w) => w.text)
    .join(' ');
  return { city: label, neighbourhood: null, region: null, country: 'US', label, start: first, end: code, spans: [[first, words.length]] };
}

export function trailingTown(words: Word[], found: Place | null, isEverydayWord: (folded: string) => boolean): Place | null {
  if (found?.city && !found.isAside) return null;
  let last = words.length - 1;
  if (last >= 1 && isStateCode(words[last]) && words[last].gap.trim() === '') last--;
  const w = words[last];
  if (!w || last < 2 || !/^\p{Lu}\p{Ll}/u.test(w.text) || !/[,–—-]/.test(w.gap) || w.isSentenceStart) return null;
  if (isEverydayWord(w.folded) || notPlaces.has(w.folded) || venueWords.has(w.folded) || found?.spans.some(([a, b]) => last >= a && last < b)) return null;
  return {
    city: w.text,
    neighbourhood: null,
    region: found?.region ?? null,
    country: found?.country ?? null,
    label: w.text,
    start: last,
    end: last + 1,
    spans: [...(found?.spans ?? []), [last, words.length]],
  };
}
