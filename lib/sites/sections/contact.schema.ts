// Contact section: the props its documents may hold (zod). Its editor entry is contact.ts, its
// component lib/render/sections/Contact.tsx.
import { z } from 'zod';
import { hrefSchema, text } from '@/lib/sites/primitives';
import { days } from './contact';

// The editor has no checkbox field, so a select may send "true"/"false" as text.
const flag = z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean());
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Times look like 09:30');

export const contactSchema = z.object({
  eyebrow: text(80),
  heading: text(120),
  intro: text(400),
  showForm: flag,
  address: text(300),
  phone: text(40),
  email: text(200),
  mapLink: hrefSchema.refine((href) => href === '' || href.startsWith('https://'), 'Map links start with https://'),
  hours: z.array(z.object({ day: z.enum(days), opens: time, closes: time, closed: flag })).max(14),
});

export type ContactProps = z.infer<typeof contactSchema>;
