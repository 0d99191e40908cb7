// The app's one rate limiter, in PostgreSQL so a limit holds across every instance. Keys name what
// is limited ("signin:ip:1.2.3.4"). Each key has one counter row per fixed window
// (`RateLimitWindow`), and every hit is one statement: the counter goes up only while the
// estimate is under the limit, decided on the locked row, so concurrent hits cannot all pass a
// count. The same statement deletes the key's expired windows and, on one call in SWEEP_EVERY,
// a bounded batch of anyone's, so the table holds about two windows per active key and no cron is
// needed.
//
// Sliding-window approximation, not plain fixed windows: the estimate is the current window's count
// plus the previous window's count times the share of it still inside the sliding window, so a burst
// at the end of one window and the start of the next is not let through twice.
import { db } from '@/lib/db';

export type Limit = { limit: number; windowMs: number };

// `now` (ms since the epoch) lets tests and benchmarks move through windows without waiting;
// `sweep` forces (or skips) the bounded clean-up of other keys' expired windows.
export type HitOptions = { now?: number; sweep?: boolean };

export type Statement = { text: string; values: unknown[] };

// Each call creates at most one row and a sweep removes up to SWEEP_LIMIT expired ones, so one
// sweep in 32 calls clears expired rows about six times faster than they can appear.
const SWEEP_EVERY = 32;
const SWEEP_LIMIT = 200;
let calls = 0;

type Window = { start: string; previous: string; expires: string; now: string; weight: number };

function windowAt({ windowMs }: Limit, now: number): Window {
  if (!Number.isInteger(windowMs) || windowMs < 1 || windowMs > 2 ** 31 - 1) {
    throw new Error(`Rate limit window must be a whole number of milliseconds up to 2^31 - 1, not ${windowMs}`);
  }
  const start = Math.floor(now / windowMs) * windowMs;
  // Timestamps are sent as UTC ISO strings and cast to `timestamp` (the zone is ignored), the way
  // Prisma stores DateTime.
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    start: iso(start),
    previous: iso(start - windowMs),
    // A window is still read as "previous" during the next one, so it expires two windows after it began.
    expires: iso(start + 2 * windowMs),
    now: iso(now),
    weight: 1 - (now - start) / windowMs,
  };
}

function shouldSweep(opts: HitOptions): boolean {
  calls = (calls + 1) % SWEEP_EVERY;
  return opts.sweep ?? calls === 0;
}

// $1 key, $2 now, $3 sweep. Expired rows are taken with SKIP LOCKED, so a hit never waits for
// another's clean-up (and hits cannot deadlock): the only lock a hit waits for is its own current
// window's. They are deleted by ctid, the row address just locked, so the delete is a direct
// lookup however large the table.
const deleteExpired = `
  own_expired AS (
    SELECT ctid FROM "RateLimitWindow"
    WHERE "key" = $1 AND "expiresAt" <= $2::timestamp
    FOR UPDATE SKIP LOCKED
  ),
  any_expired AS (
    SELECT ctid FROM "RateLimitWindow"
    WHERE $3::boolean AND "expiresAt" <= $2::timestamp
    ORDER BY "expiresAt" LIMIT ${SWEEP_LIMIT}
    FOR UPDATE SKIP LOCKED
  ),
  deleted AS (
    DELETE FROM "RateLimitWindow"
    WHERE ctid = ANY (ARRAY(SELECT ctid FROM own_expired UNION SELECT ctid FROM any_expired))
  )`;

// The statement behind consume() and hit(): one row back (the new count, and the sliding estimate
// with this hit) when the hit is allowed, none when refused.
export function consumeStatement(key: string, limit: Limit, opts: HitOptions = {}): Statement {
  const w = windowAt(limit, opts.now ?? Date.now());
  return {
    // A window's count only grows, so when the statement's snapshot already shows the key at its
    // limit, the hit is refused without locking anything (and without a write to commit). Otherwise
    // ON CONFLICT decides on the locked row, after any concurrent hit has committed.
    text: `WITH ${deleteExpired},
      seen AS (
        SELECT COALESCE(SUM("count") FILTER (WHERE "windowStart" = $6::timestamp), 0) * $7::float8 AS previous,
               COALESCE(SUM("count") FILTER (WHERE "windowStart" = $5::timestamp), 0) AS current
        FROM "RateLimitWindow"
        WHERE "key" = $1 AND "windowMs" = $4::int AND "windowStart" IN ($5::timestamp, $6::timestamp)
      )
      INSERT INTO "RateLimitWindow" AS w ("key", "windowMs", "windowStart", "count", "expiresAt")
      SELECT $1, $4::int, $5::timestamp, 1, $9::timestamp FROM seen WHERE seen.current + seen.previous < $8::int
      ON CONFLICT ("key", "windowMs", "windowStart") DO UPDATE SET "count" = w."count" + 1
        WHERE w."count" + (SELECT previous FROM seen) < $8::int
      RETURNING w."count", w."count" + (SELECT previous FROM seen) AS estimate`,
    values: [key, w.now, shouldSweep(opts), limit.windowMs, w.start, w.previous, w.weight, limit.limit, w.expires],
  };
}

