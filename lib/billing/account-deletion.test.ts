// Deleting an account never leaves a paying ghost: against the real PostgreSQL and the real Stripe
// SDK pointed at the local stand-in, the subscription is cancelled in Stripe before any row goes,
// a later invoice.paid for the customer changes nothing, and with Stripe down the account stays
// locked and intact until the account-delete job finishes it.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeCredentials, SignInError } from '@/lib/auth/credentials';
import { authOptions } from '@/lib/auth/options';
import { createSession, findLiveSession } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { accountDelete } from '@/lib/jobs/account-delete';
import { listJobs } from '@/lib/queue';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, TEST_PASSWORD } from '@/test/factories';
import { startTestQueue } from '@/test/queue';
import { startStripeStandIn, type StripeStandIn } from '@/test/stand-ins/stripe';
import { completeAccountDeletion, deleteAccount } from './account-deletion';
import { createCheckoutSession } from './checkout';
import { getEntitlements } from './entitlements';
import { configureBilling } from './stripe';
import { handleStripeEvent } from './webhooks';

const SECRET = 'whsec_test_account_deletion';
const REQUEST = { ip: '203.0.113.20', userAgent: 'test' };
let stripe: StripeStandIn;
let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  stripe = await startStripeStandIn({ webhookSecret: SECRET });
  configureBilling({ secretKey: 'sk_test_stand_in', webhookSecret: SECRET, apiBase: stripe.url });
  queue = await startTestQueue();
});

afterAll(async () => {
  await queue?.stop();
  configureBilling(undefined);
  await stripe?.close();
});

// An owner who paid for Pro through the stand-in's Checkout, with the webhooks applied, and a site.
async function proOwner() {
  const user = await createUser();
  const { url } = await createCheckoutSession(user, { plan: 'pro', period: 'monthly' });
  const sessionId = url.split('/').pop()!;
  const events = stripe.completeCheckout(sessionId);
  for (const event of events) await handleStripeEvent(event);
  expect((await getEntitlements(user.id)).plan.id).toBe('pro');
  const customerId = stripe.sessions.get(sessionId)!.customer as string;
  const subscriptionId = stripe.subscriptionOf(customerId)!.id;
  const paid = events.find((e) => e.type === 'invoice.paid')!;
  const site = await createSite(user, { name: 'Bakery', document: testDocument() });
  return { user, customerId, subscriptionId, paid, site };
}

const rowsOf = async (userId: string) => ({
  users: await db.user.count({ where: { id: userId } }),
  sites: await db.site.count({ where: { ownerId: userId } }),
  subscriptions: await db.subscription.count({ where: { userId } }),
});

