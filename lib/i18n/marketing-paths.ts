// The marketing pages are built once per language and kind of visitor (app/(marketing)/[locale]/
// [visitor]); their addresses stay `/`, `/pricing` and the legal pages. server.ts turns such an
// address into the built page's path from the request's cookies and Accept-Language, and refuses
// the built paths when asked for directly (one address per page).
import type { ServerResponse } from 'node:http';
import { uiLocales, type UiLocale } from './languages';
import { LOCALE_COOKIE, requestLocale } from './locales';

export const visitorKinds = ['guest', 'member'] as const;

export const marketingPaths: ReadonlySet<string> = new Set(['/', '/pricing', '/legal/privacy', '/legal/terms', '/docs/api']);

// next-auth's session cookie (with the __Secure- prefix over HTTPS; chunked as .0, .1… when large).
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=[^;\s]/;

function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

// The built page for a marketing address (`/pricing?x` → `/pt-BR/guest/pricing?x`), or null for
// any other address.
export function marketingPagePath(url: string, cookie: string | undefined, acceptLanguage: string | undefined, fallback: UiLocale): string | null {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  if (!marketingPaths.has(path)) return null;
  const saved = cookie ? cookieValue(cookie, LOCALE_COOKIE) : undefined;
  const locale = requestLocale(saved, acceptLanguage, fallback);
  const visitor = cookie && SESSION_COOKIE.test(cookie) ? 'member' : 'guest';
  return `/${locale}/${visitor}${path === '/' ? '' : path}${q < 0 ? '' : url.slice(q)}`;
}

// Whether a path asks for a built marketing page directly (`/en/guest/pricing`).
export function isBuiltMarketingPath(path: string): boolean {
  const [, first, second] = path.split('/');
  return (uiLocales as readonly string[]).includes(first ?? '') && (visitorKinds as readonly string[]).includes(second ?? '');
}

// Adds to the response's Vary header whatever Next sets there later (it replaces the header with
// its own list), so that caches keep a built page's languages and visitors apart.
export function varyAlso(res: ServerResponse, fields: string): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => (name.toLowerCase() === 'vary' ? setHeader(name, `${String(value)}, ${fields}`) : setHeader(name, value));
  setHeader('Vary', fields);
}
