// Where the business is: cities, states and countries from a gazetteer (longest name first, so
// "Porto Alegre" is never "Porto"), places the gazetteer does not know when a preposition
// introduces a proper noun ("em Chapecó"), and a neighbourhood before its city.
import data from './places.json';
import { commonWords } from './common-words';
import { fold, type Word } from './text';

type Entry = { name: string; country: string; type: 'city' | 'state' | 'country' };

export type Place = {
  city: string | null;
  neighbourhood: string | null;
  region: string | null;
  country: string | null; // ISO 3166 code when known
  // What the site calls the place: the city, else the region, else the country.
  label: string;
  start: number; // word span of the main place
  end: number;
};

// City names that are also everyday words: they count only when capitalized, or right after "em/in/en".
const everydayWords = new Set([
  'natal', 'serra', 'paulista', 'santana', 'caxias', 'bonito', 'penha', 'pipa', 'porto', 'palmas', 'vitoria', 'gama', 'lima', 'mesa',
  'aurora', 'mobile', 'reading', 'bath', 'nice', 'concord', 'plano', 'salto', 'loja', 'colon', 'david', 'praia', 'picos', 'canela',
  'lencois', 'pelotas', 'franca', 'torres', 'esteio', 'formosa', 'americana', 'barreiras', 'boulder', 'bend', 'jackson', 'lincoln',
  'madison', 'phoenix', 'victoria', 'savannah', 'athens', 'richmond', 'hamilton', 'sobral', 'crato', 'penedo', 'toledo', 'colombo',
  'santa maria', 'sao jose', 'granada', 'armenia', 'cuenca', 'leon', 'merida', 'la paz', 'durango', 'santiago', 'cambridge', 'oxford',
  'newport', 'chester', 'lancaster', 'durham', 'salisbury', 'napa', 'sonoma', 'naples', 'napoli', 'glendale', 'irving', 'garland',
  'fremont', 'providence', 'lafayette', 'midland', 'olympia', 'eugene', 'orlando', 'austin', 'dallas', 'denver', 'charlotte', 'paris',
  'roma', 'rome', 'florence', 'venice', 'panama', 'cartago', 'liberia', 'santa fe', 'salta', 'parana', 'corrientes', 'posadas',
  'resistencia', 'tunja', 'pasto', 'piura', 'cusco', 'loja', 'manta', 'ambato', 'salvador', 'serra', 'colatina', 'itabira', 'lages',
  'vicosa', 'assis', 'marilia', 'sumare', 'contagem', 'betim', 'serra gaucha', 'ceu', 'sol', 'mar', 'caracas', 'quito', 'washington',
  'london', 'berlin', 'cork', 'bristol', 'derby', 'york', 'canterbury', 'winchester', 'reading', 'banff', 'darwin', 'perth', 'sydney',
  'victoria', 'wellington', 'hobart', 'cairns', 'canberra', 'nelson', 'mendoza', 'cordoba', 'rosario', 'valencia', 'alicante',
  'murcia', 'palma', 'vigo', 'burgos', 'santander', 'segovia', 'avila', 'soria', 'teruel', 'huesca', 'marbella', 'ronda', 'gijon',
  'habana', 'havana', 'praga', 'viena', 'bali', 'macau', 'monaco', 'mindelo', 'cancun', 'tulum', 'oaxaca', 'puebla', 'colima',
  'tepic', 'celaya', 'campeche', 'zacatecas', 'tlaxcala', 'toluca', 'tampico', 'ensenada', 'salinas', 'nazare', 'obidos', 'lagos',
  'tavira', 'faro', 'braga', 'aveiro', 'viseu', 'leiria', 'evora', 'sintra', 'cascais', 'funchal', 'setubal', 'almada',
]);
const nameCues = new Set(['called', 'named', 'chamada', 'chamado', 'llamada', 'llamado', 'nome', 'nombre', 'marca', 'brand', 'llama', 'chama']);
// After "em", "in", "en" an everyday-word city is a place unless the next word says otherwise.
const placePrepositions = new Set(['em', 'in', 'en', 'at', 'no', 'na', 'from', 'near', 'perto', 'cerca', 'de', 'desde', 'around', 'across', 'throughout', 'toda', 'todo', 'serving']);
const strongPrepositions = new Set(['em', 'in', 'en']);
const neighbourhoodWords = new Set(['bairro', 'barrio', 'neighborhood', 'neighbourhood', 'district', 'colonia', 'zona', 'vila', 'jardim', 'setor', 'distrito']);
// Proper nouns after a preposition that are not places.
const notPlaces = new Set([
  'zoom', 'instagram', 'whatsapp', 'ifood', 'google', 'youtube', 'tiktok', 'facebook', 'shopee', 'mercado livre', 'mercado libre',
  'amazon', 'etsy', 'uber', 'rappi', 'airbnb', 'english', 'spanish', 'portuguese', 'ingles', 'espanhol', 'espanol', 'portugues',
  'libras', 'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'natal', 'pascoa', 'carnaval', 'christmas', 'easter', 'halloween', 'black friday',
  'i', 'a', 'o', 'the', 'my', 'our', 'we', 'site', 'website',
]);
// First words of a venue name: "na Fazenda Santa Luzia" is where an event happens, not a city.
export const venueWords = new Set([
  'fazenda', 'sitio', 'chacara', 'quinta', 'hacienda', 'finca', 'estancia', 'hotel', 'pousada', 'espaco', 'espacio', 'salao',
  'salon', 'villa', 'igreja', 'iglesia', 'capela', 'capilla', 'church', 'chapel', 'barn', 'hall', 'museu', 'museo', 'museum',
  'teatro', 'theatre', 'theater', 'clube', 'club', 'parque', 'park', 'praia', 'playa', 'beach', 'restaurante', 'restaurant',
  'casa', 'castelo', 'castillo', 'castle', 'palacio', 'palace', 'jardim', 'jardin', 'garden', 'gardens', 'centro', 'center',
  'centre', 'arena', 'estadio', 'stadium', 'auditorio', 'auditorium', 'galpao', 'armazem', 'winery', 'vinicola', 'bodega', 'rooftop',
]);

