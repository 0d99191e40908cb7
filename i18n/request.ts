// next-intl request config: the locale cookie (set in settings), else the browser's language.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { env } from '@/lib/env';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locales';
import { messages } from './messages';

export default getRequestConfig(async () => {
  const saved = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(saved) ? saved : negotiateLocale((await headers()).get('accept-language'), env.DEFAULT_LOCALE);
  return {
    locale,
    messages: messages[locale],
    timeZone: 'UTC',
    onError(error) {
      // A missing message is a bug: fail loudly outside production so tests catch it.
      if (env.NODE_ENV !== 'production') throw error;
      console.error(error.message);
    },
  };
});
