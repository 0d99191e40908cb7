// The languages and currencies Page Magic supports, written out once. Plain data with no imports,
// so any file may use it, the browser's included (the editor's first load carries no zod: the zod
// enums built from these lists are in ./schemas.ts).

// The dashboard's own languages: each has its messages in messages/<locale>/ (next-intl).
export const uiLocales = ['en', 'pt-BR', 'es'] as const;
export type UiLocale = (typeof uiLocales)[number];

// The languages a site is written in: generation, copy banks, the catalogue, published pages.
// More than the dashboard speaks: an owner reading Portuguese can make a site in Spanish.
export const siteLanguages = ['en', 'pt-BR', 'es'] as const;
export type SiteLanguage = (typeof siteLanguages)[number];

// The currencies a site's prices are shown in.
export const siteCurrencies = ['USD', 'BRL', 'EUR', 'MXN', 'ARS', 'COP', 'CLP', 'PEN', 'GBP', 'CAD', 'AUD', 'UYU'] as const;
export type SiteCurrency = (typeof siteCurrencies)[number];

// The currencies plans are sold in (lib/billing/plans.ts has a price in each).
export const billingCurrencies = ['USD', 'BRL'] as const satisfies readonly SiteCurrency[];
export type BillingCurrency = (typeof billingCurrencies)[number];

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (uiLocales as readonly string[]).includes(value);
}

export function isBillingCurrency(value: unknown): value is BillingCurrency {
  return typeof value === 'string' && (billingCurrencies as readonly string[]).includes(value);
}
