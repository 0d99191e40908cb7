// Navigation bar section: the props its documents may hold (zod). Its editor entry is navbar.ts, its
// component lib/render/sections/Navbar.tsx.
import { z } from 'zod';
import { linkSchema, text } from '@/lib/sites/primitives';

export const navbarSchema = z.object({
  logoText: text(100),
  links: z.array(linkSchema).max(8),
  action: linkSchema,
});

export type NavbarProps = z.infer<typeof navbarSchema>;
