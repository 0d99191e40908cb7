// npm run bench:rate-limit: hits per second and p99 latency of the rate limiter with 50 concurrent
// callers on the app's own database client (its pool of 10 connections), against baselines measured
// in the same run: a bare `SELECT 1` round trip, and the limiter this one replaced (count, then
// insert a row per hit). Also how many of 50 simultaneous hits each lets through a limit of 10, and
// how many rows each leaves behind.
import { randomUUID } from 'node:crypto';
import { benchDatabase, benchEnv, percentile } from './support';

const CONCURRENCY = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = 3;
const WINDOW = { limit: 1_000_000_000, windowMs: 60_000 };

const { url, server } = await benchDatabase('bench_rate_limit');
Object.assign(process.env, benchEnv(url, 3191));
try {
  const { db } = await import('../lib/db');
  const { consume } = await import('../lib/rate-limit');

  // The old limiter: a row per hit in a logged table, counted over the window, then inserted (two
  // round trips, here in SQL where the old code went through Prisma's count and create).
  await db.$executeRawUnsafe(`CREATE TABLE "OldRateLimitHit" (
    "id" BIGSERIAL PRIMARY KEY, "key" TEXT NOT NULL, "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP)`);
  await db.$executeRawUnsafe(`CREATE INDEX ON "OldRateLimitHit" ("key", "createdAt")`);
  const oldConsume = async (key: string, limit: { limit: number; windowMs: number }) => {
    const since = new Date(Date.now() - limit.windowMs).toISOString();
    const [{ n }] = await db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "OldRateLimitHit" WHERE "key" = $1 AND "createdAt" > $2::timestamp`,
      key,
      since,
    );
    if (n >= limit.limit) return false;
    await db.$executeRawUnsafe(`INSERT INTO "OldRateLimitHit" ("key", "createdAt") VALUES ($1, $2::timestamp)`, key, new Date().toISOString());
    return true;
  };

  type Scenario = { name: string; hit: (worker: number, i: number) => Promise<unknown> };
  type Result = { name: string; perSecond: number; p50: number; p99: number };
  // 50 callers loop on `hit` for `ms`; returns hits done and each one's latency.
  async function run(hit: Scenario['hit'], ms: number, latencies: number[]): Promise<number> {
    const end = performance.now() + ms;
    let done = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        for (let i = 0; performance.now() < end; i++) {
          const t = performance.now();
          await hit(worker, i);
          latencies.push(performance.now() - t);
          done++;
        }
      }),
    );
    return done;
  }
  // The machine is shared, so its load drifts: the scenarios take turns, ROUNDS times, and each
  // reports its median rate over the rounds and the percentiles of all its hits.
  async function measure(scenarios: Scenario[]): Promise<Result[]> {
    for (const s of scenarios) await run(s.hit, 500, []); // warm up
    const rates = scenarios.map(() => [] as number[]);
    const latencies = scenarios.map(() => [] as number[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [n, s] of scenarios.entries()) {
        const t = performance.now();
        const done = await run(s.hit, (SECONDS * 1_000) / ROUNDS, latencies[n]);
        rates[n].push(done / ((performance.now() - t) / 1_000));
      }
    }
    return scenarios.map((s, n) => ({
      name: s.name,
      perSecond: percentile(rates[n], 50),
      p50: percentile(latencies[n], 50),
      p99: percentile(latencies[n], 99),
    }));
  }

  const spread = (worker: number, i: number) => `bench:spread:${(worker * 7919 + i) % 1_000}`;
  const results = await measure([
    { name: 'SELECT 1 round trip (baseline)', hit: () => db.$queryRawUnsafe('SELECT 1') },
    { name: 'consume, 1,000 keys', hit: (w, i) => consume(spread(w, i), WINDOW) },
    { name: 'consume, 1 hot key', hit: () => consume('bench:hot', WINDOW) },
    { name: 'consume, 1 key over its limit', hit: () => consume('bench:over', { limit: 10, windowMs: 60_000 }) },
    { name: 'old count-then-insert, 1,000 keys', hit: (w, i) => oldConsume(spread(w, i), WINDOW) },
  ]);

  const base = results[0];
  console.log(`rate limiter, ${CONCURRENCY} concurrent callers on the app's client (pool of 10), ${SECONDS} s each in ${ROUNDS} turns:`);
  for (const r of results) {
    const ratio = r === base ? '' : `   ${(r.perSecond / base.perSecond).toFixed(2)}x the hits/s, ${(r.p99 / base.p99).toFixed(1)}x the p99 of SELECT 1`;
    console.log(
      `  ${r.name.padEnd(34)} ${Math.round(r.perSecond).toLocaleString('en').padStart(6)} hits/s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms${ratio}`,
    );
  }
  const now = results[1];
  const old = results[4];
  console.log(`  new against old (1,000 keys): ${(now.perSecond / old.perSecond).toFixed(2)}x the hits/s, ${(now.p99 / old.p99).toFixed(2)}x the p99`);

  // 50 hits at once against a limit of 10, 20 rounds on fresh keys.
  const tight = { limit: 10, windowMs: 60_000 };
  const through = async (fn: (key: string) => Promise<boolean>) => {
    const counts: number[] = [];
    for (let round = 0; round < 20; round++) {
      const key = `bench:burst:${randomUUID()}`;
      counts.push((await Promise.all(Array.from({ length: CONCURRENCY }, () => fn(key)))).filter(Boolean).length);
    }
    return `min ${Math.min(...counts)}, max ${Math.max(...counts)}`;
  };
  console.log(`\n${CONCURRENCY} simultaneous hits at a limit of 10, 20 rounds, let through:`);
  console.log(`  consume:              ${await through((key) => consume(key, tight))}`);
  console.log(`  old count-then-insert: ${await through((key) => oldConsume(key, tight))}`);

  const [{ rows: newRows }] = await db.$queryRawUnsafe<Array<{ rows: number }>>(`SELECT count(*)::int AS rows FROM "RateLimitWindow"`);
  const [{ rows: oldRows }] = await db.$queryRawUnsafe<Array<{ rows: number }>>(`SELECT count(*)::int AS rows FROM "OldRateLimitHit"`);
  console.log(
    `\nrows left after the run: RateLimitWindow ${newRows.toLocaleString('en')}, old table ${oldRows.toLocaleString('en')} (one per allowed hit, never pruned)`,
  );
  await db.$disconnect();
} finally {
  await server.stop();
}
process.exit(0);
