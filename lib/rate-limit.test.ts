import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { consume, consumeStatement, estimateHits, isLimited, recordHit, type Limit } from './rate-limit';

// Simulated times run ahead of the clock, never behind it: other test files share this database,
// and their occasional sweeps (at the real time) must not find these rows expired while a test
// runs (the longest takes ~10 s on a busy machine). 30 s ahead is well inside the shortest real
// window (a minute, whose rows live two), so these tests' sweeps do not touch other tests' live rows.
function windowAhead(windowMs: number): number {
  return Math.ceil((Date.now() + 30_000) / windowMs) * windowMs;
}

async function rowsOf(prefix: string): Promise<Array<{ key: string; windowStart: Date; count: number; expiresAt: Date }>> {
  return db.rateLimitWindow.findMany({ where: { key: { startsWith: prefix } }, orderBy: [{ key: 'asc' }, { windowStart: 'asc' }] });
}

// Runs `work` over `items`, `concurrency` at a time.
async function inBatches<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += concurrency) await Promise.all(items.slice(i, i + concurrency).map(work));
}

describe('rate limiter on PostgreSQL', () => {
  it('allows up to the limit in the window, then refuses without counting the refusals', async () => {
    const key = `test:${randomUUID()}`;
    const limit = { limit: 3, windowMs: 60_000 };
    // One fixed moment: at the real clock a minute could turn between two hits, and the sliding
    // estimate would then weigh the first window's hits at just under 1 and let a fourth through.
    const now = windowAhead(limit.windowMs) + 1_000;
    expect(await isLimited(key, limit, { now })).toBe(false);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await consume(key, limit, { now }));
    expect(answers).toEqual([true, true, true, false, false]);
    expect(await isLimited(key, limit, { now })).toBe(true);
    expect((await rowsOf(key)).map((r) => r.count)).toEqual([3]);
  });

  it('recordHit counts every hit, even past the limit', async () => {
    const key = `test:${randomUUID()}`;
    const limit = { limit: 3, windowMs: 60_000 };
    const now = windowAhead(limit.windowMs) + 1_000;
    const counts = [];
    for (let i = 0; i < 5; i++) counts.push(await recordHit(key, limit, { now }));
    expect(counts).toEqual([1, 2, 3, 4, 5]);
    expect(await isLimited(key, limit, { now })).toBe(true);
    expect(await consume(key, limit, { now })).toBe(false);
  });

  it('keeps keys apart, and the same key under another window apart', async () => {
    const a = `test:${randomUUID()}`;
    const b = `test:${randomUUID()}`;
    const limit = { limit: 2, windowMs: 60_000 };
    const at = { now: windowAhead(limit.windowMs) + 1_000 };
    expect([await consume(a, limit, at), await consume(a, limit, at), await consume(a, limit, at)]).toEqual([true, true, false]);
    expect([await consume(b, limit, at), await consume(b, limit, at), await consume(b, limit, at)]).toEqual([true, true, false]);
    expect(await consume(a, { limit: 2, windowMs: 30_000 }, at)).toBe(true);
    expect(await isLimited(a, limit, at)).toBe(true);
    expect(await isLimited(`test:${randomUUID()}`, limit, at)).toBe(false);
  });

  it('rolls over to the next window, weighing the previous one so an edge burst is not doubled', async () => {
    const key = `test:${randomUUID()}`;
    const limit = { limit: 10, windowMs: 1_000 };
    const base = windowAhead(limit.windowMs);
    const hits = async (n: number, now: number) => {
      const out = [];
      for (let i = 0; i < n; i++) out.push(await consume(key, limit, { now }));
      return out.filter(Boolean).length;
    };
    // A burst at the end of window 0 uses the whole limit.
    expect(await hits(12, base + 900)).toBe(10);
    // At the start of window 1 the previous window still weighs fully: plain fixed windows would allow 10 more here.
    expect(await hits(3, base + 1_000)).toBe(0);
    // Half-way through window 1 it weighs half: 5 more.
    expect(await hits(8, base + 1_500)).toBe(5);
    expect(await estimateHits(key, limit, { now: base + 1_500 })).toBeCloseTo(10);
    expect(await isLimited(key, limit, { now: base + 1_500 })).toBe(true);
    expect(await estimateHits(key, limit, { now: base + 1_750 })).toBeCloseTo(5 + 10 * 0.25);
    // Window 3: window 2 was empty, so the whole limit again, and windows 0 and 1 are gone.
    expect(await hits(11, base + 3_000)).toBe(10);
    const rows = await rowsOf(key);
    expect(rows.map((r) => [r.windowStart.getTime() - base, r.count])).toEqual([[3_000, 10]]);
    expect(rows[0].expiresAt.getTime()).toBe(base + 5_000);
  });

  it('lets exactly 10 of 50 concurrent hits through a limit of 10 (pool of the app client)', async () => {
    const limit = { limit: 10, windowMs: 60_000 };
    for (let round = 0; round < 5; round++) {
      const key = `test:${randomUUID()}`;
      const at = { now: windowAhead(limit.windowMs) + 1_000 };
      const answers = await Promise.all(Array.from({ length: 50 }, () => consume(key, limit, at)));
      expect(answers.filter(Boolean).length, `round ${round}`).toBe(10);
      expect((await rowsOf(key)).map((r) => r.count)).toEqual([10]);
    }
  });

  describe('on 50 connections of their own, released together', () => {
    const tag = `rate-limit-test-${process.pid}`;
    const clients: pg.Client[] = [];
    let gate: pg.Client;

    beforeAll(async () => {
      gate = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await gate.connect();
      for (let i = 0; i < 50; i++) clients.push(new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: tag }));
      await Promise.all(clients.map((c) => c.connect()));
    });

    afterAll(async () => {
      await Promise.all([...clients, gate].map((c) => c?.end()));
    });

    it('lets exactly 10 through, every round', async () => {
      const limit: Limit = { limit: 10, windowMs: 60_000 };
      for (let round = 0; round < 5; round++) {
        const key = `test:${randomUUID()}`;
        // The gate holds off every writer of the table until all 50 statements are waiting for it,
        // so they start together instead of one after another.
        await gate.query('BEGIN');
        await gate.query('LOCK TABLE "RateLimitWindow" IN SHARE MODE');
        const now = windowAhead(limit.windowMs) + 1_000;
        const pending = clients.map((c) => {
          const { text, values } = consumeStatement(key, limit, { sweep: false, now });
          return c.query(text, values);
        });
        const deadline = Date.now() + 10_000;
        for (;;) {
          const { rows } = await gate.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
            [tag],
          );
          if (rows[0].n === 50) break;
          if (Date.now() > deadline) throw new Error(`only ${rows[0].n} of 50 statements reached the gate`);
          await new Promise((r) => setTimeout(r, 5));
        }
        await gate.query('COMMIT');
        const results = await Promise.all(pending);
        expect(results.filter((r) => r.rowCount === 1).length, `round ${round}`).toBe(10);
        expect((await rowsOf(key)).map((r) => r.count)).toEqual([10]);
      }
    });
  });

  it('does not grow with traffic: 10,000 hits over 100 windows leave the two live windows per key', async () => {
    const prefix = `test:${randomUUID()}:`;
    const keys = Array.from({ length: 10 }, (_, i) => `${prefix}${i}`);
    const limit = { limit: 5, windowMs: 100 };
    const base = windowAhead(limit.windowMs);
    const hits: Array<{ key: string; now: number }> = [];
    for (let w = 0; w < 100; w++) {
      for (let j = 0; j < 100; j++) hits.push({ key: keys[j % keys.length], now: base + w * limit.windowMs + j });
    }
    let allowed = 0;
    await inBatches(hits, 25, async ({ key, now }) => {
      if (await consume(key, limit, { now })) allowed++;
    });
    expect(hits.length).toBe(10_000);
    // Twice the limit offered evenly: the sliding estimate lets through the limit's rate, 5 per key and window.
    expect(allowed).toBeGreaterThanOrEqual(0.9 * 10 * 100 * 5);
    expect(allowed).toBeLessThanOrEqual(10 * 100 * 5);
    const rows = await rowsOf(prefix);
    expect(rows.length).toBe(20);
    expect(new Set(rows.map((r) => r.windowStart.getTime() - base))).toEqual(new Set([98 * 100, 99 * 100]));
  });

  it('clears windows of keys never hit again, a bounded batch at a time, with no cron', async () => {
    const prefix = `test:${randomUUID()}:`;
    const limit = { limit: 5, windowMs: 100 };
    const base = windowAhead(limit.windowMs);
    // 2,000 one-off keys (a form posted once from 2,000 addresses), 100 per window over 20 windows.
    const hits = Array.from({ length: 2_000 }, (_, i) => ({ key: `${prefix}${i}`, now: base + Math.floor(i / 100) * limit.windowMs + (i % 100) }));
    await inBatches(hits, 20, ({ key, now }) => consume(key, limit, { now }));
    const end = base + 20 * limit.windowMs;
    const rows = await rowsOf(prefix);
    const live = rows.filter((r) => r.expiresAt.getTime() > end - 1);
    // The last two windows are live; of the older ones at most the batch that expired since the last sweep is left.
    expect(live.length).toBe(200);
    expect(rows.length - live.length).toBeLessThanOrEqual(100);
  });

  it('removes at most one bounded batch per sweep', async () => {
    const prefix = `test:${randomUUID()}:`;
    const limit = { limit: 5, windowMs: 100 };
    const base = windowAhead(limit.windowMs);
    await inBatches(
      Array.from({ length: 500 }, (_, i) => `${prefix}${i}`),
      25,
      (key) => consume(key, limit, { now: base, sweep: false }),
    );
    expect((await rowsOf(prefix)).length).toBe(500);
    const later = base + 3 * limit.windowMs;
    const left: number[] = [];
    for (let i = 0; i < 6 && (left.at(-1) ?? 1) > 0; i++) {
      await consume(`test:${randomUUID()}`, limit, { now: later, sweep: true });
      left.push((await rowsOf(prefix)).length);
    }
    expect(left[0]).toBeGreaterThanOrEqual(300);
    expect(left.at(-1)).toBe(0);
  });

  it('refuses a window it cannot store', async () => {
    await expect(consume(`test:${randomUUID()}`, { limit: 1, windowMs: 0 })).rejects.toThrow(/whole number/);
    await expect(consume(`test:${randomUUID()}`, { limit: 1, windowMs: 2 ** 31 })).rejects.toThrow(/whole number/);
  });
});
