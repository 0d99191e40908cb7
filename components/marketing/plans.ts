// The plan table shown on the pricing pages and the billing page: prices and what each plan includes.
// Prices are integer cents in the currency of the visitor's language (BRL for pt-BR, USD otherwise).
import type { NumberFormatOptions } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';

export type PlanId = 'free' | 'pro' | 'business';
export type BillingPeriod = 'monthly' | 'yearly';
export type Currency = 'USD' | 'BRL';

export type Plan = {
  id: PlanId;
  prices: Record<Currency, Record<BillingPeriod, number>>;
  limits: { sites: number; customDomains: number; monthlyCredits: number };
  hasBadge: boolean;
  isFeatured: boolean;
};

export const plans: readonly Plan[] = [
  {
    id: 'free',
    prices: { USD: { monthly: 0, yearly: 0 }, BRL: { monthly: 0, yearly: 0 } },
    limits: { sites: 1, customDomains: 0, monthlyCredits: 10 },
    hasBadge: true,
    isFeatured: false,
  },
  {
    id: 'pro',
    prices: { USD: { monthly: 19_00, yearly: 190_00 }, BRL: { monthly: 49_00, yearly: 490_00 } },
    limits: { sites: 10, customDomains: 3, monthlyCredits: 200 },
    hasBadge: false,
    isFeatured: true,
  },
  {
    id: 'business',
    prices: { USD: { monthly: 49_00, yearly: 490_00 }, BRL: { monthly: 129_00, yearly: 1290_00 } },
    limits: { sites: 50, customDomains: 20, monthlyCredits: 1000 },
    hasBadge: false,
    isFeatured: false,
  },
];

export const billingPeriods: readonly BillingPeriod[] = ['monthly', 'yearly'];

export function getPlan(id: PlanId): Plan {
  const plan = plans.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`Unknown plan ${id}`);
  return plan;
}

export function currencyFor(locale: Locale | string): Currency {
  return locale === 'pt-BR' ? 'BRL' : 'USD';
}

// Formatting options for next-intl's format.number(): whole amounts without cents ("R$ 49").
export function moneyFormat(currency: Currency, cents: number): NumberFormatOptions {
  return { style: 'currency', currency, minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 };
}
