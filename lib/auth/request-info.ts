// Who is calling, as far as the request says: client IP, user agent, and the language of its page.
// server.ts sets x-forwarded-for from the socket unless TRUST_PROXY is on, so it cannot be spoofed.
// next/headers is loaded when first asked for: this module is also in server.ts's graph (the
// account-delete job reaches it), where importing next/headers before Next starts throws at load.
import { env } from '@/lib/env';
import type { UiLocale } from '@/lib/i18n/languages';
import { LOCALE_COOKIE, requestLocale } from '@/lib/i18n/locales';

export type RequestInfo = { ip: string; userAgent: string };

export function requestInfoFrom(h: Headers): RequestInfo {
  const forwarded = h.get('x-forwarded-for') ?? '';
  const ip = forwarded.split(',')[0]?.trim() || h.get('x-real-ip') || '';
  return { ip: ip.slice(0, 64), userAgent: (h.get('user-agent') ?? '').slice(0, 400) };
}

export async function currentRequestInfo(): Promise<RequestInfo> {
  try {
    const { headers } = await import('next/headers');
    return requestInfoFrom(await headers());
  } catch {
    return { ip: '', userAgent: '' }; // outside a request (scripts, tests)
  }
}

// The language of the page that sent the request, decided as i18n/request.ts decides every page's:
// the NEXT_LOCALE cookie, else Accept-Language, else DEFAULT_LOCALE (also outside a request).
export async function currentRequestLocale(): Promise<UiLocale> {
  try {
    const { cookies, headers } = await import('next/headers');
    return requestLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'), env.DEFAULT_LOCALE);
  } catch {
    return env.DEFAULT_LOCALE;
  }
}
