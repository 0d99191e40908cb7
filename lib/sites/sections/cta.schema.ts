// Call to action section: the props its documents may hold (zod). Its editor entry is cta.ts, its
// component lib/render/sections/Cta.tsx.
import { z } from 'zod';
import { linkSchema, requiredText, text } from '@/lib/sites/primitives';

export const ctaSchema = z.object({
  style: z.enum(['primary', 'accent', 'surface']),
  heading: requiredText(140),
  text: text(400),
  action: linkSchema,
  secondaryAction: linkSchema,
});

export type CtaProps = z.infer<typeof ctaSchema>;
