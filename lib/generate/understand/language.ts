// Which language a prompt is written in: function words, spelling and the catalogue's own
// terms vote. Prompts in another language get the nearest one we write sites in.
import type { SiteLanguage } from '@/lib/i18n/languages';
import { functionWords as joiningWords } from './common-words';
import { fold } from './text';

// Ours, and the neighbours people also write prompts in.
type Detected = SiteLanguage | 'fr' | 'it' | 'de';

// Words that are frequent in one language and rare or absent in the others (folded).
const functionWords: Record<Detected, string[]> = {
  en: [
    'the',
    'and',
    'in',
    'of',
    'for',
    'with',
    'my',
    'an',
    'is',
    'are',
    'we',
    'i',
    'to',
    'at',
    'near',
    'called',
    'named',
    'that',
    'from',
    'by',
    'your',
    'who',
    'which',
    'this',
    'it',
    'its',
    'need',
    'want',
    'website',
    'our',
    'selling',
    'offering',
    'best',
    'small',
    'family',
    'run',
    'owned',
    'based',
    'downtown',
    'services',
    'local',
    'help',
    'make',
    'using',
    'only',
    'also',
    'all',
    'new',
    'looking',
    'have',
    'has',
    'will',
    'can',
    'you',
    'me',
    "i'm",
    "we're",
    'open',
    'fresh',
    'just',
    'kids',
    'home',
    'friendly',
    'colors',
    'colours',
    'tones',
  ],
  'pt-BR': [
    'em',
    'na',
    'nos',
    'nas',
    'do',
    'da',
    'dos',
    'das',
    'com',
    'uma',
    'um',
    'meu',
    'minha',
    'nosso',
    'nossa',
    'voce',
    'vc',
    'e',
    'sao',
    'nao',
    'ao',
    'pelo',
    'pela',
    'tambem',
    'muito',
    'mais',
    'seu',
    'sua',
    'onde',
    'quero',
    'tenho',
    'sou',
    'trabalho',
    'faco',
    'fazemos',
    'atendimento',
    'chamada',
    'chamado',
    'pra',
    'pro',
    'q',
    'tb',
    'isso',
    'esse',
    'essa',
    'ate',
    'loja',
    'cidade',
    'bairro',
    'tons',
    'cores',
    'servicos',
    'preco',
    'precos',
    'entrega',
    'entregas',
    'aulas',
    'voces',
    'ja',
    'so',
    'mesmo',
    'ela',
    'ele',
    'nome',
    'marca',
    'atende',
    'atendemos',
    'oferece',
    'oferecemos',
    'feito',
    'feita',
    'feitos',
    'feitas',
    'caseiro',
    'caseira',
    'gostaria',
    'preciso',
    'criar',
    'pagina',
    'tudo',
    'bem',
    'perto',
  ],
  es: [
    'en',
    'los',
    'las',
    'del',
    'con',
    'una',
    'un',
    'mi',
    'mis',
    'nuestro',
    'nuestra',
    'y',
    'es',
    'son',
    'muy',
    'tu',
    'tus',
    'te',
    'ti',
    'eres',
    'esta',
    'estan',
    'hacer',
    'nosotros',
    'ellos',
    'usted',
    'mas',
    'su',
    'sus',
    'donde',
    'quiero',
    'tengo',
    'soy',
    'hago',
    'hacemos',
    'pagina',
    'al',
    'por',
    'llamada',
    'llamado',
    'llama',
    'tienda',
    'el',
    'tambien',
    'ciudad',
    'barrio',
    'tonos',
    'colores',
    'servicios',
    'precio',
    'precios',
    'clases',
    'ustedes',
    'ya',
    'solo',
    'mismo',
    'ella',
    'nombre',
    'marca',
    'atiende',
    'atendemos',
    'ofrece',
    'ofrecemos',
    'hecho',
    'hecha',
    'hechos',
    'hechas',
    'casero',
    'casera',
    'necesito',
    'crear',
    'web',
    'cerca',
    'somos',
    'estamos',
    'tenemos',
    'nuestros',
    'nuestras',
    'hay',
    'desde',
    'hasta',
    'pero',
    'como',
    'cada',
    'ninos',
    'calidad',
    'lo',
    'le',
  ],
  fr: [
    'le',
    'les',
    'et',
    'des',
    'du',
    'une',
    'pour',
    'avec',
    'dans',
    'je',
    'nous',
    'est',
    'notre',
    'mon',
    'ma',
    'au',
    'aux',
    'qui',
    'sur',
    'boulangerie',
    'votre',
    'vous',
    'ville',
    'cette',
    'chez',
    'avons',
    'sont',
  ],
  it: [
    'il',
    'di',
    'della',
    'dello',
    'degli',
    'delle',
    'per',
    'nel',
    'nella',
    'sono',
    'mio',
    'mia',
    'nostro',
    'nostra',
    'gli',
    'che',
    'questo',
    'questa',
    'siamo',
    'abbiamo',
    'citta',
    'negozio',
    'ristorante',
    'chiamato',
    'chiamata',
    'vicino',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'mit',
    'fur',
    'ein',
    'eine',
    'ich',
    'wir',
    'ist',
    'unser',
    'unsere',
    'mein',
    'meine',
    'im',
    'auf',
    'von',
    'zu',
    'bei',
    'nicht',
    'sind',
    'haben',
    'genannt',
    'namens',
    'laden',
    'stadt',
  ],
};
const lookup = new Map<string, Detected[]>();
for (const [language, list] of Object.entries(functionWords) as Array<[Detected, string[]]>) {
  for (const w of list) lookup.set(w, [...(lookup.get(w) ?? []), language]);
}

