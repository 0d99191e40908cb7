// Menu section: the props its documents may hold (zod). Its editor entry is menu.ts, its
// component lib/render/sections/Menu.tsx.
import { z } from 'zod';
import { requiredText, text } from '@/lib/sites/primitives';
import { menuTags } from './menu';

const itemSchema = z.object({
  name: requiredText(80),
  description: text(300).default(''),
  price: text(40).default(''),
  tags: z.array(z.enum(menuTags)).max(5).default([]),
});

export const menuSchema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  categories: z
    .array(z.object({ name: requiredText(60), items: z.array(itemSchema).max(30) }))
    .min(1)
    .max(12),
  note: text(200),
});

export type MenuProps = z.infer<typeof menuSchema>;
