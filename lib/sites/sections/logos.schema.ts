// Logo cloud section: the props its documents may hold (zod). Its editor entry is logos.ts, its
// component lib/render/sections/Logos.tsx.
import { z } from 'zod';
import { hrefSchema, requiredText, text } from '@/lib/sites/primitives';

export const logosSchema = z.object({
  heading: text(120),
  items: z
    .array(z.object({ name: requiredText(60), href: hrefSchema.optional() }))
    .min(1)
    .max(16),
});

export type LogosProps = z.infer<typeof logosSchema>;
