// Webhooks through the route Stripe calls, against the real test PostgreSQL and the real Stripe
// SDK pointed at the local stand-in (test/stand-ins/stripe.ts): exactly-once handling,
// out-of-order events, failures that Stripe retries, and bad input that writes nothing.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from './route';
import { db } from '@/lib/db';
import { createUser } from '@/test/factories';
import { deleteAccount } from '@/lib/billing/account-deletion';
import { createCheckoutSession } from '@/lib/billing/checkout';
import { getEntitlements } from '@/lib/billing/entitlements';
import { configureBilling } from '@/lib/billing/stripe';
import { logger } from '@/lib/observability/logger';
import { startStripeStandIn, type StripeStandIn } from '@/test/stand-ins/stripe';

const SECRET = 'whsec_test_webhooks';
let stripe: StripeStandIn;

beforeAll(async () => {
  stripe = await startStripeStandIn({ webhookSecret: SECRET });
  configureBilling({ secretKey: 'sk_test_stand_in', webhookSecret: SECRET, apiBase: stripe.url });
});

afterAll(async () => {
  configureBilling(undefined);
  await stripe?.close();
});

function webhook(body: string, signature?: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature) headers['stripe-signature'] = signature;
  return POST(new Request('http://localhost/api/webhooks/stripe', { method: 'POST', body, headers }), undefined);
}

function deliver(event: Stripe.Event) {
  const body = JSON.stringify(event);
  return webhook(body, stripe.sign(body));
}

// An owner who went through Checkout in the stand-in; the events are made but not yet delivered.
async function paidOwner() {
  const user = await createUser();
  const { url } = await createCheckoutSession(user, { plan: 'pro', period: 'monthly' });
  const sessionId = url.split('/').pop()!;
  const events = stripe.completeCheckout(sessionId);
  const byType = (type: string) => events.find((e) => e.type === type)!;
  return { user, events, byType, customerId: stripe.sessions.get(sessionId)!.customer as string };
}

