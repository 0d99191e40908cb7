// Saves the interface language: the NEXT_LOCALE cookie for everyone, and the account for a signed-in user.
import { cookies } from 'next/headers';
import { z } from 'zod';
import { findCurrentUser } from '@/lib/auth/require-user';
import { setLocale } from '@/lib/auth/accounts';
import { env } from '@/lib/env';
import { readJson, route } from '@/lib/http';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { uiLocaleSchema } from '@/lib/i18n/schemas';

const localeChangeSchema = z.object({ locale: uiLocaleSchema });

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export const POST = route(async (req) => {
  const { locale } = await readJson(req, localeChangeSchema);
  const user = await findCurrentUser();
  if (user) await setLocale(user.id, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    httpOnly: true,
    secure: env.NEXTAUTH_URL.startsWith('https://'),
  });
  return Response.json({ locale });
});
