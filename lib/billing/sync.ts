// Mirrors Stripe's truth into PostgreSQL. Every function re-reads the object from Stripe by id
// (never the event payload, which may be stale or out of order) under a per-customer lock, so
// whichever event arrives last writes what Stripe says now.
import type Stripe from 'stripe';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { planForLookupKey } from './prices';
import { getStripe } from './stripe';

// The customer is not one of ours (made in the dashboard, or another app's): nothing to update.
export class UnknownCustomerError extends Error {
  constructor(customerId: string) {
    super(`Stripe customer ${customerId} belongs to no owner here.`);
    this.name = 'UnknownCustomerError';
  }
}

const toDate = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);
export const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

async function ownerOf(tx: Prisma.TransactionClient, customerId: string): Promise<string> {
  const customer = await tx.billingCustomer.findUnique({ where: { stripeCustomerId: customerId }, select: { userId: true } });
  if (!customer) throw new UnknownCustomerError(customerId);
  return customer.userId;
}

// Holds a per-customer lock for the whole read-from-Stripe-then-write, so two events for the
// same customer cannot interleave an older read after a newer write.
async function underCustomerLock<T>(customerId: string, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`billing:${customerId}`}))`;
      return work(tx);
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

export async function syncSubscription(subscriptionId: string, customerHint?: string | null): Promise<{ userId: string }> {
  const lockKey = customerHint ?? subscriptionId;
  return underCustomerLock(lockKey, async (tx) => {
    const sub = await getStripe().subscriptions.retrieve(subscriptionId);
    const customerId = idOf(sub.customer)!;
    const userId = await ownerOf(tx, customerId);
    const items = sub.items.data;
    const licensed = items.find((item) => item.price.recurring?.usage_type !== 'metered') ?? items[0];
    const known = planForLookupKey(licensed?.price.lookup_key);
    if (!licensed || !known) throw new Error(`Subscription ${sub.id} has no price with a known lookup key.`);
    const data = {
      userId,
      stripeCustomerId: customerId,
      status: sub.status,
      plan: known.plan,
      priceId: licensed.price.id,
      interval: licensed.price.recurring?.interval ?? (known.period === 'yearly' ? 'year' : 'month'),
      currency: sub.currency,
      currentPeriodStart: toDate(licensed.current_period_start),
      currentPeriodEnd: toDate(licensed.current_period_end),
      cancelAtPeriodEnd: sub.cancel_at_period_end,
      canceledAt: toDate(sub.canceled_at),
      endedAt: toDate(sub.ended_at),
      trialEnd: toDate(sub.trial_end),
    };
    await tx.subscription.upsert({ where: { stripeSubscriptionId: sub.id }, create: { stripeSubscriptionId: sub.id, ...data }, update: data });
    return { userId };
  });
}

export async function syncInvoice(invoiceId: string, customerHint?: string | null): Promise<{ userId: string; subscriptionId: string | null }> {
  return underCustomerLock(customerHint ?? invoiceId, async (tx) => {
    const invoice = await getStripe().invoices.retrieve(invoiceId);
    const customerId = idOf(invoice.customer)!;
    const userId = await ownerOf(tx, customerId);
    const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
    const data = {
      userId,
      stripeSubscriptionId: subscriptionId,
      number: invoice.number,
      status: invoice.status ?? 'draft',
      currency: invoice.currency,
      amountDue: invoice.amount_due,
      amountPaid: invoice.amount_paid,
      total: invoice.total,
      hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
      invoicePdf: invoice.invoice_pdf ?? null,
      periodStart: toDate(invoice.period_start),
      periodEnd: toDate(invoice.period_end),
      issuedAt: toDate(invoice.created) ?? new Date(),
    };
    await tx.invoice.upsert({ where: { stripeInvoiceId: invoice.id }, create: { stripeInvoiceId: invoice.id, ...data }, update: data });
    return { userId, subscriptionId };
  });
}

// Replaces the owner's payment methods with the customer's current list and default.
export async function syncPaymentMethods(customerId: string): Promise<{ userId: string }> {
  return underCustomerLock(customerId, async (tx) => {
    const userId = await ownerOf(tx, customerId);
    const stripe = getStripe();
    const customer = await stripe.customers.retrieve(customerId);
    const defaultId = 'deleted' in customer && customer.deleted ? null : idOf((customer as Stripe.Customer).invoice_settings?.default_payment_method);
    const list = await stripe.customers.listPaymentMethods(customerId, { limit: 100 });
    const ids = list.data.map((pm) => pm.id);
    await tx.paymentMethod.deleteMany({ where: { userId, stripePaymentMethodId: { notIn: ids } } });
    for (const pm of list.data) {
      const data = {
        userId,
        type: pm.type,
        brand: pm.card?.brand ?? null,
        last4: pm.card?.last4 ?? null,
        expMonth: pm.card?.exp_month ?? null,
        expYear: pm.card?.exp_year ?? null,
        isDefault: pm.id === defaultId,
      };
      await tx.paymentMethod.upsert({ where: { stripePaymentMethodId: pm.id }, create: { stripePaymentMethodId: pm.id, ...data }, update: data });
    }
    return { userId };
  });
}

// payment_method.detached carries no customer any more: find it through our own row.
export async function customerOfPaymentMethod(paymentMethodId: string): Promise<string | null> {
  const row = await db.paymentMethod.findUnique({ where: { stripePaymentMethodId: paymentMethodId }, select: { userId: true } });
  if (!row) return null;
  return (await db.billingCustomer.findUnique({ where: { userId: row.userId }, select: { stripeCustomerId: true } }))?.stripeCustomerId ?? null;
}