type Trie = Map<string, Entry[]>;
let gazetteer: { byFirst: Trie } | null = null;

function index() {
  if (gazetteer) return gazetteer;
  const byFirst: Trie = new Map();
  const add = (name: string, entry: Entry) => {
    const first = fold(name).split(/[\s-]+/)[0];
    byFirst.set(first, [...(byFirst.get(first) ?? []), { ...entry, name: entry.name }]);
    (byFirst.get(first) as Array<Entry & { folded?: string }>).at(-1)!.folded = fold(name);
  };
  for (const c of data.cities) add(c.name, { name: c.name, country: c.country, type: 'city' });
  for (const s of data.states) add(s.name, { name: s.name, country: s.country, type: 'state' });
  for (const c of data.countries) {
    for (const n of c.names) add(n, { name: n.replace(/^the /, ''), country: c.country, type: 'country' });
  }
  for (const [alias, target] of Object.entries(data.aliases)) {
    const city = data.cities.find((c) => c.name === target);
    if (city) add(alias, { name: city.name, country: city.country, type: 'city' });
  }
  gazetteer = { byFirst };
  return gazetteer;
}

type Hit = { entry: Entry; start: number; end: number };

function gazetteerHits(words: Word[]): Hit[] {
  const { byFirst } = index();
  const hits: Hit[] = [];
  let i = 0;
  while (i < words.length) {
    let best: Hit | null = null;
    for (const entry of (byFirst.get(words[i].folded) ?? []) as Array<Entry & { folded: string }>) {
      const parts = entry.folded.split(/[\s-]+/);
      if (i + parts.length > words.length) continue;
      if (!parts.every((p, k) => words[i + k].folded === p || words[i + k].folded.split('-')[0] === p)) continue;
      // "São José do Rio Preto" is written with hyphens as often as without.
      const end = i + parts.length;
      if (!best || end > best.end || (end === best.end && entry.type === 'city' && best.entry.type !== 'city')) best = { entry, start: i, end };
    }
    if (best && acceptable(words, best)) {
      hits.push(best);
      i = best.end;
    } else i++;
  }
  return hits;
}

function acceptable(words: Word[], hit: Hit): boolean {
  const first = words[hit.start];
  const prev = words[hit.start - 1];
  const folded = words.slice(hit.start, hit.end).map((w) => w.folded).join(' ');
  const afterPreposition = !!prev && placePrepositions.has(prev.folded);
  // "called Riverside Sounds": right after a naming word comes the name, whatever else it is.
  if (prev && nameCues.has(prev.folded)) return false;
  // Part of a longer proper noun ("Bella Napoli", "Casa Rio Verde") is a name, not a place.
  if (prev && prev.isCapitalized && !prev.isSentenceStart && !afterPreposition && first.start - prev.end <= 1 && hit.entry.type !== 'country') return false;
  if (prev && prev.isCapitalized && prev.isSentenceStart && !afterPreposition && first.start - prev.end <= 1 && !/^(in|em|en)$/i.test(prev.text) && first.isCapitalized && everydayWords.has(folded)) return false;
  if (everydayWords.has(folded) || commonWords.has(folded) || folded.length <= 3) {
    if (first.isCapitalized && (!first.isSentenceStart || afterPreposition)) return true;
    if (first.text === first.text.toUpperCase() && /^[A-Z]{2,4}$/.test(first.text)) return afterPreposition || words[hit.start - 1]?.text === ',';
    return !!prev && strongPrepositions.has(prev.folded) && !first.isSentenceStart;
  }
  return true;
}

