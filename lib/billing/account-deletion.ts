// Deleting an account, billing first, so that a deleted owner is never charged again: every
// subscription Stripe could still charge is cancelled at once (no proration credit, no final
// invoice), the payment methods are detached, each step is recorded as a BillingEvent, and only
// then is the data removed (lib/auth/accounts.ts). When Stripe cannot be reached nothing is
// removed: the account stays locked and marked deleting, and the account-delete job retries.
import { lockAccountForDeletion, removeAccountData } from '@/lib/auth/accounts';
import { db } from '@/lib/db';
import { logger } from '@/lib/observability/logger';
import { enqueue } from '@/lib/queue';
import { getStripe, isBillingEnabled } from './stripe';

// A subscription in one of these can never charge again; any other is cancelled.
const FINAL_STATUSES = new Set(['canceled', 'incomplete_expired']);
// The sweep leaves younger deletions to the request that started them and to their own job.
const SWEEP_AFTER_MS = 15 * 60 * 1000;

export type DeletionStatus = 'deleted' | 'deleting';

export async function deleteAccount(userId: string, confirmEmail: string): Promise<DeletionStatus> {
  await lockAccountForDeletion(userId, confirmEmail);
  try {
    await completeAccountDeletion(userId);
    return 'deleted';
  } catch (error) {
    logger.warn({ err: error, userId }, 'account deletion waits for Stripe; the account-delete job retries it');
    await enqueue('account-delete', { userId }, { singletonKey: userId });
    return 'deleting';
  }
}

// Finishes a deletion the owner asked for (the account is marked deleting); false when there is
// none, because it is done already or was never asked. Throws while Stripe cannot be reached.
export async function completeAccountDeletion(userId: string): Promise<boolean> {
  const user = await db.user.findFirst({ where: { id: userId, deletingAt: { not: null } }, select: { id: true } });
  if (!user) return false;
  await releaseBilling(userId);
  await removeAccountData(userId);
  return true;
}

// Every account marked deleting for a while gets a job again (its own may have run out of tries,
// or the process died between locking the account and queueing it).
export async function queueUnfinishedDeletions(): Promise<number> {
  const users = await db.user.findMany({ where: { deletingAt: { lt: new Date(Date.now() - SWEEP_AFTER_MS) } }, select: { id: true } });
  for (const { id } of users) await enqueue('account-delete', { userId: id }, { singletonKey: id });
  return users.length;
}

async function releaseBilling(userId: string): Promise<void> {
  const customer = await db.billingCustomer.findUnique({ where: { userId }, select: { stripeCustomerId: true } });
  if (!customer) return;
  // Payments switched off on this server while an owner still pays: cancelling is impossible here, so the
  // deletion waits (the account stays locked and the job retries) rather than leave a paying customer behind.
  if (!isBillingEnabled()) {
    const live = await db.subscription.count({ where: { userId, status: { notIn: [...FINAL_STATUSES] } } });
    if (live === 0) return;
    const message = 'Payments are not configured on this server, so the subscription cannot be cancelled in Stripe yet.';
    const summary = `deletion_${customer.stripeCustomerId}`;
    await db.billingEvent.upsert({
      where: { stripeEventId: summary },
      create: { stripeEventId: summary, type: 'account.deleted', userId, outcome: 'failed', error: message },
      update: { outcome: 'failed', error: message, attempts: { increment: 1 }, claimedAt: new Date() },
    });
    throw new Error(message);
  }
  const customerId = customer.stripeCustomerId;
  const summary = `deletion_${customerId}`;
  try {
    const stripe = getStripe();
    // Read from Stripe, not from our mirror, which may lag behind a webhook.
    const subscriptions = await stripe.subscriptions.list({ customer: customerId, status: 'all', limit: 100 }).autoPagingToArray({ limit: 10_000 });
    for (const sub of subscriptions.filter((s) => !FINAL_STATUSES.has(s.status))) {
      await stripe.subscriptions.cancel(sub.id, {
        prorate: false,
        invoice_now: false,
        cancellation_details: { comment: 'The owner deleted their Page Magic account.' },
      });
      await record(`deletion_${sub.id}`, 'account.deleted.subscription_canceled', userId);
    }
    const methods = await stripe.customers.listPaymentMethods(customerId, { limit: 100 }).autoPagingToArray({ limit: 10_000 });
    for (const pm of methods) {
      await stripe.paymentMethods.detach(pm.id);
      await record(`deletion_${pm.id}`, 'account.deleted.payment_method_detached', userId);
    }
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await db.billingEvent.upsert({
      where: { stripeEventId: summary },
      create: { stripeEventId: summary, type: 'account.deleted', userId, outcome: 'failed', error: message },
      update: { outcome: 'failed', error: message, attempts: { increment: 1 }, claimedAt: new Date() },
    });
    throw error;
  }
  await record(summary, 'account.deleted', userId);
}

// Billing events are keyed by Stripe's event id; these steps of ours are keyed by what they did
// (`deletion_<subscription, payment method or customer id>`), so a retry records each once. The
// records outlive the account (their owner becomes null), as the trace of what was cancelled.
async function record(key: string, type: string, userId: string): Promise<void> {
  const done = { outcome: 'processed', error: null, processedAt: new Date() };
  await db.billingEvent.upsert({ where: { stripeEventId: key }, create: { stripeEventId: key, type, userId, ...done }, update: done });
}