describe('account deletion with billing', () => {
  it('cancels the subscription in Stripe before any row is removed, detaches the card, and records it', async () => {
    const { user, customerId, subscriptionId, paid } = await proOwner();
    // What the database held at the moment Stripe was asked to cancel.
    const atCancel: Array<Awaited<ReturnType<typeof rowsOf>>> = [];
    const observer = async (call: { method: string; path: string }) => {
      if (call.method === 'DELETE' && call.path === `/v1/subscriptions/${subscriptionId}`) atCancel.push(await rowsOf(user.id));
    };
    stripe.observers.push(observer);
    try {
      expect(await deleteAccount(user.id, user.email)).toBe('deleted');
    } finally {
      stripe.observers.splice(stripe.observers.indexOf(observer), 1);
    }

    expect(atCancel).toEqual([{ users: 1, sites: 1, subscriptions: 1 }]);
    expect(stripe.subscriptions.get(subscriptionId)).toMatchObject({ status: 'canceled' });
    // At once, with no proration credit and no final invoice.
    expect(stripe.cancelCalls.filter((c) => c.subscriptionId === subscriptionId).map((c) => c.params)).toEqual([
      expect.objectContaining({ prorate: 'false', invoice_now: 'false' }),
    ]);
    expect([...stripe.paymentMethods.values()].filter((pm) => pm.customer === customerId)).toEqual([]);
    expect(await rowsOf(user.id)).toEqual({ users: 0, sites: 0, subscriptions: 0 });
    expect(await db.billingCustomer.count({ where: { stripeCustomerId: customerId } })).toBe(0);
    const records = await db.billingEvent.findMany({ where: { stripeEventId: { in: [`deletion_${subscriptionId}`, `deletion_${customerId}`] } } });
    expect(records.map((r) => [r.type, r.outcome, r.userId]).sort()).toEqual([
      ['account.deleted', 'processed', null],
      ['account.deleted.subscription_canceled', 'processed', null],
    ]);

    // Stripe still knows the customer: a later event for it is acknowledged and changes nothing.
    const invoice = stripe.invoices.get((paid.data.object as Stripe.Invoice).id!)!;
    const later = stripe.event('invoice.paid', invoice);
    expect(await handleStripeEvent(later)).toBe('ignored');
    expect(await db.billingEvent.findUniqueOrThrow({ where: { stripeEventId: later.id } })).toMatchObject({ outcome: 'ignored', userId: null });
    expect(await db.invoice.count({ where: { stripeInvoiceId: invoice.id } })).toBe(0);
    expect(await db.subscription.count({ where: { stripeSubscriptionId: subscriptionId } })).toBe(0);
  });

  it('with Stripe down the account stays deleting, intact and locked, and the job finishes it when Stripe returns', async () => {
    const { user, customerId, subscriptionId } = await proOwner();
    const session = await createSession(user.id, { twoFactorPending: false });
    stripe.down();
    try {
      expect(await deleteAccount(user.id, user.email)).toBe('deleting');

      expect(await rowsOf(user.id)).toEqual({ users: 1, sites: 1, subscriptions: 1 });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletingAt).toBeInstanceOf(Date);
      expect(stripe.subscriptions.get(subscriptionId)).toMatchObject({ status: 'active' });
      expect(await db.billingEvent.findUniqueOrThrow({ where: { stripeEventId: `deletion_${customerId}` } })).toMatchObject({ outcome: 'failed' });
      // Signed out everywhere, and no way back in.
      expect(await findLiveSession(session.id, user.id)).toBeNull();
      await expect(authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, REQUEST)).rejects.toThrow(SignInError.deleting);
      const signIn = authOptions.callbacks!.signIn!;
      expect(await signIn({ user: { id: user.id, email: user.email }, account: null })).toBe(`/sign-in?error=${SignInError.deleting}`);

      const jobs = await listJobs({ name: 'account-delete', key: user.id, limit: 10 });
      expect(jobs.map((j) => [j.state, j.data])).toEqual([['created', { userId: user.id }]]);
      // A run while Stripe is still down fails (the queue retries it with backoff) and removes nothing.
      await expect(accountDelete.handle(jobs[0].data, { id: jobs[0].id, attempt: 1, signal: new AbortController().signal })).rejects.toThrow();
      expect(await rowsOf(user.id)).toEqual({ users: 1, sites: 1, subscriptions: 1 });
    } finally {
      stripe.up();
    }

    const context = { id: 'run-2', attempt: 2, signal: new AbortController().signal };
    expect(await accountDelete.handle({ userId: user.id }, context)).toEqual({ deleted: true });
    expect(stripe.subscriptions.get(subscriptionId)).toMatchObject({ status: 'canceled' });
    expect(stripe.cancelCalls.filter((c) => c.subscriptionId === subscriptionId)).toHaveLength(1);
    expect(await rowsOf(user.id)).toEqual({ users: 0, sites: 0, subscriptions: 0 });
    expect(await db.billingEvent.findUniqueOrThrow({ where: { stripeEventId: `deletion_${customerId}` } })).toMatchObject({
      outcome: 'processed',
      error: null,
    });
    // Run again (a retry that raced the success): nothing left to do.
    expect(await accountDelete.handle({ userId: user.id }, context)).toEqual({ deleted: false });
  });

  it('with payments switched off on the server, an owner who still pays is not deleted until they are back on', async () => {
    const { user, subscriptionId } = await proOwner();
    configureBilling(null);
    try {
      expect(await deleteAccount(user.id, user.email)).toBe('deleting');
      expect(await rowsOf(user.id)).toEqual({ users: 1, sites: 1, subscriptions: 1 });
      expect(stripe.subscriptions.get(subscriptionId)).toMatchObject({ status: 'active' });
    } finally {
      configureBilling({ secretKey: 'sk_test_stand_in', webhookSecret: SECRET, apiBase: stripe.url });
    }
    expect(await accountDelete.handle({ userId: user.id }, { id: 'run-on', attempt: 2, signal: new AbortController().signal })).toEqual({ deleted: true });
    expect(stripe.subscriptions.get(subscriptionId)).toMatchObject({ status: 'canceled' });
    expect(await rowsOf(user.id)).toEqual({ users: 0, sites: 0, subscriptions: 0 });
  });

  it('the job never deletes an account whose owner did not ask, and the sweep queues old unfinished deletions', async () => {
    const { user, subscriptionId } = await proOwner();
    expect(await completeAccountDeletion(user.id)).toBe(false);
    expect(await rowsOf(user.id)).toEqual({ users: 1, sites: 1, subscriptions: 1 });
    expect(stripe.subscriptions.get(subscriptionId)).toMatchObject({ status: 'active' });

    const stuck = await createUser();
    await db.user.update({ where: { id: stuck.id }, data: { deletingAt: new Date(Date.now() - 60 * 60 * 1000) } });
    const fresh = await createUser();
    await db.user.update({ where: { id: fresh.id }, data: { deletingAt: new Date() } });
    const sweep = (await accountDelete.handle({}, { id: 'sweep', attempt: 1, signal: new AbortController().signal })) as { queued: number };
    expect(sweep.queued).toBeGreaterThanOrEqual(1);
    expect(await listJobs({ name: 'account-delete', key: stuck.id, limit: 10 })).toHaveLength(1);
    expect(await listJobs({ name: 'account-delete', key: fresh.id, limit: 10 })).toHaveLength(0);
  });

  it('a wrong confirmation changes nothing, in Stripe or here', async () => {
    const { user, subscriptionId } = await proOwner();
    await expect(deleteAccount(user.id, 'someone@else.test')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletingAt).toBeNull();
    expect(stripe.subscriptions.get(subscriptionId)).toMatchObject({ status: 'active' });
  });
});
