// The business name, wherever and however the owner wrote it: in quotes, after "called",
// "chamada", "se llama" or "brand name", right after the kind ("Floricultura Jardim Azul"),
// before it ("Sweet Crumbs bakery"), as a possessive ("Oficina do Seu Zé"), in apposition
// ("Bella Napoli, a pizzeria"), between commas or at the end of the sentence, a professional's
// name with a title, a couple's names on a wedding site. Returns null rather than guess when
// nothing names it.
import type { SiteLanguage } from '@/lib/i18n/languages';
import { commonWords, functionWords, productNames } from './common-words';
import { givenNames } from './given-names';
import { venueWords } from './places';
import type { TermMatch } from './kind';
import { capitalize, fold, mixesScripts, type Word } from './text';

export type NameReading = { name: string; start: number; end: number; via: string; score: number };

const connectors = new Set([
  'de',
  'do',
  'da',
  'dos',
  'das',
  'del',
  'la',
  'las',
  'los',
  'el',
  'the',
  'of',
  'and',
  '&',
  'e',
  'y',
  "n'",
  'n',
  'di',
  'della',
  'du',
  'von',
  'van',
  'le',
  "d'",
]);
// Small words inside a name between capitalized ones ("Nails by Karla", "Fisio em Casa", "Sabor a Casa").
const innerWords = new Set([
  ...connectors,
  'by',
  'with',
  'on',
  'in',
  'em',
  'en',
  'a',
  'na',
  'no',
  'tu',
  'to',
  'for',
  'com',
  'con',
  'sin',
  'sem',
  'para',
  'pra',
  'um',
  'uma',
  'un',
  'una',
  'que',
  'te',
  'at',
  '+',
  // Dutch and German surnames' particles ("Van der Merwe Inc.", "Von der Heide").
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
]);
// Titles of a professional: "consultório do Dr. Thiago Nunes" is Dr. Thiago Nunes's, named by him.
const professionalTitles = /^(dr|dra|doutor|doutora|doctor|doctora|prof|profa|professor|professora|profesor|profesora|lic|licenciada|licenciado|ing|arq)$/i;
// Abbreviations whose full stop does not end the name ("Dr. Marcelo", "St. Mark's").
// (Not those that close one, "LTDA.", "Inc.", "Co.": the next word starts a sentence.)
const abbreviations = /^(dr|dra|sr|sra|srta|st|mr|mrs|ms|prof|profa|lic|ing|arq|av|hnos|hno|cia|\p{Lu}|(\p{Lu}\.)+\p{Lu})$/iu;
// Months and days, whole or shortened ("weekends Sep - Nov"), never begin a name ("October on Main Street").
// (Not "Jun", a given name too.)
const dateWords =
  /^(jan|feb|fev|apr|abr|aug|sep|sept|oct|nov|dec|dez|dic|january|february|march|april|may|june|july|august|september|october|november|december|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|segunda|terca|quarta|quinta|sexta|sabado|domingo|lunes|martes|miercoles|jueves|viernes)$/;
// What people say before their name ("I'm Sarah Mitchell", "Soy Ana").
const leadingNoise = new Set([
  "i'm",
  "i'd",
  "i'll",
  "i've",
  'im',
  'i',
  'we',
  "we're",
  'my',
  'our',
  'sou',
  'somos',
  'soy',
  'eu',
  'yo',
  'hi',
  'hello',
  'hey',
  'ola',
  'oi',
  'hola',
  'me',
  'this',
  'is',
  // "Site for Bluebird Cafe", "Website: …".
  'site',
  'website',
  'webpage',
  'sitio',
  'pagina',
]);
// Words that open a sentence before a name without being part of it ("Visit Hendricks Home Furnishings in
// Green Bay!", "Today Brennan & Sons Plumbing handles…", "Conheça o Ateliê …").
const sentenceOpeners = new Set([
  'visit',
  'come',
  'meet',
  'call',
  'try',
  'find',
  'follow',
  'today',
  'now',
  'introducing',
  'visite',
  'conheca',
  'venha',
  'hoje',
  'agora',
  'visita',
  'visitanos',
  'conoce',
  'ven',
  'hoy',
  'ahora',
]);
// Street words closing a run after "on/at" ("Rosen's Bagel Bakery on State St"): the address, not the name.
const streetEnd = /^(st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|drive|dr|way|highway|hwy)$/;
const possessiveConnectors = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'della', 'di', 'of']);
const boundaryWords = new Set([
  'em',
  'in',
  'en',
  'at',
  'no',
  'na',
  'nos',
  'nas',
  'with',
  'com',
  'con',
  'that',
  'que',
  'which',
  'who',
  'and',
  'e',
  'y',
  'for',
  'para',
  'pra',
  'por',
  'is',
  'es',
  'a',
  'an',
  'um',
  'uma',
  'un',
  'una',
  'located',
  'based',
  'localizada',
  'localizado',
  'situada',
  'situado',
  'ubicada',
  'ubicado',
  'near',
  'perto',
  'cerca',
  'from',
  'desde',
  'since',
  'open',
  'aberta',
  'aberto',
  'abierta',
  'abierto',
  'where',
  'onde',
  'donde',
  'we',
  'our',
  'nossa',
  'nosso',
  'nuestra',
  'nuestro',
  'selling',
  'vendendo',
  'vendiendo',
  'offering',
  'specializing',
  'especializada',
  'especializado',
  'focused',
  'focada',
  'focado',
  'enfocada',
  'enfocado',
  'temos',
  'tenemos',
  'we',
  'fazemos',
  'hacemos',
]);
// What people call the business ("people know us as X"), a cue and a weak one (below).
const knownAsCues = ['know me as', 'know us as', 'knows me as', 'knows us as', 'me conhecem como', 'nos conhecem como', 'me conocen como', 'nos conocen como'];
// "called X", "chamada X", "se llama X", "a marca é X", "nome: X".
const cuePhrases = [
  'called',
  'named',
  'name is',
  "name's",
  'brand name is',
  'brand name',
  'brand is',
  'business name is',
  'business name',
  'known as',
  // "we named it X", "people know us as X": the name after the pronoun, not the pronoun.
  'named it',
  'called it',
  'we call it',
  ...knownAsCues,
  // The trading name, not the legal one ("J & M Patel Ltd t/a Village Pharmacy", "Rivera LLC DBA Sunny Side Cleaning").
  'trading as',
  'trades as',
  'trade as',
  'doing business as',
  'dba',
  'd b a',
  't a',
  'by the name of',
  'under the name',
  'we are called',
  'the name is',
  'chamado',
  'chamada',
  'chamados',
  'chamadas',
  'de nome',
  'com o nome de',
  'com o nome',
  'com nome',
  'nome e',
  'o nome e',
  'nome',
  'nome da empresa e',
  'nome da loja e',
  'nome fantasia',
  'se chama',
  'chama-se',
  'que se chama',
  'marca e',
  'a marca e',
  'marca',
  'conhecido como',
  'conhecida como',
  'llamado',
  'llamada',
  'llamados',
  'se llama',
  'que se llama',
  'de nombre',
  'con el nombre de',
  'con el nombre',
  'nombre es',
  'el nombre es',
  'nombre',
  'conocido como',
  'conocida como',
  'la marca es',
  'marca es',
  'mi marca',
  'chama',
  'somos a',
  'somos o',
  'somos la',
  'somos el',
  'we are',
  'name',
  'brand',
  'the name',
  "i'm",
  'i am',
  'im',
  'my name is',
  'me llamo',
  'mi nombre es',
  'meu nome e',
  'sou o',
  'sou a',
  'soy',
  'sou',
  'nos llamamos',
  'nos chamamos',
  'somos',
  'this is',
  'es',
  'e o',
  'e a',
  'company is',
  'company name is',
  'business is',
  "it's called",
  'la empresa es',
  'empresa es',
]
  .map((c) => c.split(' '))
  .sort((a, b) => b.length - a.length);
// Words that open an institution's name ("Associação de Moradores do Bairro…", "Parroquia de San José").
const institutionWords = new Set([
  'associacao',
  'asociacion',
  'association',
  'paroquia',
  'parroquia',
  'parish',
  'igreja',
  'iglesia',
  'fundacao',
  'fundacion',
  'foundation',
  'sindicato',
  'cooperativa',
]);
// The trading name after a legal one ("… Ltd trading as X", "… LLC DBA X"): the name the public knows, before any other cue.
const tradingCues = new Set(['trading as', 'trades as', 'trade as', 'doing business as', 'dba', 'd b a', 't a']);
// Cues by which a person introduces themselves, not the business.
const selfCues = new Set(["i'm", 'i am', 'im', 'my name is', 'me llamo', 'mi nombre es', 'meu nome e', 'sou o', 'sou a', 'soy', 'sou']);
// Nouns that introduce the cue: "nome", "marca", "nombre" name only before a colon, "é/es/is" or a capital.
const weakCues = new Set([
  // ("clients know us as the folks at Haddad Tax": what people say of them, a name only when it is written as one.)
  ...knownAsCues,
  'chama',
  'nome',
  'nombre',
  'marca',
  'we are',
  'somos a',
  'somos o',
  'somos la',
  'somos el',
  'name',
  'brand',
  'the name',
  "i'm",
  'i am',
  'im',
  'soy',
  'sou',
  'sou o',
  'sou a',
  'somos',
  'this is',
  'es',
  'e o',
  'e a',
  'company is',
  'business is',
  'la empresa es',
  'empresa es',
]);
const titles =
  /^(dr|dra|dr\.|dra\.|doutor|doutora|doctor|doctora|prof|prof\.|profa|professor|professora|profesor|profesora|mr|mrs|ms|mr\.|mrs\.|ms\.|sr|sra|sr\.|sra\.|don|dona|doña|seu|chef|lic|lic\.|licenciada|licenciado|ing|ing\.|arq|arq\.)$/i;
const welcome = /^(welcome|bienvenidos|bienvenido|bienvenida|bienvenidas|bem-vindo|bem-vindos|bem-vinda|bem-vindas)$/;
// Where a shop stands, after "do/da/del" ("bar da praia", "padaria da esquina", "pastel da feira"): not whose it is.
const whereNouns = new Set(
  `praia esquina feira mercado shopping rodoviaria estacao vila morro porto aeroporto hospital universidade faculdade escola
  estadio predio condominio galeria largo praca rua avenida estrada sitio fazenda chacara playa mercado plaza puerto pueblo
  estacion terminal aeropuerto universidad facultad colegio estadio edificio galeria rambla malecon muelle esquina cruce
  finca rancho hacienda dia semana mes ano momento mundo povo bem futuro`
    .split(/\s+/)
    .filter(Boolean),
);

// Last words of a landmark's or district's name ("Stanley Park", "Pike Place Market", "Praia do Forte").
const landmarkWords = new Set([
  'park',
  'square',
  'beach',
  'bridge',
  'plaza',
  'mall',
  'station',
  'airport',
  'lake',
  'river',
  'quarter',
  'village',
  'falls',
  'pier',
  'wharf',
  'island',
  'heights',
  'hills',
  'canyon',
  'bay',
  'market',
  'historico',
  'historica',
  'amurallada',
]);
// Words that say how a trade is done, opening a prompt before it ("Mobile hairdresser", "Local plumber").
const describing =
  /^(mobile|local|freelance|independent|certified|licensed|professional|affordable|family|home|online|small|new|experienced|qualified|friendly|reliable|emergency|residential|commercial)$/;
// Landmarks named by what they are, first, in Portuguese and Spanish.
const landmarkHeads = new Set([
  'gruta',
  'cachoeira',
  'cascata',
  'lagoa',
  'lago',
  'mirante',
  'pico',
  'morro',
  'cerro',
  'cueva',
  'cascada',
  'laguna',
  'volcan',
  'mirador',
  'museu',
  'museo',
  'parque',
  'ilha',
  'isla',
  'castillo',
  'castelo',
  'catedral',
  'igreja',
  'iglesia',
]);
// Legal forms closing a company's name.
// The partners of a firm named by their surnames ("… & Co.", "… & Partners", "… y Asociados").
// Words a trade's name ends on after the brand ("Dr Reddy Pet Care", "Northside Home Services").
const tradeTails =
  /^(care|services|service|solutions|repairs|group|co|electrics|electrical|plumbing|cleaning|cleans|motors|designs|gardening|gardens|roofing|building|builders|decorating|joinery|fencing|paving|landscapes|interiors)$/;
// Words that say how, when or where a trade works, not whose it is ("…, same day electrical", "…, domestic plumbing").
const serviceScope = new Set(
  `same next day night after hours hour emergency domestic commercial residential industrial mobile local general full total
  complete home house office kitchen bathroom garden pool roof car auto gas water qualified reliable honest trusted expert
  licensed insured fully all round affordable budget quick fast express weekend evening nationwide citywide`.split(/\s+/),
);
const firmWords = /^(co|company|partners|associates|asociados|associados|sons|hijos|filhos|irmaos|hermanos|brothers|bros)$/;
const legalForm = /^(c\.?v|s\.?a|s\.?a\.?s|ltda|llc|inc|ltd|s\.?l|srl|sas|eireli|me|corp|co)$/i;
// Endings of describing words in Portuguese and Spanish (folded): "artesanal", "feminino", "charmosa", "infantis",
// "especializada", "acessível", "brasileira", "popular".
const describingForm =
  /(al|ais|ado|ada|ados|adas|ido|ida|idos|idas|ivo|iva|ivos|ivas|ico|ica|icos|icas|oso|osa|osos|osas|ino|ina|inos|inas|ente|entes|ante|antes|avel|aveis|ivel|iveis|able|ables|ible|ibles|ar|ares|il|is|ario|aria|arios|arias|ense|enses|eiro|eira|eiros|eiras|esa|esas|eto|eta|etos|etas|alista|alistas|ilista|ilistas|alhista|alhistas)$/;
// Nouns that qualify the kind they follow ("corretora de seguros auto", "moda plus size").
const qualifiers = new Set(['auto', 'plus', 'size', 'premium', 'vip', 'kids', 'fitness', 'gourmet', 'express']);
const articles = new Set(['a', 'an', 'the', 'um', 'uma', 'un', 'una', 'o', 'el', 'la']);
const coupleArticles = new Set(['do', 'da', 'de', 'del', 'o', 'a', 'el', 'la']);
// Words that begin the name of an area, not of a business ("Zona Norte", "Região dos Lagos").
const areaWords = new Set([
  'zona',
  'regiao',
  'region',
  'bairro',
  'barrio',
  'centro',
  'downtown',
  'area',
  'distrito',
  'district',
  'grande',
  'greater',
  'litoral',
  'interior',
  'vale',
  'serra',
  'sierra',
  'costa',
  'plaza',
  'praca',
  'parque',
  'park',
  'rua',
  'calle',
  'avenida',
  'avenue',
  'street',
  'lake',
  'lago',
  'route',
  'rodovia',
  'balneario',
  'main',
  'lower',
  'upper',
  'north',
  'south',
  'east',
  'west',
  'valle',
  'valley',
  'montana',
  'mountain',
  'monte',
  'cerro',
  'isla',
  'island',
  'ilha',
  'playa',
  'beach',
  'laguna',
  'bahia',
]);
// Plurals of features of the land, closing the names of areas and districts ("Lake Hills", "Palm Springs").
const landforms =
  /^(lakes|hills|heights|springs|falls|gardens|woods|shores|islands|mountains|valleys|pines|oaks|meadows|fields|keys|banks|sands|rocks|palms|beaches|bays|dunes|ridges|cliffs|lagoons|rivers|creeks|acres|estates|groves|glens|downs|moors|flats|plains)$/;
// Words that begin the names of towns and districts ("San Telmo", "St Ives", "Santa Felicidade"): such a
// run on its own, among places, is more likely one of them than the business.
const saintWords = new Set(['san', 'santa', 'santo', 'sao', 'st', 'saint', 'sainte', 'fort', 'port', 'puerto', 'villa', 'vila', 'ciudad', 'cidade']);
const streetWords = /^(rua|calle|street|avenida|av|avenue|ave|road|travessa|alameda|calzada|paseo|jiron|carrera|boulevard|blvd)$/;
// "sobre Ruta 14", "na Rodovia BR-116", "off Highway 9": a road, not the business.
const roadWords = /^(ruta|rota|rodovia|route|highway|hwy|carretera|autopista|estrada|interstate)$/;
// A kind word for a person ("Fotógrafa Ana Souza", "Dentista Pablo Ruiz"): the name that follows is the person's.
const professionPattern = /(ista|olog[oa]|ograf[oa]|ador|adora|tor|tora|eut[ao]|ist|ian|grapher)$/;

