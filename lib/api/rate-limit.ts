// The /api/v1 rate limits, from the owner's plan (`apiPerMinute` in lib/billing/plans.ts): one
// counter per API key and one per owner (all their keys and their signed-in session together), in
// the shared PostgreSQL limiter, so a limit holds across every instance. Every answer carries the
// binding counter in the IETF RateLimit header fields (RateLimit-Limit, RateLimit-Remaining,
// RateLimit-Reset in seconds, and RateLimit-Policy); a refused request is RATE_LIMITED (429, with
// Retry-After from lib/http.ts) and counts against neither counter.
import { createHash } from 'node:crypto';
import { getEntitlements } from '@/lib/billing/entitlements';
import { AppError } from '@/lib/errors';
import { hit, release, type HitResult, type Limit } from '@/lib/rate-limit';

export const API_WINDOW_MS = 60_000;

export type ApiRateLimit = { limit: number; remaining: number; resetSeconds: number };

type Counter = { scope: 'apiKey' | 'owner'; key: string; limit: Limit };

function headersOf(counter: Counter, result: HitResult): ApiRateLimit {
  return { limit: counter.limit.limit, remaining: result.remaining, resetSeconds: Math.max(1, Math.ceil(result.resetMs / 1000)) };
}

export function rateLimitHeaders({ limit, remaining, resetSeconds }: ApiRateLimit): Record<string, string> {
  return {
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(remaining),
    'RateLimit-Reset': String(resetSeconds),
    'RateLimit-Policy': `${limit};w=${API_WINDOW_MS / 1000}`,
  };
}

const messages = {
  apiKey: (n: number) => `This API key may make up to ${n} requests a minute on your plan. Wait for Retry-After seconds and try again.`,
  owner: (n: number) => `Your account may make up to ${n} API requests a minute on your plan. Wait for Retry-After seconds and try again.`,
};

// Counts one request for the key (when there is one) and the owner. Returns the numbers to answer
// with, and the error to throw when refused (the caller sets the headers either way).
export async function takeApiRequest(
  ownerId: string,
  keyId: string | null,
  opts: { now?: number } = {},
): Promise<{ rateLimit: ApiRateLimit; refusal: AppError | null }> {
  const now = opts.now ?? Date.now();
  const { plan } = await getEntitlements(ownerId);
  const counters: Counter[] = [
    ...(keyId ? [{ scope: 'apiKey' as const, key: `api:key:${keyId}`, limit: { limit: plan.apiPerMinute.key, windowMs: API_WINDOW_MS } }] : []),
    { scope: 'owner', key: `api:owner:${ownerId}`, limit: { limit: plan.apiPerMinute.owner, windowMs: API_WINDOW_MS } },
  ];
  const taken: Array<{ counter: Counter; result: HitResult }> = [];
  for (const counter of counters) {
    const result = await hit(counter.key, counter.limit, { now });
    if (!result.allowed) {
      // A refused request counts against nothing: give back what the key's counter took.
      await Promise.all(taken.map(({ counter: c }) => release(c.key, c.limit, { now })));
      const retryAfterSeconds = Math.max(1, Math.ceil(result.resetMs / 1000));
      const refusal = new AppError('RATE_LIMITED', messages[counter.scope](counter.limit.limit), {
        limit: counter.scope,
        perMinute: counter.limit.limit,
        retryAfterSeconds,
      });
      return { rateLimit: headersOf(counter, result), refusal };
    }
    taken.push({ counter, result });
  }
  // The counter with the fewest requests left is the one the caller meets first.
  const binding = taken.reduce((a, b) => (b.result.remaining < a.result.remaining ? b : a));
  return { rateLimit: headersOf(binding.counter, binding.result), refusal: null };
}

