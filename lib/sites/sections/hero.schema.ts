// Hero section: the props its documents may hold (zod). Its editor entry is hero.ts, its
// component lib/render/sections/Hero.tsx.
import { z } from 'zod';
import { imageSchema, linkSchema, requiredText, text } from '@/lib/sites/primitives';

export const heroSchema = z.object({
  layout: z.enum(['centered', 'split', 'cover']),
  eyebrow: text(80),
  headline: requiredText(140),
  subheadline: text(400),
  primaryAction: linkSchema,
  secondaryAction: linkSchema,
  image: imageSchema,
});

export type HeroProps = z.infer<typeof heroSchema>;
