// The meter reporter as a job: its one-minute schedule is registered while billing is on, and a
// committed overage credit queues a run that the workers carry out, sending the record to Stripe once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ensureCustomer } from '@/lib/billing/checkout';
import { reportUsageSoon } from '@/lib/billing/meter';
import { configureBilling } from '@/lib/billing/stripe';
import { listJobs } from '@/lib/queue';
import { createUser, subscribe } from '@/test/factories';
import { startTestQueue } from '@/test/queue';
import { startStripeStandIn, type StripeStandIn } from '@/test/stand-ins/stripe';
import { startWorkers } from '.';

const SECRET = 'whsec_test_meter_job';
let stripe: StripeStandIn;
let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  stripe = await startStripeStandIn({ webhookSecret: SECRET });
  configureBilling({ secretKey: 'sk_test_stand_in', webhookSecret: SECRET, apiBase: stripe.url });
  queue = await startTestQueue();
  await startWorkers({ pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await queue?.stop();
  configureBilling(undefined);
  await stripe?.close();
});

describe('meter-report job', () => {
  it('is scheduled every minute while billing is on', async () => {
    const schedules = await queue.boss.getSchedules('meter-report');
    expect(schedules.map((s) => [s.name, s.cron, s.timezone])).toEqual([['meter-report', '* * * * *', 'UTC']]);
  });

  it('reports a pending usage record to Stripe once, through the queue', async () => {
    const user = await createUser();
    const customerId = await ensureCustomer(user);
    await subscribe(user.id, 'pro', { stripeCustomerId: customerId });
    const record = await db.usageRecord.create({
      data: {
        userId: user.id,
        generationId: `gen-${user.id}`,
        credits: 1,
        isOverage: true,
        stripeCustomerId: customerId,
        meterStatus: 'pending',
        meterNextAt: new Date(),
      },
    });
    const before = new Date();
    reportUsageSoon();
    await expect
      .poll(async () => (await db.usageRecord.findUniqueOrThrow({ where: { id: record.id } })).meterStatus, { timeout: 10_000, interval: 200 })
      .toBe('sent');
    expect(stripe.meterEventCalls.filter((c) => c.identifier === record.id)).toEqual([
      { identifier: record.id, idempotencyKey: `meter-${record.id}`, payload: { stripe_customer_id: customerId, value: '1' } },
    ]);
    // The run that sent it is visible, completed, with what it did as its output. The record is
    // marked sent inside the run, a moment before pg-boss marks the run completed: wait for that.
    const completedRuns = async () => (await listJobs({ name: 'meter-report', state: 'completed', limit: 10 })).filter((j) => j.createdAt >= before);
    await expect.poll(async () => (await completedRuns()).length, { timeout: 10_000, interval: 200 }).toBeGreaterThanOrEqual(1);
    expect((await completedRuns()).some((j) => (j.output as { sent?: number }).sent! >= 1)).toBe(true);
  });
});
