// The one /api/v1 authentication helper, through the real routes as Next calls them: a bearer key
// reaches its owner's resources with the scope the route needs, and every hostile case is refused
// in the one error shape: no credentials, a header that is not Bearer, a malformed, unknown,
// revoked or expired key (401), a key without the scope (403), another owner's resource (404).
// Without the header the session decides, as before.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { createApiKey, revokeApiKey, type ApiScope } from './keys';

const signedIn = vi.hoisted(() => ({ user: null as { id: string; email: string } | null }));
vi.mock('@/lib/auth/require-user', () => ({
  getApiUser: async () => {
    if (!signedIn.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return signedIn.user;
  },
}));

const domains = await import('@/app/api/v1/domains/route');
const domain = await import('@/app/api/v1/domains/[id]/route');
const subdomains = await import('@/app/api/v1/sites/[id]/subdomains/route');
const subscription = await import('@/app/api/v1/billing/subscription/route');

beforeEach(() => {
  signedIn.user = null;
});

async function ownerWithDomain() {
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria', document: testDocument() });
  const hostname = `shop-${randomUUID().slice(0, 8)}.example.test`;
  const row = await db.domain.create({ data: { ownerId: user.id, siteId: site.id, hostname, verificationToken: 'pm-token', status: 'active' } });
  return { user, site, domain: row };
}

async function keyFor(user: { id: string }, scopes: ApiScope[]) {
  return (await createApiKey(user, { name: 'script', scopes })).token;
}

const request = (path: string, opts: { method?: string; authorization?: string; body?: unknown } = {}) =>
  new Request(`http://localhost/api/v1${path}`, {
    method: opts.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7', ...(opts.authorization && { authorization: opts.authorization }) },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const bearer = (token: string) => `Bearer ${token}`;

async function expectError(res: Response, status: number, code: string, message?: RegExp) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  if (message) expect(body.error.message).toMatch(message);
}

describe('apiOwner through the /api/v1 routes', () => {
  it('lets a key with the scope read its owner’s domains, and only theirs', async () => {
    const [mine, theirs] = await Promise.all([ownerWithDomain(), ownerWithDomain()]);
    const token = await keyFor(mine.user, ['read']);
    const res = await domains.GET(request('/domains', { authorization: bearer(token) }), undefined);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { domains: Array<{ id: string }> };
    expect(body.domains.map((d) => d.id)).toEqual([mine.domain.id]);

    expect((await domain.GET(request(`/domains/${mine.domain.id}`, { authorization: bearer(token) }), ctx(mine.domain.id))).status).toBe(200);
    await expectError(await domain.GET(request(`/domains/${theirs.domain.id}`, { authorization: bearer(token) }), ctx(theirs.domain.id)), 404, 'NOT_FOUND');
    await expectError(
      await subdomains.GET(request(`/sites/${theirs.site.id}/subdomains`, { authorization: bearer(token) }), ctx(theirs.site.id)),
      404,
      'NOT_FOUND',
    );
    expect((await subdomains.GET(request(`/sites/${mine.site.id}/subdomains`, { authorization: bearer(token) }), ctx(mine.site.id))).status).toBe(200);
    // Another owner's key cannot delete mine either: 404, and the domain is still there.
    const theirWriteKey = await keyFor(theirs.user, ['write']);
    await expectError(
      await domain.DELETE(request(`/domains/${mine.domain.id}`, { method: 'DELETE', authorization: bearer(theirWriteKey) }), ctx(mine.domain.id)),
      404,
      'NOT_FOUND',
    );
    expect(await db.domain.count({ where: { id: mine.domain.id } })).toBe(1);
  });

  it('refuses a key without the scope the route needs with 403, and changes nothing', async () => {
    const { user, site, domain: row } = await ownerWithDomain();
    const readOnly = await keyFor(user, ['read']);
    await expectError(
      await domains.POST(
        request('/domains', { method: 'POST', authorization: bearer(readOnly), body: { siteId: site.id, hostname: 'www.new-shop.test' } }),
        undefined,
      ),
      403,
      'FORBIDDEN',
      /"write" scope/,
    );
    await expectError(await domain.DELETE(request(`/domains/${row.id}`, { method: 'DELETE', authorization: bearer(readOnly) }), ctx(row.id)), 403, 'FORBIDDEN');
    expect(await db.domain.count({ where: { ownerId: user.id } })).toBe(1);
    await expectError(
      await subscription.GET(request('/billing/subscription', { authorization: bearer(readOnly) }), undefined),
      403,
      'FORBIDDEN',
      /"billing" scope/,
    );

    const writeOnly = await keyFor(user, ['write']);
    await expectError(await domains.GET(request('/domains', { authorization: bearer(writeOnly) }), undefined), 403, 'FORBIDDEN', /"read" scope/);
    const billing = await keyFor(user, ['billing']);
    const res = await subscription.GET(request('/billing/subscription', { authorization: bearer(billing) }), undefined);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ plan: { id: 'free' } });
  });

  it('answers 401 in the one error shape for a missing, malformed, unknown, revoked or expired key', async () => {
    const { user } = await ownerWithDomain();
    const call = (authorization?: string) => domains.GET(request('/domains', { authorization }), undefined);
    await expectError(await call(), 401, 'UNAUTHENTICATED', /Sign in/);
    await expectError(await call('Basic dXNlcjpwYXNz'), 401, 'UNAUTHENTICATED', /Authorization: Bearer/);
    await expectError(await call('Bearer'), 401, 'UNAUTHENTICATED', /Authorization: Bearer/);
    await expectError(await call('Bearer pm_live_short'), 401, 'UNAUTHENTICATED', /malformed/);
    await expectError(await call(bearer(`pm_live_${'x'.repeat(43)}`)), 401, 'UNAUTHENTICATED', /not valid/);

    const revoked = await createApiKey(user, { name: 'old', scopes: ['read'] });
    expect((await call(bearer(revoked.token))).status).toBe(200);
    await revokeApiKey(user, revoked.key.id);
    await expectError(await call(bearer(revoked.token)), 401, 'UNAUTHENTICATED', /revoked/);

    const expired = await createApiKey(user, { name: 'temp', scopes: ['read'] });
    await db.apiKey.update({ where: { id: expired.key.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expectError(await call(bearer(expired.token)), 401, 'UNAUTHENTICATED', /expired/);
  });

  it('keeps the session path as it was, and a key in the header wins over the cookie', async () => {
    const [mine, theirs] = await Promise.all([ownerWithDomain(), ownerWithDomain()]);
    signedIn.user = mine.user;
    const res = await domains.GET(request('/domains'), undefined);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { domains: Array<{ id: string }> }).domains.map((d) => d.id)).toEqual([mine.domain.id]);
    // Session callers have every scope (the dashboard's own calls).
    expect((await subscription.GET(request('/billing/subscription'), undefined)).status).toBe(200);

    const theirKey = await keyFor(theirs.user, ['read']);
    const asKey = await domains.GET(request('/domains', { authorization: bearer(theirKey) }), undefined);
    expect(((await asKey.json()) as { domains: Array<{ id: string }> }).domains.map((d) => d.id)).toEqual([theirs.domain.id]);
    // A bad header is refused even with a valid session: the caller meant the key.
    await expectError(await domains.GET(request('/domains', { authorization: 'Bearer nope' }), undefined), 401, 'UNAUTHENTICATED');
    // The key's use was recorded with the request's IP.
    const used = await db.apiKey.findFirstOrThrow({ where: { ownerId: theirs.user.id } });
    expect(used.lastUsedIp).toBe('203.0.113.7');
  });
});
