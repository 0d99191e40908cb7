// next-intl request config: the locale cookie (set in settings), else the browser's language.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { env } from '@/lib/env';
import { isUiLocale, type UiLocale } from '@/lib/i18n/languages';
import { LOCALE_COOKIE, requestLocale } from '@/lib/i18n/locales';
import { messages } from './messages';

// next-intl's locale is one of ours: useLocale() and getLocale() answer a UiLocale, not any string.
declare module 'next-intl' {
  interface AppConfig {
    Locale: UiLocale;
  }
}

// A marketing page is built per language and names it (setRequestLocale, or a locale passed to
// getTranslations): then no request header is read, so the page stays static.
async function chosenLocale(): Promise<UiLocale> {
  return requestLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'), env.DEFAULT_LOCALE);
}

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  const named = explicit ?? (await requestLocale);
  const locale = isUiLocale(named) ? named : await chosenLocale();
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
