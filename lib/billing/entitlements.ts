// Which plan an owner is on, read from the subscription rows the webhooks keep in step with
// Stripe. No granting subscription: Free while billing is on, BILLING_DEFAULT_PLAN while it is off.
import { cache } from 'react';
import type { Subscription } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { getPlan, isPlanId, type Plan } from './plans';
import { isBillingEnabled } from './stripe';

// Past due keeps the plan while Stripe retries the card; unpaid, canceled and incomplete do not.
export const grantingStatuses = ['active', 'trialing', 'past_due'] as const;

export function isGranting(status: string): boolean {
  return (grantingStatuses as readonly string[]).includes(status);
}

export function fallbackPlan(): Plan {
  return getPlan(isBillingEnabled() ? 'free' : env.BILLING_DEFAULT_PLAN);
}

export async function findGrantingSubscription(userId: string): Promise<Subscription | null> {
  return db.subscription.findFirst({
    where: { userId, status: { in: [...grantingStatuses] } },
    orderBy: { createdAt: 'desc' },
  });
}

export function monthStart(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function monthEnd(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

export type Entitlements = {
  plan: Plan;
  subscription: Subscription | null;
  // The period credits are counted in: a monthly subscription's billing period, else the calendar month.
  period: { start: Date; end: Date };
  // Credits beyond the allowance are billed through the meter only on a live paid subscription.
  canBillOverage: boolean;
};

// Once per server render: the dashboard's shell, the page and the credit balance each ask.
export const getEntitlements = cache(readEntitlements);

async function readEntitlements(userId: string): Promise<Entitlements> {
  const subscription = await findGrantingSubscription(userId);
  const plan = subscription && isPlanId(subscription.plan) ? getPlan(subscription.plan) : fallbackPlan();
  const now = new Date();
  // Credits are monthly: a monthly subscription counts them per billing period, anything else
  // (yearly subscriptions, Free) per calendar month.
  const hasPeriod =
    subscription?.interval === 'month' && subscription.currentPeriodStart && subscription.currentPeriodEnd && subscription.currentPeriodEnd > now;
  const period = hasPeriod ? { start: subscription.currentPeriodStart!, end: subscription.currentPeriodEnd! } : { start: monthStart(now), end: monthEnd(now) };
  const canBillOverage = Boolean(subscription && isBillingEnabled() && plan.overageCreditCents && subscription.status !== 'past_due');
  return { plan, subscription, period, canBillOverage };
}