// A word in capitals read as a word, not spelled out: "KAZE", "ZUMO", "NOVA" (not "HVAC", "USCIS", "CPA").
// Only opening the prompt: mid-sentence, "ENEM", "SENAI", "SESI" are institutions said as words.
function spoken(w: Word): boolean {
  return /^\p{Lu}{4,}$/u.test(w.text) && /^[^AEIOU]?([AEIOU]+[^AEIOU])*[AEIOU]*$/.test(fold(w.text).toUpperCase());
}

// Three capitals said as a word: a vowel between two consonants or between two vowels ("ZEN", "MAX", "ACE"; not "DIY",
// "BBQ", "SEO", "CPA").
function sayable(w: Word): boolean {
  return /^([^AEIOUY\P{Lu}][AEIOU][^AEIOUY\P{Lu}]|[AEIOU][^AEIOUY\P{Lu}][AEIOU])$/u.test(fold(w.text).toUpperCase());
}

function isCommon(w: Word): boolean {
  const f = w.folded.replace(/'s$/, '');
  const common = (x: string) => commonWords.has(x) || productNames.has(x) || commonWords.has(x.replace(/s$/, '')) || commonWords.has(x.replace(/es$/, ''));
  // "Spanish-English", "family-run": every part a description.
  return common(f) || (f.includes('-') && f.split('-').every((part) => part.length > 0 && common(part)));
}

// A token that can stand in a name: a capitalized word, a digit run right after a word ("Box 21",
// "Pizzaria 1900"), "&", an apostrophe form.
function isNameToken(words: Word[], j: number): boolean {
  const w = words[j];
  if (w.text === '&' || w.text === '+') return true;
  // "I'm Maddie and I bake…", "My business is Little Lumen Photography and I'm based…": the pronoun is never part of a name.
  if (/^I(['’](m|d|ve|ll))?$/.test(w.text)) return false;
  if (/^\p{N}/u.test(w.text)) {
    // "Keys 24/7 Locksmith": round the clock, in a name.
    if (roundTheClock(words, j) || (j > 0 && roundTheClock(words, j - 1))) return true;
    // "Borracharia do Baixinho 24 horas", "Gomería 24 hs": opening hours, not part of the name.
    if (/^(horas?|hours?|hrs?|hs|h)$/i.test(words[j + 1]?.text ?? '')) return false;
    // "15/11/2025", "10h", "24h", "1-on-1": dates, times and amounts are not names.
    const next = words[j + 1];
    // "8th Street Dental", "21st Century Realty": an ordinal before a capitalized word of the name (not an address: "on 3rd Street").
    const address = j > 0 && ['on', 'at', 'off', 'in', 'and'].includes(words[j - 1].folded);
    if (/^\p{N}{1,3}(st|nd|rd|th)$/iu.test(w.text) && !address && next && next.gap === ' ' && /^\p{Lu}\p{Ll}/u.test(next.text) && !dateWords.test(next.folded))
      return true;
    if (!/^\p{N}+\p{Lu}?$/u.test(w.text)) return false;
    // "ask for Dave 07700 900123", "Sparkle Squad 0161 496 0000": a phone number (a long group of
    // digits, a leading zero, or groups of digits one after another) is not part of a name.
    if (
      /^\p{N}{5,}$/u.test(w.text) ||
      /^0\p{N}{3,}/u.test(w.text) ||
      (next && /^\p{N}{2,}$/u.test(next.text) && /^\s*[-.]?\s*$/.test(next.gap) && /^\p{N}{2,}$/u.test(w.text))
    )
      return false;
    return !(next && /^[/.:,-]$/.test(next.gap.trim()) && /^\p{N}/u.test(next.text));
  }
  return w.isCapitalized;
}

// "24/7" (two words apart at the slash).
function roundTheClock(words: Word[], j: number): boolean {
  return words[j].text === '24' && words[j + 1]?.text === '7' && words[j + 1].gap === '/';
}

// A run of name tokens (with connectors) starting at i, never across punctuation.
function capitalRun(words: Word[], i: number, stop: (j: number) => boolean, isPlace: (j: number) => boolean = () => false, maxWords = 6): number {
  let end = i;
  // The first word may open a sentence; the run never goes on into another one.
  while (end < words.length && end - i < maxWords && (end === i ? !isPlace(end) : !stop(end))) {
    const gap = words[end].gap.trim();
    // ("Koi No. 5": a number's abbreviation; "Mudanzas Ortega S.A. de C.V.": a Mexican company's legal form.)
    const numbered = gap === '.' && /^no$/i.test(words[end - 1].text) && /^\p{N}/u.test(words[end].text);
    if (end > i && gap !== '' && gap !== '&' && !(gap === '.' && abbreviations.test(words[end - 1].text)) && !roundTheClock(words, end - 1) && !numbered) break;
    if (isNameToken(words, end)) end++;
    // ("Instituto Patinhas do Bem é uma ONG": "é" is the verb, not "e", and.)
    else if (end > i && innerWords.has(words[end].folded) && words[end].text.toLowerCase() !== 'é') {
      // "Stitch in Time", "Two Guys and a Truck", "Era uma Vez": small words between capitalized ones.
      let k = end;
      while (k < words.length && k - end < 2 && innerWords.has(words[k].folded) && !/^\p{Lu}/u.test(words[k].text) && words[k].gap.trim() === '') k++;
      // ("Panadería San Roque en 1962": a year after the small word is when, not the name.)
      if (k < words.length && words[k].gap.trim() === '' && isNameToken(words, k) && words[k].isCapitalized && !/^(1[89]|20)\d\d$/.test(words[k].text)) {
        if (!stop(k)) {
          end = k;
          continue;
        }
        // "Açaí do Pará", "Feria del Libro de Trujillo": a place after "de/do/da" closing a name belongs to it.
        if (isPlace(k) && k - end === 1 && possessiveConnectors.has(words[end].folded) && /^\p{Lu}/u.test(words[k].text)) {
          let q = k;
          while (q < words.length && isPlace(q) && (q === k || words[q].gap.trim() === '')) q++;
          if (q === words.length || words[q].gap.trim() !== '' || !/^\p{Lu}/u.test(words[q].text)) end = q;
        }
      }
      break;
    } else break;
  }
  // (The full stop after "S.A." reads as a sentence's end: "de C.V." closes the same name.)
  if (
    end > i &&
    end + 1 < words.length &&
    /^s\.a$/i.test(words[end - 1].text) &&
    words[end].gap.trim() === '.' &&
    words[end].folded === 'de' &&
    /^c\.v$/i.test(words[end + 1].text)
  )
    end += 2;
  return end;
}

function text(prompt: string, words: Word[], start: number, end: number): string {
  return prompt
    .slice(words[start].start, words[end - 1].end)
    .replace(/\s+/g, ' ')
    .replace(/[,;:]+$/, '')
    .trim();
}

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w, i) => (i > 0 && (connectors.has(fold(w)) || fold(w) === 'by') ? w.toLowerCase() : capitalize(w)))
    .join(' ');
}

export type NameContext = {
  prompt: string;
  words: Word[];
  matches: TermMatch[]; // catalogue terms found, in order
  head?: TermMatch; // the match that names the kind
  isPlace: (i: number) => boolean;
  isWedding: boolean;
  // The site is the wedding's own (not a photographer's or a venue's that mentions weddings).
  isWeddingSite?: boolean;
  // The kind read before the name, when there is one.
  kindId?: string;
  language?: SiteLanguage; // the prompt's language, as read
  hasTown?: boolean; // whether the prompt names a known town
  knownWord?: (folded: string) => boolean; // a word of our languages, to read run-together handles
};

// Every reading of the name the rules find, best first (detectName takes the first).
const locatives = new Set(['in', 'em', 'en', 'no', 'na', 'nos', 'nas', 'por', 'pelo', 'pela', 'pelos', 'pelas', 'around', 'near', 'across', 'throughout']);
const listJoiners = new Set(['e', 'y', 'and']);
const placeJoiners = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'la', 'las', 'los', 'el', 'of', 'the']);

// Is words[start, end) one item of a list of places after "in/em/en/por"? Capitalized items joined
// by "and/e/y" ("por San Telmo, La Boca y Palermo"), or a pair inside the span after a first item that
// is not the town or before the town ("em Copacabana, Ipanema e Leblon, Rio"; "en Valencia, Dados y
// Dragones" is a name).
// A kind's word, a small word of a sentence ("Paseos con Fede") or "&" ("Vela & Alecrim") make it a name.
function inPlaceList(words: Word[], start: number, end: number, termAt: (i: number) => boolean, isPlace: (i: number) => boolean): boolean {
  const upper = (k: number) => !!words[k] && /^\p{Lu}/u.test(words[k].text);
  const joiner = (w: Word | undefined) => !!w && listJoiners.has(w.folded) && !/^\p{Lu}/u.test(w.text);
  const toponym = (a: number, b: number) => words.slice(a, b).every((w, k) => upper(a + k) || placeJoiners.has(w.folded) || joiner(w));
  if (!toponym(start, end)) return false;
  const inside = words.slice(start + 1, end - 1).some(joiner);
  let between = false;
  // (After a pair joined by "e/and/y" the list is closed: "em Porto Alegre e Canoas, Transportes Irmãos Silva".)
  let afterComma = false;
  const items: [number, number][] = [[start, end]];
  for (let s = start; ;) {
    let k = s - 1;
    if (k >= 1 && joiner(words[k])) {
      if (afterComma) return false;
      between = true;
      k--;
    } else if (!/,/.test(words[s].gap)) break;
    else if (s === start) afterComma = true;
    if (k < 0 || !upper(k)) break;
    let b = k;
    while (b > 0 && words[b].gap.trim() === '' && (upper(b - 1) || placeJoiners.has(words[b - 1].folded))) b--;
    while (!upper(b)) b++;
    items.unshift([b, k + 1]);
    s = b;
  }
  for (let e = end; e < words.length;) {
    let k = e;
    if (joiner(words[k])) {
      k++;
      if (!upper(k)) break;
      between = true;
    } else if (!/,/.test(words[k].gap) || !upper(k) || isPlace(k)) break;
    let b = k + 1;
    while (b < words.length && words[b].gap.trim() === '' && (upper(b) || (placeJoiners.has(words[b].folded) && upper(b + 1)))) b++;
    items.push([k, b]);
    e = b;
  }
  const first = items[0][0];
  if (first === 0 || !locatives.has(words[first - 1].folded) || words[first].gap.trim() !== '') return false;
  if (items.some(([a, b]) => !toponym(a, b) || words.slice(a, b).some((_, k) => termAt(a + k)))) return false;
  const last = items[items.length - 1][1];
  const thenTown = last < words.length && isPlace(last) && /,/.test(words[last].gap);
  return items.length >= 2 && (between || (inside && (!isPlace(first) || thenTown)));
}

