// What the owner says the business offers ("conserto de freios e troca de óleo", "wedding
// bouquets, same-day delivery") and the qualities they stress ("atendimento rápido"), in the
// owner's own words, with the name, place, kind and style words taken out.
import { commonWords, functionWords } from './common-words';
import { detectDate } from './event';
import { isStylePhrase } from './style';
import { capitalize, fold, mixesScripts, stemPhrase, type Word } from './text';

export type OfferReading = { offers: string[]; qualities: string[] };

// Phrases that introduce what follows and are not part of it.
const leadIns = [
  'especializada em',
  'especializado em',
  'especializados em',
  'especialista em',
  'specializing in',
  'specialised in',
  'specialized in',
  'especializada en',
  'especializado en',
  'especialistas en',
  'que faz',
  'que fazemos',
  'que oferece',
  'que vende',
  'that sells',
  'that offers',
  'that does',
  'que ofrece',
  'que vende',
  'que hace',
  'we do',
  'we sell',
  'we offer',
  'we make',
  'we have',
  'i do',
  'i sell',
  'i make',
  'i offer',
  'fazemos',
  'faço',
  'faco',
  'vendemos',
  'vendo',
  'oferecemos',
  'ofereço',
  'temos',
  'tenho',
  'hacemos',
  'hago',
  'ofrecemos',
  'tenemos',
  'offering',
  'selling',
  'serving',
  'servindo',
  'oferecendo',
  'ofreciendo',
  'trabalhamos com',
  'trabalho com',
  'trabajamos con',
  'services like',
  'serviços de',
  'servicios de',
  'services:',
  'serviços:',
  'servicios:',
  'like',
  'como',
  'such as',
  'com',
  'with',
  'con',
  'e também',
  'and also',
  'y también',
  'also',
  'também',
  'tambem',
  'también',
  'plus',
  'além de',
  'and',
  'e',
  'y',
  'incluindo',
  'including',
  'incluyendo',
  'inclusive',
  'tipo',
]
  .map((p) => fold(p))
  .sort((a, b) => b.length - a.length);

// Words that make a phrase a quality of the service rather than something it sells.
const qualityPattern =
  /\b(rapid[oa]s?|rápid[oa]s?|quick|fast|express|friendly|barat[oa]s?|cheap|affordable|precos? justos?|preços? justos?|fair prices?|precios? justos?|atendimento|atencion|atención|customer service|24 ?h|24 horas|24\/7|garantia|guarantee|garantía|qualidade|quality|calidad|confian[cç]a|trust|confianza|pontual|punctual|puntual|experi[eê]ncia|experience|experiencia|carinho|care|cuidado|personalizad[oa]|personalized|personalised|on time|no prazo|a tiempo|delivery gr[aá]tis|free delivery|env[ií]o gratis|entrega gr[aá]tis|sem compromisso|no obligation|honest[oa]?|honesty|transparent|transparente)\b/i;

const splitConnectors = /\s+(?:e|and|y|&|ou|or|o|mais|plus)\s+/i;

export type Excluded = (i: number) => boolean;

