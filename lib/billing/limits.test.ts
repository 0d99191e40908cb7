// Plan limits hold on the server: the site limit in createSite, the spending cap before any
// credit is reserved, and meter events sent once per usage record however often the job runs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { creditEstimate, reserveCredit } from './credits';
import { generateSite } from '@/lib/generate/run';
import type { GenerationEvent, Generator } from '@/lib/generate/types';
import { OfflineGenerator } from '@/lib/generate/offline/generator';
import { reportPendingUsage } from './meter';
import { createSite, saveDraft } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';
import { ensureCustomer } from './checkout';
import { assertCanAddDomain, isSiteReadOnly } from './limits';
import { getPlan } from './plans';
import { configureBilling } from './stripe';
import { startStripeStandIn, type StripeStandIn } from '@/test/stand-ins/stripe';
import { listJobs, stopQueue } from '@/lib/queue';

const SECRET = 'whsec_test_limits';
let stripe: StripeStandIn;

beforeAll(async () => {
  stripe = await startStripeStandIn({ webhookSecret: SECRET });
});

beforeEach(() => {
  configureBilling({ secretKey: 'sk_test_stand_in', webhookSecret: SECRET, apiBase: stripe.url });
});

afterAll(async () => {
  await stopQueue(); // started by the meter report a metered credit queues
  configureBilling(undefined);
  await stripe?.close();
});

async function generate(userId: string, seed: number, generator: Generator = new OfflineGenerator()) {
  const events: GenerationEvent[] = [];
  await generateSite({ id: userId }, { prompt: 'Bike repair shop in Porto', seed }, (e) => events.push(e), { generator });
  return events.at(-1)!;
}

// A paid owner (a real customer in the stand-in) who has used the whole allowance this period.
async function proOwnerAtAllowance(spendingCapCents: number) {
  const user = await createUser();
  const customerId = await ensureCustomer(user);
  await subscribe(user.id, 'pro', { stripeCustomerId: customerId, spendingCapCents });
  const allowance = getPlan('pro').limits.monthlyCredits;
  await db.creditReservation.createMany({
    data: Array.from({ length: allowance }, (_, i) => ({ userId: user.id, generationId: `used-${user.id}-${i}`, status: 'committed' })),
  });
  return user;
}

