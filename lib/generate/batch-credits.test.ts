// A batch's credits are reserved when the batch is made, in the transaction that makes it: a batch
// of N holds N at once, so a single generation meanwhile cannot take them; each prompt's job moves
// its credit to its generation, which commits it on success or releases it on failure (exactly one);
// a batch cut short releases the credits of the prompts that never ran; and the owner's spending
// cap refuses a batch whose cost would pass it, creating nothing. No workers run here: the test
// runs each prompt's job itself, so every step is seen.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureCustomer } from '@/lib/billing/checkout';
import { batchCreditKey, creditBalance, reserveCredit } from '@/lib/billing/credits';
import { getPlan } from '@/lib/billing/plans';
import { configureBilling } from '@/lib/billing/stripe';
import { db } from '@/lib/db';
import { createUser, subscribe } from '@/test/factories';
import { startTestQueue } from '@/test/queue';
import { startStripeStandIn, type StripeStandIn } from '@/test/stand-ins/stripe';
import { cancelBatch, createBatch, runBatchItem } from './batch';
import { OfflineGenerator } from './offline/generator';
import type { Generator } from './types';

const SECRET = 'whsec_test_batch_credits';
let stripe: StripeStandIn;
let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  stripe = await startStripeStandIn({ webhookSecret: SECRET });
  queue = await startTestQueue();
});

beforeEach(() => {
  configureBilling({ secretKey: 'sk_test_stand_in', webhookSecret: SECRET, apiBase: stripe.url });
});

afterAll(async () => {
  await queue?.stop();
  configureBilling(undefined);
  await stripe?.close();
});

const offline = new OfflineGenerator();
const broken: Generator = {
  name: offline.name,
  model: offline.model,
  generate: async () => {
    throw new Error('the model stopped answering');
  },
  generateSection: (request, signal) => offline.generateSection(request, signal),
};

const prompts = (n: number, tag = randomUUID().slice(0, 6)) =>
  Array.from({ length: n }, (_, i) => ({ prompt: `Oficina de bicicletas Pedal ${tag} ${i} em Porto Alegre, consertos rápidos` }));

const byStatus = async (userId: string) =>
  Object.fromEntries(
    (await db.creditReservation.groupBy({ by: ['status'], where: { userId }, _count: { _all: true } })).map((g) => [g.status, g._count._all]),
  ) as Record<string, number>;

// A Pro owner (a real customer in the stand-in) with `used` credits of the period already committed.
async function proOwner(used: number, spendingCapCents: number) {
  const user = await createUser();
  const customerId = await ensureCustomer(user);
  await subscribe(user.id, 'pro', { stripeCustomerId: customerId, spendingCapCents });
  await db.creditReservation.createMany({ data: Array.from({ length: used }, () => ({ userId: user.id, generationId: randomUUID(), status: 'committed' })) });
  return user;
}

const itemsOf = (batchId: string) => db.generationBatchItem.findMany({ where: { batchId }, orderBy: { index: 'asc' } });

