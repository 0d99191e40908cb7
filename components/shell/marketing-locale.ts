// The language of a marketing page built for one language ([locale] in its path), set for the
// translations it reads (next-intl then needs no request headers, so the page stays static).
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isUiLocale, type UiLocale } from '@/lib/i18n/languages';

export type MarketingParams = Promise<{ locale: string; visitor?: string }>;

export async function marketingLocale(params: MarketingParams): Promise<UiLocale> {
  const { locale } = await params;
  if (!isUiLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
