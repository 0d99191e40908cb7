// Upgrading and managing: the owner's Stripe customer (made once, with an idempotency key),
// Checkout in subscription mode, the customer portal, and the owner's spending cap.
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { findGrantingSubscription } from './entitlements';
import { billingPeriods, paidPlanIds, type PaidPlanId } from './plans';
import { findPriceId, findOptionalPriceId, creditsLookupKeyFor } from './prices';
import { getStripe } from './stripe';

type Owner = { id: string; email: string; name?: string | null };

export const checkoutSchema = z.object({
  plan: z.enum(paidPlanIds as [PaidPlanId, ...PaidPlanId[]]),
  period: z.enum(billingPeriods as ['monthly', 'yearly']).default('monthly'),
});

export async function ensureCustomer(user: Owner): Promise<string> {
  const existing = await db.billingCustomer.findUnique({ where: { userId: user.id } });
  if (existing) return existing.stripeCustomerId;
  // Two first checkouts at once send the same idempotency key, so Stripe makes one customer.
  const customer = await getStripe().customers.create(
    { email: user.email, name: user.name ?? undefined, metadata: { userId: user.id } },
    { idempotencyKey: `customer-${user.id}` },
  );
  try {
    await db.billingCustomer.create({ data: { userId: user.id, stripeCustomerId: customer.id } });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
  }
  return (await db.billingCustomer.findUniqueOrThrow({ where: { userId: user.id } })).stripeCustomerId;
}

function appUrl(path: string): string {
  return new URL(path, env.NEXTAUTH_URL).toString();
}

export async function createCheckoutSession(user: Owner, input: unknown): Promise<{ url: string }> {
  const { plan, period } = checkoutSchema.parse(input);
  if (await findGrantingSubscription(user.id)) {
    throw new AppError('CONFLICT', 'You already have a subscription. Change plans from "Manage billing".');
  }
  const customer = await ensureCustomer(user);
  const priceId = await findPriceId(plan, period);
  // The metered price for credits beyond the allowance; optional, so a setup without it still sells plans.
  const creditsPriceId = await findOptionalPriceId(creditsLookupKeyFor(plan));
  const session = await getStripe().checkout.sessions.create({
    mode: 'subscription',
    customer,
    client_reference_id: user.id,
    line_items: [{ price: priceId, quantity: 1 }, ...(creditsPriceId ? [{ price: creditsPriceId }] : [])],
    allow_promotion_codes: true,
    automatic_tax: { enabled: env.STRIPE_TAX_ENABLED },
    ...(env.STRIPE_TAX_ENABLED ? { customer_update: { address: 'auto' as const, name: 'auto' as const }, tax_id_collection: { enabled: true } } : {}),
    subscription_data: { metadata: { userId: user.id } },
    success_url: appUrl('/dashboard/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}'),
    cancel_url: appUrl('/dashboard/billing?checkout=canceled'),
  });
  if (!session.url) throw new AppError('UPSTREAM_FAILED', 'Stripe did not return a Checkout address.');
  return { url: session.url };
}

export async function createPortalSession(user: Owner): Promise<{ url: string }> {
  const customer = await db.billingCustomer.findUnique({ where: { userId: user.id } });
  if (!customer) throw new AppError('NOT_FOUND', 'There is no billing account yet. Upgrade first.');
  const session = await getStripe().billingPortal.sessions.create({ customer: customer.stripeCustomerId, return_url: appUrl('/dashboard/billing') });
  return { url: session.url };
}

export const spendingCapSchema = z.object({ capCents: z.number().int().min(0).max(1_000_000) });

export async function setSpendingCap(user: Owner, input: unknown): Promise<void> {
  const { capCents } = spendingCapSchema.parse(input);
  const { count } = await db.billingCustomer.updateMany({ where: { userId: user.id }, data: { spendingCapCents: capCents } });
  if (count === 0) throw new AppError('NOT_FOUND', 'There is no billing account yet. Upgrade first.');
}
