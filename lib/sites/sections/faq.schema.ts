// FAQ section: the props its documents may hold (zod). Its editor entry is faq.ts, its
// component lib/render/sections/Faq.tsx.
import { z } from 'zod';
import { requiredText, text } from '@/lib/sites/primitives';

export const faqSchema = z.object({
  eyebrow: text(80),
  heading: text(120),
  intro: text(400),
  items: z
    .array(z.object({ question: requiredText(200), answer: text(2000) }))
    .min(1)
    .max(30),
});

export type FaqProps = z.infer<typeof faqSchema>;