describe('plan limits', () => {
  it('one site too many gets PLAN_LIMIT naming the limit and the upgrade, even when created concurrently', async () => {
    const user = await createUser();
    const results = await Promise.allSettled([1, 2, 3].map((i) => createSite(user, { name: `Site ${i}`, document: testDocument() })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'PLAN_LIMIT', details: { limit: 'sites', allowed: 1, plan: 'free', upgradeUrl: '/dashboard/billing' } });
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(1);
  });

  // The pool has 10 connections. Each creation holds one in its transaction while it waits for the
  // owner's lock; a check that asked the pool for a second connection under the lock waited for
  // connections the waiting transactions held, until the timeouts failed creations.
  it('more concurrent creations than the pool has connections all finish, and promptly', async () => {
    const user = await createUser();
    await subscribe(user.id, 'business');
    const started = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => createSite(user, { name: `Shop ${i}`, document: testDocument() })));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(24);
  });

  it('more concurrent credit reservations past the allowance than the pool has connections all finish, and promptly', async () => {
    const user = await proOwnerAtAllowance(1_000_000);
    const started = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => reserveCredit(user.id, `burst-${user.id}-${i}`)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await db.creditReservation.count({ where: { userId: user.id, status: 'reserved' } })).toBe(24);
  });

  it('after a downgrade nothing is deleted; sites beyond the limit are read-only', async () => {
    const user = await createUser();
    const sub = await subscribe(user.id, 'pro');
    const first = await createSite(user, { name: 'First', document: testDocument() });
    const second = await createSite(user, { name: 'Second', document: testDocument() });
    await db.subscription.update({ where: { id: sub.id }, data: { status: 'canceled' } });
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(2);
    expect(await isSiteReadOnly(user.id, first.id)).toBe(false);
    expect(await isSiteReadOnly(user.id, second.id)).toBe(true);
    await expect(saveDraft(user, second.id, { revision: 1, document: testDocument({ headline: 'Nope' }) })).rejects.toMatchObject({ code: 'PLAN_LIMIT' });
    await expect(saveDraft(user, first.id, { revision: 1, document: testDocument({ headline: 'Yes' }) })).resolves.toEqual({ revision: 2 });
  });

  it('custom domains follow the plan table', async () => {
    const free = await createUser();
    await expect(assertCanAddDomain(free.id, 0)).rejects.toMatchObject({ code: 'PLAN_LIMIT', details: { limit: 'customDomains', allowed: 0 } });
    const pro = await createUser();
    await subscribe(pro.id, 'pro');
    await expect(assertCanAddDomain(pro.id, 2)).resolves.toBeUndefined();
    await expect(assertCanAddDomain(pro.id, 3)).rejects.toMatchObject({ code: 'PLAN_LIMIT' });
  });

  it('a generation past the spending cap is refused before any credit is reserved or the generator runs', async () => {
    // Pro overage is 10 cents a credit: a 5-cent cap allows none.
    const user = await proOwnerAtAllowance(5);
    expect(await creditEstimate(user.id)).toMatchObject({ cost: 1, remaining: 0, isOverage: true, blockedBy: 'spendingCap' });
    let generatorCalls = 0;
    const counting: Generator = {
      name: 'offline',
      model: 'counting',
      generate: async (...args) => {
        generatorCalls++;
        return new OfflineGenerator().generate(...args);
      },
      generateSection: async (...args) => {
        generatorCalls++;
        return new OfflineGenerator().generateSection(...args);
      },
    };
    const last = await generate(user.id, 1, counting);
    expect(last).toMatchObject({ type: 'failed', error: { code: 'PLAN_LIMIT' } });
    expect(generatorCalls).toBe(0);
    expect(await db.creditReservation.count({ where: { userId: user.id, status: { not: 'committed' } } })).toBe(0);
    expect(await db.usageRecord.count({ where: { userId: user.id } })).toBe(0);
  });

  it('credits beyond the allowance are metered once, even when the reporting job runs twice at once and again', async () => {
    const user = await proOwnerAtAllowance(1000);
    expect(await creditEstimate(user.id)).toMatchObject({ isOverage: true, blockedBy: null });
    stripe.failNext('POST', '/v1/billing/meter_events', 1); // the first report attempt fails and is retried
    const before = new Date(Date.now() - 1000);
    const last = await generate(user.id, 2);
    expect(last).toMatchObject({ type: 'done' });
    const record = await db.usageRecord.findFirstOrThrow({ where: { userId: user.id } });
    expect(record).toMatchObject({ isOverage: true, credits: 1, meterStatus: 'pending' });
    // The commit queued a report run (no workers in this test: the runs below stand for them).
    await expect
      .poll(async () => (await listJobs({ name: 'meter-report', limit: 20 })).filter((j) => j.createdAt >= before && j.state === 'created').length, {
        timeout: 5000,
      })
      .toBeGreaterThan(0);
    await reportPendingUsage(); // the failed attempt: retried after its backoff
    expect(await db.usageRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ meterStatus: 'pending', meterAttempts: 1 });
    await db.usageRecord.updateMany({ where: { id: record.id, meterStatus: 'pending' }, data: { meterNextAt: new Date() } });
    await Promise.all([reportPendingUsage(), reportPendingUsage()]);
    await reportPendingUsage();
    const after = await db.usageRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(after.meterStatus).toBe('sent');
    const calls = stripe.meterEventCalls.filter((c) => c.identifier === record.id);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ idempotencyKey: `meter-${record.id}`, payload: { stripe_customer_id: after.stripeCustomerId, value: '1' } });
  });

  it('credits within the allowance are recorded but never metered; a failed generation records nothing', async () => {
    const user = await createUser();
    const customerId = await ensureCustomer(user);
    await subscribe(user.id, 'pro', { stripeCustomerId: customerId });
    expect(await generate(user.id, 3)).toMatchObject({ type: 'done' });
    const broken: Generator = {
      name: 'offline',
      model: 'broken',
      generate: async () => Promise.reject(new Error('boom')),
      generateSection: async () => Promise.reject(new Error('boom')),
    };
    expect(await generate(user.id, 4, broken)).toMatchObject({ type: 'failed' });
    const records = await db.usageRecord.findMany({ where: { userId: user.id } });
    expect(records.map((r) => [r.isOverage, r.meterStatus])).toEqual([[false, 'none']]);
  });
});
