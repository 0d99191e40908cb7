// Products section: the props its documents may hold (zod). Its editor entry is products.ts, its
// component lib/render/sections/Products.tsx.
import { z } from 'zod';
import { imageSchema, linkSchema, requiredText, text } from '@/lib/sites/primitives';

export const productsSchema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  items: z
    .array(
      z.object({
        name: requiredText(80),
        description: text(300).default(''),
        price: text(40).default(''),
        image: imageSchema,
        orderLink: linkSchema,
      }),
    )
    .min(1)
    .max(24),
});

export type ProductsProps = z.infer<typeof productsSchema>;