export function nameCandidates(ctx: NameContext): NameReading[] {
  const { prompt, words, matches, head, isPlace, isWedding, isWeddingSite = isWedding, hasTown = false, knownWord = () => false, kindId, language } = ctx;
  // From k, one to three lowercase words (joined by "&" or "and" at most) and then a comma, dash or colon: the trade after a brand.
  const tradeThenMark = (k: number) => {
    let q = k;
    while (
      q < words.length &&
      q - k < 3 &&
      words[q].gap.trim() === '' &&
      (/^\p{Ll}+$/u.test(words[q].text) || (q > k && words[q].text === '&')) &&
      !isPlace(q) &&
      !locatives.has(words[q].folded)
    )
      q++;
    // ("BOLT electric in Denver": or "in/em/en" and the town.)
    const closes = q < words.length && (/^[,–—:|-]$/.test(words[q].gap.trim()) || (locatives.has(words[q].folded) && isPlace(q + 1)));
    return q > k && closes && !['&', 'and', 'e', 'y'].includes(words[q - 1].folded);
  };
  const termAt = (i: number) => matches.some((m) => m.start <= i && i < m.end);
  // A word that names a kind (not an offer): what an apposition points at ("Bella Napoli, a pizzeria").
  const kindTermAt = (i: number) => matches.some((m) => m.start <= i && i < m.end && m.phrases.some((p) => p.source === 'term'));
  const stop = (j: number) => isPlace(j) || (words[j].isSentenceStart && j > 0);
  const kindHeadAt = (i: number) => !!head && head.start <= i && i < head.end;
  // Typed in lowercase, but for the place ("pizzaria bella napoli, … na Mooca").
  // (A state's code after the town too: "… in Bozeman MT".)
  const typedLowercase = words.every((w, i) => !/\p{Lu}/u.test(w.text) || isPlace(i) || (i > 0 && isPlace(i - 1) && /^\p{Lu}{2}$/u.test(w.text)));
  // Lowercase words joined by "and/e/y" right after a comma: the rest of a list ("Guitar, piano and drums").
  // (Or by another comma: "Tiling, drywall patching, leaky taps", "Implantologia, ortodontia, higiene oral".)
  const opensList = (k: number) => {
    if (!/,/.test(words[k]?.gap ?? '') || words[k].isCapitalized) return false;
    if (words.slice(k, k + 3).every((w) => !w.isCapitalized) && words.slice(k + 1, k + 3).some((w) => ['and', 'e', 'y', '&'].includes(w.folded))) return true;
    const next = words.slice(k + 1, k + 5).findIndex((w) => /,/.test(w.gap));
    return next >= 0 && words.slice(k, k + 2 + next).every((w) => !w.isCapitalized && /^\p{L}/u.test(w.text));
  };
  // One word opening a list of what it offers, in words of ours, a trade's "-ing" or a plural ("Fences, decks and sheds").
  // (Opening a later sentence, any word: "…. Implantologia, ortodontia, higiene oral.")
  const listOpener = (i: number, end: number) =>
    end - i === 1 && opensList(end) && (i > 0 || knownWord(words[i].folded) || isCommon(words[i]) || /(ing|[^s]s)$/.test(words[i].folded));
  const candidates: NameReading[] = [];
  const push = (start: number, end: number, via: string, score: number, override?: string) => {
    if (end <= start) return;
    // ("24/7 Fitness": round the clock in a name is one token; its "7" opens nothing.)
    // (Only opening a sentence or a phrase: "Keys 24/7 Locksmith" opens on "Keys".)
    const opensPhrase = (k: number) => k === 0 || words[k].isSentenceStart || /[,;:.!?–—|-]/.test(words[k].gap);
    if (start > 0 && roundTheClock(words, start - 1) && opensPhrase(start - 1) && !override) start--;
    while (end > start && innerWords.has(words[end - 1].folded) && !/^\p{Lu}/u.test(words[end - 1].text)) end--;
    // "I'm Sarah", "Hola, soy Ana"; a greeting only where it opens a sentence ("…, Hola Foz" is a name).
    const greeting = (w: Word) => ['hi', 'hello', 'hey', 'ola', 'oi', 'hola'].includes(w.folded);
    // ("Hola Amigo" written as a name keeps its greeting: no comma, and a capital after it.)
    const apart = (k: number) => k + 1 >= end || words[k + 1].gap.trim() !== '' || !words[k + 1].isCapitalized || leadingNoise.has(words[k + 1].folded);
    // "Welcome to Harbor View Inn!", "Bienvenidos a …", "Bem-vindo ao …".
    if (!override && start + 2 < end && welcome.test(words[start].folded) && /^(to|a|al|ao|aos|à)$/.test(words[start + 1].folded)) start += 2;
    while (start < end && leadingNoise.has(words[start].folded) && (!greeting(words[start]) || (words[start].isSentenceStart && apart(start))) && !override)
      start++;
    // A block written in capitals is one name ("OLD SCHOOL BARBER CLUB - cortes…"): a reading that starts
    // inside it, after a kind's word, takes it whole.
    const caps = (w: Word) => /^\p{Lu}[\p{Lu}\p{N}'’&.-]*$/u.test(w.text) && /\p{Lu}{2}/u.test(w.text);
    if (start > 0 && words.slice(start, end).every((w) => caps(w) || w.text === '&') && caps(words[start - 1]) && words[start].gap.trim() === '') {
      const plain = override === undefined || override === text(prompt, words, start, end);
      while (start > 0 && caps(words[start - 1]) && words[start].gap.trim() === '') start--;
      if (plain && override !== undefined) override = text(prompt, words, start, end);
    }
    while (!override && start < end - 1 && words[start].isSentenceStart && sentenceOpeners.has(words[start].folded) && words[start + 1].gap.trim() === '')
      start++;
    // "Stop by Magnolia Lane Florist", "Drop in at …", "Pasa por …": a verb and its small word.
    if (
      !override &&
      start + 2 < end &&
      words[start].isSentenceStart &&
      !words[start + 1].isCapitalized &&
      ['by', 'in', 'at', 'over', 'por', 'pelo', 'pela', 'no', 'na'].includes(words[start + 1].folded) &&
      ['stop', 'drop', 'swing', 'pop', 'come', 'head', 'pass', 'passe', 'passa', 'pasa', 'pase', 'venha', 'ven', 'vem'].includes(words[start].folded) &&
      words[start + 2].isCapitalized
    )
      start += 2;
    // "… Bakery on State St": the street after the name goes.
    // ("… Taqueria Lupita on South 1st": a numbered street too.)
    // ("… Boba Bliss on Queen West": or a part of town named by its side.)
    const numberedStreet = end < words.length && /^\d+(st|nd|rd|th)$/i.test(words[end].text) && words[end].gap.trim() === '';
    const sideOfTown = /^(west|east|north|south)$/.test(words[end - 1].folded) && words.slice(start + 1, end - 1).some((w) => w.folded === 'on');
    if (!override && end - start >= 3 && (streetEnd.test(words[end - 1].folded.replace(/\.$/, '')) || numberedStreet || sideOfTown)) {
      const on = words.slice(start + 1, end - 1).findIndex((w) => ['on', 'at', 'off'].includes(w.folded));
      if (on >= 0) end = start + 1 + on;
    }
    // "Portfolio for Jamie Chen", "portfolio of Ana Ruiz", "Website for Harbor Dental": the page's format, then whose it is.
    if (
      end - start >= 4 &&
      /^(portfolio|portfolios|portafolio|website|site|page|blog|cv|resume)$/.test(words[start].folded) &&
      ['for', 'of', 'de', 'do', 'da', 'del'].includes(words[start + 1].folded) &&
      /^\p{Lu}/u.test(words[start + 2].text)
    ) {
      start += 2;
      override = undefined;
    }
    // A name never opens with a small word in lowercase ("… in Boulder at Mountain Breath Yoga").
    while (!override && start < end && innerWords.has(words[start].folded) && !/^\p{Lu}/u.test(words[start].text)) start++;
    if (end <= start) return;
    // "Garza, Whitfield & Co.", "Pérez, Gómez y Asociados": partners' surnames listed before "& Co." are one firm's name.
    if (!override && start >= 1 && words[start].gap.trim() === ',' && words[start - 1].isCapitalized && /^\p{Lu}\p{Ll}+$/u.test(words[start - 1].text)) {
      const joinAt = words.slice(start + 1, end).findIndex((w) => ['&', 'and', 'y', 'e'].includes(w.folded));
      const lead = start - 1 === 0 || words[start - 1].isSentenceStart || /[:;.–—|]/.test(words[start - 1].gap);
      if (joinAt >= 0 && lead && firmWords.test(words[end - 1].folded.replace(/\.$/, '')))
        return push(start - 1, end, via, score + 1, text(prompt, words, start - 1, end));
    }
    const span = words.slice(start, end);
    // f, hh: a name has a letter, and does not open with a date.
    // ("Quinta La Escondida" is an estate, "se llama Segunda Piel" a shop: those days are nouns too.)
    const dayAsNoun =
      via === 'cue' ||
      via === 'quotes' ||
      (['quinta', 'segunda'].includes(span[0].folded) &&
        span.slice(1).some((w) => /^\p{Lu}/u.test(w.text) && !dateWords.test(w.folded) && w.folded !== 'feira'));
    if (!span.some((w) => /\p{L}/u.test(w.text) && !innerWords.has(w.folded)) || (dateWords.test(span[0].folded) && !dayAsNoun)) return;
    if (via !== 'cue' && via !== 'quotes') {
      // "on Elm Street", "off Harbor Rd": after "on/off/along", words closing on a street's word are the address.
      if (
        start > 0 &&
        ['on', 'off', 'along'].includes(words[start - 1].folded) &&
        span.length <= 4 &&
        streetEnd.test(span[span.length - 1].folded.replace(/\.$/, ''))
      )
        return;
      // "Just call Dave", "ask for Priya", "fale com a Ju": the person to contact, not the business.
      const contact = (k: number) =>
        ['call', 'ask', 'contact', 'text', 'ligue', 'chame', 'fale', 'pergunte', 'llama', 'llame', 'pregunta', 'habla'].includes(words[k]?.folded ?? '');
      const before = start > 0 && ['for', 'para', 'com', 'a', 'o', 'pelo', 'pela', 'por', 'con'].includes(words[start - 1].folded) ? start - 2 : start - 1;
      if (span.length === 1 && givenNames.has(span[0].folded) && contact(before)) return;
      if (span.length <= 3 && contact(start) && givenNames.has(span[span.length - 1].folded)) return;
      // "call Tom at Apex Roofing": the person to ask for, then where they work, which is the name.
      if (span.length >= 3 && givenNames.has(span[0].folded) && ['at', 'from'].includes(span[1].folded) && contact(before)) {
        push(start + 2, end, via, score, override);
        return;
      }
      // "… Handyman services in Hamilton. — Rick", "… 47 99999-0000 - Valdir": a first name signing off.
      if (span.length === 1 && end === words.length && start > 2 && givenNames.has(span[0].folded) && /[–—-]/.test(words[start].gap)) return;
      // "categorias A e B": single letters are grades, sizes or categories, not a name.
      if (span.every((w) => innerWords.has(w.folded) || w.text === '&' || /^\p{L}\.?$/u.test(w.text))) return;
      // "(React, Next.js, Shopify)": a list of three or more set aside in brackets names tools or examples
      // ("(Pizza by Vito, Syracuse)" is a name and its town).
      const open = prompt.lastIndexOf('(', span[0].start);
      const close = prompt.indexOf(')', span[span.length - 1].end);
      if (open >= 0 && close >= 0 && !prompt.slice(open + 1, span[0].start).includes(')') && (prompt.slice(open, close).match(/,/g) ?? []).length >= 2) return;
    }
    // Two or more capitalized words in the middle of a sentence are a name unless all are descriptions ("Gaucho Grill").
    // (A word opening a sentence is capitalized anyway: "The Lash Lounge" counts Lash and Lounge.)
    const multiword =
      span.filter((w, k) => w.isCapitalized && /\p{L}/u.test(w.text) && !/^\p{L}{1,2}-?\p{N}+$/u.test(w.text) && !(k === 0 && w.isSentenceStart)).length >= 2;
    // Quotes and "called …" are the owner saying it is a name: only descriptions alone are refused there.
    if (via === 'quotes' || via === 'cue') {
      // ("se llama Segunda Piel": words the owner capitalized after the cue are the name, everyday or not.)
      const capitalizedAfterCue = via === 'cue' && span.filter((w) => /^\p{Lu}/u.test(w.text)).length >= 2;
      if (!override && !capitalizedAfterCue && span.every((w, k) => isCommon(w) || (termAt(start + k) && span.length === 1))) return;
    } else if (!override) {
      // A name has a word of its own: not only descriptions, kinds, numbers or acronyms ("TV", "24h").
      // Numbers count after a word ("Box 21") but not first ("2 CPAs"); codes ("A1", "K-8") never.
      // "…natural, Levain, no Rio Vermelho": a kind's word capitalized mid-sentence and set off on its own is a name.
      // ("…. A1 Removals": or a code and the trade, a last sentence of their own closing the prompt.)
      // ("…. JD Plumbing": or someone's initials and the trade.)
      const initials = (w: Word) => /^\p{Lu}{2,3}$/u.test(w.text) && !isCommon(w) && !knownWord(w.folded);
      const codeSentence =
        via === 'sentence' &&
        end === words.length &&
        (/^\p{Lu}{1,2}\p{N}+$/u.test(span[0].text) || (span.length === 2 && initials(span[0]) && termAt(start + 1)));
      const setOff = (k: number) =>
        (via === 'between commas' || via === 'end' || codeSentence) &&
        !kindHeadAt(start + k) &&
        !span[k].isSentenceStart &&
        /^\p{Lu}/u.test(span[k].text) &&
        !(start > 0 && termAt(start - 1) && words[start - 1].isCapitalized) &&
        !(end < words.length && termAt(end) && words[end].isCapitalized);
      // "KAZE sushi", "CASA BELLA móveis": a word or two in capitals opening the prompt right before the kind in
      // lowercase is its brand when it can be said or read as a word; an acronym cannot ("HVAC repair", "BBQ catering").
      const capsBrand = (w: Word) =>
        via === 'before kind' &&
        span.length <= 3 &&
        span.every((x) => /^\p{Lu}{3,}$/u.test(x.text)) &&
        start === 0 &&
        end < words.length &&
        !words[end].isCapitalized &&
        ((/^\p{Lu}{4,}$/u.test(w.text) && (spoken(w) || knownWord(w.folded))) || sayable(w));
      // ("VIBE academia", "BOLT electric": in capitals before the trade, an everyday word or what a shop sells is the brand too.)
      const capsWord = (w: Word, k: number) => capsBrand(w) && !kindTermAt(start + k);
      // "…, first class free — CORE", "…, cuota al mes, TITAN": one word in capitals, said as a word, set off closing the
      // prompt is its brand ("…, NYC", "…, HVAC" are spelled out).
      const capsEnd = (w: Word, k: number) =>
        via === 'end' &&
        span.length === 1 &&
        /^\p{Lu}{4,}$/u.test(w.text) &&
        (spoken(w) || knownWord(w.folded)) &&
        !isCommon(w) &&
        !termAt(start + k) &&
        /[,–—:|•-]/.test(words[start].gap);
      const own = span.filter(
        (w, k) =>
          (!isCommon(w) || capsWord(w, k)) &&
          (!termAt(start + k) || multiword || setOff(k) || capsWord(w, k)) &&
          (/\p{L}/u.test(w.text) ? !/^\p{L}{1,2}-?\p{N}+$/u.test(w.text) : k > 0) &&
          (!/^\p{Lu}{2,5}s?$/u.test(w.text) || (via === 'first' && spoken(w) && !isCommon(w)) || capsBrand(w) || capsEnd(w, k)) &&
          !/^(\p{Lu}\.)+\p{Lu}?$/u.test(w.text),
      );
      // Words the owner capitalized, every one, closing the prompt after a mark ("… 💕 Curvas Lindas Moda",
      // "…, Vela & Alecrim"): a name, even when each word is an everyday one.
      const titled =
        via === 'end' &&
        multiword &&
        !span[0].isSentenceStart &&
        span.every((w) => /^\p{Lu}/u.test(w.text) || ['&', '+', 'de', 'da', 'do', 'del', 'e', 'y', 'and'].includes(w.folded)) &&
        !span.every((_, k) => termAt(start + k) || isPlace(start + k));
      // "BLOOM — florist in Galway": one word in capitals opening the prompt, set off by a dash or mark, is its brand.
      const capsOpener =
        (via === 'first' || via === 'apposition') &&
        start === 0 &&
        span.length === 1 &&
        /^\p{Lu}{3,}$/u.test(span[0].text) &&
        (spoken(span[0]) || isCommon(span[0]) || knownWord(span[0].folded)) &&
        !termAt(start) &&
        end < words.length &&
        /[–—:|•]|\p{Extended_Pictographic}/u.test(words[end].gap);
      // "BOLT electric - rewiring…", "ACE tire & wheel, Fresno": the same word, then the trade in a few lowercase words, then the mark.
      const capsTrade =
        via === 'first' &&
        start === 0 &&
        span.length === 1 &&
        /^\p{Lu}{3,}$/u.test(span[0].text) &&
        // (Three letters read as a word open or close on a vowel, "ACE", "ORO"; "DIY", "BBQ" are spelled out.)
        (spoken(span[0]) || (knownWord(span[0].folded) && (span[0].text.length >= 4 || /^[AEIOU]|[AEIOU]$/.test(fold(span[0].text).toUpperCase())))) &&
        !isCommon(span[0]) &&
        !kindTermAt(start) &&
        tradeThenMark(end);
      if (!own.length && !titled && !capsOpener && !capsTrade) return;
      // "calle Corrientes", "rua Augusta": a street's name, not the business's.
      if (start > 0 && streetWords.test(words[start - 1].folded) && words[start].gap.trim() === '') return;
      if (roadWords.test(span[0].folded) && span.length <= 3 && span.slice(1).some((w) => /^\p{N}/u.test(w.text) || /^\p{Lu}{2}-?\p{N}/u.test(w.text))) return;
      // A place may end a name ("Açaí do Pará", "Tempero da Bahia") but not begin or be it.
      if (isPlace(start) || span.every((_, k) => isPlace(start + k))) return;
      // "Zona Norte", "Serra da Mantiqueira", "Zona Norte do Rio" are areas; "Sierra Sun Solar" is a business.
      const areaLike = span.length <= 2 || span.some((w) => possessiveConnectors.has(w.folded));
      // ("Costa Homes", "Vale Builders", "Serra Motors": a surname that is also an area's word, then a plural noun of what a
      // business makes or sells, is a firm; the plural of a feature of the land is still an area: "Lake Hills", "Costa Pines".)
      const firmPlural =
        span.length === 2 &&
        /^\p{Lu}\p{Ll}{2,}s$/u.test(span[1].text) &&
        knownWord(span[1].folded.slice(0, -1)) &&
        !landmarkWords.has(span[1].folded) &&
        !landforms.test(span[1].folded);
      if (areaWords.has(span[0].folded) && !span.some((_, k) => termAt(start + k)) && areaLike && !firmPlural) return;
      if (saintWords.has(span[0].folded) && !span.some((_, k) => termAt(start + k)) && ['between commas', 'end', 'proper noun', 'first'].includes(via))
        score -= 1.5;
      // "near Stanley Park", "Chicago, Lincoln Park", "by Pike Place Market": a landmark or district, unless a kind's word says otherwise.
      if (
        ['proper noun', 'between commas', 'end', 'at', 'apposition', 'first', 'sentence'].includes(via) &&
        span.length >= 2 &&
        landmarkWords.has(span[span.length - 1].folded) &&
        !span.slice(0, -1).some((_, k) => termAt(start + k))
      )
        return;
      // "em Copacabana, Ipanema e Leblon", "por San Telmo, La Boca y Palermo": one of a list of places after "in/em/en".
      if (inPlaceList(words, start, end, termAt, isPlace) && !givenNames.has(span[0].folded)) return;
      // "Gruta do Lago Azul", "Cachoeira da Fumaça", "Cerro de los Siete Colores": a landmark named by what it is.
      // ("…: Lagoa Azul, Ilha da Cotia e praias": two words too, one of a list.)
      if (
        landmarkHeads.has(span[0].folded) &&
        ((span.length >= 3 && possessiveConnectors.has(span[1].folded)) ||
          (span.length === 2 && start > 0 && end < words.length && /,/.test(words[end].gap))) &&
        !span.some((_, k) => kindTermAt(start + k)) &&
        via !== 'after kind'
      )
        return;
      // "em Natal, Genipabu e Pipa": one more word right after the town and a comma is another place.
      const afterTown = start > 0 && isPlace(start - 1) && /,/.test(words[start].gap) && !span.some((_, k) => termAt(start + k));
      if (via === 'proper noun' && span.length === 1 && afterTown) return;
      // For tours and stays, a list of names after the town is where they go ("em Lençóis, Pratinha e Mucugê").
      const travels = !!head && head.phrases.some((p) => ['tour-guide', 'travel-agency'].includes(p.kindId));
      if (travels && afterTown && span.some((w, k) => k > 0 && ['e', 'y', 'and'].includes(w.folded) && !/^\p{Lu}/u.test(w.text))) return;
      // "…: Cataratas, Itaipu e compras no Paraguai", "passeio pelos Lençóis Maranhenses, trilhas e lagoas": for
      // tours, a proper noun in a list of what the tour shows is a sight, unless a kind's word makes it a business.
      const joins = (w: Word | undefined) => !!w && ['e', 'y', 'and'].includes(w.folded) && !/^\p{Lu}/u.test(w.text);
      // (From where the run begins: "Buraco das Araras", not "Araras".)
      let from = start;
      while (
        from >= 2 &&
        possessiveConnectors.has(words[from - 1].folded) &&
        words[from - 2].isCapitalized &&
        words[from].gap.trim() === '' &&
        words[from - 1].gap.trim() === ''
      )
        from -= 2;
      const listed =
        from > 0 &&
        (/[,:]/.test(words[from].gap) || ['pelos', 'pelas', 'pelo', 'pela', 'nas', 'nos', 'por'].includes(words[from - 1].folded)) &&
        (span.some((w, k) => k > 0 && joins(w)) || (end < words.length && (/,/.test(words[end].gap) || joins(words[end]))));
      const guides = kindId === 'tour-guide';
      if (
        guides &&
        listed &&
        !span.some((_, k) => termAt(start + k)) &&
        !span.some((w) => /^(tours?|turismo|travel|viagens|viajes|expedi\w*|adventures?|aventuras?)$/.test(w.folded))
      )
        return;
      // "… Asa Norte, Brasília", "Zona Sul, Rio": a part of town named by its side, right before the town.
      if (
        span.length <= 3 &&
        /^(norte|sul|sur|leste|este|oeste|north|south|east|west)$/.test(span[span.length - 1].folded) &&
        end < words.length &&
        isPlace(end) &&
        /,/.test(words[end].gap) &&
        !span.some((_, k) => termAt(start + k))
      )
        return;
      // "Deep tissue, Balinese, four hands": a people's adjective among lowercase items is a style on offer.
      if (
        (via === 'between commas' || via === 'proper noun') &&
        span.length === 1 &&
        /(ese|ish|ian|ean|ais)$/.test(span[0].folded) &&
        /,/.test(words[start].gap) &&
        start > 0 &&
        !words[start - 1].isCapitalized &&
        end < words.length &&
        !words[end].isCapitalized
      )
        return;
      // "in Ludlow, Shropshire": one word right after a town and a comma is its county.
      if (via === 'between commas' && start > 0 && isPlace(start - 1) && /,/.test(words[start].gap) && !venueWords.has(span[0].folded)) score -= 1;
      // "…, Lockhart" closing a prompt that names no town is more likely the town than the name.
      if (via === 'end' && end - start === 1 && !hasTown) score -= 0.6;
    }
    const name = via === 'couple' ? (override ?? text(prompt, words, start, end)).replace(/['’]s$/, '') : (override ?? text(prompt, words, start, end));
    if (name.length < 2 || name.length > 60 || /[<>{}[\]\\]/.test(name) || name.split(/\s+/).some(mixesScripts)) return;
    candidates.push({ name, start, end, via, score: score - start * 0.001 });
  };

  // 1. Quotes.
  for (const m of prompt.matchAll(/["“”«»]([^"“”«»]{2,60})["“”«»]|(?:^|[\s(:])['‘]([^'’]{2,60})['’](?=[\s,.!?)]|$)/gu)) {
    const inner = (m[1] ?? m[2]).trim();
    const at = words.findIndex((w) => w.start >= (m.index ?? 0));
    if (inner.split(/\s+/).length <= 6 && at >= 0) {
      const name = /^\p{Ll}/u.test(inner) && inner === inner.toLowerCase() ? titleCase(inner) : inner;
      candidates.push({ name, start: at, end: at + 1, via: 'quotes', score: 10 });
    }
  }

  // 2. An introducing phrase.
  const selfStarts = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    let cue = cuePhrases.find((c) => c.every((part, k) => words[i + k]?.folded === part));
    // "nome do studio: Lash da Lu", "name of the shop: …": the name comes after the colon.
    if (!cue && ['nome', 'name', 'nombre', 'marca', 'brand'].includes(words[i].folded)) {
      const colon = words.slice(i + 1, i + 5).findIndex((w) => /:/.test(w.gap));
      if (colon >= 1) cue = words.slice(i, i + 1 + colon).map((w) => w.folded);
    }
    if (!cue) continue;
    const trading = tradingCues.has(cue.join(' '));
    // "t/a" and "d/b/a" are written with slashes; "t a" or "d b a" spelled out in words are not the abbreviation.
    if (trading && cue.length > 1 && cue[0].length === 1 && !words.slice(i + 1, i + cue.length).every((w) => w.gap === '/')) continue;
    if (!trading && words.slice(i, i + cue.length).some((w) => /^\p{Lu}{2,}$/u.test(w.text))) continue;
    // "a coffee shop named after my grandma": whom it honours, not its name.
    if (['named', 'called'].includes(cue.join(' ')) && words[i + 1]?.folded === 'after') continue;
    // "No business name yet", "ainda sem nome", "sin nombre todavía": no name.
    if (words.slice(Math.max(0, i - 2), i).some((w) => /^(no|not|without|sem|sin|nao)$/.test(w.folded))) continue;
    let j = i + cue.length;
    // "Somos La Esquina", "Sou O Boticário da Vila": a capitalized article after the cue opens the name.
    if (cue.length >= 2 && articles.has(cue[cue.length - 1]) && /^\p{Lu}/u.test(words[j - 1].text) && words[j]?.isCapitalized) j--;
    if (j >= words.length) continue;
    const afterColon = /:/.test(words[j].gap);
    if (weakCues.has(cue.join(' ')) && !afterColon && !isNameToken(words, j)) continue;
    if (weakCues.has(cue.join(' ')) && !afterColon && !words[j].isCapitalized) continue;
    if (isNameToken(words, j) && words[j].isCapitalized) {
      // "I'm Priya", "sou o Carlos", "meu nome é Rosângela": the person, who is the business only
      // when the prompt names no other (see the end of nameCandidates).
      if (selfCues.has(cue.join(' '))) selfStarts.add(j);
      // After "called" the name runs on through a town's name unless "in/em/en" introduces it.
      push(
        j,
        capitalRun(
          words,
          j,
          (k) => k > j && isPlace(k) && ['em', 'in', 'en', 'at', 'no', 'na'].includes(words[k - 1].folded),
          () => false,
        ),
        'cue',
        trading ? 9.5 : 9,
      );
    } else {
      // Written in lowercase: up to four words, to the next boundary or punctuation.
      let end = j;
      while (end < words.length && end - j < 4 && !boundaryWords.has(words[end].folded) && !isPlace(end) && (end === j || words[end].gap.trim() === '')) end++;
      if (end > j) push(j, end, 'cue', 8.5, titleCase(text(prompt, words, j, end)));
    }
    i = j;
  }

  // 2b. "Maple here! we do home daycare…", "Hi, Anchor Plumbing here, …", "Doce Mel aqui!": a capitalized run opening a
  //     sentence, then "here/aqui/aquí" and a mark, is who is speaking (a given name alone is the person, as after "I'm").
  for (let i = 0; i < words.length - 1; i++) {
    const greeted = i === 1 && ['hi', 'hello', 'hey', 'oi', 'ola', 'hola'].includes(words[0].folded);
    if (!(i === 0 || words[i].isSentenceStart || greeted) || !words[i].isCapitalized || isPlace(i)) continue;
    const end = capitalRun(words, i, stop, isPlace, 5);
    const here = words[end];
    if (!here || !['here', 'aqui'].includes(here.folded) || here.gap.trim() !== '' || here.isCapitalized) continue;
    if (end + 1 < words.length && !/[!,.:;–—-]/.test(words[end + 1].gap)) continue;
    if (end - i === 1 && givenNames.has(words[i].folded)) selfStarts.add(i);
    push(i, end, 'cue', 8.5);
  }

  // 3. A professional's title and name ("Dra. Ana Souza", "Seu Zé", "Doña Chela").
  for (let i = 0; i < words.length - 1; i++) {
    // "Lock Doctor LV", "Phone Doctor": a title after another capitalized word is part of a brand.
    const inBrand = i > 0 && words[i - 1].isCapitalized && words[i].gap.trim() === '' && /^\p{L}/u.test(words[i - 1].text);
    if (
      titles.test(words[i].text) &&
      words[i + 1].isCapitalized &&
      /^\p{L}/u.test(words[i + 1].text) &&
      !isPlace(i + 1) &&
      (words[i].isCapitalized || words[i].text.length > 3) &&
      !inBrand
    ) {
      const end = capitalRun(words, i + 1, (k) => stop(k) && k > i + 1, isPlace);
      // "El Fogón de Doña Tere": the person closes a longer name, which the rules after the kind read whole.
      // ("Glow Aesthetics by Dr. Amara" too.)
      const closesName =
        i >= 2 &&
        (possessiveConnectors.has(words[i - 1].folded) || words[i - 1].folded === 'by') &&
        words[i - 2].isCapitalized &&
        words[i - 1].gap.trim() === '';
      // "Dr. Emily Tran & Dr. Sam Okoro. Cedar Ridge Veterinary Clinic": a team of titled people is who works
      // there; a practice's own name elsewhere in the prompt goes first.
      const team =
        words.slice(i + 1, end).some((w) => titles.test(w.text)) ||
        (i >= 2 && ['&', 'and', 'e', 'y'].includes(words[i - 1].folded) && words.slice(Math.max(0, i - 5), i - 1).some((w) => titles.test(w.text)));
      push(i, end, 'title', closesName ? 5 : team ? 5.1 : 7.6, capitalize(text(prompt, words, i, end)));
    }
  }

  // 4. A couple ("Ana e Pedro", "Emma & Liam") on a wedding site.
  if (isWedding) {
    for (let i = 0; i + 2 < words.length; i++) {
      // "Casamento da Júlia e do Pedro", "la boda de Sofía y del Mateo": an article may come before the second name.
      const withArticle = coupleArticles.has(words[i + 2].folded) && !words[i + 2].isCapitalized && words[i + 3]?.gap.trim() === '';
      const bAt = withArticle ? i + 3 : i + 2;
      const [a, and, b] = [words[i], words[i + 1], words[bAt]];
      if (!b || words[i + 1].gap.trim() !== '' || words[i + 2].gap.trim() !== '') continue;
      // ("sesiones en Hierve el Agua y Monte Albán" on a photographer's site: places, not a couple.)
      const people = isWeddingSite || givenNames.has(a.folded) || givenNames.has(b.folded);
      // "our wedding website - sam and alex": two given names in lowercase on the wedding's own site.
      const lowercase = isWeddingSite && !withArticle && !a.isCapitalized && !b.isCapitalized && givenNames.has(a.folded) && givenNames.has(b.folded);
      if (lowercase && ['e', 'and', 'y', '&'].includes(and.folded)) {
        push(i, bAt + 1, 'couple', 9.5, titleCase(text(prompt, words, i, bAt + 1)));
        continue;
      }
      if (
        people &&
        a.isCapitalized &&
        b.isCapitalized &&
        ['e', 'and', 'y', '&'].includes(and.folded) &&
        !isCommon(a) &&
        !isCommon(b) &&
        !isPlace(i) &&
        !isPlace(bAt)
      ) {
        // "Ana Clara e Pedro", "María José y Andrés": a first name may have two words.
        const person = (k: number) => !!words[k] && /^\p{Lu}\p{Ll}/u.test(words[k].text) && !isCommon(words[k]) && !isPlace(k);
        const from = i > 0 && person(i - 1) && words[i].gap.trim() === '' && !words[i].isSentenceStart ? i - 1 : i;
        const to = person(bAt + 1) && words[bAt + 1].gap.trim() === '' ? bAt + 2 : bAt + 1;
        const names = withArticle ? `${text(prompt, words, from, i + 1)} ${and.text} ${text(prompt, words, bAt, to)}` : undefined;
        push(from, to, 'couple', 9.5, names);
      }
    }
  }

  // 5. Right after a kind word ("Panadería familiar Las Tres Marías"), or as a possessive
  //    ("Oficina mecânica do Seu Zé"). At the start of the sentence the kind word is usually part
  //    of the brand ("Floricultura Jardim Azul"), unless it names a person's trade ("Fotógrafa Ana Souza").
  for (const m of head ? [head, ...matches.filter((x) => x !== head)] : matches) {
    const isKindWord = m.phrases.some((p) => p.source === 'term');
    // After what it offers ("padrão Cemig", "banho e tosa Pet Feliz") a brand is less likely than after its kind.
    const score = m === head ? 7 : isKindWord ? 6 : 5;
    const headWord = words[m.start];
    // "parque del Retiro", "zona Sul": an area, not a kind.
    // ("Centro Médico Santa Lucía": a kind of more words that opens with one is still a kind.)
    if (areaWords.has(headWord.folded) && m.end - m.start === 1) continue;
    let j = m.end;
    // A capitalized word or two of description right after the kind word belongs to the brand ("Chaveiro Rápido").
    const run = j < words.length && words[j].gap.trim() === '' && isNameToken(words, j) && !isPlace(j) ? capitalRun(words, j, stop, isPlace) : j;
    // ("Temakeria Japa": a word of the same trade, capitalized after it, too.)
    // (Not after a kind written as a description: "Academia de baile Ritmo Latino" is Ritmo Latino.)
    const titled = words.slice(m.start, m.end).every((w) => w.isCapitalized || innerWords.has(w.folded));
    if (run > j && headWord.isCapitalized && titled && words.slice(j, run).every((w, k) => isCommon(w) || termAt(j + k))) {
      push(m.start, run, 'kind and description', score - 0.5, text(prompt, words, m.start, run));
      continue;
    }
    let skipped = 0;
    // "Panadería familiar Las Tres Marías": a describing word or two may come between; not a verb ("band covering Motown").
    while (
      j < words.length &&
      skipped < 2 &&
      !words[j].isCapitalized &&
      !innerWords.has(words[j].folded) &&
      !boundaryWords.has(words[j].folded) &&
      !/(ing|ndo)$/.test(words[j].folded) &&
      words[j].gap.trim() === '' &&
      (isCommon(words[j]) || words[j + 1]?.isCapitalized || words[j + 2]?.isCapitalized)
    ) {
      j++;
      skipped++;
    }
    if (j >= words.length || words[j].gap.trim() !== '') continue;
    const article =
      m.start > 0 &&
      words[m.start - 1].isCapitalized &&
      ['el', 'la', 'los', 'las', 'the', 'o', 'a', 'os', 'as'].includes(words[m.start - 1].folded) &&
      words[m.start].gap.trim() === '';
    const from = article && headWord.isCapitalized ? m.start - 1 : m.start;
    // "sastrería de don Julio", "oficina do seu Zé": a title in lowercase before the owner's name.
    // ("salão da tia cida em guarulhos": typed all in lowercase, a first name after the title.)
    const lowercaseOwner = typedLowercase && !!words[j + 2] && givenNames.has(words[j + 2].folded) && words[j + 2].gap.trim() === '' && !isPlace(j + 2);
    const lowTitle =
      possessiveConnectors.has(words[j].folded) &&
      /^(don|dona|doña|seu|sr|sra|dr|dra|tio|tia|tío|tía|vo|vó)$/i.test(words[j + 1]?.text ?? '') &&
      (/^\p{Lu}/u.test(words[j + 2]?.text ?? '') || lowercaseOwner)
        ? 1
        : 0;
    const possessiveEnd =
      possessiveConnectors.has(words[j].folded) &&
      /^\p{Lu}/u.test(words[j + 1 + lowTitle]?.text ?? '') &&
      !isPlace(j + 1 + lowTitle) &&
      !professionalTitles.test(words[j + 1].text)
        ? capitalRun(words, j + 1 + lowTitle, stop, isPlace)
        : lowTitle && lowercaseOwner
          ? j + 3
          : 0;
    // "Costelão do Gaúcho": after a capitalized kind word opening the prompt, even a common word is the owner.
    const brandOpening = headWord.isCapitalized && from === 0;
    if (possessiveEnd && (brandOpening || lowTitle || words.slice(j + 1, possessiveEnd).some((w) => !isCommon(w)))) {
      const said = text(prompt, words, j + 1, possessiveEnd);
      const owner = lowercaseOwner ? titleCase(said) : said.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      // "en la sastrería de don Julio", "no bar do seu Zé": a kind written as a description before a titled owner; the
      // owner with the title is how people name the place.
      const titled = /^(don|dona|doña|seu|tio|tia|tío|tía)$/i.test(words[j + 1]?.text ?? '');
      if (titled && !headWord.isCapitalized && /\p{Lu}/u.test(prompt) && !article) {
        push(j + 1, possessiveEnd, 'possessive', score + 1, owner);
        continue;
      }
      // ("Viveiro Flor de Lis": a kind's word inside a longer name, a capitalized word of that name right before it.)
      let lead = from;
      for (;;) {
        if (article || !headWord.isCapitalized || lead === 0 || words[lead].gap.trim() !== '') break;
        if (words[lead - 1].isCapitalized && isNameToken(words, lead - 1) && !isPlace(lead - 1)) lead--;
        // ("A Casa do Pão de Queijo": and over a small word joining it to a capitalized word before.)
        else if (
          lead >= 2 &&
          possessiveConnectors.has(words[lead - 1].folded) &&
          words[lead - 1].gap.trim() === '' &&
          words[lead - 2].isCapitalized &&
          isNameToken(words, lead - 2) &&
          !isPlace(lead - 2)
        )
          lead -= 2;
        else break;
      }
      push(
        lead,
        possessiveEnd,
        'possessive',
        score + 1,
        `${lead < from ? `${text(prompt, words, lead, from)} ` : ''}${article && headWord.isCapitalized ? `${words[from].text} ` : ''}${titleCase(text(prompt, words, m.start, j))} ${words[j].text} ${owner}`,
      );
    } else if (isNameToken(words, j) && words[j].isCapitalized && !isPlace(j) && (isKindWord || /^\p{L}/u.test(words[j].text))) {
      const end = capitalRun(words, j, stop, isPlace);
      // "Gym 24/7 in Brisbane": round the clock alone after a kind word is its hours, not a name.
      if (end - j === 2 && roundTheClock(words, j)) continue;
      // "Constructora Horizonte S.A." is a company: a legal suffix says so whatever the kind word's ending.
      const company = words.slice(j, end + 1).some((w) => legalForm.test(w.text.replace(/\.$/, '')));
      const isPerson = m.end - m.start === 1 && professionPattern.test(headWord.folded) && !company;
      // ("Food truck Arepas del Sur": a kind written as a description, not a title, stays out of the name.)
      // ("Academia de Dança Pé de Valsa": a titled kind of two words joined by "de" too.)
      const headWords = words.slice(m.start, m.end);
      const brandHead =
        skipped === 0 &&
        headWords.every((w, k) => w.isCapitalized || (k > 0 && k < headWords.length - 1 && innerWords.has(w.folded))) &&
        !isPerson &&
        headWords.filter((w) => w.isCapitalized).length <= 2;
      let back = from;
      // ("…, Mar de Férias Turismo": and over "de/do/da" with a capitalized word of the name before it.)
      const ofBefore = () =>
        back >= 2 &&
        possessiveConnectors.has(words[back - 1].folded) &&
        words[back - 1].gap.trim() === '' &&
        words[back - 2].isCapitalized &&
        !isPlace(back - 2) &&
        !termAt(back - 2) &&
        !words[back - 2].isSentenceStart &&
        (back - 2 === 0 || /[,–—:|-]/.test(words[back - 2].gap));
      const stepBack = () => {
        while (brandHead && back > 0 && words[back].gap.trim() === '' && isNameToken(words, back - 1) && !isPlace(back - 1) && !words[back - 1].isSentenceStart)
          back--;
        if (brandHead && words[back].gap.trim() === '' && ofBefore()) back -= 2;
      };
      stepBack();
      // ("Oficina e Auto Peças Irmãos Kowalski": two titled kinds joined by "e/y/and" open one name.)
      if (
        brandHead &&
        back >= 2 &&
        ['e', 'y', 'and'].includes(words[back - 1].folded) &&
        words[back].gap.trim() === '' &&
        words[back - 1].gap.trim() === '' &&
        words[back - 2].isCapitalized &&
        termAt(back - 2)
      ) {
        back -= 2;
        stepBack();
      }
      // ("…. Riverside Vet Hospital": the word opening the sentence too, unless it describes; "Summer Music Fest 2026": a
      // describing word too when the owner's title goes on after the kind's word.)
      if (
        brandHead &&
        back > 0 &&
        words[back].gap.trim() === '' &&
        isNameToken(words, back - 1) &&
        words[back - 1].isSentenceStart &&
        (!isCommon(words[back - 1]) || (end > m.end && language === 'en')) &&
        !isPlace(back - 1)
      )
        back--;
      // "escuela de natación Ola Azul": two words the owner capitalized right after the kind are its name, everyday or not.
      const capitalized =
        words.slice(j, end).filter((w) => /^\p{Lu}/u.test(w.text) && !w.isSentenceStart).length >= 2 && !words.slice(j, end).some((_, k) => isPlace(j + k));
      push(brandHead ? back : j, end, 'after kind', score, capitalized && !brandHead ? text(prompt, words, j, end) : undefined);
    }
  }

  // 6. Just before the kind ("Sweet Crumbs bakery", "Joe's Pizza").
  for (const m of matches) {
    let start = m.start;
    // Back over the name's words and the small words between them ("Salt & Pepper bakery"), never
    // over one right before the kind ("pra Europa e lua de mel").
    // ("No. 9 Nail Bar": "No." before a number is part of it.)
    const joined = (k: number) =>
      words[k].gap.trim() === '' ||
      (words[k].gap.trim() === '.' && (abbreviations.test(words[k - 1].text) || (words[k - 1].text === 'No' && /^\p{N}/u.test(words[k].text))));
    // "Back in Motion Physio": a small word between capitalized ones too.
    const smallWord = (k: number) => connectors.has(words[k].folded) || innerWords.has(words[k].folded);
    const small = (k: number) =>
      start < m.start &&
      smallWord(k) &&
      // ("Jack in the Box Toys": two small words in a row.)
      (/^\p{Lu}/u.test(words[start].text) || (smallWord(start) && /^\p{Lu}/u.test(words[start + 1]?.text ?? ''))) &&
      words[k].gap.trim() === '' &&
      ((k - 1 >= 0 && isNameToken(words, k - 1) && words[k - 1].isCapitalized) ||
        (k - 2 >= 0 && smallWord(k - 1) && words[k - 1].gap.trim() === '' && isNameToken(words, k - 2) && words[k - 2].isCapitalized));
    while (start > 0 && joined(start) && (isNameToken(words, start - 1) || small(start - 1)) && !isPlace(start - 1)) start--;
    // ("in Cocoa Beach with Ron Jon Surf School", "in Asheville NC by Blue Heron Woodshop": after "in" or a town, the words
    // before "with/by" are where it is, the words after them whose the business is.)
    if (start > 0 && (locatives.has(words[start - 1].folded) || isPlace(start - 1))) {
      const joint = words.slice(start, m.start).findIndex((w, k) => k > 0 && ['by', 'with', 'com', 'con'].includes(w.folded) && !w.isCapitalized);
      if (joint > 0 && start + joint + 1 < m.start && words[start + joint + 1].isCapitalized) start += joint + 1;
    }
    if (start === m.start) continue;
    // ("Kickboxing and Muay Thai gym", "Yoga & Pilates studio": what is taught or sold, named by the catalogue's own words
    // and joined by "and/&", describes the kind; a name has a word of its own.)
    if (words.slice(start, m.start).every((w, k) => termAt(start + k) || ['and', '&', '+', 'e', 'y'].includes(w.folded))) continue;
    // ("cracked iPhone screens, Samsung batteries and water damage": a brand before what it offers, one item of a list,
    // is the product's, not the business's.)
    const offerOnly = !m.phrases.some((p) => p.source === 'term');
    const listItem =
      offerOnly &&
      start > 0 &&
      /,/.test(words[start].gap) &&
      m.end < words.length &&
      (/,/.test(words[m.end].gap) || ['and', 'e', 'y', '&'].includes(words[m.end].folded));
    // "Career & life coaching": two things it does, not a name.
    if (['&', '+'].includes(words[m.start - 1].text) && !words[m.start].isCapitalized) continue;
    // ("Selgor Lulugor 24 hour tire repair": a kind's words opening on a number are the trade's hours, not the name's.)
    const includeKind = words[m.start].isCapitalized && !/^\p{N}/u.test(words[m.start].text);
    // "Casa Caipira Móveis Rústicos": the name goes on after a capitalized kind word.
    // ("Rocky Mountain Plumbing & Drain", "Urban Roots Landscaping & Design": and after "&" and a capitalized word.)
    const amp = (k: number) => ['&', '+'].includes(words[k].text) && !!words[k + 1]?.isCapitalized && words[k + 1].gap.trim() === '' && !isPlace(k + 1);
    const after =
      includeKind && m.end < words.length && words[m.end].gap.trim() === '' && (words[m.end].isCapitalized || amp(m.end)) && !isPlace(m.end)
        ? capitalRun(words, m.end, stop, isPlace)
        : m.end;
    // "Cozy bakery", "Dog-friendly brewpub": one word opening the sentence describes; "Sweet Crumbs bakery" names.
    const describes = m.start - start === 1 && words[start].isSentenceStart;
    // ("Court interpreting available.": an everyday word opening a sentence about the kind, in lowercase, is no name.)
    if (
      describes &&
      !words[m.start].isCapitalized &&
      (knownWord(words[start].folded) || isCommon(words[start])) &&
      (start > 0 || describing.test(words[start].folded))
    )
      continue;
    // ("Pool cleaning in Tampa", "Window cleaning in Leeds": a word of ours opening the prompt, capitalized only because
    // it opens it, before the kind in lowercase, says what the trade deals in; "Lutim fade barber" is a name. Unless it
    // shows itself a name: a possessive, a digit, a capital inside it, or a given name: "Joe's pizza", "Maria bakery".)
    const marked = (w: Word) => /['’\d]/.test(w.text) || /.\p{Lu}/u.test(w.text) || givenNames.has(w.folded);
    if (describes && start === 0 && !words[m.start].isCapitalized && (knownWord(words[start].folded) || isCommon(words[start])) && !marked(words[start]))
      continue;
    const score = describes ? 4 : listItem ? 3 : m === head ? 6.5 : 6;
    push(start, includeKind ? after : m.start, 'before kind', score);
    // ("Lash & Brow Bar by Tina in Irvine": a maker's first name after "by" closes a name that ends in its kind's word.)
    const by = includeKind ? after : -1;
    if (
      by > start &&
      by + 1 < words.length &&
      words[by].folded === 'by' &&
      words[by].gap.trim() === '' &&
      words[by + 1].gap.trim() === '' &&
      givenNames.has(words[by + 1].folded) &&
      words[by + 1].isCapitalized &&
      !isPlace(by + 1) &&
      (by + 2 === words.length || /[,.;:!?–—|-]/.test(words[by + 2].gap) || locatives.has(words[by + 2].folded))
    )
      push(start, by + 2, 'before kind', score + 0.01);
  }

  // 6b. A kind's own words of two or more, every one capitalized, as the owner titles a business ("Gráfica Rápida em Belo
  // Horizonte", "Churrascaria Gaúcha, rodízio…"): in Portuguese and Spanish, which do not capitalize a description, the
  // whole term is the name. (Weaker than any name of its own: "Gráfica Rápida Central" or "…, chamada X" win.)
  for (const m of matches) {
    if (language === 'en' || m.end - m.start < 2 || !m.phrases.some((p) => p.source === 'term')) continue;
    const span = words.slice(m.start, m.end);
    const titled = span.every((w, k) => /^\p{Lu}/u.test(w.text) || (k > 0 && k < span.length - 1 && innerWords.has(w.folded)));
    if (!titled || !span.some((w, k) => k > 0 && /^\p{Lu}/u.test(w.text) && !w.isSentenceStart)) continue;
    // Not inside a longer run of capitals (that run is the name) nor after one ("Gráfica Rápida" after "Central").
    if (
      (m.end < words.length && words[m.end].gap.trim() === '' && words[m.end].isCapitalized) ||
      (m.start > 0 && words[m.start].gap.trim() === '' && words[m.start - 1].isCapitalized)
    )
      continue;
    if (span.some((_, k) => isPlace(m.start + k))) continue;
    push(m.start, m.end, 'titled kind', 4, text(prompt, words, m.start, m.end));
  }

  // 7. Apposition: a proper noun followed by ", a …", " - a …", " is a …", " é uma …", or first in
  //    the prompt before a comma or dash ("Manjericão, cozinha italiana …").
  for (let i = 0; i < words.length; i++) {
    if (!isNameToken(words, i) || !words[i].isCapitalized || isPlace(i) || (i > 0 && words[i].gap.trim() === '' && isNameToken(words, i - 1))) continue;
    // "Plaza de Armas": the run began before the small word.
    if (
      i > 1 &&
      connectors.has(words[i - 1].folded) &&
      words[i].gap.trim() === '' &&
      words[i - 1].gap.trim() === '' &&
      isNameToken(words, i - 2) &&
      words[i - 2].isCapitalized
    )
      continue;
    const end = capitalRun(words, i, stop, isPlace);
    if (end >= words.length) continue;
    const gapText = words[end].gap;
    const next = words[end];
    // "padrão Cemig, quadro de distribuição": the tail of what it offers, not a name set off; "near Stanley Park, omakase …": a place.
    const tail =
      i > 0 &&
      words[i].gap.trim() === '' &&
      (termAt(i - 1) ||
        ['near', 'perto', 'cerca', 'em', 'in', 'en', 'no', 'na'].includes(words[i - 1].folded) ||
        // ("in the Mission District of San Francisco, al pastor …": where it is.)
        (i > 1 && words[i - 1].folded === 'the' && ['in', 'around', 'across', 'near', 'throughout'].includes(words[i - 2].folded)) ||
        (/^\p{Ll}{4,}$/u.test(words[i - 1].text) && (isCommon(words[i - 1]) || knownWord(words[i - 1].folded)) && !innerWords.has(words[i - 1].folded)));
    // "…, The Velvet Hours": a capitalized article opens another name.
    // ("história do Nordeste, o Cabra da Peste Podcast": an article opening another capitalized name is that name's.)
    const namesNext = end + 1 < words.length && words[end + 1].isCapitalized && !termAt(end + 1) && !isPlace(end + 1);
    if (
      /^\s*[,–—:-]\s*$/.test(gapText) &&
      ((articles.has(next.folded) && !/^\p{Lu}/u.test(next.text) && !namesNext) || kindTermAt(end)) &&
      !tail &&
      !listOpener(i, end)
    )
      push(i, end, 'apposition', 6.2);
    else if (
      /^\s+$/.test(gapText) &&
      // ("é" is "is"; "e" is "and": "Instalação e manutenção" is no apposition.)
      ['is', 'é', 'es', 'was', 'son'].includes(next.text.toLowerCase()) &&
      (articles.has(words[end + 1]?.folded ?? '') || kindTermAt(end + 1))
    )
      push(i, end, 'apposition', 6.2);
    // Opening the prompt or a sentence, then a comma or dash ("Manjericão, cozinha italiana", "… in Fargo. Seoul Food, …").
    // ("Guitar, piano and drum lessons": one word opening a list of what it offers, not a name.)
    else if (
      (i === 0 || words[i].isSentenceStart) &&
      /^\s*[,–—:|•-]\s*$/.test(gapText) &&
      !kindTermAt(i) &&
      !(end - i === 1 && termAt(i)) &&
      !listOpener(i, end)
    )
      push(i, end, 'first', i === 0 ? 5.6 : 5.3);
    // "Pilates on Main, clinical pilates": a kind word opening a run with a word of its own.
    else if (
      i === 0 &&
      /^\s*[,–—:•-]\s*$/.test(gapText) &&
      end - i >= 2 &&
      words.slice(i, end).some((w, k) => !termAt(i + k) && !isCommon(w) && /^\p{Lu}/u.test(w.text))
    )
      push(i, end, 'first', 5.4);
    // "MASCOTALANDIA!!! Todo para tu perro": one word of its own opening the prompt as its own sentence.
    else if (i === 0 && end === 1 && /^[.!]+\s*$/.test(gapText.trim() + ' ') && !isCommon(words[0]) && !kindTermAt(0)) push(i, end, 'first', 5);
    // "Gráfica Expressa: cartão de visita…", "Rápido Mudanças — mudança residencial": a title before a colon or dash.
    if (
      i === 0 &&
      /^\s*(:|\s[–—•-])\s*$/.test(gapText) &&
      end - i >= 2 &&
      words.slice(i, end).every((w) => /^[\p{Lu}\p{N}]/u.test(w.text) || innerWords.has(w.folded))
    )
      push(i, end, 'first', 5.4, text(prompt, words, i, end));
  }

  // 7b. "Pilates com a Bia em Londrina", "Guitar lessons with Tom in Bristol", "Cocina con Lucía, recetas…": opening the
  //     prompt, a trade, "with" and a first name (one the list of given names knows) is a teacher's brand, up to a place, a
  //     mark or the end.
  const withAt = words.findIndex((w, k) => k > 0 && k <= 2 && ['com', 'con', 'with'].includes(w.folded));
  if (withAt > 0 && words[0].isCapitalized && words.slice(0, withAt).some((_, k) => kindTermAt(k)) && words.slice(1, withAt + 1).every((w) => w.gap === ' ')) {
    let q = withAt + 1;
    if (['a', 'o'].includes(words[q]?.folded ?? '') && words[q + 1]?.gap === ' ') q++;
    const person = words[q];
    if (person && person.gap === ' ' && person.isCapitalized && givenNames.has(person.folded) && !isPlace(q)) {
      const end = words[q + 1]?.isCapitalized && words[q + 1].gap === ' ' && !isPlace(q + 1) ? q + 2 : q + 1;
      const next = words[end];
      if (!next || /[,.;:!?–—|•-]/.test(next.gap) || (locatives.has(next.folded) && next.gap === ' ')) push(0, end, 'first', 5.4);
    }
  }

  // 8. Set off by commas or dashes in the middle ("…, Vet Amigo, vacinas…"), or ending the prompt
  //    ("…in Austin — Sweet Crumbs", "…. Código Forte, Recife").
  // (Bios set them off with bullets and emoji too: "… 💕 Curvas Lindas Moda", "✨ Studio X ✨ Itabuna".)
  const setOff = (gap: string) => /[,–—:|•·-]|\p{Extended_Pictographic}/u.test(gap);
  for (let k = 1; k < words.length; k++) {
    if (!setOff(words[k].gap)) continue;
    // "…, o Taco Loco", "…, a Três Lobos", "…, é o Costelão do Neno": an article or "it's" may come first.
    let i = k;
    while (
      i < words.length &&
      i - k < 2 &&
      !words[i].isCapitalized &&
      ['o', 'a', 'os', 'as', 'el', 'la', 'los', 'las', 'the', 'e', 'es', "it's", 'its'].includes(words[i].folded)
    )
      i++;
    // ("…, iDoctor, Centro de Lima": a brand written in camel case, set off on its own.)
    const camel = i < words.length && /^\p{Ll}\p{Lu}\p{Ll}/u.test(words[i].text);
    if (camel && !isPlace(i) && (i + 1 === words.length || setOff(words[i + 1].gap))) {
      push(i, i + 1, i + 1 === words.length ? 'end' : 'between commas', 5, words[i].text);
      continue;
    }
    // "…, pad thai and green curry, Bangkok 88": a town and a small number closing the prompt, set off, is a name (a year
    // or a postcode has four digits or more).
    if (i === k && i + 2 === words.length && isPlace(i) && words[i].isCapitalized && /^\p{N}{1,3}$/u.test(words[i + 1].text) && words[i + 1].gap === ' ') {
      push(i, i + 2, 'end', 5.2, text(prompt, words, i, i + 2));
      continue;
    }
    if (i >= words.length || !words[i].isCapitalized || isPlace(i) || (i > k && words[i].gap.trim() !== '')) continue;
    const end = capitalRun(words, i, stop, isPlace);
    // ("English ⇄ Hindi, Marathi, Gujarati.": one capitalized word among others like it, one to a comma, is an item of a list.)
    const item = (j: number) =>
      j > 0 &&
      j < words.length &&
      /^\p{Lu}\p{Ll}+$/u.test(words[j].text) &&
      !isPlace(j) &&
      (words[j].gap.trim() !== '' || !words[j - 1].isCapitalized) &&
      (j + 1 === words.length || /[,.;]/.test(words[j + 1].gap));
    if (i === k && end === i + 1 && item(i) && item(k - 1) && /,/.test(words[i].gap) && (end === words.length || /[,.;]/.test(words[end].gap))) continue;
    const atEnd = end === words.length || (isPlace(end) && setOff(words[end].gap) && words.slice(end).every((_, k) => isPlace(end + k)));
    // "…en Lima, TecnoFix Perú": a brand and the country or town closing the prompt with it, the town said before.
    // ("… al toque | CelFix Perú", "… — Pizza Napoli Lisboa": set off by a bar, a dash or a bullet too.)
    if (!atEnd && end > i && isPlace(end) && words[end].gap === ' ' && words.slice(end).every((_, q) => isPlace(end + q)) && setOff(words[i].gap) && i === k) {
      if (words.slice(0, i).some((_, q) => isPlace(q))) push(i, words.length, 'end', 5.2, text(prompt, words, i, words.length));
      else push(i, end, 'end', 5.2);
      continue;
    }
    const enclosed = end < words.length && (/[.;)]/.test(words[end].gap) || setOff(words[end].gap));
    // "… — Guau Estilo, Las Condes": a run closing the prompt right after another set-off name is its place.
    const afterName = atEnd && i === k && /,/.test(words[i].gap) && i > 0 && words[i - 1].isCapitalized && !isPlace(i - 1) && /^\p{L}/u.test(words[i - 1].text);
    if (!atEnd && !enclosed) continue;
    // ("…, the Salty Dog": in English "the" opens the name even written in lowercase; "o/el" in the others stay out.)
    // (Only over a run with a word of its own: the override skips that test.)
    const the = i === k + 1 && words[k].folded === 'the' && words.slice(i, end).some((w, q) => !isCommon(w) && !termAt(i + q) && !isPlace(i + q));
    push(the ? k : i, end, atEnd ? 'end' : 'between commas', atEnd ? (afterName ? 4.8 : 5.2) : 5, the ? `The ${text(prompt, words, i, end)}` : undefined);
  }

  // 9b. A prompt typed all in lowercase ("sweet crumbs bakery in austin"): words opening it, right
  //     before the kind's word, with one that is no everyday word of ours, are the name.
  // (English only: in Portuguese and Spanish the name follows the kind, and a verb opens the sentence.)
  if (!/\p{Lu}/u.test(prompt) && head && head.phrases.some((p) => p.language === 'en')) {
    const k = head.start;
    const before = words.slice(0, k);
    if (
      k >= 1 &&
      k <= 3 &&
      before.every((w, i) => w.gap.trim() === '' && !isPlace(i) && !termAt(i) && !leadingNoise.has(w.folded) && !innerWords.has(w.folded)) &&
      words[head.start].gap.trim() === '' &&
      before.some((w) => /\p{L}/u.test(w.text) && !knownWord(w.folded.replace(/'s$/, '')) && !isCommon(w))
    )
      push(0, head.end, 'lowercase', 5.5, titleCase(text(prompt, words, 0, head.end)));
  }
  // ("emergency locksmith 24/7 in leeds - keyman locksmiths": or set off by a dash or bar, closing the prompt.)
  if (typedLowercase) {
    for (const m of matches) {
      if (m.end !== words.length || !m.phrases.some((p) => p.source === 'term' && p.language === 'en')) continue;
      let k = m.start;
      while (k > 0 && m.start - k < 2 && words[k].gap.trim() === '' && !isPlace(k - 1) && !termAt(k - 1) && !innerWords.has(words[k - 1].folded)) k--;
      const before = words.slice(k, m.start);
      if (k === m.start || k === 0 || !/^[–—|•·-]$/.test(words[k].gap.trim())) continue;
      if (before.some((w) => /\p{L}/u.test(w.text) && !knownWord(w.folded.replace(/'s$/, '')) && !isCommon(w)))
        push(k, m.end, 'lowercase', 5.5, titleCase(text(prompt, words, k, m.end)));
    }
  }

  // 9c. The same in Portuguese and Spanish, where the name follows the kind ("pizzaria bella napoli, forno a lenha").
  // "the yoga barn - vinyasa, yin…": "the" and a word or three opening a lowercase prompt, set off by punctuation.
  // ("… made in house. the scoop shack. hope bc": or a sentence of its own.)
  for (let i = 0; typedLowercase && i < words.length; i++) {
    if (words[i].folded !== 'the' || !(i === 0 || words[i].isSentenceStart)) continue;
    let end = i + 1;
    while (
      end < words.length &&
      end < i + 4 &&
      words[end].gap.trim() === '' &&
      !isPlace(end) &&
      !boundaryWords.has(words[end].folded) &&
      !innerWords.has(words[end].folded)
    )
      end++;
    const setApart = i === 0 ? /^\s*[,–—:|-]\s*$/ : /^\s*[.!]\s*$/;
    // ("the little green door, a tiny coffee bar": everyday words too, when an apposition after them says what it is.)
    const apposition =
      i === 0 &&
      end + 1 < words.length &&
      /^\s*,\s*$/.test(words[end].gap) &&
      ['a', 'an'].includes(words[end].folded) &&
      words.slice(i + 1, end).every((w, q) => !termAt(i + 1 + q) && /^\p{L}+$/u.test(w.text)) &&
      words.slice(end + 1, end + 5).some((_, q) => kindTermAt(end + 1 + q));
    if (end >= i + 2 && end < words.length && setApart.test(words[end].gap) && (apposition || words.slice(i + 1, end).some((w) => !isCommon(w))))
      push(i, end, 'lowercase', 5.5, titleCase(text(prompt, words, i, end)));
  }
  // "petal & stem — a florist on King Street", "crumb - sourdough, focaccia …": a word or a few in lowercase opening the
  // prompt, set apart, then what it is: after a comma an article and the kind's word; after a dash, a colon or a bar the
  // kind's or its offers' words too. Not a description: no word of the kind in it, no small word of a sentence, no number;
  // and a word of its own or a pair joined by "&" ("pastas frescas, quesos y fiambres" is a list, "the best bakery" a claim).
  if (words.length >= 4) {
    let end = 0;
    while (end < words.length && end < 4 && (end === 0 || words[end].gap.trim() === '') && /^([\p{Ll}]+|&|\+)$/u.test(words[end].text)) end++;
    const span = words.slice(0, end);
    const comma = end < words.length && /^\s*,\s*$/.test(words[end].gap);
    const dash = end < words.length && /^\s*[–—:|-]\s*$/.test(words[end].gap);
    const joins = (w: Word) => ['&', '+'].includes(w.text);
    const plainSpan =
      end >= 1 &&
      span.every(
        (w, q) => !kindTermAt(q) && !isPlace(q) && !leadingNoise.has(w.folded) && !boundaryWords.has(w.folded) && (!innerWords.has(w.folded) || joins(w)),
      ) &&
      !joins(span[0]) &&
      !joins(span[end - 1]);
    const article =
      (comma || dash) &&
      ['a', 'an', 'um', 'uma', 'un', 'una'].includes(words[end].folded) &&
      words.slice(end + 1, end + 5).some((_, q) => kindTermAt(end + 1 + q));
    const says = dash && (termAt(end) || termAt(end + 1));
    // (One everyday word alone only as a noun: "crumb - sourdough …", not "homemade - …", "local - …".)
    const noun = end === 1 && dash && !describing.test(span[0].folded) && !/(ed|al|ous|ful|ive|ly|made|est|ic)$/.test(span[0].folded);
    const own = span.some((w) => !isCommon(w) && !knownWord(w.folded)) || span.some(joins) || noun;
    if (plainSpan && (article || says) && own) push(0, end, 'lowercase', 5.5, titleCase(text(prompt, words, 0, end)));
  }

  // "we're northpaw creative, a tiny branding agency": lowercase words between "we're/i'm/somos" and ", a <kind>".
  for (let i = 0; typedLowercase && i + 2 < words.length; i++) {
    const afterGreeting = i >= 1 && ['hi', 'hello', 'hey', 'oi', 'ola', 'hola'].includes(words[i - 1].folded) && /,/.test(words[i].gap);
    if (!["we're", 'were', "i'm", 'im', 'somos', 'soy', 'sou'].includes(words[i].folded) || !(i === 0 || words[i].isSentenceStart || afterGreeting)) continue;
    let end = i + 1;
    const joins = (w: Word) => ['&', '+', 'and', 'n', 'e', 'y'].includes(w.folded);
    while (
      end < words.length &&
      end < i + 5 &&
      words[end].gap.trim() === '' &&
      !isPlace(end) &&
      (!innerWords.has(words[end].folded) || (joins(words[end]) && end > i + 1))
    )
      end++;
    const apposition = end < words.length && /^\s*,\s*$/.test(words[end].gap) && articles.has(words[end].folded);
    if (end >= i + 2 && apposition && words.slice(i + 1, end).some((w) => !knownWord(w.folded) && !isCommon(w)))
      push(i + 1, end, 'lowercase', 5.5, titleCase(text(prompt, words, i + 1, end)));
  }

  // (Typed in lowercase but for the town: "barbearia dom bigode em Campinas".)
  // (Not in an English sentence, whose kind's word may be theirs too: "tattoo parlour, Swindon".)
  // ("tacos del güero", "pastel do japa", "tacos don chuy": or what it sells, when whose it is follows.)
  const sells = !matches.some((m) => m.start === 0 && m.phrases.some((p) => p.source === 'term'));
  const opener = matches.find(
    (m) => m.start === 0 && m.phrases.some((p) => (p.source === 'term' && p.language !== 'en') || (sells && p.source !== 'term' && language !== 'en')),
  );
  if (typedLowercase && opener && language !== 'en' && !isCommon(words[0])) {
    let end = opener.end;
    // ("pastelaria do japa": another trade's word right after "do/da/del" may be whose it is; the nickname test below decides.)
    const whose = (k: number) => k === opener.end + 1 && ['do', 'da', 'del'].includes(words[opener.end].folded);
    while (
      end < words.length &&
      end - opener.end < 3 &&
      words[end].gap.trim() === '' &&
      !isPlace(end) &&
      (!termAt(end) || whose(end)) &&
      !boundaryWords.has(words[end].folded)
    )
      end++;
    const after = words.slice(opener.end, end);
    // Closed by punctuation, the end, or "em/en/in" and the town.
    const closes =
      end === words.length || /[,.;:!?–—|-]/.test(words[end].gap) || (locatives.has(words[end].folded) && end + 1 < words.length && isPlace(end + 1));
    // ("inglês-português": every part of a compound is a word of ours.)
    const known = (w: Word) => knownWord(w.folded) || isCommon(w) || w.folded.split('-').every((part) => knownWord(part));
    // A noun set right after the kind's noun, with no "de" between, names it ("floricultura girassol", "ótica visão
    // clara", "panadería la espiga dorada"); an adjective describes it ("padaria artesanal", "salão feminino").
    // ("churrería los hermanos", "floricultura as margaridas": a plural article too.)
    const article = (w: Word) => articles.has(w.folded) || ['los', 'las', 'os', 'as'].includes(w.folded);
    const first = after[0] && article(after[0]) && after.length > 1 ? after[1] : after[0];
    // ("barbearia dom bigode", "lanchonete seu zé", "tintorería don pepe": a title and the word it goes with name the owner;
    // "dom" is also Sunday's abbreviation and "seu" "your", but not between the kind's noun and another word.)
    const titledOwner =
      !!first && first === after[0] && after.length >= 2 && /^(dom|dona|don|seu|sr|sra|tio|tia|vo|vovo)$/.test(first.folded) && /^\p{L}/u.test(after[1].text);
    const noun =
      titledOwner ||
      (!!first &&
        /^\p{L}/u.test(first.text) &&
        !isCommon(first) &&
        !describingForm.test(first.folded) &&
        !innerWords.has(first.folded) &&
        !qualifiers.has(first.folded) &&
        !(first.folded.includes('-') && known(first)));
    // ("corretor de imóveis creci 12345", "oficina mecânica 24 horas": a number is a licence or the hours.)
    const numbered = after.some((w) => /\p{N}/u.test(w.text));
    // ("loja de utilidades", "food truck de arepas": what it sells, after "de", is no name; whose it is, is:
    // "oficina mecanica do toninho".)
    // ("lava jato do careca", "pastelaria do japa", "taller del flaco": one word after "do/da/del", closing the phrase, is
    // whose it is even when it is an everyday word or a people's name, a nickname ("do alemão", "del chino"); not a place,
    // a street or a landmark, nor what the trade itself sells: "bar da praia", "padaria da esquina", "loja do celular".)
    const nickname =
      after.length === 2 &&
      /^\p{L}{3,}$/u.test(after[1].text) &&
      !isPlace(opener.end + 1) &&
      !matches.some((m) => m.start <= opener.end + 1 && opener.end + 1 < m.end && m.phrases.some((p) => opener.phrases.some((q) => q.kindId === p.kindId))) &&
      !areaWords.has(after[1].folded) &&
      !landmarkWords.has(after[1].folded) &&
      !landmarkHeads.has(after[1].folded) &&
      !streetWords.test(after[1].folded) &&
      !functionWords.has(after[1].folded) &&
      !whereNouns.has(after[1].folded);
    const owner = ['do', 'da', 'del'].includes(after[0]?.folded ?? '') && (nickname || after.slice(1).some((w) => !known(w) || givenNames.has(w.folded)));
    if (after.length && (owner || titledOwner || (!sells && (!innerWords.has(after[0].folded) || article(after[0])) && noun)) && closes && !numbered)
      push(0, end, 'lowercase', 5.5, titleCase(text(prompt, words, 0, end)));
  }

  // 9e. One word in capitals opening the prompt, then what the trade is in one to three lowercase words set off by a mark
  //     ("BOLT electric - rewiring…", "ACE tire & wheel, Fresno"): the brand, in a prompt not typed in capitals.
  if (words.length > 2 && /^\p{Lu}{3,}$/u.test(words[0].text) && tradeThenMark(1)) push(0, 1, 'first', 5.6);

  // 9. The capitalized words that open the prompt ("Lavanderia Bolha de Sabão em Niterói") when no
  //    kind word was recognised in them.
  if (words.length > 1 && words[0].isCapitalized && !isPlace(0)) {
    const end = capitalRun(words, 0, (k) => isPlace(k), isPlace);
    // A describing word opening the sentence stays out ("Cozy Bakery…"), unless a word of the name's own
    // follows it ("Green Leaf Thai Kitchen", "Summer Jazz Nights").
    const describes = isCommon(words[0]) && (isCommon(words[1]) || termAt(1) || !/^\p{L}/u.test(words[1].text));
    if (end >= 2 && !termAt(0)) push(describes ? 1 : 0, end, 'opening words', 4.5);
    // ("ZenFit studio in Lisbon", "PetLove banho e tosa": one word in camel case opening the prompt is a brand, whatever follows.)
    else if (end === 1 && /^\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}*)+$/u.test(words[0].text) && !termAt(0)) push(0, 1, 'opening words', 4.5);
  }

  // 10a. An institution is named by what it is and whose or where it is ("associação de moradores do
  //     bairro Santa Felicidade", "parroquia de San José", "Asociación de Vecinos del Carmen"): the whole
  //     phrase, up to the proper noun that closes it.
  for (let i = 0; i < words.length; i++) {
    if (!institutionWords.has(words[i].folded)) continue;
    let k = i + 1;
    while (
      k < words.length &&
      k - i <= 5 &&
      words[k].gap.trim() === '' &&
      !words[k].isCapitalized &&
      /^\p{L}+$/u.test(words[k].text) &&
      !['em', 'en', 'in', 'para', 'for', 'que', 'com', 'con', 'with'].includes(words[k].folded)
    )
      k++;
    if (
      k === i + 1 ||
      k >= words.length ||
      words[k].gap.trim() !== '' ||
      !words[k].isCapitalized ||
      !words.slice(i + 1, k).some((w) => connectors.has(w.folded))
    )
      continue;
    let end = k;
    while (
      end < words.length &&
      (end === k || words[end].gap.trim() === '') &&
      (words[end].isCapitalized || (connectors.has(words[end].folded) && words[end + 1]?.isCapitalized && words[end + 1].gap.trim() === ''))
    )
      end++;
    if (end - k > 4) continue;
    push(i, end, 'institution', 7.5, titleCase(text(prompt, words, i, end)));
  }

  // 10b. An unknown word opening a sentence and doing something ("Budgetly helps couples split bills",
  //     "Trampolim conecta pais e babás"): an app's or a brand's name.
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (!(i === 0 || w.isSentenceStart) || !/^\p{Lu}\p{Ll}{3,}$/u.test(w.text) || knownWord(w.folded) || isCommon(w) || isPlace(i) || termAt(i)) continue;
    // ("…. Lagan Lets": a capitalized word closing the prompt is the name's, not a verb.)
    if (
      words[i + 1].gap.trim() === '' &&
      !words[i + 1].isCapitalized &&
      i + 2 < words.length &&
      /^(helps|makes|lets|connects|turns|gives|brings|keeps|ajuda|conecta|facilita|ayuda|conecta|permite)$/.test(words[i + 1].folded)
    )
      push(i, i + 1, 'sentence', 6);
  }

  // The rest of the prompt from k is only where it is: "in Asheville, North Carolina", ", Ahmedabad",
  // "em Gramado", "in Glasgow's West End", "Swindon".
  const closingPlace = (k: number) => {
    if (!isPlace(k) && ['in', 'em', 'en', 'at', 'no', 'na'].includes(words[k].folded) && words[k + 1] && isPlace(k + 1)) k++;
    if (!isPlace(k) || /[.!?]/.test(words[k].gap)) return false;
    return words.slice(k).every((w, n) => (!/[.!?]/.test(w.gap) || n === 0 ? /^\p{Lu}/u.test(w.text) || isPlace(k + n) || innerWords.has(w.folded) : false));
  };

  // 11. A sentence that is nothing but a name ("… to order. Sweet Little Things. Located in Savannah").
  for (let i = 0; i < words.length; i++) {
    if (!words[i].isSentenceStart || !words[i].isCapitalized || i === 0) continue;
    const end = capitalRun(words, i, (k) => isPlace(k) && k > i, isPlace);
    // (A phone number may close it: "Sparkle Squad Manchester 0161 496 0000".)
    let close = end;
    while (close < words.length && /^\p{N}+$/u.test(words[close].text) && !/[.!?]/.test(words[close].gap)) close++;
    // (Closing the prompt with a kind's word first, "…. Viveiro Flor de Lis", the owner wrote it all as the name.)
    if (end - i >= 2 && (close === words.length || /[.!?]/.test(words[close].gap)))
      push(i, end, 'sentence', close === words.length && kindTermAt(i) && end - i >= 3 ? 6.2 : 5.4);
    // ("…. Corkscrew Cellars in Asheville, North Carolina", "…. Lingua Bridge, Ahmedabad": or a name and where it is,
    // closing the prompt: the town, its district, state or country after "in/em/en" or a comma. One word
    // only right before the town, "PrintPoint Swindon": "Located in Savannah", "Moro em Garopaba" are verbs.)
    else if (
      end > i &&
      end < words.length &&
      (end - i >= 2 ||
        (!isCommon(words[i]) && !knownWord(words[i].folded) && !/(ing|ed|ndo)$/.test(words[i].folded) && isPlace(end) && words[end].gap.trim() === '')) &&
      closingPlace(end)
    )
      push(i, end, 'sentence', 6.3);
  }

  // 11a. The same typed in lowercase ("… fin de obra. brillo total, tlaquepaque", "… brand content. reel north
  //      films — minneapolis"): a sentence of two to four words of its own, then only its town.
  for (let i = 1; typedLowercase && i < words.length; i++) {
    if (!words[i].isSentenceStart || isPlace(i)) continue;
    let end = i;
    while (end < words.length && end - i < 5 && (end === i || words[end].gap.trim() === '') && !isPlace(end)) end++;
    if (end - i < 2 || end - i > 4 || end >= words.length || !/^\s*[,–—|-]\s*$/.test(words[end].gap)) continue;
    if (!words.slice(end).every((_, q) => isPlace(end + q))) continue;
    const span = words.slice(i, end);
    if (span.some((w, q) => innerWords.has(w.folded) || boundaryWords.has(w.folded) || leadingNoise.has(w.folded) || (termAt(i + q) && i + q < end - 1)))
      continue;
    if (span.every((w) => isCommon(w))) continue;
    push(i, end, 'sentence', 5.4, titleCase(text(prompt, words, i, end)));
  }

  // The last phrase of a message, before its town (if the town is set off by a mark): where it ends, and its first word
  // (at most `longest` words back, to the previous mark).
  const closingPhrase = (longest: number) => {
    let close = words.length;
    while (close > 0 && isPlace(close - 1)) close--;
    if (close < words.length && !/^\s*[,–—|•-]\s*$/.test(words[close].gap)) close = words.length;
    let i = close - 1;
    while (i > 0 && close - i < longest && words[i].gap.trim() === '') i--;
    return { close, i };
  };

  // 11d. Typed in lowercase, a closing phrase of its own after an emoji, a full stop or a dash, two words joined as
  //      brands join them ("… walk ins fridays 🖤 ink & iron", "… 🌿 barro y sal") or a maker's signature ("…. lashed by
  //      leah"). (Not a list of what it sells: "… . bolos e doces", "… 🐾 cats & dogs" are plurals.)
  if (typedLowercase && words.length >= 5) {
    const i = words.length - 3;
    const [a, joiner, b] = words.slice(i);
    const apart = words[i].isSentenceStart || /[–—|•]/.test(words[i].gap);
    const plain = (w: Word) => /^\p{L}+$/u.test(w.text) && !innerWords.has(w.folded) && !isCommon(w);
    const together = joiner.gap.trim() === '' && b.gap.trim() === '';
    const brandPair = ['&', '+', 'y', 'e', 'and', 'n'].includes(joiner.folded) && [a, b].every((w) => plain(w) && !/s$/.test(w.folded));
    const signed = ['by', 'por', 'com', 'con'].includes(joiner.folded) && givenNames.has(b.folded) && plain(a) && !givenNames.has(a.folded);
    // ("… proms in dallas, glam by tia": a signature is set off by a comma too; a pair of plain words is not, "…, cats & dogs".)
    const signedAfterComma = signed && /^\s*,\s*$/.test(words[i].gap);
    const free = [i, i + 2].every((q) => !isPlace(q) && !termAt(q));
    if ((apart || signedAfterComma) && together && free && (brandPair || signed))
      push(i, words.length, 'lowercase', 5.4, titleCase(text(prompt, words, i, words.length)));
  }

  // 11e. Typed in lowercase, the last phrase set off by a mark (then at most its town) is the brand when it reads as one:
  //      two words joined by "&/+" and the trade ("…, nook & nest interiors"), or a given name and one more word that is
  //      not a trade's ("…, jake codes", "…, bella bakes"). (Not a list of what it sells: "…, tea & cake", "…, cats & dogs".)
  if (typedLowercase && words.length >= 5) {
    const { close, i } = closingPhrase(5);
    const span = words.slice(i, close);
    const setApart = i > 0 && (/^\s*[,–—|•-]\s*$/.test(words[i].gap) || words[i].isSentenceStart);
    const plain = span.every(
      (w) => /^[\p{L}&+]+$/u.test(w.text) && !boundaryWords.has(w.folded) && !leadingNoise.has(w.folded) && !['and', 'e', 'y'].includes(w.folded),
    );
    const trade = (k: number) => termAt(i + k) || firmWords.test(span[k].folded);
    const pair =
      span.length >= 4 &&
      ['&', '+'].includes(span[1].text) &&
      [0, 2].every((k) => !/s$/.test(span[k].folded) && !isCommon(span[k]) && !termAt(i + k)) &&
      span.slice(3).every((w, k) => trade(k + 3) || knownWord(w.folded));
    const signed = span.length === 2 && givenNames.has(span[0].folded) && !givenNames.has(span[1].folded) && !isCommon(span[1]) && !trade(1);
    if (setApart && plain && !span.some((_, k) => isPlace(i + k)) && (pair || signed))
      push(i, close, 'lowercase', 5.4, titleCase(text(prompt, words, i, close)));
  }

  // 11g. Typed in lowercase, the last phrase set off by a comma or dash (then at most its town) is the brand when it is
  //      the trade and whose it is, as such names are said when they open the prompt ("oficina do zé em uberlândia"):
  //      "…, oficina do zé", "…, doces da tia nena", "…, pizza do chef", "…, taller el primo". (Not what it offers,
  //      "…, troca de óleo", "…, bolo de pote": no person after the joining word.)
  if (typedLowercase && words.length >= 5) {
    const { close, i } = closingPhrase(6);
    const setApart = i > 0 && /^\s*[,–—|•-]\s*$/.test(words[i].gap);
    const joiner = [i + 1, i + 2].find((k) => k < close - 1 && (possessiveConnectors.has(words[k].folded) || ['el', 'la'].includes(words[k].folded)));
    if (
      setApart &&
      joiner !== undefined &&
      words.slice(i, joiner).every((w, q) => termAt(i + q) || (knownWord(w.folded) && !givenNames.has(w.folded) && !functionWords.has(w.folded))) &&
      !words.slice(i, close).some((_, q) => isPlace(i + q))
    ) {
      const who = words.slice(joiner + 1, close).map((w) => w.folded);
      const kin = /^(chef|tio|tia|primo|prima|compadre|comadre|mestre|patron|patrao)$/;
      const titled = /^(don|dona|seu|sr|sra|dr|dra|tio|tia|vo)$/;
      const person =
        (who.length === 1 && (givenNames.has(who[0]) || kin.test(who[0]))) ||
        (who.length === 2 && titled.test(who[0]) && (givenNames.has(who[1]) || !knownWord(who[1])));
      if (person) push(i, close, 'lowercase', 5.4, titleCase(text(prompt, words, i, close)));
    }
  }

  // 11h. Typed in lowercase, the last phrase set off by a comma or dash (then at most its town) is the brand when two
  //      words of its own come before the kind's word, as "Cool Breeze Aircon" is written with capitals: "…, cool breeze
  //      aircon", "… - bright spark electrical", "…, dr reddy pet care". (Not a describing word and the trade, "…, emergency
  //      plumbing", nor what it offers, "…, gas boiler servicing": words of a trade or of every day are no brand.)
  if (typedLowercase && words.length >= 6) {
    const { close, i } = closingPhrase(5);
    // The trade's words closing it: a term or an offer, a word such trades end on, and a common word before those.
    let t = close;
    const joiners = ['and', 'e', 'y', 'n', '&', 'or', 'ou', 'o'];
    const commonBeforeTail = (k: number) => k + 1 < close && tradeTails.test(words[k + 1].folded) && isCommon(words[k]) && !joiners.includes(words[k].folded);
    // (A kind's term, not an offer: "…, fresh daily bread" says what it sells.)
    while (t > i + 1 && (kindTermAt(t - 1) || tradeTails.test(words[t - 1].folded) || commonBeforeTail(t - 1))) t--;
    const trade = t < close;
    const own = words.slice(i, t);
    const titled = own.length === 2 && /^(dr|dra|mr|mrs|ms)$/.test(own[0].folded);
    // (An offer of another trade's may stand in a brand: "Red Kite Roofing".)
    const tradeWordAt = (k: number) => matches.some((m) => m.start <= k && k < m.end && m.phrases.some((p) => p.source === 'term' || p.kindId === kindId));
    const plain = (w: Word, q: number) =>
      /^\p{L}{2,}$/u.test(w.text) &&
      !tradeWordAt(i + q) &&
      !isPlace(i + q) &&
      !functionWords.has(w.folded) &&
      !innerWords.has(w.folded) &&
      !boundaryWords.has(w.folded) &&
      !leadingNoise.has(w.folded) &&
      !serviceScope.has(w.folded) &&
      // ("…, fresh daily bread": a word of ours in "-ly" says how often or how, not whose.)
      !(/ly$/.test(w.folded) && knownWord(w.folded)) &&
      !joiners.includes(w.folded) &&
      (!isCommon(w) || (titled && q === 0) || own.some((x) => !isCommon(x)));
    if (i > 0 && /^\s*[,–—|•-]\s*$/.test(words[i].gap) && trade && own.length >= 2 && own.length <= 3 && own.every(plain))
      push(i, close, 'lowercase', 5.4, titleCase(text(prompt, words, i, close)));
  }

  // 11i. Typed in lowercase, what follows "my company", "minha empresa", "mi negocio" (or "… is / é / es") to the next
  //      mark is its name when it reads as one: "… move out cleans my company sparkle squad", "minha empresa é lar limpo".
  //      (Not what it does, "my company does deep cleans", "mi negocio vende ropa": a verb or a trade's word is no name.)
  for (let k = 2; typedLowercase && k < words.length; k++) {
    if (!/^(my|our|minha|meu|nossa|nosso|mi|nuestra|nuestro)$/.test(words[k - 2].folded)) continue;
    if (!/^(company|business|biz|brand|empresa|negocio|marca)$/.test(words[k - 1].folded) || words[k - 1].gap.trim() !== '') continue;
    let i = k;
    if (/^(is|e|es|called|named|chamada|chamado|llamada|llamado)$/.test(words[i].folded) && words[i].text !== 'e') i++;
    let end = i;
    while (end < words.length && end - i < 4 && (end === i || words[end].gap.trim() === '') && !isPlace(end)) end++;
    if (end === i || end - i > 3 || (end < words.length && !/[,.;:!?–—|•-]/.test(words[end].gap) && !isPlace(end))) continue;
    const span = words.slice(i, end);
    const verbish = (w: Word) => /^(does|do|offers|provides|sells|makes|works|vende|vendemos|faz|hace|oferece|ofrece|trabaja|trabalha)$/.test(w.folded);
    if (words[i].gap.trim() !== '' && i === k) continue;
    if (span.some((w, q) => !/^\p{L}+$/u.test(w.text) || functionWords.has(w.folded) || verbish(w) || kindTermAt(i + q))) continue;
    if (span.every((w) => isCommon(w))) continue;
    push(i, end, 'lowercase', 5.4, titleCase(text(prompt, words, i, end)));
  }

  // 11b. A capitalized run closed by a legal form ("Hartman Exteriors LLC", "Constructora Andes S.A.S.") is a company's name.
  for (let i = 0; i < words.length; i++) {
    if (!words[i].isCapitalized || isPlace(i) || (i > 0 && words[i].gap.trim() === '' && isNameToken(words, i - 1))) continue;
    const end = capitalRun(words, i, (k) => stop(k) && k > i, isPlace, 7);
    // ("Denver CO" is Colorado.)
    if (end - i >= 2 && legalForm.test(words[end - 1].text.replace(/\.$/, '')) && words[end - 1].text !== 'CO') push(i, end, 'company', 8);
  }

  // 11c. A word of its own standing as the last sentence ("…online booking and reminders. Groomly").
  const last = words.length - 1;
  if (last > 0 && words[last].isSentenceStart && words[last].isCapitalized && !isPlace(last) && !kindTermAt(last) && /\p{L}{3}/u.test(words[last].text))
    push(last, last + 1, 'sentence', 5);

  // 11f. "… water damage in Lubbock. iFix Lubbock": a last sentence of a brand in camel case, then only its town, is the name.
  // ("… for visa applications. Lingua Bridge, Ahmedabad": two capitalized words or more, then a comma and only its town.)
  for (let i = 1; i < words.length; i++) {
    if (!words[i].isSentenceStart || isPlace(i)) continue;
    if (/^\p{Ll}+\p{Lu}\p{Ll}/u.test(words[i].text)) {
      if (i + 1 < words.length && words.slice(i + 1).every((_, q) => isPlace(i + 1 + q) && words[i + 1 + q].gap.trim() === ''))
        push(i, words.length, 'sentence', 5, text(prompt, words, i, words.length));
      continue;
    }
    if (!words[i].isCapitalized || sentenceOpeners.has(words[i].folded) || leadingNoise.has(words[i].folded)) continue;
    const end = capitalRun(words, i, (k) => stop(k) && k > i, isPlace, 4);
    if (end - i < 2 || end >= words.length || !/^\s*,\s*$/.test(words[end].gap) || !words.slice(end).every((_, q) => isPlace(end + q))) continue;
    if (words.slice(i, end).some((w) => !/^\p{Lu}/u.test(w.text) && !connectors.has(w.folded) && w.text !== '&')) continue;
    push(i, end, 'sentence', 5);
  }

  // 10. Any other proper noun in the middle of a sentence ("learn to drive with Steady Wheels").
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!w.isCapitalized || w.isSentenceStart || isPlace(i) || (isNameToken(words, i - 1) && words[i].gap.trim() === '')) continue;
    // "Fotografia de casamentos por Júlia Ramos", "clases de guitarra con Diego Sosa": a person's full name after
    // "por/com/con" closing a lowercase description is whose the work is (as "Wedding photography by Laura Chen").
    if (['por', 'com', 'con'].includes(words[i - 1].folded) && !words[i - 2]?.isCapitalized && givenNames.has(w.folded)) {
      const end = capitalRun(words, i, stop, isPlace, 3);
      if (end - i >= 2 && words.slice(i + 1, end).every((x) => /^\p{L}/u.test(x.text))) push(i, end, 'maker', 3);
      continue;
    }
    if (
      [
        'em',
        'in',
        'en',
        'at',
        'no',
        'na',
        'nos',
        'nas',
        'pelo',
        'pela',
        'from',
        'near',
        'de',
        'do',
        'da',
        'del',
        'por',
        'through',
        'around',
        'round',
        'above',
        'below',
        'across',
        'to',
        'a',
        'el',
        'la',
        'los',
        'las',
        'the',
        'o',
        'os',
        'as',
        'para',
        'pra',
        'com',
        'con',
        'y',
        'e',
        'and',
      ].includes(words[i - 1].folded)
    )
      continue;
    // ("…, mostly Holdens and Toyotas", "especially Fenders and Gibsons": after a word that opens examples, what it works on.)
    if (
      /^(mostly|mainly|especially|including|incl|like|principalmente|sobretudo|especialmente|incluindo|incluyendo)$/.test(words[i - 1].folded) ||
      (words[i - 1].folded === 'todo' && words[i - 2]?.folded === 'sobre')
    )
      continue;
    // "learn to drive with Steady Wheels", "portfolio site for Tom Harris Design": after "with" or "for" only a name of two words or more.
    if (['with', 'for'].includes(words[i - 1].folded) && capitalRun(words, i, stop, isPlace) - i < 2) continue;
    // Product and platform names (iPhone, JavaScript, WooCommerce) and numbers are not the business.
    // ("by SunPeak Energy": a brand of two words or more is a name.)
    const runEnd = capitalRun(words, i, stop, isPlace);
    if ((/\p{Ll}\p{Lu}/u.test(w.text) && runEnd - i < 2) || /^\p{N}/u.test(w.text)) continue;
    // ("permiso B en 3 semanas", "CNH categoria A e B": a single letter is a class or a grade, not the business.)
    if (/^\p{Lu}$/u.test(w.text) && words.slice(i + 1, runEnd).every((x) => !/^\p{Lu}\p{Ll}/u.test(x.text))) continue;
    push(i, runEnd, 'proper noun', 3);
  }

  // 12. After "at/em/en": a business rather than a town ("at The Hungry Hound", "en Spa Armonía").
  for (let i = 1; i < words.length; i++) {
    if (!['at', 'em', 'en', 'in', 'no', 'na'].includes(words[i - 1].folded) || !words[i].isCapitalized || isPlace(i) || words[i].gap.trim() !== '') continue;
    const end = capitalRun(words, i, stop, isPlace);
    const article = ['the', 'el', 'la', 'los', 'las'].includes(words[i].folded) && end - i >= 2;
    if (article || words.slice(i, end).some((_, k) => kindTermAt(i + k))) push(i, end, 'at', 5);
    else if (end - i >= 2 && words[i - 1].folded === 'at') push(i, end, 'at', 4.6);
    // "come eat at Rosa's", "bagels at Mo's": someone's place, named by a possessive.
    else if (words[i - 1].folded === 'at' && /['’]s$/u.test(words[i].text)) push(i, end, 'at', 4.6, text(prompt, words, i, end));
    // "vem fazer as unhas no Espaço Nail Glam": three capitalized words after "no/na" are a place of business, not a district.
    else if (end - i >= 3 && ['no', 'na'].includes(words[i - 1].folded)) push(i, end, 'at', 4.6);
  }

  // 12b. "o Paraty Blues reúne seis bandas", "o São Lourenço Jazz acontece em julho": after an article in the
  //      middle of a sentence, two capitalized words or more (a town may open them) are a name.
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1].isCapitalized || !['o', 'el', 'the'].includes(words[i - 1].folded) || words[i].gap.trim() !== '') continue;
    // ("to the Golden Circle", "Hierve el Agua": where it goes, or inside another name.)
    const before = words[i - 2];
    // ("um site para o Residencial Bem Viver": for the business the site is for.)
    const siteFor = ['para', 'pra', 'for'].includes(before?.folded ?? '') && /^(site|website|pagina|web|landing)$/.test(words[i - 3]?.folded ?? '');
    if (
      before &&
      !siteFor &&
      (before.isCapitalized || ['to', 'from', 'into', 'para', 'pra', 'ao', 'al', 'a', 'de', 'do', 'del', 'em', 'en', 'in', 'por'].includes(before.folded))
    )
      continue;
    if (!/^\p{Lu}\p{Ll}/u.test(words[i].text)) continue;
    let k = i;
    while (k < words.length && isPlace(k) && (k === i || words[k].gap.trim() === '')) k++;
    if (k < words.length && k > i && (words[k].gap.trim() !== '' || isPlace(k))) continue;
    const end = k < words.length && /^\p{Lu}\p{Ll}/u.test(words[k].text) ? capitalRun(words, k, stop, isPlace) : k;
    if (end - i >= 2 && end > k) push(i, end, 'article', 4.5, k > i ? text(prompt, words, i, end) : undefined);
  }

  // 13. An Instagram handle, when nothing better names it ("@fermento.da.lu", "@nailsbycaro").
  for (const m of prompt.matchAll(/(?:^|[\s(])@([\p{L}\p{N}._]{3,30})/gu)) {
    const at = words.findIndex((w) => w.start >= (m.index ?? 0) + m[0].indexOf('@'));
    const name = readHandle(m[1], knownWord);
    if (at >= 0 && name) push(at, at + 1, 'handle', 3.6, name);
  }

  // "I'm Jess and I run Paws & Claws grooming", "we own Casa Nori": what the owner runs, named right after the verb.
  for (let i = 1; i + 1 < words.length; i++) {
    if (!['run', 'own'].includes(words[i].folded) || !['i', 'we'].includes(words[i - 1].folded)) continue;
    const j = i + 1;
    if (!words[j].isCapitalized || !isNameToken(words, j) || isPlace(j) || /^\p{Lu}{2,}$/u.test(words[j].text)) continue;
    push(j, capitalRun(words, j, stop, isPlace), 'run', 6.5);
  }

  // "Hi! I'm Priya and I run Little Acorns, a home daycare", "sou o Carlos … Minha empresa se chama
  // Friocerto": a person introducing themselves (a first name, or first and last) gives way to a
  // business named elsewhere in the prompt.
  const isSelf = (c: NameReading) =>
    c.via === 'cue' && selfStarts.has(c.start) && c.end - c.start <= 2 && !words.slice(c.start, c.end).some((_, k) => termAt(c.start + k));
  const business = candidates.some((c) => !isSelf(c) && c.score >= 6 && (c.start >= c.end || !selfStarts.has(c.start)));
  if (business) for (const c of candidates) if (isSelf(c)) c.score = Math.min(c.score, 5.9);
  // "Hammond Vet Clinic, … Dr Lucy Hammond BVSc": a titled person whose surname names a practice
  // elsewhere in the prompt works there; the practice is the name.
  for (const c of candidates) {
    if (c.via !== 'title') continue;
    const surnames = words
      .slice(c.start + 1, c.end)
      .filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w.text))
      .map((w) => w.folded);
    const practice = candidates.find(
      (o) =>
        o.via !== 'title' &&
        o.via !== 'sentence' &&
        (o.end <= c.start || o.start >= c.end) &&
        o.end - o.start >= 2 &&
        words.slice(o.start, o.end).some((w) => surnames.includes(w.folded)),
    );
    if (practice) c.score = Math.min(c.score, practice.score - 0.1);
    // "Bright Smiles Family Dentistry | Dr. Amy Park", "Consultório Odontológico Sorriso Perfeito - Dra. Marina Lopes": a
    // practice named in three words or more, its kind's word capitalized among them, is where the titled person works.
    // ("Welcome to Lakeview Family Dental, Dr. Amy Chen and team": opening the prompt too.)
    const brand = candidates.find(
      (o) =>
        (o.via === 'before kind' || o.via === 'after kind' || o.via === 'first' || o.via === 'opening words') &&
        (o.end <= c.start || o.start >= c.end) &&
        o.end - o.start >= 3 &&
        words.slice(o.start, o.end).some((w, k) => w.isCapitalized && kindTermAt(o.start + k)),
    );
    if (brand) c.score = Math.min(c.score, brand.score - 0.1);
  }

  // "…, a Casa do Construtor Silva, no centro": a kind's word capitalized inside a name set off by commas is part of that
  // name; the words after it alone are not the name.
  for (const c of candidates) {
    if (c.via !== 'after kind') continue;
    const whole = candidates.find(
      (o) =>
        o.via === 'between commas' &&
        o.start < c.start &&
        o.end === c.end &&
        words[o.start].isCapitalized &&
        words.slice(o.start, c.start).every((w) => w.isCapitalized || innerWords.has(w.folded)),
    );
    if (whole) whole.score = Math.max(whole.score, c.score + 0.01);
  }

  return candidates
    .sort((a, b) => b.score - a.score)
    .map((c) => ({ ...c, name: c.name.replace(/^[\s"'“”«»]+|[\s"'“”«».,;:!?]+$/gu, '') }))
    .filter((c) => /[\p{L}\p{N}]/u.test(c.name));
}

// A handle as words: split at dots and underscores, then run-together words where known words
// fit best ("studiojulianalashes" is Studio Juliana Lashes, "nailsbycaro" Nails by Caro). An unknown
// piece costs more the longer it is, and a scrap of one or two letters most ("Dama Ri"); right after a
// small joiner it is most likely a person's name ("docesdamari" is Doces da Mari, "barbeariadozeca" do Zeca).
const smallJoiners = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'la', 'las', 'los', 'by', 'and', 'of', 'the', 'e', 'y', 'n', 'com', 'con']);
// Between dots only ("broke.in.van"): inside a run they would split names ("ingrid").
const partJoiners = new Set([...smallJoiners, 'in', 'on', 'at']);
export function readHandle(handle: string, knownWord: (folded: string) => boolean): string | null {
  if (!/^[\p{Script=Latin}\p{N}._]+$/u.test(handle)) return null;
  const parts = handle.toLowerCase().split(/[._]+/).filter(Boolean);
  const pieces: string[] = [];
  for (const part of parts) {
    // best[i][s]: the cheapest reading of part[0, i), s = 1 when its last piece is a joiner.
    const best: Array<[{ cost: number; cut: number; s: number }, { cost: number; cut: number; s: number }]> = [
      [
        { cost: 0, cut: 0, s: 0 },
        { cost: Infinity, cut: 0, s: 0 },
      ],
    ];
    for (let i = 1; i <= part.length; i++) {
      best[i] = [
        { cost: Infinity, cut: 0, s: 0 },
        { cost: Infinity, cut: 0, s: 0 },
      ];
      for (let j = Math.max(0, i - 20); j < i; j++) {
        const piece = part.slice(j, i);
        const joiner = smallJoiners.has(piece);
        const known = (piece.length >= 4 && knownWord(piece)) || (piece.length >= 3 && givenNames.has(piece)) || joiner || /^\p{N}+$/u.test(piece);
        for (const s of [0, 1] as const) {
          const before = best[j][s].cost;
          if (before === Infinity) continue;
          // (After a joiner a short piece is a nickname: "modadalu" is Moda da Lu.)
          // (A piece no word of ours could open, "tl…", "nd…", is a cut in the wrong place: "thistle", not "this tle".)
          const unknown = 1 + piece.length * (s === 1 ? 0.45 : 0.6) + (piece.length <= 2 && s === 0 ? 3 : 0) + (badOnset.test(piece) ? 3 : 0);
          const c = before + (known ? 1 : unknown);
          // (Not after "e", "y", "n": one letter joins too easily.)
          const to = joiner && piece.length > 1 ? 1 : 0;
          if (c < best[i][to].cost) best[i][to] = { cost: c, cut: j, s };
        }
      }
    }
    const out: string[] = [];
    let s = best[part.length][0].cost <= best[part.length][1].cost ? 0 : 1;
    for (let i = part.length; i > 0;) {
      const { cut, s: prev } = best[i][s];
      out.unshift(part.slice(cut, i));
      [i, s] = [cut, prev];
    }
    pieces.push(...(partJoiners.has(part) ? [part] : out));
  }
  if (!pieces.length || pieces.every((p) => partJoiners.has(p) || /^\p{N}+$/u.test(p))) return null;
  // "delabuela" read as "del abuela" is Spanish for "de la abuela": "del" goes only before a masculine word.
  const words = pieces.flatMap((p, k) => (p === 'del' && feminine(pieces[k + 1] ?? '') ? ['de', 'la'] : [p]));
  return words.map((p, k) => (k > 0 && partJoiners.has(p) ? p : k > 0 && p === 'la' && words[k - 1] === 'de' ? p : capitalize(p))).join(' ');
}

const badOnset =
  /^(?![aeiouy]|str|spr|scr|spl|squ|thr|shr|chr|sch|phr)(?:[bcdfgjklmnpqrstvwxz]{3}|(?!bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kl|kn|kr|ph|pl|pr|ps|qu|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|wr|ll|rr)[bcdfgjklmnpqrstvwxz]{2})/;
const masculineInA = new Set([
  'dia',
  'mapa',
  'clima',
  'planeta',
  'sofa',
  'papa',
  'tema',
  'sistema',
  'problema',
  'programa',
  'idioma',
  'poeta',
  'pirata',
  'artista',
]);
const feminine = (word: string) => word.length >= 3 && word.endsWith('a') && !masculineInA.has(word);

export function detectName(ctx: NameContext): NameReading | null {
  return nameCandidates(ctx)[0] ?? null;
}
