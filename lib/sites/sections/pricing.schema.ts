// Pricing section: the props its documents may hold (zod). Its editor entry is pricing.ts, its
// component lib/render/sections/Pricing.tsx.
import { z } from 'zod';
import { linkSchema, requiredText, text } from '@/lib/sites/primitives';

// fields.ts has no on/off control, so the editor's select sends 'true'/'false'; both are accepted.
const flagSchema = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const pricingSchema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  tiers: z
    .array(
      z.object({
        name: requiredText(60),
        price: text(30),
        period: text(30).default(''),
        description: text(240).default(''),
        features: z.array(text(120)).max(12).default([]),
        action: linkSchema,
        highlighted: flagSchema.default(false),
      }),
    )
    .min(1)
    .max(4),
  note: text(200),
});

export type PricingProps = z.infer<typeof pricingSchema>;
