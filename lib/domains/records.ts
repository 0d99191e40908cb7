// DNS records as the app accepts them: one zod schema per type (A, AAAA, CNAME, TXT, MX, CAA, NS),
// so a value is checked for its type before it reaches a provider or the database. Self-contained
// (zod only, no Node modules): the Domains page, the API and the providers all parse with it.
import { z } from 'zod';

// A TXT record is a list of strings of at most 255 bytes each (RFC 1035 §3.3.14); a longer value
// is split into chunks. The whole value is capped well below a DNS message's size.
export const TXT_CHUNK_BYTES = 255;
const TXT_MAX_BYTES = 2048;

// RFC 1035 / 1123 hostnames: labels of 1-63 letters, digits and hyphens (not at either end), at
// most 253 characters, one optional trailing dot. Underscores are allowed at a label's start
// (_pagemagic, _dmarc, _acme-challenge), which DNS itself permits for service names.
const label = /^(?:_?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|_[a-z0-9-]{1,62})$/i;

export function isHostname(value: string): boolean {
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((part) => label.test(part));
}

// A record's name inside its zone: "@" for the apex, "*" or "*.x" for wildcards, or a hostname.
function isRecordName(value: string): boolean {
  if (value === '@' || value === '*') return true;
  if (value.startsWith('*.')) return isHostname(value.slice(2));
  return isHostname(value);
}

const encoder = new TextEncoder();
const byteLength = (value: string) => encoder.encode(value).length;

const lower = (value: string) => value.toLowerCase().replace(/\.$/, '');

const name = z
  .string()
  .trim()
  .min(1, 'Enter a name (@ for the domain itself)')
  .max(253, 'A name has at most 253 characters')
  .refine(isRecordName, 'A name is letters, digits and hyphens in dot-separated labels of up to 63 characters')
  .transform((value) => (value === '@' ? value : lower(value)));

const hostname = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}`)
    .max(254, 'A hostname has at most 253 characters')
    .refine(isHostname, `The ${what} must be a hostname such as example.com`)
    .transform(lower);

// 1 is Cloudflare's "automatic"; otherwise 60 s to a day, as most providers allow.
const ttl = z
  .number()
  .int()
  .refine((value) => value === 1 || (value >= 60 && value <= 86_400), 'TTL is 60 to 86400 seconds (or 1 for automatic)')
  .default(300);

const priority = z.number().int().min(0, 'Priority is 0 to 65535').max(65_535, 'Priority is 0 to 65535');

const aRecordSchema = z.object({
  type: z.literal('A'),
  name,
  ttl,
  value: z
    .string()
    .trim()
    .pipe(z.ipv4({ error: 'An A record points at an IPv4 address such as 203.0.113.7' })),
});

const aaaaRecordSchema = z.object({
  type: z.literal('AAAA'),
  name,
  ttl,
  value: z
    .string()
    .trim()
    .pipe(z.ipv6({ error: 'An AAAA record points at an IPv6 address such as 2001:db8::7' }))
    .transform((value) => value.toLowerCase()),
});

const cnameRecordSchema = z.object({ type: z.literal('CNAME'), name, ttl, value: hostname('target') });
const nsRecordSchema = z.object({ type: z.literal('NS'), name, ttl, value: hostname('name server') });
const mxRecordSchema = z.object({ type: z.literal('MX'), name, ttl, value: hostname('mail server'), priority });

const txtRecordSchema = z.object({
  type: z.literal('TXT'),
  name,
  ttl,
  value: z
    .string()
    .min(1, 'Enter the text')
    // Control characters have no business in a TXT value and break zone files and UIs alike.
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'The text cannot contain control characters or line breaks')
    .refine((value) => byteLength(value) <= TXT_MAX_BYTES, `The text is at most ${TXT_MAX_BYTES} bytes`),
});

// CAA (RFC 8659): flags 0-255, a tag of letters and digits, and a value; issue/issuewild name a CA
// (a domain, optionally followed by parameters) or ";" for none, iodef a mailto: or https: URL.
const caaTags = ['issue', 'issuewild', 'iodef'] as const;
const caaRecordSchema = z
  .object({
    type: z.literal('CAA'),
    name,
    ttl,
    flags: z.number().int().min(0, 'CAA flags are 0 to 255').max(255, 'CAA flags are 0 to 255').default(0),
    tag: z.enum(caaTags, { error: 'The CAA tag is issue, issuewild or iodef' }),
    value: z
      .string()
      .trim()
      .max(255, 'A CAA value has at most 255 characters')
      .refine((value) => !/["\u0000-\u001f\u007f]/.test(value), 'A CAA value cannot contain quotes or control characters'),
  })
  .superRefine((record, ctx) => {
    if (record.tag === 'iodef') {
      if (!/^(mailto:[^\s@]+@[^\s@]+|https?:\/\/\S+)$/i.test(record.value)) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'An iodef value is a mailto: or https:// address' });
      }
      return;
    }
    const [issuer = '', ...params] = record.value.split(';');
    const ca = issuer.trim();
    if (ca !== '' && !isHostname(ca))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Name the CA by its domain, such as letsencrypt.org, or ";" for none' });
    if (params.some((param) => param.trim() !== '' && !/^[a-z0-9]+=[\x21-\x3a\x3c-\x7e]*$/i.test(param.trim()))) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'CAA parameters look like key=value' });
    }
  });

export const dnsRecordSchema = z.discriminatedUnion('type', [
  aRecordSchema,
  aaaaRecordSchema,
  cnameRecordSchema,
  txtRecordSchema,
  mxRecordSchema,
  caaRecordSchema,
  nsRecordSchema,
]);

export type DnsRecord = z.output<typeof dnsRecordSchema>;

// A TXT value as DNS carries it: chunks of at most 255 bytes, never splitting a UTF-8 character.
export function txtChunks(value: string): string[] {
  const chunks: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of value) {
    const size = byteLength(char);
    if (bytes + size > TXT_CHUNK_BYTES) {
      chunks.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

// The TXT value in zone-file form: each chunk quoted, quotes and backslashes escaped.
export function txtZoneValue(value: string): string {
  return txtChunks(value)
    .map((chunk) => `"${chunk.replace(/[\\"]/g, (c) => `\\${c}`)}"`)
    .join(' ');
}

// A CAA record's content in zone-file form: `0 issue "letsencrypt.org"`.
export function caaZoneValue(record: { flags: number; tag: string; value: string }): string {
  return `${record.flags} ${record.tag} "${record.value}"`;
}
