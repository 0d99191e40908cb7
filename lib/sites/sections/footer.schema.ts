// Footer section: the props its documents may hold (zod). Its editor entry is footer.ts, its
// component lib/render/sections/Footer.tsx.
import { z } from 'zod';
import { hrefSchema, linkSchema, text } from '@/lib/sites/primitives';
import { networks } from './footer';

export const footerSchema = z.object({
  tagline: text(200),
  columns: z.array(z.object({ title: text(60), links: z.array(linkSchema).max(8) })).max(4),
  address: text(300),
  phone: text(40),
  email: text(200),
  social: z.array(z.object({ network: z.enum(networks), href: hrefSchema })).max(7),
  year: z.number().int().min(2000).max(2100),
});

export type FooterProps = z.infer<typeof footerSchema>;
