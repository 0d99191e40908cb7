// The health check against the real database: up answers ok; with every connection of the app's
// pool held (a burst of requests), it still answers ok at once (it queued behind them and said 503
// before it had a connection of its own). A database that is down (503) is e2e/faults.spec.ts's.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { checkHealth } from './health';

afterAll(async () => {
  await db.$disconnect();
});

describe('checkHealth', () => {
  it('answers ok with the database up', async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    expect(Number.isNaN(Date.parse(health.checkedAt))).toBe(false);
  });

  it('answers ok at once while every connection of the app’s pool is busy', async () => {
    // As many transactions as the pool has connections (10), each holding its connection for 3 s.
    let started = 0;
    const held = Array.from({ length: 10 }, () =>
      db.$transaction(async (tx) => {
        started++;
        await tx.$executeRaw`SELECT pg_sleep(3)`;
      }),
    );
    await expect.poll(() => started, { timeout: 10_000 }).toBe(10);
    // The app's own pool is full now: a query through it waits for one of the sleeps to end.
    const began = Date.now();
    const health = await checkHealth(1_000);
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    expect(Date.now() - began).toBeLessThan(1_000);
    await Promise.all(held);
  });
});
