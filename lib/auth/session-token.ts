// The session cookie, decrypted: who it names (sub), its device session (sid) and when it ends
// (exp), with no database read. requireUser() checks the device session after this; the signed-in
// page cache (lib/page-cache.ts) needs only to know whose page it keeps.
import { getToken, type JWT } from 'next-auth/jwt';
import { env } from '@/lib/env';

export async function decodeSessionCookies(cookies: Record<string, string>): Promise<JWT | null> {
  return getToken({
    req: { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]['req'],
    secret: env.NEXTAUTH_SECRET,
    secureCookie: env.NEXTAUTH_URL.startsWith('https://'),
  });
}

// A Cookie header as name -> value (the first of a repeated name, as browsers send the most
// specific first).
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    if (name && !(name in cookies)) cookies[name] = part.slice(at + 1).trim();
  }
  return cookies;
}