// Where a language we do not write sites in is closest to one we do.
const nearest: Record<Detected, SiteLanguage> = { en: 'en', 'pt-BR': 'pt-BR', es: 'es', fr: 'es', it: 'es', de: 'en' };

export type LanguageReading = {
  language: SiteLanguage;
  // The prompt's own language when it is one we do not write sites in.
  foreign?: 'fr' | 'it' | 'de';
  scores: Record<Detected, number>;
  // The function words' share of it.
  grammar: Record<Detected, number>;
};

// termLanguages: which catalogue languages each folded word belongs to ("padaria" -> pt-BR).
export function detectLanguage(
  prompt: string,
  termLanguages?: Map<string, SiteLanguage[]>,
  hint?: SiteLanguage,
  wordLanguages?: Map<string, SiteLanguage[]>,
): LanguageReading {
  const scores: Record<Detected, number> = { en: 0, 'pt-BR': 0, es: 0, fr: 0, it: 0, de: 0 };
  // Function words alone: how the owner joins words, which borrowed words ("tattoo", "food truck") never change.
  const grammar: Record<Detected, number> = { en: 0, 'pt-BR': 0, es: 0, fr: 0, it: 0, de: 0 };
  // Proper nouns in the middle of a sentence (names, places) say nothing about the language.
  // So are the small words between them ("Sol y Sombra", "Casa da Vó").
  const split = prompt.split(/\s+/);
  const upper = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  const nameJoiners = new Set(['y', 'e', 'de', 'do', 'da', 'del', 'dos', 'das', 'of', 'the', 'la', 'el', 'los', 'las', 'and', "n'"]);
  const inName = (w: string, i: number) => nameJoiners.has(w) && i > 0 && upper(split[i - 1]) && !/[,.;:!?]$/.test(split[i - 1]) && upper(split[i + 1]);
  // A prompt written in title case ("Dom Bigode Barbearia Clássica") has no proper nouns to tell apart.
  const titleCase = split.filter((w) => /\p{L}/u.test(w)).every((w) => upper(w) || nameJoiners.has(w));
  const plainWords = titleCase
    ? prompt
    : split.filter((w, i) => (!upper(w) || (i === 0 && (lookup.has(fold(w)) || termLanguages?.has(fold(w))))) && !inName(w, i)).join(' ');
  const tokens = fold(plainWords).match(/[\p{L}\p{N}']+/gu) ?? [];
  for (const w of fold(plainWords).match(/\p{L}{3,}/gu) ?? []) {
    if (lookup.has(w)) continue;
    const own = wordLanguages?.get(w);
    if (own && own.length < 3) for (const l of own) scores[l] += 0.6 / own.length;
  }
  let previousTerm: SiteLanguage[] | null = null;
  for (const w of tokens) {
    const langs = lookup.get(w);
    // English function words never occur in Portuguese or Spanish text; theirs overlap more.
    if (langs) for (const l of langs) scores[l] += (l === 'en' ? 1.3 : 1) / langs.length;
    if (langs && joiningWords.has(w)) for (const l of langs) grammar[l] += 1 / langs.length;
    const own = termLanguages?.get(w);
    // A catalogue word votes for its language unless the copy shows it in others too ("sobre", "semanal").
    const seen = wordLanguages?.get(w);
    const votes = !!own && own.length < 3 && w.length > 2 && !(seen && seen.some((l) => !own.includes(l)));
    // Words in a row of the same language are one borrowed expression ("realismo y black & grey").
    const borrowed = votes && !!previousTerm && own!.every((l) => previousTerm!.includes(l));
    if (votes) for (const l of own!) scores[l] += (borrowed ? 0.5 : 1.5) / own!.length;
    previousTerm = votes ? own! : null;
  }
  // Spelling that belongs to one language, in the words that are not proper nouns ("Bella" is a name).
  const plain = plainWords;
  const count = (re: RegExp) => (plain.match(re) ?? []).length;
  scores['pt-BR'] += 2 * count(/[ãõ]|ç[ãaoõ]|ções|ção\b|\bnh[aeiou]|[^\s]nh[aeiou]|lh[aeiou]/giu);
  scores.es += 2 * count(/ñ|[¿¡]|ción\b|ciones\b/giu);
  // "ll" is Spanish ("llamada", "calle") unless the word is English too ("called", "gallery").
  for (const w of fold(plain).match(/\p{L}*ll[aeiou]\p{L}*/gu) ?? [])
    if (!wordLanguages?.get(w)?.includes('en') && !lookup.get(w)?.includes('en')) scores.es += 2;
  // "-ía" (panadería, energía) is Spanish; Portuguese writes "-ia" (padaria, energia). So are "ct"
  // between vowels (conductual, efectivo: Portuguese writes comportamental, efetivo) and "-dad".
  scores.es += 1.5 * count(/\p{L}ía(s)?\b/giu) + count(/[aeiouáéíóú]ct[aeiouáéíóú]/giu) + count(/\p{L}dad(es)?\b/giu);
  scores.en += 0.6 * count(/\b\w+ing\b|\b\w+'s\b|\bth\w+|\bw\w+/giu);
  // "ê", "â", "ô" and "à" are Portuguese as much as French (japonês, você, à vista); Spanish has none.
  scores['pt-BR'] += count(/[êâô]/giu);
  scores.fr += 2 * count(/[èùûœ]|\bl'|\bd'|\bqu'/giu);
  scores.de += 2 * count(/[äöüß]|sch/giu);
  // "ll" and "nh" also appear in English words (hello, sunhat): only count them where no English word is near.
  const ranked = (Object.entries(scores) as Array<[Detected, number]>).sort((a, b) => b[1] - a[1]);
  let best = ranked[0];
  if (best[1] <= 0) return { language: hint ?? 'en', scores, grammar };
  // A tie between the languages we write: the owner's own language decides, then Portuguese over Spanish.
  const tied = ranked.filter(([, s]) => s === best[1]).map(([l]) => l);
  if (tied.length > 1) {
    if (hint && tied.includes(hint)) best = [hint, best[1]];
    else if (tied.includes('pt-BR')) best = ['pt-BR', best[1]];
  }
  // Words borrowed from English in a sentence held together by Spanish or Portuguese ("realismo y black
  // & grey"): the grammar decides.
  const joiner = (Object.entries(grammar) as Array<[Detected, number]>).sort((a, b) => b[1] - a[1])[0];
  if (best[0] === 'en' && grammar.en === 0 && joiner[1] >= 1 && (joiner[0] === 'pt-BR' || joiner[0] === 'es')) best = [joiner[0], scores[joiner[0]]];
  const detected = best[0];
  const foreign = detected === 'fr' || detected === 'it' || detected === 'de' ? detected : undefined;
  return { language: nearest[detected], foreign, scores, grammar };
}
