// Site slugs: the subdomain a site is published at. Lowercase letters, digits and single
// hyphens, 3 to 40 characters, not a reserved word.
import { z } from 'zod';

export const reservedSlugs = new Set([
  'www',
  'app',
  'api',
  'admin',
  'mail',
  'email',
  'smtp',
  'imap',
  'pop',
  'ftp',
  'ns1',
  'ns2',
  'dns',
  'cdn',
  'static',
  'assets',
  'dashboard',
  'billing',
  'status',
  'help',
  'support',
  'docs',
  'blog',
  'auth',
  'login',
  'signin',
  'signup',
  'account',
  'pagemagic',
  'page-magic',
  'root',
  'system',
  'test',
  'localhost',
  'webmail',
  'autodiscover',
  'autoconfig',
  'mx',
]);

export const slugSchema = z
  .string()
  .min(3, 'Use at least 3 characters.')
  .max(40, 'Use at most 40 characters.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit.')
  .refine((slug) => !reservedSlugs.has(slug), 'That address is reserved. Choose another one.');

// A slug cut to `max` characters at a word boundary (a hyphen), so a long name does not end in half
// a word; a first word longer than that is cut where it must be.
export function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const boundary = slug.slice(0, max + 1).lastIndexOf('-');
  return (boundary >= 3 ? slug.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/g, '');
}

// "Padaria São João!" -> "padaria-sao-joao"
export function slugify(name: string): string {
  const base = cutSlug(
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, ''),
    40,
  );
  if (base.length >= 3 && !reservedSlugs.has(base)) return base;
  return `${base || 'site'}-site`.slice(0, 40);
}

export type SlugProblem = 'tooShort' | 'tooLong' | 'format' | 'reserved';

// Why a wanted address cannot be used, as a code the screens put in the owner's language (the
// same rules as slugSchema, whose messages the API answers with), or null when its shape is fine.
export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length < 3) return 'tooShort';
  if (slug.length > 40) return 'tooLong';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return 'format';
  if (reservedSlugs.has(slug)) return 'reserved';
  return null;
}
