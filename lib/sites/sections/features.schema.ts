// Features section: the props its documents may hold (zod). Its editor entry is features.ts, its
// component lib/render/sections/Features.tsx.
import { z } from 'zod';
import { iconSchema, requiredText, text } from '@/lib/sites/primitives';

export const featuresSchema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  items: z
    .array(z.object({ icon: iconSchema, title: requiredText(80), text: text(300) }))
    .min(2)
    .max(12),
});

export type FeaturesProps = z.infer<typeof featuresSchema>;
