// Numbers section: the props its documents may hold (zod). Its editor entry is stats.ts, its
// component lib/render/sections/Stats.tsx.
import { z } from 'zod';
import { requiredText, text } from '@/lib/sites/primitives';

export const statsSchema = z.object({
  heading: text(120),
  intro: text(300),
  items: z
    .array(z.object({ value: requiredText(16), label: text(80) }))
    .min(2)
    .max(6),
});

export type StatsProps = z.infer<typeof statsSchema>;
