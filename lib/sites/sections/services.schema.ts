// Services section: the props its documents may hold (zod). Its editor entry is services.ts, its
// component lib/render/sections/Services.tsx.
import { z } from 'zod';
import { iconSchema, linkSchema, requiredText, text } from '@/lib/sites/primitives';

export const servicesSchema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  items: z
    .array(
      z.object({
        title: requiredText(80),
        description: text(400),
        price: text(40).default(''),
        icon: z.union([iconSchema, z.literal('')]).default(''),
      }),
    )
    .min(1)
    .max(12),
  action: linkSchema,
});

export type ServicesProps = z.infer<typeof servicesSchema>;
