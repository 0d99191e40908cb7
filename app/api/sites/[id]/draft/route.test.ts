// The draft route as the editor calls it, whole or as a patch: the statuses it answers and nothing
// changed on a refusal. The signed-in user is stubbed; everything else is real (PostgreSQL).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { diffDocument } from '@/lib/sites/draft-patch';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';

const session = vi.hoisted(() => ({ user: null as null | { id: string } }));
vi.mock('@/lib/auth/require-user', async () => {
  const { AppError } = await import('@/lib/errors');
  return {
    getApiUser: async () => {
      if (!session.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      return session.user;
    },
  };
});

const { PUT } = await import('./route');

function put(siteId: string, body: unknown) {
  const init = { method: 'PUT', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  return PUT(new Request(`http://localhost/api/sites/${siteId}/draft`, init), { params: Promise.resolve({ id: siteId }) });
}

let siteId: string;
beforeEach(async () => {
  const user = await createUser();
  session.user = user;
  siteId = (await createSite(user, { name: 'Padaria', document: testDocument() })).id;
});

const stored = () => db.site.findUniqueOrThrow({ where: { id: siteId }, select: { revision: true, draft: true } });

describe('PUT /api/sites/:id/draft with a patch', () => {
  it('saves a patch against the current revision, and answers 409 to the same patch once stale', async () => {
    const before = await stored();
    const after = structuredClone(testDocument());
    after.pages[0].sections[1].props.headline = 'Pão de verdade';
    const patch = diffDocument(before.draft, after);
    const res = await put(siteId, { revision: before.revision, patch });
    expect(await res.json()).toEqual({ revision: before.revision + 1 });
    expect(res.status).toBe(200);
    const saved = await stored();
    expect((saved.draft as ReturnType<typeof testDocument>).pages[0].sections[1].props.headline).toBe('Pão de verdade');
    const stale = await put(siteId, { revision: before.revision, patch: [{ op: 'set', path: ['business', 'name'], value: 'Outra' }] });
    expect(stale.status).toBe(409);
    expect(await stored()).toEqual(saved);
  });

  it('refuses a malformed or misfitting patch, or a body with both or neither, with a 4xx and changes nothing', async () => {
    const before = await stored();
    const bodies = [
      { revision: before.revision, patch: [{ op: 'set', path: ['pages', 5, 'title'], value: 'x' }] },
      { revision: before.revision, patch: [{ op: 'set', path: ['constructor', 'x'], value: 1 }] },
      { revision: before.revision, patch: [{ op: 'copy', path: ['business'] }] },
      { revision: before.revision, patch: 'not a list' },
      { revision: before.revision, patch: [{ op: 'set', path: ['pages', 0, 'path'], value: 'no slash' }] },
      { revision: before.revision, patch: [], document: before.draft },
      { revision: before.revision },
    ];
    for (const body of bodies) {
      const res = await put(siteId, body);
      expect([400, 422], JSON.stringify(body.patch ?? null)).toContain(res.status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/INVALID_INPUT|BAD_REQUEST/);
    }
    expect(await stored()).toEqual(before);
  });
});
