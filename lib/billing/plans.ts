// The one plan table: prices, entitlements and overage, read by the pricing pages, the dashboard
// and every limit check in lib/. Pure data (no settings), so any component may import it.
// Prices are integer cents in the currency of the visitor's language (BRL for pt-BR, USD for en and es);
// Stripe's own prices are found by lookup key (lib/billing/prices.ts).
import type { NumberFormatOptions } from 'next-intl';
import { isBillingCurrency, type BillingCurrency, type UiLocale } from '@/lib/i18n/languages';

export type PlanId = 'free' | 'pro' | 'business';
export type BillingPeriod = 'monthly' | 'yearly';
export type PaidPlanId = Exclude<PlanId, 'free'>;

export type Plan = {
  id: PlanId;
  prices: Record<BillingCurrency, Record<BillingPeriod, number>>;
  // batchPrompts: the most prompts one POST /api/v1/generations/batch may carry.
  limits: { sites: number; customDomains: number; monthlyCredits: number; batchPrompts: number };
  // AI requests an owner may start in any minute (a sliding window, lib/rate-limit.ts): whole-site
  // generations and AI on one section. Credits cap the month; this keeps a script or a stuck client
  // from spending them, and the AI service's capacity, in a burst.
  aiPerMinute: { sites: number; sections: number };
  // /api/v1 requests per minute (a sliding window, lib/api/rate-limit.ts): for each API key, and
  // for the owner across all their keys and their signed-in session together.
  apiPerMinute: { key: number; owner: number };
  // Price of one generation credit beyond the monthly allowance, billed through the meter;
  // null: no overage, generation stops at the allowance.
  overageCreditCents: Record<BillingCurrency, number> | null;
  hasBadge: boolean;
  isFeatured: boolean;
};

export const plans: readonly Plan[] = [
  {
    id: 'free',
    prices: { USD: { monthly: 0, yearly: 0 }, BRL: { monthly: 0, yearly: 0 } },
    limits: { sites: 1, customDomains: 0, monthlyCredits: 10, batchPrompts: 1 },
    aiPerMinute: { sites: 3, sections: 10 },
    apiPerMinute: { key: 60, owner: 100 },
    overageCreditCents: null,
    hasBadge: true,
    isFeatured: false,
  },
  {
    id: 'pro',
    prices: { USD: { monthly: 19_00, yearly: 190_00 }, BRL: { monthly: 49_00, yearly: 490_00 } },
    limits: { sites: 10, customDomains: 3, monthlyCredits: 200, batchPrompts: 10 },
    aiPerMinute: { sites: 10, sections: 30 },
    apiPerMinute: { key: 300, owner: 600 },
    overageCreditCents: { USD: 10, BRL: 25 },
    hasBadge: false,
    isFeatured: true,
  },
  {
    id: 'business',
    prices: { USD: { monthly: 49_00, yearly: 490_00 }, BRL: { monthly: 129_00, yearly: 1290_00 } },
    limits: { sites: 50, customDomains: 20, monthlyCredits: 1000, batchPrompts: 50 },
    aiPerMinute: { sites: 30, sections: 60 },
    apiPerMinute: { key: 1000, owner: 3000 },
    overageCreditCents: { USD: 5, BRL: 12 },
    hasBadge: false,
    isFeatured: false,
  },
];

export const planIds: readonly PlanId[] = ['free', 'pro', 'business'];
export const paidPlanIds: readonly PaidPlanId[] = ['pro', 'business'];
export const billingPeriods: readonly BillingPeriod[] = ['monthly', 'yearly'];

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === 'string' && (planIds as readonly string[]).includes(value);
}

export function getPlan(id: PlanId): Plan {
  const plan = plans.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`Unknown plan ${id}`);
  return plan;
}

const localeCurrency: Record<UiLocale, BillingCurrency> = { en: 'USD', 'pt-BR': 'BRL', es: 'USD' };

export function currencyFor(locale: UiLocale): BillingCurrency {
  return localeCurrency[locale];
}

// A currency as Stripe writes it ("brl") to one of ours; anything else is priced in USD.
export function toCurrency(value: string | null | undefined): BillingCurrency {
  const upper = value?.toUpperCase();
  return isBillingCurrency(upper) ? upper : 'USD';
}

// Formatting options for next-intl's format.number(): whole amounts without cents ("R$ 49").
export function moneyFormat(currency: BillingCurrency | string, cents: number): NumberFormatOptions {
  return { style: 'currency', currency: currency.toUpperCase(), minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 };
}