// Counts a hit if the key is under its limit and says whether it was (for actions limited on
// every attempt). Refused hits are not counted.
export async function consume(key: string, limit: Limit, opts: HitOptions = {}): Promise<boolean> {
  const { text, values } = consumeStatement(key, limit, opts);
  const rows = await db.$queryRawUnsafe<Array<{ count: number }>>(text, ...values);
  return rows.length > 0;
}

// consume(), also saying how many more hits the key has now (the limit less the sliding estimate,
// so the previous window's share counts too) and when its current window ends: what the IETF
// RateLimit header fields report. A refused hit has none left.
export type HitResult = { allowed: boolean; remaining: number; resetMs: number };

export async function hit(key: string, limit: Limit, opts: HitOptions = {}): Promise<HitResult> {
  const now = opts.now ?? Date.now();
  const { text, values } = consumeStatement(key, limit, { ...opts, now });
  const rows = await db.$queryRawUnsafe<Array<{ count: number; estimate: number }>>(text, ...values);
  const resetMs = retryAfterMs(limit, now);
  if (rows.length === 0) return { allowed: false, remaining: 0, resetMs };
  return { allowed: true, remaining: Math.max(0, Math.ceil(limit.limit - Number(rows[0]!.estimate))), resetMs };
}

// Takes back one hit consume() counted (a sign-in try that turned out right): the current window's
// count goes down by one, never below zero.
export async function release(key: string, limit: Limit, opts: Pick<HitOptions, 'now'> = {}): Promise<void> {
  const w = windowAt(limit, opts.now ?? Date.now());
  await db.$executeRawUnsafe(
    `UPDATE "RateLimitWindow" SET "count" = "count" - 1 WHERE "key" = $1 AND "windowMs" = $2::int AND "windowStart" = $3::timestamp AND "count" > 0`,
    key,
    limit.windowMs,
    w.start,
  );
}

// Counts a hit whatever the estimate (failed sign-ins count even while blocked) and returns the
// current window's count.
export async function recordHit(key: string, limit: Limit, opts: HitOptions = {}): Promise<number> {
  const w = windowAt(limit, opts.now ?? Date.now());
  const rows = await db.$queryRawUnsafe<Array<{ count: number }>>(
    `WITH ${deleteExpired}
    INSERT INTO "RateLimitWindow" AS w ("key", "windowMs", "windowStart", "count", "expiresAt")
    VALUES ($1, $4::int, $5::timestamp, 1, $6::timestamp)
    ON CONFLICT ("key", "windowMs", "windowStart") DO UPDATE SET "count" = w."count" + 1
    RETURNING w."count"`,
    key,
    w.now,
    shouldSweep(opts),
    limit.windowMs,
    w.start,
    w.expires,
  );
  return rows[0].count;
}

// The sliding estimate of hits in the last window, read without counting one.
export async function estimateHits(key: string, limit: Limit, opts: Pick<HitOptions, 'now'> = {}): Promise<number> {
  const w = windowAt(limit, opts.now ?? Date.now());
  const [row] = await db.$queryRawUnsafe<Array<{ current: number; previous: number }>>(
    `SELECT COALESCE(SUM("count") FILTER (WHERE "windowStart" = $3::timestamp), 0)::int AS current,
            COALESCE(SUM("count") FILTER (WHERE "windowStart" = $4::timestamp), 0)::int AS previous
     FROM "RateLimitWindow"
     WHERE "key" = $1 AND "windowMs" = $2::int AND "windowStart" IN ($3::timestamp, $4::timestamp)`,
    key,
    limit.windowMs,
    w.start,
    w.previous,
  );
  return row.current + row.previous * w.weight;
}

export async function isLimited(key: string, limit: Limit, opts: Pick<HitOptions, 'now'> = {}): Promise<boolean> {
  return (await estimateHits(key, limit, opts)) >= limit.limit;
}

// How long a refused caller should wait, for a Retry-After header: until the current window ends.
// An upper bound: at the next window's start the estimate is the full window just ended times a
// weight below 1, so a key refused at its limit has room again by then (sooner when part of the
// estimate was the previous window's).
export function retryAfterMs({ windowMs }: Limit, now: number = Date.now()): number {
  return Math.max(1, Math.floor(now / windowMs) * windowMs + windowMs - now);
}
