// Sizes and durations of builds in the owner's locale (next-intl's formatter, Intl units).
import type { useFormatter } from 'next-intl';

export function buildFormat(format: ReturnType<typeof useFormatter>) {
  return {
    kb: (bytes: number) => format.number(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }),
    duration: (ms: number) =>
      ms < 1000
        ? format.number(Math.round(ms), { style: 'unit', unit: 'millisecond' })
        : format.number(ms / 1000, { style: 'unit', unit: 'second', maximumFractionDigits: 1 }),
  };
}