describe('a batch’s credits', () => {
  it('are all reserved when the batch is made, so a single generation meanwhile cannot take them; a failed prompt releases exactly one', async () => {
    const allowance = getPlan('pro').limits.monthlyCredits;
    // Four credits left and no room past the allowance (a cap of 0).
    const owner = await proOwner(allowance - 4, 0);
    const { batch } = await createBatch(owner, { prompts: prompts(4) });
    expect(await byStatus(owner.id)).toEqual({ committed: allowance - 4, reserved: 4 });
    const items = await itemsOf(batch.id);
    expect(
      await db.creditReservation.count({ where: { userId: owner.id, status: 'reserved', generationId: { in: items.map((i) => batchCreditKey(i.id)) } } }),
    ).toBe(4);
    expect((await creditBalance(owner.id)).remaining).toBe(0);

    // Before any prompt ran, the last credits are the batch's: a single generation is refused (its
    // one credit would be past the allowance, and the cap of 0 allows nothing past it).
    await expect(reserveCredit(owner.id, `single-${randomUUID()}`)).rejects.toMatchObject({ code: 'PLAN_LIMIT', details: { limit: 'spendingCap' } });

    // One prompt fails: exactly its credit comes back, and the single generation now fits.
    expect(await runBatchItem(items[1].id, { generator: broken })).toEqual({ status: 'failed' });
    expect(await byStatus(owner.id)).toEqual({ committed: allowance - 4, reserved: 3, released: 1 });
    const failed = await db.generationBatchItem.findUniqueOrThrow({ where: { id: items[1].id } });
    expect(failed.error).toMatch(/No credit was used/);
    expect(await db.creditReservation.findUnique({ where: { generationId: failed.generationId! } })).toMatchObject({ status: 'released' });
    const single = `single-${randomUUID()}`;
    await reserveCredit(owner.id, single);
    await expect(reserveCredit(owner.id, `single-${randomUUID()}`)).rejects.toMatchObject({ code: 'PLAN_LIMIT' });
    await db.creditReservation.update({ where: { generationId: single }, data: { status: 'released' } });

    // The others succeed: each commits the credit reserved for it, none is reserved twice.
    for (const item of [items[0], items[2], items[3]]) expect(await runBatchItem(item.id, { generator: offline })).toEqual({ status: 'done' });
    expect(await byStatus(owner.id)).toEqual({ committed: allowance - 1, released: 2 });
    expect(await db.generationBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: 'done_with_failures' });
  });

  it('of prompts that never ran are released when the batch is cut short; a prompt answered from the cache gives its credit back', async () => {
    const owner = await proOwner(0, 0);
    const [cachedPrompt] = prompts(1);
    const first = await createBatch(owner, { prompts: [cachedPrompt] });
    expect(await runBatchItem((await itemsOf(first.batch.id))[0].id, { generator: offline })).toEqual({ status: 'done' });
    expect(await byStatus(owner.id)).toEqual({ committed: 1 });

    // The same prompt again is answered from the stored result, which costs nothing.
    const { batch } = await createBatch(owner, { prompts: [cachedPrompt, ...prompts(2)] });
    const items = await itemsOf(batch.id);
    expect(await byStatus(owner.id)).toEqual({ committed: 1, reserved: 3 });
    expect(await runBatchItem(items[0].id, { generator: offline })).toEqual({ status: 'done' });
    expect(await byStatus(owner.id)).toEqual({ committed: 1, reserved: 2, released: 1 });

    // The owner cancels: the two waiting prompts stop and give their credits back.
    const stranger = await proOwner(0, 0);
    await expect(cancelBatch(stranger, batch.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const answer = await cancelBatch(owner, batch.id);
    expect(answer).toMatchObject({ cancelled: 2, batch: { status: 'cancelled' } });
    expect(await byStatus(owner.id)).toEqual({ committed: 1, released: 3 });
    expect((await itemsOf(batch.id)).map((i) => [i.status, i.error])).toEqual([
      ['done', null],
      ['cancelled', null],
      ['cancelled', null],
    ]);
    expect(await db.generationBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: 'cancelled' });
    const events = await db.generationBatchEvent.findMany({ where: { batchId: batch.id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => [e.seq, e.type, e.itemIndex, e.status])).toEqual([
      [1, 'item', 0, 'running'],
      [2, 'item', 0, 'done'],
      [3, 'item', 1, 'cancelled'],
      [4, 'item', 2, 'cancelled'],
      [5, 'done', null, 'cancelled'],
    ]);
    await expect(cancelBatch(owner, batch.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    // A job delivered after the cut does nothing and takes no credit.
    expect(await runBatchItem(items[1].id, { generator: offline })).toEqual({ status: 'cancelled' });
    expect(await byStatus(owner.id)).toEqual({ committed: 1, released: 3 });
  });

  it('cancelled while a job starts a prompt: the prompt is either written with its credit, or cancelled with it released, never both', async () => {
    for (let round = 0; round < 6; round++) {
      const owner = await proOwner(0, 0);
      const { batch } = await createBatch(owner, { prompts: prompts(2) });
      const [first, second] = await itemsOf(batch.id);
      expect(await runBatchItem(first.id, { generator: offline })).toEqual({ status: 'done' });
      // The cancel is sent at once or a little later, so it meets the job before, while and after it starts the prompt.
      const [run] = await Promise.all([
        runBatchItem(second.id, { generator: offline }),
        (round % 2 ? new Promise((resolve) => setTimeout(resolve, round)) : Promise.resolve()).then(() => cancelBatch(owner, batch.id).catch(() => null)),
      ]);
      const item = await db.generationBatchItem.findUniqueOrThrow({ where: { id: second.id } });
      expect(item.status).toBe(run.status);
      expect(['done', 'cancelled']).toContain(item.status);
      expect(await byStatus(owner.id)).toEqual(item.status === 'done' ? { committed: 2 } : { committed: 1, released: 1 });
      expect(await db.site.count({ where: { ownerId: owner.id } })).toBe(item.status === 'done' ? 2 : 1);
      expect(await db.generationBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
        status: item.status === 'done' ? 'done' : 'cancelled',
      });
    }
  });

  it('cancelled while a prompt is being written: the waiting ones stop, that one finishes and keeps its credit', async () => {
    const owner = await proOwner(0, 0);
    const { batch } = await createBatch(owner, { prompts: prompts(3) });
    const [first, second, third] = await itemsOf(batch.id);
    let started!: () => void;
    let release!: () => void;
    const isWriting = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: Generator = {
      ...broken,
      generate: async (request, emit, signal) => {
        started();
        await gate;
        return offline.generate(request, emit, signal);
      },
    };
    const running = runBatchItem(first.id, { generator: slow });
    await isWriting;
    expect(await cancelBatch(owner, batch.id)).toMatchObject({ cancelled: 2, batch: { status: 'running' } });
    release();
    expect(await running).toEqual({ status: 'done' });
    expect((await itemsOf(batch.id)).map((i) => i.status)).toEqual(['done', 'cancelled', 'cancelled']);
    expect(await byStatus(owner.id)).toEqual({ committed: 1, released: 2 });
    expect(await db.generationBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: 'cancelled' });
    for (const item of [second, third]) expect(await runBatchItem(item.id, { generator: offline })).toEqual({ status: 'cancelled' });
  });

  it('past the owner’s spending cap refuse the whole batch, creating nothing', async () => {
    const allowance = getPlan('pro').limits.monthlyCredits;
    // Pro overage is 10 cents a credit: a 25-cent cap allows two credits past the allowance.
    const owner = await proOwner(allowance, 25);
    await expect(createBatch(owner, { prompts: prompts(3) })).rejects.toMatchObject({ code: 'PLAN_LIMIT', details: { limit: 'spendingCap', allowed: 25 } });
    expect(await db.generationBatch.count({ where: { ownerId: owner.id } })).toBe(0);
    expect(await db.generationBatchItem.count({ where: { batch: { ownerId: owner.id } } })).toBe(0);
    expect(await byStatus(owner.id)).toEqual({ committed: allowance });

    // Two fit under the cap, and are reserved at once.
    const { batch } = await createBatch(owner, { prompts: prompts(2) });
    expect(batch.items).toHaveLength(2);
    expect(await byStatus(owner.id)).toEqual({ committed: allowance, reserved: 2 });
  });
});
