// The /api/v1 rate limits through the real routes as Next calls them, on the real limiter in
// PostgreSQL: every answer carries the IETF RateLimit fields counting down, a key over its plan's
// per-minute limit gets 429 with Retry-After in the one error shape, two keys of one owner share the
// owner's limit (and so does the signed-in session), another owner is unaffected, and the limits
// are the plan's. The clock is pinned one second into a window, so no test crosses into the next.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPlan } from '@/lib/billing/plans';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createUser, subscribe } from '@/test/factories';
import { createApiKey } from './keys';
import { allowedAfterRefusal, API_WINDOW_MS, forgetRefusal, recentRefusal, rememberRefusal } from './rate-limit';
import { answerRememberedRefusal } from './refuse-early';

const signedIn = vi.hoisted(() => ({ user: null as { id: string; email: string } | null }));
vi.mock('@/lib/auth/require-user', () => ({
  getApiUser: async () => {
    if (!signedIn.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return signedIn.user;
  },
}));

const domains = await import('@/app/api/v1/domains/route');
const domain = await import('@/app/api/v1/domains/[id]/route');

const free = getPlan('free').apiPerMinute;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Math.floor(Date.now() / API_WINDOW_MS) * API_WINDOW_MS + 1000);
});
afterAll(() => {
  vi.useRealTimers();
});
beforeEach(() => {
  signedIn.user = null;
});

async function keyFor(user: { id: string }) {
  return (await createApiKey(user, { name: `script ${randomUUID().slice(0, 6)}`, scopes: ['read'] })).token;
}

const list = (token?: string) =>
  domains.GET(
    new Request('http://localhost/api/v1/domains', { headers: { 'x-forwarded-for': '203.0.113.9', ...(token && { authorization: `Bearer ${token}` }) } }),
    undefined,
  );

function numbers(res: Response) {
  return {
    limit: Number(res.headers.get('RateLimit-Limit')),
    remaining: Number(res.headers.get('RateLimit-Remaining')),
    reset: Number(res.headers.get('RateLimit-Reset')),
  };
}

async function spend(token: string, times: number) {
  for (let i = 0; i < times; i++) {
    const res = await list(token);
    expect(res.status).toBe(200);
  }
}

