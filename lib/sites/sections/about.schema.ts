// About section: the props its documents may hold (zod). Its editor entry is about.ts, its
// component lib/render/sections/About.tsx.
import { z } from 'zod';
import { imageSchema, requiredText, text } from '@/lib/sites/primitives';

export const aboutSchema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  body: z.array(text(1200)).max(6),
  image: imageSchema,
  imagePosition: z.enum(['left', 'right']),
  highlights: z.array(text(60)).max(6),
});

export type AboutProps = z.infer<typeof aboutSchema>;
