// The per-minute AI limit on POST /api/generate and POST /api/sites/:id/sections/ai, called as Next
// calls the routes, against the real PostgreSQL: among N + 20 concurrent requests exactly the
// plan's N get through; every refused one is a 429 with Retry-After and the limit's numbers, and
// spends no credit and writes no Generation row; owners do not share a limit; the limit frees up
// once the window has passed.
import { describe, expect, it, vi } from 'vitest';
import { creditBalance } from '@/lib/billing/credits';
import { getPlan } from '@/lib/billing/plans';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { AI_WINDOW_MS, aiLimitFor, takeAiRequest } from '@/lib/generate/ai-limit';
import { OfflineGenerator } from '@/lib/generate/offline/generator';
import { createSite } from '@/lib/sites/mutations';
import { createUser, subscribe } from '@/test/factories';

// Who is calling, per request: concurrent requests of two owners each see their own.
const signedIn = await vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import('node:async_hooks');
  return new AsyncLocalStorage<{ id: string }>();
});
vi.mock('@/lib/auth/require-user', () => ({
  getApiUser: async () => {
    const user = signedIn.getStore();
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return user;
  },
}));

const generate = await import('./route');
const sectionAi = await import('../sites/[id]/sections/ai/route');

function post(url: string, body: unknown): Request {
  return new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function generateAs(user: { id: string }, seed: number): Promise<Response> {
  return signedIn.run(user, () =>
    generate.POST(post('http://localhost/api/generate', { prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba', seed }), {}),
  );
}

async function sectionAiAs(user: { id: string }, siteId: string, seed: number): Promise<Response> {
  return signedIn.run(user, () =>
    sectionAi.POST(post(`http://localhost/api/sites/${siteId}/sections/ai`, { op: 'add', about: 'perguntas frequentes', seed }), {
      params: Promise.resolve({ id: siteId }),
    }),
  );
}

async function expectRefused(responses: Response[], perMinute: number) {
  for (const response of responses) {
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as { error: { code: string; message: string; details: { perMinute: number; retryAfterSeconds: number } } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toMatch(/a minute/);
    expect(body.error.message).toMatch(/no credit was used/);
    expect(body.error.details).toMatchObject({ perMinute, retryAfterSeconds: retryAfter });
  }
}

async function ownerWithSite(plan: 'pro' | 'business' = 'pro') {
  const user = await createUser();
  await subscribe(user.id, plan);
  const { document } = await new OfflineGenerator().generate({ prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba', seed: 1 }, () => {});
  const site = await createSite(user, { name: document.business.name, document });
  return { user, site };
}

describe('POST /api/generate per-minute limit', () => {
  it('lets exactly the plan’s N through among N + 20 concurrent requests; the rest are 429 and cost nothing', async () => {
    const user = await createUser();
    await subscribe(user.id, 'pro');
    const n = getPlan('pro').aiPerMinute.sites;
    expect((await aiLimitFor(user.id, 'sites')).limit).toBe(n);

    const responses = await Promise.all(Array.from({ length: n + 20 }, (_, i) => generateAs(user, i + 1)));
    const allowed = responses.filter((r) => r.status === 200);
    expect(allowed).toHaveLength(n);
    await expectRefused(
      responses.filter((r) => r.status !== 200),
      n,
    );
    // Every admitted stream finished with a site; only they left records and spent credits.
    for (const response of allowed) {
      const events = (await response.text())
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string });
      // (A stream that did not end done is shown whole, with its error's message.)
      const last = events.at(-1);
      expect(last?.type === 'done' ? 'done' : JSON.stringify(last)).toBe('done');
    }
    expect(await db.generation.count({ where: { userId: user.id } })).toBe(n);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(n);
    expect((await creditBalance(user.id)).used).toBe(n);
  });
});

describe('POST /api/sites/:id/sections/ai per-minute limit', () => {
  it('lets exactly N through among N + 20 concurrent requests, and owners do not share a limit', async () => {
    const [a, b] = await Promise.all([ownerWithSite('pro'), ownerWithSite('pro')]);
    const n = getPlan('pro').aiPerMinute.sections;

    const [forA, forB] = await Promise.all([
      Promise.all(Array.from({ length: n + 20 }, (_, i) => sectionAiAs(a.user, a.site.id, i + 1))),
      Promise.all(Array.from({ length: n + 20 }, (_, i) => sectionAiAs(b.user, b.site.id, i + 1))),
    ]);
    for (const [owner, responses] of [
      [a, forA],
      [b, forB],
    ] as const) {
      expect(responses.filter((r) => r.status === 200)).toHaveLength(n);
      await expectRefused(
        responses.filter((r) => r.status !== 200),
        n,
      );
      expect(await db.generation.count({ where: { userId: owner.user.id, kind: 'section' } })).toBe(n);
      expect((await creditBalance(owner.user.id)).used).toBe(n);
    }
  });
});

describe('takeAiRequest', () => {
  it('refuses at the limit and lets requests through again once the window has passed', async () => {
    const user = await createUser();
    const limit = { limit: 3, windowMs: AI_WINDOW_MS };
    const start = Math.floor(Date.now() / AI_WINDOW_MS) * AI_WINDOW_MS + 10_000;
    for (let i = 0; i < 3; i++) await takeAiRequest(user, 'sites', { now: start + i, limit });
    const refused = await takeAiRequest(user, 'sites', { now: start + 5_000, limit }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(refused?.code).toBe('RATE_LIMITED');
    // Refused 15 s into the window: the wait is the 45 s left in it.
    expect(refused?.details).toMatchObject({ perMinute: 3, retryAfterSeconds: 45 });
    // The other kind has its own counter.
    await takeAiRequest(user, 'sections', { now: start + 5_000, limit });
    // Two windows later nothing of the burst is left in the sliding estimate.
    for (let i = 0; i < 3; i++) await takeAiRequest(user, 'sites', { now: start + 2 * AI_WINDOW_MS + i, limit });
    await expect(takeAiRequest(user, 'sites', { now: start + 2 * AI_WINDOW_MS + 10, limit })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('takes its numbers from the owner’s plan', async () => {
    const user = await createUser();
    await subscribe(user.id, 'business');
    expect(await aiLimitFor(user.id, 'sites')).toEqual({ limit: getPlan('business').aiPerMinute.sites, windowMs: 60_000 });
    expect(await aiLimitFor(user.id, 'sections')).toEqual({ limit: getPlan('business').aiPerMinute.sections, windowMs: 60_000 });
  });
});
