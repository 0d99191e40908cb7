// Stripe webhooks: verify the signature on the raw body, record the event id first (a repeat,
// even a concurrent one, changes nothing), then run the event type's own small handler. A handler
// that fails is recorded and rethrown, so the route answers 500 and Stripe delivers it again.
import type Stripe from 'stripe';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import { getStripe, requireBillingConfig } from '../stripe';
import { UnknownCustomerError } from '../sync';
import { checkoutSessionCompleted } from './checkout-session-completed';
import { customerSubscriptionChanged } from './customer-subscription';
import { invoiceChanged } from './invoice';
import { customerUpdated, paymentMethodChanged } from './payment-method';
import type { EventHandler } from './types';

// Stripe's own default: a signature older than five minutes is refused (replay protection).
export const SIGNATURE_TOLERANCE_SECONDS = 300;
// A claim older than this belongs to a delivery that died mid-way; a redelivery may take it over.
const STALE_CLAIM_MS = 5 * 60 * 1000;

export const handlers: Record<string, EventHandler> = {
  'checkout.session.completed': checkoutSessionCompleted,
  'customer.subscription.created': customerSubscriptionChanged,
  'customer.subscription.updated': customerSubscriptionChanged,
  'customer.subscription.deleted': customerSubscriptionChanged,
  'customer.subscription.trial_will_end': customerSubscriptionChanged,
  'invoice.paid': invoiceChanged,
  'invoice.payment_failed': invoiceChanged,
  'invoice.finalized': invoiceChanged,
  'payment_method.attached': paymentMethodChanged,
  'payment_method.detached': paymentMethodChanged,
  'customer.updated': customerUpdated,
};

export function verifyStripeEvent(rawBody: string, signature: string | null): Stripe.Event {
  const { webhookSecret } = requireBillingConfig();
  if (!signature) throw new AppError('BAD_REQUEST', 'Missing Stripe-Signature header.');
  let event: Stripe.Event;
  try {
    event = getStripe().webhooks.constructEvent(rawBody, signature, webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
  } catch {
    throw new AppError('BAD_REQUEST', 'The Stripe signature does not match this body, or it is too old.');
  }
  if (typeof event?.id !== 'string' || typeof event.type !== 'string') throw new AppError('BAD_REQUEST', 'Not a Stripe event.');
  return event;
}

export type EventOutcome = 'processed' | 'ignored' | 'duplicate';

// Takes the event for this delivery: the first delivery inserts the record; a redelivery may
// take over a failed (or long-stale) record. Anything else is a duplicate and changes nothing.
async function claim(event: Stripe.Event): Promise<boolean> {
  const inserted = await db.billingEvent.createMany({
    data: [{ stripeEventId: event.id, type: event.type, outcome: 'processing' }],
    skipDuplicates: true,
  });
  if (inserted.count === 1) return true;
  const retaken = await db.billingEvent.updateMany({
    where: {
      stripeEventId: event.id,
      OR: [{ outcome: 'failed' }, { outcome: 'processing', claimedAt: { lt: new Date(Date.now() - STALE_CLAIM_MS) } }],
    },
    data: { outcome: 'processing', claimedAt: new Date(), attempts: { increment: 1 }, error: null },
  });
  return retaken.count === 1;
}

export async function handleStripeEvent(event: Stripe.Event): Promise<EventOutcome> {
  try {
    const outcome = await applyStripeEvent(event);
    metrics.webhookEvents.inc({ type: event.type, outcome });
    return outcome;
  } catch (error) {
    metrics.webhookEvents.inc({ type: event.type, outcome: 'failed' });
    throw error;
  }
}

async function applyStripeEvent(event: Stripe.Event): Promise<EventOutcome> {
  if (!(await claim(event))) return 'duplicate';
  const handler = handlers[event.type];
  try {
    const result = handler ? await handler(event) : { outcome: 'ignored' as const };
    await db.billingEvent.update({
      where: { stripeEventId: event.id },
      data: { outcome: result.outcome, userId: result.userId ?? null, processedAt: new Date() },
    });
    return result.outcome;
  } catch (error) {
    // A deleted account's customer (or one made outside the app): acknowledged, logged, never applied.
    if (error instanceof UnknownCustomerError) {
      logger.info({ eventId: event.id, type: event.type, reason: error.message }, 'stripe event for no owner here: acknowledged, not applied');
      await db.billingEvent.update({ where: { stripeEventId: event.id }, data: { outcome: 'ignored', error: error.message, processedAt: new Date() } });
      return 'ignored';
    }
    logger.error({ err: error, eventId: event.id, type: event.type }, 'stripe event handler failed');
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await db.billingEvent.update({ where: { stripeEventId: event.id }, data: { outcome: 'failed', error: message } });
    throw error;
  }
}