async function expectLimited(res: Response, scope: 'apiKey' | 'owner', perMinute: number) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('Retry-After'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(API_WINDOW_MS / 1000);
  expect(numbers(res)).toEqual({ limit: perMinute, remaining: 0, reset: retryAfter });
  const body = (await res.json()) as { error: { code: string; message: string; details: { limit: string; perMinute: number } } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe('RATE_LIMITED');
  expect(body.error.details).toMatchObject({ limit: scope, perMinute });
}

describe('/api/v1 rate limits', () => {
  it('answers every request with the RateLimit fields, counting down, also on an error', async () => {
    const user = await createUser();
    const token = await keyFor(user);
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const res = await list(token);
      expect(res.status).toBe(200);
      seen.push(numbers(res));
    }
    // Pinned one second into the window: 59 seconds until it ends.
    expect(seen).toEqual([
      { limit: free.key, remaining: free.key - 1, reset: 59 },
      { limit: free.key, remaining: free.key - 2, reset: 59 },
      { limit: free.key, remaining: free.key - 3, reset: 59 },
    ]);
    const res = await list(token);
    expect(res.headers.get('RateLimit-Policy')).toBe(`${free.key};w=60`);
    // A 404 after authentication still carries them, and still counted.
    const missing = await domain.GET(new Request('http://localhost/api/v1/domains/nope', { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({ id: 'nope' }),
    });
    expect(missing.status).toBe(404);
    expect(numbers(missing).remaining).toBe(free.key - 5);
  });

  it('refuses a key over its limit with 429 and Retry-After; a refused request counts nowhere', async () => {
    const user = await createUser();
    const token = await keyFor(user);
    await spend(token, free.key);
    await expectLimited(await list(token), 'apiKey', free.key);
    await expectLimited(await list(token), 'apiKey', free.key);
    // The owner's counter took only the allowed requests: a second key of the same owner answers with
    // the owner's limit, which is now the binding one.
    const second = await keyFor(user);
    const res = await list(second);
    expect(res.status).toBe(200);
    expect(numbers(res)).toMatchObject({ limit: free.owner, remaining: free.owner - free.key - 1 });
  });

  it('refuses a key refused a moment ago again from memory, with the same answer, and asks PostgreSQL again after two seconds', async () => {
    const user = await createUser();
    const token = await keyFor(user);
    await spend(token, free.key);
    await expectLimited(await list(token), 'apiKey', free.key);
    // Revoked behind the API's back: within two seconds the key's requests are still answered from
    // memory (the refusal, not a 401), so no query ran for them.
    await db.apiKey.updateMany({ where: { ownerId: user.id }, data: { revokedAt: new Date() } });
    const pinned = Date.now();
    vi.setSystemTime(pinned + 1_900);
    const remembered = await list(token);
    await expectLimited(remembered, 'apiKey', free.key);
    expect(Number(remembered.headers.get('Retry-After'))).toBe(58);
    vi.setSystemTime(pinned + 2_000);
    const asked = await list(token);
    expect(asked.status).toBe(401);
    vi.setSystemTime(pinned);
    // Another key of the owner was never refused: it is asked about as usual.
    expect((await list(await keyFor(user))).status).toBe(200);
  });

  it('when the memory runs out, lets one request ask again while the others are still refused from it', () => {
    const token = `pm_live_memo_${randomUUID()}`;
    const t0 = 1_000_000;
    const refusal = new AppError('RATE_LIMITED', 'over', { limit: 'apiKey', perMinute: 60, retryAfterSeconds: 30 });
    rememberRefusal(token, { limit: 60, remaining: 0, resetSeconds: 30 }, refusal, t0);
    expect(recentRefusal(token, t0 + 1_999)?.rateLimit).toEqual({ limit: 60, remaining: 0, resetSeconds: 29 });
    // Two seconds on: the first request asks PostgreSQL; the rest are refused from memory while it does.
    expect(recentRefusal(token, t0 + 2_000)).toBeNull();
    expect(recentRefusal(token, t0 + 2_001)?.refusal.code).toBe('RATE_LIMITED');
    expect(recentRefusal(token, t0 + 2_500)?.refusal.details).toMatchObject({ retryAfterSeconds: 28 });
    // It was refused again: the memory is renewed for two seconds.
    rememberRefusal(token, { limit: 60, remaining: 0, resetSeconds: 27 }, refusal, t0 + 2_600);
    expect(recentRefusal(token, t0 + 4_599)).not.toBeNull();
    expect(recentRefusal(token, t0 + 4_600)).toBeNull();
    // This time the asking request was let through (or the key was revoked): the memory ends.
    forgetRefusal(token);
    expect(recentRefusal(token, t0 + 4_601)).toBeNull();
    expect(recentRefusal(token, t0 + 4_602)).toBeNull();
    // An asking request that never came back (its client went away) hands over after a second.
    rememberRefusal(token, { limit: 60, remaining: 0, resetSeconds: 20 }, refusal, t0 + 10_000);
    expect(recentRefusal(token, t0 + 12_000)).toBeNull();
    expect(recentRefusal(token, t0 + 12_999)).not.toBeNull();
    expect(recentRefusal(token, t0 + 13_000)).toBeNull();
    // Never past the window's reset.
    expect(recentRefusal(token, t0 + 30_000)).toBeNull();
    expect(recentRefusal(token, t0 + 30_001)).toBeNull();
  });

  it('still at the limit after a request is let through, lets the next ask at once, one at a time; with room again, forgets', () => {
    const token = `pm_live_trickle_${randomUUID()}`;
    const t0 = 2_000_000;
    const refusal = new AppError('RATE_LIMITED', 'over', { limit: 'apiKey', perMinute: 1000, retryAfterSeconds: 40 });
    rememberRefusal(token, { limit: 1000, remaining: 0, resetSeconds: 40 }, refusal, t0);
    expect(recentRefusal(token, t0 + 2_000)).toBeNull(); // the one that asks
    // The sliding window freed one request and this one took it: 0 left, still at the limit.
    allowedAfterRefusal(token, { limit: 1000, remaining: 0, resetSeconds: 38 }, t0 + 2_010);
    // The next request asks at once, and only it: the others are refused from memory meanwhile.
    expect(recentRefusal(token, t0 + 2_011)).toBeNull();
    expect(recentRefusal(token, t0 + 2_012)?.refusal.code).toBe('RATE_LIMITED');
    expect(recentRefusal(token, t0 + 2_013)?.rateLimit.remaining).toBe(0);
    // Let through with a few left (under 5 % of the limit): still one at a time.
    allowedAfterRefusal(token, { limit: 1000, remaining: 49, resetSeconds: 38 }, t0 + 2_020);
    expect(recentRefusal(token, t0 + 2_021)).toBeNull();
    expect(recentRefusal(token, t0 + 2_022)).not.toBeNull();
    // Room again (50 of 1000 left, or the window reset): the memory ends, every request asks.
    allowedAfterRefusal(token, { limit: 1000, remaining: 50, resetSeconds: 38 }, t0 + 2_030);
    expect(recentRefusal(token, t0 + 2_031)).toBeNull();
    expect(recentRefusal(token, t0 + 2_032)).toBeNull();
    // A key never refused is not remembered by being let through.
    const other = `pm_live_never_${randomUUID()}`;
    allowedAfterRefusal(other, { limit: 1000, remaining: 0, resetSeconds: 38 }, t0);
    expect(recentRefusal(other, t0 + 1)).toBeNull();
  });

  it('lets server.ts answer a remembered refusal before Next with exactly the route’s 429, and nothing else', async () => {
    const user = await createUser();
    const [token, fresh] = await Promise.all([keyFor(user), keyFor(user)]);
    await spend(token, free.key);
    const fromRoute = await list(token);
    await expectLimited(fromRoute.clone(), 'apiKey', free.key);
    // server.ts's order: the early answer, or on to "Next" (here a 299 that says it was reached).
    const server = createServer((req, res) => {
      if (answerRememberedRefusal(req, res, 'req-early-1')) return;
      res.statusCode = 299;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = (path: string, authorization?: string, method = 'GET') => fetch(base + path, { method, headers: authorization ? { authorization } : {} });
    try {
      const early = await get('/api/v1/domains', `Bearer ${token}`);
      const headers = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy', 'Retry-After'];
      expect(headers.map((h) => early.headers.get(h))).toEqual(headers.map((h) => fromRoute.headers.get(h)));
      expect(early.headers.get('content-type')).toBe('application/json');
      expect(early.headers.get('x-content-type-options')).toBe('nosniff');
      await expectLimited(early.clone(), 'apiKey', free.key);
      expect(await early.json()).toEqual(await fromRoute.json());
      expect((await get('/api/v1/sites?limit=1', `bearer   ${token}`)).status).toBe(429);
      const head = await get('/api/v1/domains', `Bearer ${token}`, 'HEAD');
      expect([head.status, await head.text()]).toEqual([429, '']);
      // Never refused, no key, a malformed header, another path, or the memory's two seconds over: on to Next.
      const passed = [
        await get('/api/v1/domains', `Bearer ${fresh}`),
        await get('/api/v1/domains'),
        await get('/api/v1/domains', `Basic ${token}`),
        await get('/api/v1/domains', `Bearer ${token} extra`),
        await get('/api/health', `Bearer ${token}`),
        await get('/dashboard', `Bearer ${token}`),
      ];
      expect(passed.map((res) => res.status)).toEqual(passed.map(() => 299));
      vi.setSystemTime(Date.now() + 2_000);
      expect((await get('/api/v1/domains', `Bearer ${token}`)).status).toBe(299);
    } finally {
      vi.setSystemTime(Math.floor(Date.now() / API_WINDOW_MS) * API_WINDOW_MS + 1000);
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('makes two keys of one owner, and the session, share the owner limit; another owner is unaffected', async () => {
    const [user, other] = await Promise.all([createUser(), createUser()]);
    const [a, b, theirs] = await Promise.all([keyFor(user), keyFor(user), keyFor(other)]);
    await spend(a, free.key);
    await spend(b, free.owner - free.key);
    // Key b is well under its own limit, but the owner has used theirs.
    await expectLimited(await list(b), 'owner', free.owner);
    signedIn.user = { id: user.id, email: user.email };
    await expectLimited(await list(), 'owner', free.owner);
    signedIn.user = null;
    // Another owner's key counts from its own start.
    const res = await list(theirs);
    expect(res.status).toBe(200);
    expect(numbers(res)).toMatchObject({ limit: free.key, remaining: free.key - 1 });
  });

  it('takes the limits from the owner’s plan', async () => {
    const user = await createUser();
    await subscribe(user.id, 'business');
    const business = getPlan('business').apiPerMinute;
    const res = await list(await keyFor(user));
    expect(res.status).toBe(200);
    expect(numbers(res)).toMatchObject({ limit: business.key, remaining: business.key - 1 });
    expect(business.key).toBeGreaterThan(free.key);
  });
});
