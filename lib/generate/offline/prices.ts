// Prices for the site's country: the catalogue gives typical ranges in each language's own
// currency (en USD, pt-BR BRL, es EUR); a site elsewhere gets them converted at rough
// purchasing-power rates and rounded to a price a shop would print.
import type { SiteCurrency, SiteLanguage } from '@/lib/i18n/languages';
import type { PriceUnit } from '../catalogue/schema';

const byCountry: Record<string, SiteCurrency> = {
  BR: 'BRL',
  US: 'USD',
  PT: 'EUR',
  ES: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  IT: 'EUR',
  IE: 'EUR',
  MX: 'MXN',
  AR: 'ARS',
  CO: 'COP',
  CL: 'CLP',
  PE: 'PEN',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  UY: 'UYU',
  EC: 'USD',
  PA: 'USD',
  SV: 'USD',
  PR: 'USD',
};
const languageCurrency: Record<SiteLanguage, SiteCurrency> = { en: 'USD', 'pt-BR': 'BRL', es: 'EUR' };

export function currencyFor(language: SiteLanguage, country: string | null | undefined): SiteCurrency {
  return (country && byCountry[country]) || languageCurrency[language];
}

// Roughly what one US dollar of local prices is in each currency.
const perDollar: Record<SiteCurrency, number> = {
  USD: 1,
  BRL: 3.2,
  EUR: 0.85,
  GBP: 0.8,
  MXN: 11,
  ARS: 600,
  COP: 2500,
  CLP: 600,
  PEN: 2.4,
  CAD: 1.3,
  AUD: 1.45,
  UYU: 30,
};

function roundPrice(n: number): number {
  if (n < 10) return Math.round(n * 2) / 2;
  const digits = Math.floor(Math.log10(n)) + 1;
  const step = 10 ** Math.max(0, digits - 2);
  return Math.round(n / step) * step;
}

export function convertPrice(amount: number, from: SiteCurrency, to: SiteCurrency): number {
  if (from === to || amount === 0) return amount;
  return roundPrice((amount / perDollar[from]) * perDollar[to]);
}

// "80-250 /hora", "45", "120 /night": the form ctx.price() formats for the site's language.
export function priceText(
  range: [number, number] | number | undefined,
  language: SiteLanguage,
  currency: SiteCurrency,
  per: PriceUnit | undefined,
  perLabels: Record<PriceUnit, string>,
): string {
  if (range === undefined) return '';
  const from = languageCurrency[language];
  const [a, b] = typeof range === 'number' ? [range, range] : range;
  const min = convertPrice(a, from, currency);
  const max = convertPrice(b, from, currency);
  const amount = min === max ? `${min}` : `${min}-${max}`;
  return per ? `${amount} ${perLabels[per]}` : amount;
}