describe('Stripe webhooks', () => {
  it('the same event delivered ten times at once is handled once', async () => {
    const { user, byType } = await paidOwner();
    const completed = byType('checkout.session.completed');
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(completed)));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200));
    const outcomes = await Promise.all(answers.map((r) => r.json()));
    expect(outcomes.filter((o) => o.outcome === 'processed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === 'duplicate')).toHaveLength(9);
    expect(await db.billingEvent.count({ where: { stripeEventId: completed.id } })).toBe(1);
    const subs = await db.subscription.findMany({ where: { userId: user.id } });
    expect(subs.map((s) => [s.status, s.plan])).toEqual([['active', 'pro']]);
    expect((await getEntitlements(user.id)).plan.id).toBe('pro');

    const paid = byType('invoice.paid');
    await Promise.all(Array.from({ length: 10 }, () => deliver(paid)));
    const invoices = await db.invoice.findMany({ where: { userId: user.id } });
    expect(invoices.map((i) => [i.status, i.amountPaid, i.currency])).toEqual([['paid', 1900, 'usd']]);
    expect(await db.billingEvent.count({ where: { stripeEventId: paid.id } })).toBe(1);
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(1);
  });

  it("customer.subscription.updated delivered before .created still ends in Stripe's current state", async () => {
    const { user, byType, customerId } = await paidOwner();
    const created = byType('customer.subscription.created');
    const [, failed, updated] = stripe.failPayment(customerId); // the subscription is now past_due in Stripe
    expect((await deliver(updated)).status).toBe(200);
    expect((await deliver(created)).status).toBe(200); // older event, carrying status "active"
    const sub = await db.subscription.findFirstOrThrow({ where: { userId: user.id } });
    expect(sub.status).toBe('past_due');
    expect((await deliver(failed)).status).toBe(200);
    const invoices = await db.invoice.findMany({ where: { userId: user.id } });
    expect(invoices.map((i) => i.status)).toEqual(['open']);
  });

  it('a handler that fails answers 500, records the failure, and the redelivery succeeds', async () => {
    const { user, byType } = await paidOwner();
    const created = byType('customer.subscription.created');
    stripe.failNext('GET', '/v1/subscriptions/', 1);
    const first = await deliver(created);
    expect(first.status).toBe(500);
    const record = await db.billingEvent.findUniqueOrThrow({ where: { stripeEventId: created.id } });
    expect(record.outcome).toBe('failed');
    expect(record.error).toBeTruthy();
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);

    const again = await deliver(created);
    expect(again.status).toBe(200);
    const after = await db.billingEvent.findUniqueOrThrow({ where: { stripeEventId: created.id } });
    expect([after.outcome, after.attempts, after.userId]).toEqual(['processed', 2, user.id]);
    expect(await db.subscription.count({ where: { userId: user.id, status: 'active' } })).toBe(1);
  });

  it('cancellation returns the owner to Free and deletes nothing', async () => {
    const { user, events } = await paidOwner();
    for (const e of events) expect((await deliver(e)).status).toBe(200);
    const methods = await db.paymentMethod.findMany({ where: { userId: user.id } });
    expect(methods.map((m) => [m.brand, m.last4, m.isDefault])).toEqual([['visa', '4242', true]]);
    const sub = await db.subscription.findFirstOrThrow({ where: { userId: user.id } });
    const [deleted] = stripe.cancelSubscription(sub.stripeSubscriptionId);
    expect((await deliver(deleted)).status).toBe(200);
    expect((await getEntitlements(user.id)).plan.id).toBe('free');
    expect(await db.subscription.count({ where: { userId: user.id, status: 'canceled' } })).toBe(1);
    expect(await db.invoice.count({ where: { userId: user.id } })).toBe(1);
  });

  it("a deleted account's customer: later events are answered 200 and logged, never applied", async () => {
    const { user, events, byType, customerId } = await paidOwner();
    for (const e of events) expect((await deliver(e)).status).toBe(200);
    expect(await deleteAccount(user.id, user.email)).toBe('deleted');
    const info = vi.spyOn(logger, 'info');
    try {
      // Stripe still has the customer and its (now cancelled) subscription and paid invoice.
      const paid = stripe.event('invoice.paid', byType('invoice.paid').data.object as { id: string });
      const updated = stripe.event('customer.subscription.updated', stripe.subscriptionOf(customerId)!);
      for (const later of [paid, updated]) {
        const res = await deliver(later);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ received: true, outcome: 'ignored' });
        expect(await db.billingEvent.findUniqueOrThrow({ where: { stripeEventId: later.id } })).toMatchObject({ outcome: 'ignored', userId: null });
        expect(info).toHaveBeenCalledWith(expect.objectContaining({ eventId: later.id }), expect.stringContaining('not applied'));
      }
    } finally {
      info.mockRestore();
    }
    expect(await db.subscription.count({ where: { stripeCustomerId: customerId } })).toBe(0);
    expect(await db.invoice.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  });

  describe('bad input gets 400 and writes nothing', () => {
    async function attempt(make: (event: Stripe.Event, body: string) => { body: string; signature?: string | null }) {
      const { user, byType } = await paidOwner();
      const event = byType('customer.subscription.created');
      const { body, signature } = make(event, JSON.stringify(event));
      const res = await webhook(body, signature);
      const written = {
        events: await db.billingEvent.count({ where: { stripeEventId: event.id } }),
        subscriptions: await db.subscription.count({ where: { userId: user.id } }),
      };
      return { status: res.status, body: await res.json(), written };
    }

    it('no signature', async () => {
      const r = await attempt((_, body) => ({ body, signature: null }));
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('BAD_REQUEST');
      expect(r.written).toEqual({ events: 0, subscriptions: 0 });
    });

    it('a wrong signature', async () => {
      const r = await attempt((_, body) => ({ body, signature: stripe.sign(body).replace(/v1=\w{6}/, 'v1=000000') }));
      expect(r.status).toBe(400);
      expect(r.written).toEqual({ events: 0, subscriptions: 0 });
    });

    it('signed with another secret', async () => {
      const r = await attempt((_, body) => ({
        body,
        signature: `t=${Math.floor(Date.now() / 1000)},v1=${'ab'.repeat(32)}`,
      }));
      expect(r.status).toBe(400);
      expect(r.written).toEqual({ events: 0, subscriptions: 0 });
    });

    it('a signature older than five minutes', async () => {
      const r = await attempt((_, body) => ({ body, signature: stripe.sign(body, Math.floor(Date.now() / 1000) - 301) }));
      expect(r.status).toBe(400);
      expect(r.written).toEqual({ events: 0, subscriptions: 0 });
    });

    it('a body changed after signing', async () => {
      const r = await attempt((_, body) => ({ body: body.replace('"active"', '"canceled"'), signature: stripe.sign(body) }));
      expect(r.status).toBe(400);
      expect(r.written).toEqual({ events: 0, subscriptions: 0 });
    });

    it('an unknown event type is recorded, answered 200 and ignored', async () => {
      const r = await attempt((event) => {
        const body = JSON.stringify({ ...event, type: 'customer.tax_id.created' });
        return { body, signature: stripe.sign(body) };
      });
      expect(r.status).toBe(200);
      expect(r.body.outcome).toBe('ignored');
      expect(r.written).toEqual({ events: 1, subscriptions: 0 });
    });
  });
});
