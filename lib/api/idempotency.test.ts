// Idempotency-Key on the /api/v1 POSTs, through the real routes and PostgreSQL: a retry with the
// same key and body replays the first answer (one site, one generation, one version), the same key
// with another body is 422, a refusal is replayed too, keys are per owner, a malformed key is 422,
// a key older than 24 hours runs again, and two requests with one key at once make one site.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';
import { createApiKey } from './keys';

const sites = await import('@/app/api/v1/sites/route');
const publish = await import('@/app/api/v1/sites/[id]/publish/route');

async function owner() {
  const user = await createUser();
  const { token } = await createApiKey(user, { name: 'script', scopes: ['read', 'write', 'publish'] });
  return { user, token };
}

const post = (path: string, token: string, key: string | null, body?: unknown) =>
  new Request(`http://localhost/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key !== null && { 'idempotency-key': key }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const prompt = { prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba' };

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry, and refuses the key with another body', async () => {
    const { user, token } = await owner();
    const first = await sites.POST(post('/sites', token, 'create-1', prompt), undefined);
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    const again = await sites.POST(post('/sites', token, 'create-1', prompt), undefined);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(firstBody);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(1);
    expect(await db.generation.count({ where: { userId: user.id } })).toBe(1);

    const other = await sites.POST(post('/sites', token, 'create-1', { ...prompt, seed: 2 }), undefined);
    expect(other.status).toBe(422);
    expect(((await other.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'INVALID_INPUT', message: /different request/ });
    expect(await db.generation.count({ where: { userId: user.id } })).toBe(1);
  });

  it('keeps a refusal as the answer, per owner, and forgets a key after 24 hours', async () => {
    const [a, b] = await Promise.all([owner(), owner()]);
    const site = await createSite(a.user, { name: 'Padaria', document: testDocument() });
    // b does not own the site: 404, replayed as 404 even after a would-be change.
    const refused = await publish.POST(post(`/sites/${site.id}/publish`, b.token, 'pub-1'), ctx(site.id));
    expect(refused.status).toBe(404);
    const replayed = await publish.POST(post(`/sites/${site.id}/publish`, b.token, 'pub-1'), ctx(site.id));
    expect(replayed.status).toBe(404);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');

    // The same key is a's own: it runs.
    const published = await publish.POST(post(`/sites/${site.id}/publish`, a.token, 'pub-1'), ctx(site.id));
    expect(published.status).toBe(200);
    expect(published.headers.get('idempotent-replayed')).toBeNull();
    expect((await publish.POST(post(`/sites/${site.id}/publish`, a.token, 'pub-1'), ctx(site.id))).headers.get('idempotent-replayed')).toBe('true');
    expect(await db.siteVersion.count({ where: { siteId: site.id } })).toBe(1);

    await db.idempotencyKey.updateMany({ where: { ownerId: a.user.id, key: 'pub-1' }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const later = await publish.POST(post(`/sites/${site.id}/publish`, a.token, 'pub-1'), ctx(site.id));
    expect(later.status).toBe(200);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await db.siteVersion.count({ where: { siteId: site.id } })).toBe(2);

    for (const bad of ['', 'x'.repeat(256), 'has space', 'tab\there']) {
      const res = await publish.POST(post(`/sites/${site.id}/publish`, a.token, bad), ctx(site.id));
      expect(res.status).toBe(422);
    }
    expect(await db.siteVersion.count({ where: { siteId: site.id } })).toBe(2);
  });

  it('makes one site when two requests with one key arrive together', async () => {
    const { user, token } = await owner();
    await subscribe(user.id, 'business');
    const answers = await Promise.all([
      sites.POST(post('/sites', token, 'together', { ...prompt, seed: 7 }), undefined),
      sites.POST(post('/sites', token, 'together', { ...prompt, seed: 7 }), undefined),
    ]);
    const statuses = answers.map((r) => r.status).sort();
    // The second either waits out as a replay (201) or finds the first still running (409).
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses);
    expect(await db.site.count({ where: { ownerId: user.id } })).toBe(1);
  });
});
