// Event details in a prompt: the date (and time) and the venue, in the three languages.
import { venueWords } from './places';
import { fold, type Word } from './text';

export type EventDetails = { date: string | null; time: string | null; venue: string | null };

const months: Record<string, number> = {};
[
  ['janeiro', 'enero', 'january', 'jan'],
  ['fevereiro', 'febrero', 'february', 'feb', 'fev'],
  ['marco', 'marzo', 'march', 'mar'],
  ['abril', 'april', 'apr', 'abr'],
  ['maio', 'mayo', 'may'],
  ['junho', 'junio', 'june', 'jun'],
  ['julho', 'julio', 'july', 'jul'],
  ['agosto', 'august', 'aug', 'ago'],
  ['setembro', 'septiembre', 'setiembre', 'september', 'sep', 'sept', 'set'],
  ['outubro', 'octubre', 'october', 'oct', 'out'],
  ['novembro', 'noviembre', 'november', 'nov'],
  ['dezembro', 'diciembre', 'december', 'dec', 'dez', 'dic'],
].forEach((names, i) => names.forEach((n) => (months[n] = i + 1)));
const monthPattern = Object.keys(months)
  .sort((a, b) => b.length - a.length)
  .join('|');

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

// A date without a year is the next one to come, counted from `today`.
function withYear(month: number, day: number, year: number | null, today: Date): string | null {
  if (year) return iso(year < 100 ? 2000 + year : year, month, day);
  const thisYear = today.getUTCFullYear();
  const candidate = iso(thisYear, month, day);
  if (candidate && candidate >= today.toISOString().slice(0, 10)) return candidate;
  return iso(thisYear + 1, month, day);
}

export function detectDate(prompt: string, language: string, today = new Date()): string | null {
  const text = fold(prompt);
  let m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|º|o)?(?:\\s+de)?\\s+(?:of\\s+)?(${monthPattern})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?\\b`).exec(text);
  if (m) return withYear(months[m[2]], Number(m[1]), m[3] ? Number(m[3]) : null, today);
  m = new RegExp(`\\b(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`).exec(text);
  if (m) return withYear(months[m[1]], Number(m[2]), m[3] ? Number(m[3]) : null, today);
  m = /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Day first everywhere but in English, where a first number over 12 still makes it day first.
    const [day, month] = language === 'en' && a <= 12 ? [b, a] : [a, b];
    if (month >= 1 && month <= 12) return withYear(month, day, m[3] ? Number(m[3]) : null, today);
  }
  return null;
}

export function detectTime(prompt: string): string | null {
  const m =
    /\b(?:às|as|at|a las|a la|from|desde|das)\s+(\d{1,2})(?::(\d{2}))?\s*(h|hs|hrs|am|pm|horas)?\b/i.exec(prompt) ??
    /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|h)\b/i.exec(prompt);
  if (!m) return null;
  let hour = Number(m[1]);
  const suffix = (m[3] ?? '').toLowerCase();
  if (!m[2] && !suffix) return null;
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

export function detectVenue(prompt: string, words: Word[]): string | null {
  for (let i = 1; i < words.length; i++) {
    if (!['na', 'no', 'em', 'at', 'en', 'in', 'el', 'la', 'the'].includes(words[i - 1].folded)) continue;
    const w = words[i];
    if (!w.isCapitalized || !venueWords.has(w.folded)) continue;
    let end = i + 1;
    while (
      end < words.length &&
      end - i < 6 &&
      words[end].gap.trim() === '' &&
      (words[end].isCapitalized || (['de', 'do', 'da', 'del', 'la', 'of', 'the', 'dos', 'das'].includes(words[end].folded) && words[end + 1]?.isCapitalized))
    )
      end++;
    if (end - i >= 2) return prompt.slice(w.start, words[end - 1].end);
  }
  return null;
}

export function detectEvent(prompt: string, words: Word[], language: string, today?: Date): EventDetails | null {
  const details = { date: detectDate(prompt, language, today), time: detectTime(prompt), venue: detectVenue(prompt, words) };
  return details.date || details.venue ? details : null;
}