export function detectOffers(prompt: string, words: Word[], excluded: Excluded, knownOffer: (stems: string[]) => boolean): OfferReading {
  // Clauses end at punctuation. In a clause that also names the business, its kind or its place,
  // only what a lead-in introduces is an offer ("pet shop com banho e tosa"); other clauses
  // ("…, conserto de freios e troca de óleo") are lists of offers as they stand.
  const parts: string[] = [];
  let clause: Array<{ word: Word; excluded: boolean }> = [];
  const flush = () => {
    const hasAnchor = clause.some((c) => c.excluded);
    let run: Word[] = [];
    const end = () => {
      if (run.length) {
        // "a small shop in Asheville with wedding bouquets": what follows "with" is a list of its own.
        for (const text of prompt
          .slice(run[0].start, run[run.length - 1].end)
          .split(
            /\s+(?=(?:with|com|con|featuring|including|incluindo|incluyendo|offering|oferecendo|ofreciendo|especializad[oa]s? em|especializad[oa]s? en|specializing in)\s)/i,
          )) {
          if (!hasAnchor || startsWithLeadIn(text)) parts.push(text);
        }
      }
      run = [];
    };
    for (const c of clause) {
      if (c.excluded) end();
      else run.push(c.word);
    }
    end();
    clause = [];
  };
  words.forEach((w, i) => {
    const gapText = i > 0 ? prompt.slice(words[i - 1].end, w.start) : '';
    if (/[,;.!?:()\n\u2013\u2014]|\s-\s/u.test(gapText)) flush();
    clause.push({ word: w, excluded: excluded(i) });
  });
  flush();
  const segments = parts
    .map((s) => trimEdges(stripLeadIns(s.trim())))
    .filter((s) => s && !/^(para|pra|for|por)\s/i.test(s))
    .flatMap((s) => splitPair(s, knownOffer))
    .map((s) => clean(s))
    .filter((s): s is string => !!s);

  const offers: string[] = [];
  const qualities: string[] = [];
  const seen = new Set<string>();
  for (const s of segments) {
    const key = fold(s);
    if (seen.has(key)) continue;
    seen.add(key);
    if (qualityPattern.test(s)) qualities.push(capitalize(s));
    else offers.push(capitalize(s));
  }
  return { offers: offers.slice(0, 8), qualities: qualities.slice(0, 4) };
}

function startsWithLeadIn(text: string): boolean {
  const f = fold(text.trim());
  return leadIns.some((lead) => f === lead || f.startsWith(`${lead} `));
}

// "conserto de freios e troca de óleo" is two offers; "banho e tosa" and "bolos e doces" stay one.
function splitPair(segment: string, knownOffer: (stems: string[]) => boolean): string[] {
  if (!segment) return [];
  if (knownOffer(stemPhrase(stripLeadIns(segment)))) return [segment];
  const parts = segment.split(splitConnectors);
  // "conserto de freios e troca de óleo", "atendimento rápido e suspensão": a longer part makes it a list.
  if (parts.length > 1 && parts.some((p) => p.trim().split(/\s+/).length >= 2)) return parts;
  if (parts.length > 1 && parts.every((p) => knownOffer(stemPhrase(stripLeadIns(p))))) return parts;
  return [segment];
}

function stripLeadIns(segment: string): string {
  let s = segment.trim();
  for (let changed = true; changed;) {
    changed = false;
    const f = fold(s);
    for (const lead of leadIns) {
      if (f === lead || f.startsWith(`${lead} `)) {
        s = s.slice(lead.length).trim();
        changed = true;
        break;
      }
    }
  }
  return s;
}

// Drops leading and trailing small words ("de", "para", "a", "the").
function trimEdges(segment: string): string {
  const tokens = segment.replace(/\s+/g, ' ').trim().split(' ');
  while (tokens.length && functionWords.has(fold(tokens[0]))) tokens.shift();
  while (tokens.length && functionWords.has(fold(tokens[tokens.length - 1]))) tokens.pop();
  return tokens.join(' ');
}

function clean(segment: string): string | null {
  const s = trimEdges(stripLeadIns(segment));
  const tokens = s.split(' ');
  if (!s || tokens.length > 6) return null;
  const meaningful = tokens.filter((t) => t.length >= 3 && !commonWords.has(fold(t)));
  if (!meaningful.length && !qualityPattern.test(s)) return null;
  if (isStylePhrase(s)) return null;
  if (/^\d+$/.test(s) || /https?:|www\./i.test(s) || /[<>{}[\]\\@#]/.test(s) || detectDate(s, 'pt-BR')) return null;
  if (s.split(/\s+/).some((w) => w.length > 30 || mixesScripts(w))) return null;
  return s;
}