// A key refused a moment ago is refused again from memory, without asking PostgreSQL, for up to
// REFUSAL_MEMO_MS (or until its window resets, if sooner): a burst from a key over its limit then
// costs each further request a hash and a lookup, not the key's, the plan's and the counters'
// queries. Only a cache of what the shared counter answered, so it never lets through a request the
// counter would refuse; what changes meanwhile (the window's end, an upgrade, a revoked key) is seen
// within REFUSAL_MEMO_MS. When the memory runs out, one request goes on to ask again (the others
// are still refused from it meanwhile, up to CHECK_MS): with a hundred connections all asking at
// once, the whole burst went through Next and PostgreSQL together every two seconds. Whatever that
// one request meets, a refusal renews the memory, a request let through at the limit lets the next
// one ask (allowedAfterRefusal), and anything else (room again, the key revoked, without the scope)
// ends it. Per instance, bounded. The map lives on globalThis: the routes (inside
// Next's bundle) fill it and server.ts (lib/api/refuse-early.ts) reads it, two copies of this module.
const REFUSAL_MEMO_MS = 2_000;
const CHECK_MS = 1_000;
// Let through with fewer than this share of the limit left, a key is still at its limit.
const NEAR_LIMIT = 0.05;
const MAX_REMEMBERED = 10_000;
type Remembered = { until: number; resetAt: number; limit: number; error: AppError; checkingSince: number | null };
const KEY = Symbol.for('page-magic.api-refusals');
const holder = globalThis as unknown as Record<symbol, Map<string, Remembered> | undefined>;
const refusedKeys = (holder[KEY] ??= new Map<string, Remembered>());

const tokenId = (token: string) => createHash('sha256').update(token, 'utf8').digest('base64url');

export function rememberRefusal(token: string, rateLimit: ApiRateLimit, refusal: AppError, now = Date.now()): void {
  const resetAt = now + rateLimit.resetSeconds * 1000;
  const id = tokenId(token);
  if (!refusedKeys.has(id) && refusedKeys.size >= MAX_REMEMBERED) refusedKeys.delete(refusedKeys.keys().next().value as string);
  refusedKeys.set(id, { until: Math.min(now + REFUSAL_MEMO_MS, resetAt), resetAt, limit: rateLimit.limit, error: refusal, checkingSince: null });
}

// The request that went on to ask again was not refused: the memory of the key ends.
export function forgetRefusal(token: string): void {
  refusedKeys.delete(tokenId(token));
}

// A request of a remembered key was let through by the counter. With room left (a window that
// reset, an upgrade) the memory ends. Still at its limit (the sliding window frees a request now
// and then, and this one took it), the memory stays and the next request goes on to ask at once,
// one at a time, the others still refused from it: ending it let a hundred connections through Next
// and PostgreSQL together each time the window freed one request, and /api/health waited a second.
export function allowedAfterRefusal(token: string, rateLimit: ApiRateLimit, now = Date.now()): void {
  const id = tokenId(token);
  const remembered = refusedKeys.get(id);
  if (!remembered) return;
  if (rateLimit.remaining >= Math.max(1, Math.floor(rateLimit.limit * NEAR_LIMIT))) {
    refusedKeys.delete(id);
    return;
  }
  remembered.until = Math.min(remembered.until, now);
  remembered.checkingSince = null;
}

// The refusal to answer again, with its headers' numbers, or null when the key was not refused
// within the last REFUSAL_MEMO_MS, or when this request is the one to ask again.
export function recentRefusal(token: string, now = Date.now()): { rateLimit: ApiRateLimit; refusal: AppError } | null {
  const id = tokenId(token);
  const remembered = refusedKeys.get(id);
  if (!remembered || now >= remembered.resetAt) {
    refusedKeys.delete(id);
    return null;
  }
  if (now >= remembered.until) {
    const isChecking = remembered.checkingSince !== null && now - remembered.checkingSince < CHECK_MS;
    if (!isChecking) {
      remembered.checkingSince = now;
      return null;
    }
  }
  const resetSeconds = Math.max(1, Math.ceil((remembered.resetAt - now) / 1000));
  const { error } = remembered;
  // Made with no stack trace: capturing one was the dearest step of a refusal from memory (8 % of
  // the CPU in a burst), and this error is an answer, never a bug to trace.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const refusal = new AppError('RATE_LIMITED', error.message, { ...(error.details as object), retryAfterSeconds: resetSeconds });
  Error.stackTraceLimit = stackTraceLimit;
  return { rateLimit: { limit: remembered.limit, remaining: 0, resetSeconds }, refusal };
}
