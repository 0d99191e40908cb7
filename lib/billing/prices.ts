// Stripe prices by lookup key: the same keys exist in test and live mode, so no price id is
// ever configured. A price's lookup key also tells a subscription's plan and interval.
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { BillingPeriod, PaidPlanId } from './plans';
import { getStripe } from './stripe';

export function lookupKeyFor(plan: PaidPlanId, period: BillingPeriod): string {
  const keys: Record<PaidPlanId, Record<BillingPeriod, string>> = {
    pro: { monthly: env.STRIPE_PRICE_PRO_MONTHLY, yearly: env.STRIPE_PRICE_PRO_YEARLY },
    business: { monthly: env.STRIPE_PRICE_BUSINESS_MONTHLY, yearly: env.STRIPE_PRICE_BUSINESS_YEARLY },
  };
  return keys[plan][period];
}

export function planForLookupKey(lookupKey: string | null | undefined): { plan: PaidPlanId; period: BillingPeriod } | null {
  for (const plan of ['pro', 'business'] as const) {
    for (const period of ['monthly', 'yearly'] as const) {
      if (lookupKey && lookupKeyFor(plan, period) === lookupKey) return { plan, period };
    }
  }
  return null;
}

export async function findPriceId(plan: PaidPlanId, period: BillingPeriod): Promise<string> {
  const lookupKey = lookupKeyFor(plan, period);
  const prices = await getStripe().prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  const price = prices.data[0];
  if (!price) throw new AppError('UNAVAILABLE', `No active Stripe price has the lookup key ${lookupKey}. See docs/billing.md.`);
  return price.id;
}

export function creditsLookupKeyFor(plan: PaidPlanId): string {
  return plan === 'pro' ? env.STRIPE_PRICE_PRO_CREDITS : env.STRIPE_PRICE_BUSINESS_CREDITS;
}

export async function findOptionalPriceId(lookupKey: string): Promise<string | null> {
  const prices = await getStripe().prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  return prices.data[0]?.id ?? null;
}
