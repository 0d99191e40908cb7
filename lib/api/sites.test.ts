// The /api/v1 sites, publish and usage routes with API keys, as Next calls them, against the real
// PostgreSQL and the offline generator: a site created from a prompt (one credit), listed a page at
// a time by cursor, read with its draft, published once its suggested facts are confirmed, and the
// usage that shows the credit; another owner's site is 404, a key without the scope 403, a foreign
// cursor 422, a refused request changes nothing.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';
import { createApiKey, type ApiScope } from './keys';

const sites = await import('@/app/api/v1/sites/route');
const site = await import('@/app/api/v1/sites/[id]/route');
const publish = await import('@/app/api/v1/sites/[id]/publish/route');
const usage = await import('@/app/api/v1/usage/route');

async function keyFor(user: { id: string }, scopes: ApiScope[]) {
  return (await createApiKey(user, { name: 'script', scopes })).token;
}

const call = (path: string, token: string, opts: { method?: string; body?: unknown } = {}) =>
  new Request(`http://localhost/api/v1${path}`, {
    method: opts.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string; details?: unknown } }).error;
}

describe('/api/v1/sites with an API key', () => {
  it('creates a site from a prompt, reads it, publishes it and shows the credit in usage', async () => {
    const owner = await createUser();
    const token = await keyFor(owner, ['read', 'write', 'publish']);
    const created = await sites.POST(call('/sites', token, { method: 'POST', body: { prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba' } }), undefined);
    expect(created.status).toBe(201);
    const body = (await created.json()) as {
      site: { id: string; slug: string; url: string; isPublished: boolean };
      generation: { id: string; cached: boolean };
    };
    expect(body.site).toMatchObject({ isPublished: false, url: expect.stringContaining(body.site.slug) });
    expect(body.generation.cached).toBe(false);
    expect(await db.site.findFirst({ where: { id: body.site.id, ownerId: owner.id } })).not.toBeNull();

    const read = await site.GET(call(`/sites/${body.site.id}`, token), ctx(body.site.id));
    const { site: full } = (await read.json()) as { site: { id: string; revision: number; document: { business: { name: string } } } };
    expect(full.document.business.name).toMatch(/Trigo Bom/);

    // The generated draft shows suggested facts: refused with the sections to confirm, then published.
    let res = await publish.POST(call(`/sites/${body.site.id}/publish`, token, { method: 'POST' }), ctx(body.site.id));
    const confirm: string[] = [];
    if (res.status === 409) {
      const error = await errorOf(res);
      expect(error.code).toBe('UNCONFIRMED_FACTS');
      confirm.push(...(error.details as { pendingFacts: Array<{ sectionId: string }> }).pendingFacts.map((p) => p.sectionId));
      expect(await db.siteVersion.count({ where: { siteId: body.site.id } })).toBe(0);
      res = await publish.POST(call(`/sites/${body.site.id}/publish`, token, { method: 'POST', body: { confirm } }), ctx(body.site.id));
    }
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: 1, url: expect.stringContaining(body.site.url) });
    expect((await db.site.findUniqueOrThrow({ where: { id: body.site.id } })).publishedVersionId).not.toBeNull();

    const used = (await (await usage.GET(call('/usage', token), undefined)).json()) as { plan: { id: string }; used: number; allowance: number };
    expect(used).toMatchObject({ plan: { id: 'free' }, used: 1 });
  });

  it('pages the owner’s sites by cursor, oldest first, and never another owner’s', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    await subscribe(owner.id, 'business');
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await createSite(owner, { name: `Site ${i}`, document: testDocument() }));
    await createSite(stranger, { name: 'Not mine', document: testDocument() });
    const token = await keyFor(owner, ['read']);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res = await sites.GET(call(`/sites?limit=2${cursor ? `&cursor=${cursor}` : ''}`, token), undefined);
      const body = (await res.json()) as { sites: Array<{ id: string }>; nextCursor: string | null };
      expect(body.sites.length).toBeLessThanOrEqual(2);
      seen.push(...body.sites.map((s) => s.id));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(mine.map((s) => s.id));
    const bad = await sites.GET(call('/sites?cursor=not-a-cursor', token), undefined);
    expect(bad.status).toBe(422);
    expect((await errorOf(bad)).code).toBe('INVALID_INPUT');
  });

  it('answers 404 for another owner’s site and 403 without the scope, changing nothing', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    const theirs = await createSite(stranger, { name: 'Theirs', document: testDocument() });
    const mine = await createSite(owner, { name: 'Mine', document: testDocument() });
    const all = await keyFor(owner, ['read', 'write', 'publish']);
    expect((await errorOf(await site.GET(call(`/sites/${theirs.id}`, all), ctx(theirs.id)))).code).toBe('NOT_FOUND');
    const foreignPublish = await publish.POST(call(`/sites/${theirs.id}/publish`, all, { method: 'POST', body: {} }), ctx(theirs.id));
    expect(foreignPublish.status).toBe(404);

    const readOnly = await keyFor(owner, ['read']);
    const noPublish = await publish.POST(call(`/sites/${mine.id}/publish`, readOnly, { method: 'POST' }), ctx(mine.id));
    expect(noPublish.status).toBe(403);
    expect((await errorOf(noPublish)).message).toMatch(/"publish" scope/);
    const noWrite = await sites.POST(call('/sites', readOnly, { method: 'POST', body: { prompt: 'Barbearia Navalha em Recife' } }), undefined);
    expect(noWrite.status).toBe(403);
    const publishOnly = await keyFor(owner, ['publish']);
    expect((await usage.GET(call('/usage', publishOnly), undefined)).status).toBe(403);

    expect(await db.siteVersion.count({ where: { siteId: { in: [theirs.id, mine.id] } } })).toBe(0);
    expect(await db.generation.count({ where: { userId: owner.id } })).toBe(0);
    expect(await db.site.count({ where: { ownerId: owner.id } })).toBe(1);
  });
});
