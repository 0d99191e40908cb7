// The date range the site page shows: a preset (the last 7, 30 or 90 days, today included) or two
// days from the page's query string. Days are UTC, as the counts are. A bad range falls back to the
// default rather than failing the page.
import { z } from 'zod';

export const rangePresets = ['7d', '30d', '90d'] as const;
export type RangePreset = (typeof rangePresets)[number];
export type DayRange = { from: string; to: string; preset: RangePreset | null; days: number };

const MAX_DAYS = 366;
const DAY_MS = 86_400_000;
const daySchema = z.iso.date();

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

function presetRange(preset: RangePreset, today: string): DayRange {
  const days = Number(preset.slice(0, -1));
  return { from: addDays(today, -(days - 1)), to: today, preset, days };
}

export function parseDayRange(params: { range?: unknown; from?: unknown; to?: unknown }, now: Date): DayRange {
  const today = utcDay(now);
  const from = daySchema.safeParse(params.from);
  const to = daySchema.safeParse(params.to);
  if (from.success && to.success && from.data <= to.data) {
    const end = to.data > today ? today : to.data;
    const days = daysBetween(from.data, end);
    if (days >= 1 && days <= MAX_DAYS) return { from: from.data, to: end, preset: null, days };
  }
  const preset = rangePresets.find((p) => p === params.range) ?? '30d';
  return presetRange(preset, today);
}