function capitalRun(words: Word[], start: number): number {
  let end = start;
  while (end < words.length && end - start < 5) {
    const w = words[end];
    if (w.isCapitalized && !/^\d/.test(w.text)) end++;
    else if (end > start && /^(de|do|da|dos|das|del|la|las|los)$/.test(w.folded) && words[end + 1]?.isCapitalized) end++;
    else break;
  }
  return end;
}

function gap(prompt: string, a: Word, b: Word): string {
  return prompt.slice(a.end, b.start);
}

export function detectPlace(prompt: string, words: Word[], excluded: (i: number) => boolean = () => false): Place | null {
  const hits = gazetteerHits(words).filter((h) => !excluded(h.start));
  const rank = { city: 0, state: 1, country: 2 };
  const city = hits.filter((h) => h.entry.type === 'city').sort((a, b) => a.start - b.start)[0];
  const region = hits.find((h) => h.entry.type === 'state' && (!city || h.start > city.start));
  const country = hits.find((h) => h.entry.type === 'country');

  // A place the gazetteer does not know: "em Itajubá", "in Kalamazoo".
  let unknown: { name: string; start: number; end: number } | null = null;
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1];
    const w = words[i];
    if (!placePrepositions.has(prev.folded) || ['de', 'toda', 'todo', 'serving'].includes(prev.folded)) continue;
    if (!w.isCapitalized || excluded(i) || hits.some((h) => h.start <= i && i < h.end)) continue;
    const end = capitalRun(words, i);
    const name = words.slice(i, end).map((x) => x.text).join(' ');
    const foldedName = fold(name);
    if (notPlaces.has(foldedName) || notPlaces.has(w.folded) || venueWords.has(w.folded) || /^\d/.test(w.text)) continue;
    if (neighbourhoodWords.has(w.folded)) continue;
    unknown = { name: prompt.slice(w.start, words[end - 1].end), start: i, end };
    break;
  }

  let neighbourhood: string | null = null;
  if (city) {
    // "Pinheiros, São Paulo", "Savassi em BH", "no bairro Savassi": a proper noun just before the city.
    const before = [...hits.filter((h) => h !== city), ...(unknown ? [{ start: unknown.start, end: unknown.end, entry: null }] : [])].find(
      (h) => h.end <= city.start && city.start - h.end <= 2 && /^\s*(,|-|–|em|in|en|de|del|da|do|of)?\s*$/u.test(gap(prompt, words[h.end - 1], words[city.start])),
    );
    if (before && (!('entry' in before) || !before.entry || before.entry.type === 'city')) {
      neighbourhood = prompt.slice(words[before.start].start, words[before.end - 1].end);
    }
    const marker = words.findIndex((w, i) => neighbourhoodWords.has(w.folded) && !w.isCapitalized && i < city.start && words[i + 1]?.isCapitalized);
    if (!neighbourhood && marker >= 0) neighbourhood = words.slice(marker + 1, capitalRun(words, marker + 1)).map((w) => w.text).join(' ');
    void rank;
    return {
      city: city.entry.name,
      neighbourhood,
      region: region?.entry.name ?? null,
      country: city.entry.country === 'XX' ? null : city.entry.country,
      label: city.entry.name,
      start: city.start,
      end: city.end,
    };
  }
  if (unknown) {
    // An unknown proper noun followed by a known region or country is a town there ("Tiradentes, Minas Gerais").
    const after = hits.find((h) => h.start >= unknown!.end && h.start - unknown!.end <= 2);
    return {
      city: unknown.name,
      neighbourhood: null,
      region: after?.entry.type === 'state' ? after.entry.name : (region?.entry.name ?? null),
      country: after?.entry.country ?? country?.entry.country ?? null,
      label: unknown.name,
      start: unknown.start,
      end: unknown.end,
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
    };
  }
  return null;
}
