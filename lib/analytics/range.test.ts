import { describe, expect, it } from 'vitest';
import { parseDayRange } from './range';

const now = new Date('2026-12-04T15:30:00Z');

describe('parseDayRange', () => {
  it('answers the last 30 days, today included, by default', () => {
    expect(parseDayRange({}, now)).toEqual({ from: '2026-11-05', to: '2026-12-04', preset: '30d', days: 30 });
  });
  it('takes a preset', () => {
    expect(parseDayRange({ range: '7d' }, now)).toEqual({ from: '2026-11-28', to: '2026-12-04', preset: '7d', days: 7 });
    expect(parseDayRange({ range: '90d' }, now).from).toBe('2026-09-06');
  });
  it('takes two days, ending today at the latest', () => {
    expect(parseDayRange({ from: '2026-10-01', to: '2026-10-31' }, now)).toEqual({ from: '2026-10-01', to: '2026-10-31', preset: null, days: 31 });
    expect(parseDayRange({ from: '2026-12-01', to: '2027-01-31' }, now)).toEqual({ from: '2026-12-01', to: '2026-12-04', preset: null, days: 4 });
    expect(parseDayRange({ from: '2026-12-04', to: '2026-12-04' }, now).days).toBe(1);
  });
  it('falls back to the default on a bad range', () => {
    for (const params of [
      { range: '1y' },
      { from: '2026-12-05', to: '2026-12-01' },
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2020-01-01', to: '2026-12-01' },
      { from: "2026-01-01'; --", to: '2026-02-01' },
      { from: ['2026-01-01'], to: '2026-02-01' },
      { from: '2027-01-01', to: '2027-01-31' },
    ]) {
      expect(parseDayRange(params, now).preset, JSON.stringify(params)).toBe('30d');
    }
  });
});
