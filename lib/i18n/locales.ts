// How a request's dashboard language is chosen: the saved choice (a cookie), else the browser's.
// The languages themselves are listed in ./languages.ts.
import { isUiLocale, uiLocales, type UiLocale } from './languages';

export const LOCALE_COOKIE = 'NEXT_LOCALE';

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

// Picks the best supported locale from an Accept-Language header ("pt-PT,pt;q=0.9,en;q=0.8").
export function negotiateLocale(acceptLanguage: string | null | undefined, fallback: UiLocale): UiLocale {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  // By the primary subtag: any Portuguese ("pt-PT", "pt") gets pt-BR, any English gets en.
  for (const { tag } of ranked) {
    const match = uiLocales.find((locale) => primary(locale) === primary(tag));
    if (match) return match;
  }
  return fallback;
}

// A saved language (a cookie, an account's setting) when it is one of ours, else the fallback.
export function savedLocaleOr(saved: string | null | undefined, fallback: UiLocale): UiLocale {
  return isUiLocale(saved) ? saved : fallback;
}

// A request's language, as every page decides it: the saved choice (the cookie) when it is one of
// ours, else the browser's Accept-Language, else the fallback.
export function requestLocale(saved: string | undefined, acceptLanguage: string | null | undefined, fallback: UiLocale): UiLocale {
  return isUiLocale(saved) ? saved : negotiateLocale(acceptLanguage, fallback);
}
