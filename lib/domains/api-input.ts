// What the /api/v1/domains endpoints accept, beside the records (records.ts, dns-records.ts):
// registrar search and purchase, certificate export, cache purge. The Domains page's server
// actions parse with the same schemas.
import { z } from 'zod';
import { rangePresets } from '@/lib/analytics/range';
import { registrantSchema } from './registrars/registrar';

export const domainSearchSchema = z.object({ q: z.string().trim().min(1, 'Type a name to search for').max(253) });

export const domainRegisterSchema = z.object({
  name: z.string().trim().min(3).max(253),
  years: z.number().int().min(1).max(10).default(1),
  registrant: registrantSchema,
  expectedPriceCents: z.number().int().min(0),
  // The owner agreed to buy this domain for this price.
  consent: z.literal(true, { error: 'Agree to the purchase first' }),
});

// openssl reads the password as one line from its pipe: no line breaks or other control characters.
export const p12PasswordSchema = z
  .string()
  .min(8, { error: 'Use at least 8 characters.' })
  .max(128)
  .regex(/^[^\p{Cc}]+$/u, { error: 'The password cannot contain line breaks or control characters.' });

export const certificateExportSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('pem') }).strict(),
  z.object({ format: z.literal('p12'), password: p12PasswordSchema }).strict(),
]);

// Site paths as published: "/", "/about", "/sitemap.xml". No host, query or fragment.
const sitePath = z
  .string()
  .max(1024, 'A path has at most 1024 characters')
  .regex(/^\/[\x21-\x7e]*$/, 'A path starts with / and has no spaces or control characters')
  .refine((p) => !/[?#]/.test(p), 'A path has no query or fragment');

export const purgeSchema = z.object({ paths: z.array(sitePath).min(1).max(500).optional() }).strict();

// GET /domains/[id]/analytics: ?range=7d|30d|90d, or ?from=YYYY-MM-DD&to=YYYY-MM-DD (both).
export const analyticsQuerySchema = z
  .object({ range: z.enum(rangePresets).optional(), from: z.iso.date().optional(), to: z.iso.date().optional() })
  .strict()
  .refine((q) => (q.from === undefined) === (q.to === undefined), { error: 'Give both from and to, or neither', path: ['from'] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'from comes before to', path: ['from'] });
