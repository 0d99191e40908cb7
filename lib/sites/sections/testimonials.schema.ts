// Testimonials section: the props its documents may hold (zod). Its editor entry is testimonials.ts, its
// component lib/render/sections/Testimonials.tsx.
import { z } from 'zod';
import { requiredText, text } from '@/lib/sites/primitives';

export const testimonialsSchema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  items: z
    .array(
      z.object({
        quote: requiredText(600),
        name: text(80),
        role: text(80).default(''),
        rating: z.number().int().min(0).max(5).default(0),
      }),
    )
    .min(1)
    .max(12),
});

export type TestimonialsProps = z.infer<typeof testimonialsSchema>;
