// Generation runs against the real PostgreSQL: identical requests come from the stored result
// at no credit, credits run out with a clear PLAN_LIMIT, and a failed generation costs nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUser, subscribe } from '@/test/factories';
import { creditAllowance, creditBalance } from '@/lib/billing/credits';
import { OfflineGenerator } from './offline/generator';
import { generateSite } from './run';
import type { GenerationEvent, Generator } from './types';

const offline = new OfflineGenerator();

async function run(userId: string, input: { prompt: string; seed?: number; slug?: string }, generator: Generator = offline) {
  const events: GenerationEvent[] = [];
  const started = performance.now();
  const result = await generateSite({ id: userId }, { seed: 1, ...input }, (e) => events.push(e), { generator });
  return { result, events, ms: performance.now() - started };
}

describe('generateSite', () => {
  it('answers an identical request from the stored result, in milliseconds and at no credit', async () => {
    const user = await createUser();
    await subscribe(user.id, 'pro'); // three sites: more than Free's one
    const prompt = 'Padaria artesanal chamada Trigo Bom em Curitiba';
    const first = await run(user.id, { prompt });
    expect(first.result.cached).toBe(false);
    const second = await run(user.id, { prompt });
    expect(second.result.cached).toBe(true);
    expect(second.events[0]).toMatchObject({ type: 'started', cached: true });
    expect(second.events.filter((e) => e.type === 'section').length).toBe(first.events.filter((e) => e.type === 'section').length);
    expect(second.events.at(-1)).toMatchObject({ type: 'done' });
    expect((await creditBalance(user.id)).used).toBe(1);
    const rows = await db.generation.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.status, r.cached])).toEqual([
      ['succeeded', false],
      ['succeeded', true],
    ]);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(2);
    // Another seed is another site, and costs a credit.
    const third = await run(user.id, { prompt, seed: 2 });
    expect(third.result.cached).toBe(false);
    expect((await creditBalance(user.id)).used).toBe(2);
  });

  it("refuses with PLAN_LIMIT once the month's credits are used, and records the refusal", async () => {
    const user = await createUser();
    const allowance = await creditAllowance(user.id);
    await db.creditReservation.createMany({
      data: Array.from({ length: allowance }, (_, i) => ({ userId: user.id, generationId: `pre-${user.id}-${i}`, status: 'committed' })),
    });
    const { result, events } = await run(user.id, { prompt: 'Coffee shop called Bean There in Seattle' });
    expect(result.siteId).toBeNull();
    expect(events.at(-1)).toMatchObject({ type: 'failed', error: { code: 'PLAN_LIMIT' } });
    expect((await creditBalance(user.id)).used).toBe(allowance);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it('creates the site at the chosen address, and refuses a taken one before anything is recorded or spent', async () => {
    const [user, other] = [await createUser(), await createUser()];
    const slug = `chosen-${randomUUID().slice(0, 8)}`;
    const done = await run(other.id, { prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba', slug });
    expect(done.events.at(-1)).toMatchObject({ type: 'done', slug });
    await expect(run(user.id, { prompt: 'Oficina mecânica chamada Motor Bom em Recife', slug })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await creditBalance(user.id)).used).toBe(0);
    expect(await db.generation.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it('a generator that fails costs no credit and leaves no site', async () => {
    const user = await createUser();
    const broken: Generator = {
      name: 'offline',
      model: 'broken-test-model',
      generate: async () => {
        throw new Error('boom');
      },
      generateSection: async () => {
        throw new Error('boom');
      },
    };
    const { events } = await run(user.id, { prompt: 'Plumber in Denver' }, broken);
    expect(events.at(-1)).toMatchObject({ type: 'failed' });
    expect((events.at(-1) as { error: { message: string } }).error.message).not.toContain('boom');
    expect((await creditBalance(user.id)).used).toBe(0);
    const reservation = await db.creditReservation.findFirstOrThrow({ where: { userId: user.id } });
    expect(reservation.status).toBe('released');
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it('a document that does not read as a site, written by the generator or stored earlier, fails in plain words at no credit', async () => {
    const user = await createUser();
    await subscribe(user.id, 'pro');
    const sloppy: Generator = {
      name: 'offline',
      model: 'sloppy-test-model',
      generate: async () => ({ document: { schemaVersion: 0 } }) as unknown as Awaited<ReturnType<Generator['generate']>>,
      generateSection: (request, signal) => offline.generateSection(request, signal),
    };
    const fresh = await run(user.id, { prompt: 'Plumber in Denver' }, sloppy);
    // A stored answer that no longer reads as a site (the batch journey's way to make a prompt fail).
    const { result } = await run(user.id, { prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba' });
    await db.generation.update({ where: { id: result.generationId }, data: { result: { schemaVersion: 0 } } });
    const stored = await run(user.id, { prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba' });
    expect(stored.result).toMatchObject({ cached: true, siteId: null });
    for (const { events } of [fresh, stored]) {
      expect(events.at(-1)).toEqual({
        type: 'failed',
        error: { code: 'UPSTREAM_FAILED', message: 'The generator could not finish this site. No credit was used; try again.' },
      });
    }
    const failed = await db.generation.findMany({ where: { userId: user.id, status: 'failed' }, select: { error: true } });
    expect(failed.map((row) => row.error)).toEqual([
      'The generator could not finish this site. No credit was used; try again.',
      'The generator could not finish this site. No credit was used; try again.',
    ]);
    expect((await creditBalance(user.id)).used).toBe(1);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(1);
  });

  it('two generations racing for the last credit: exactly one gets it', async () => {
    const user = await createUser();
    const allowance = await creditAllowance(user.id);
    await db.creditReservation.createMany({
      data: Array.from({ length: allowance - 1 }, (_, i) => ({ userId: user.id, generationId: `race-${user.id}-${i}`, status: 'committed' })),
    });
    const results = await Promise.all([
      run(user.id, { prompt: 'Yoga studio in Austin', seed: 11 }),
      run(user.id, { prompt: 'Yoga studio in Austin', seed: 12 }),
    ]);
    expect(results.filter((r) => r.result.siteId).length).toBe(1);
    expect((await creditBalance(user.id)).used).toBe(allowance);
  });
});

describe('prompts that are not descriptions', () => {
  it.each([['🍕🍕🍕🍕'], ['https://padaria-do-joao.com.br'], ['12345 678'], ['x'.repeat(1001)], ['  a  ']])(
    'refuses %j with a clear message and spends nothing',
    async (prompt) => {
      const user = await createUser();
      await expect(run(user.id, { prompt })).rejects.toMatchObject({ name: 'ZodError' });
      expect(await db.generation.count({ where: { userId: user.id } })).toBe(0);
      expect((await creditBalance(user.id)).used).toBe(0);
    },
  );
});
