// Team section: the props its documents may hold (zod). Its editor entry is team.ts, its
// component lib/render/sections/Team.tsx.
import { z } from 'zod';
import { imageSchema, requiredText, text } from '@/lib/sites/primitives';

const memberSchema = z.object({
  name: requiredText(80),
  role: text(80),
  bio: text(400),
  image: imageSchema,
});

export const teamSchema = z.object({
  eyebrow: text(80),
  heading: text(120),
  intro: text(400),
  imageShape: z.enum(['round', 'square']),
  members: z.array(memberSchema).min(1).max(12),
});

export type TeamProps = z.infer<typeof teamSchema>;
