// The route's contract: the one error shape with the right status for a signed-out caller, a
// malformed or invalid body, another owner's site and no credits left; { section } on success.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { creditAllowance } from '@/lib/billing/credits';
import { AppError } from '@/lib/errors';
import { OfflineGenerator } from '@/lib/generate/offline/generator';
import { createSite } from '@/lib/sites/mutations';
import { sectionSchemas } from '@/lib/sites/section-schemas';
import { createUser } from '@/test/factories';

const signedIn = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock('@/lib/auth/require-user', () => ({
  getApiUser: async () => {
    if (!signedIn.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return signedIn.user;
  },
}));
// The offline generator, whatever the server's settings.
vi.mock('@/lib/generate/generators', () => ({ getGenerator: () => new OfflineGenerator() }));

const { POST } = await import('./route');

async function ownerWithSite() {
  const user = await createUser();
  const { document } = await new OfflineGenerator().generate({ prompt: 'Coffee shop called Bean There in Seattle', seed: 2 }, () => {});
  const site = await createSite(user, { name: document.business.name, document });
  return { user, site, hero: document.pages[0].sections.find((s) => s.type === 'hero')! };
}

const call = (siteId: string, body: unknown) =>
  POST(
    new Request(`http://localhost/api/sites/${siteId}/sections/ai`, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    }),
    {
      params: Promise.resolve({ id: siteId }),
    },
  );

beforeEach(() => {
  signedIn.user = null;
});

describe('POST /api/sites/[id]/sections/ai', () => {
  it('answers { section } valid for its type', async () => {
    const { user, site, hero } = await ownerWithSite();
    signedIn.user = user;
    const res = await call(site.id, { op: 'rewrite', section: hero, instruction: 'translate', targetLanguage: 'es' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.section).toMatchObject({ id: hero.id, type: 'hero' });
    expect(sectionSchemas.hero.safeParse(body.section.props).success).toBe(true);
  });

  it('401 when signed out, 400 for malformed JSON, 422 naming the field for a bad body', async () => {
    const { user, site, hero } = await ownerWithSite();
    expect((await call(site.id, { op: 'regenerate', section: hero })).status).toBe(401);
    signedIn.user = user;
    const malformed = await call(site.id, '{"op": ');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('BAD_REQUEST');
    const cases: Array<[unknown, string]> = [
      [{ op: 'explode', section: hero }, 'op'],
      [{ op: 'rewrite', section: hero }, 'instruction'],
      [{ op: 'rewrite', section: hero, instruction: 'translate' }, 'targetLanguage'],
      [{ op: 'rewrite', section: hero, instruction: 'translate', targetLanguage: 'fr' }, 'targetLanguage'],
      [{ op: 'regenerate' }, 'section'],
      [{ op: 'add', about: 'x'.repeat(201) }, 'about'],
      [{ op: 'add' }, 'about'],
    ];
    for (const [body, field] of cases) {
      const res = await call(site.id, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      const json = await res.json();
      expect(json.error.code).toBe('INVALID_INPUT');
      expect(Object.keys(json.error.fields)).toContain(field);
    }
    // Props that break the section's schema.
    const res = await call(site.id, { op: 'regenerate', section: { ...hero, props: { ...hero.props, layout: 'sideways' } } });
    expect(res.status).toBe(422);
    expect(await db.creditReservation.count({ where: { userId: user.id } })).toBe(0);
  });

  it("404 for another owner's site and for no site at all", async () => {
    const { site, hero } = await ownerWithSite();
    signedIn.user = await createUser();
    for (const id of [site.id, 'no-such-site']) {
      const res = await call(id, { op: 'rewrite', section: hero, instruction: 'shorter' });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('NOT_FOUND');
    }
  });

  it('403 PLAN_LIMIT when no credits are left', async () => {
    const { user, site } = await ownerWithSite();
    signedIn.user = user;
    await db.creditReservation.createMany({
      data: Array.from({ length: await creditAllowance(user.id) }, (_, i) => ({ userId: user.id, generationId: `route-${user.id}-${i}`, status: 'committed' })),
    });
    const res = await call(site.id, { op: 'add', about: 'our prices' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('PLAN_LIMIT');
  });
});
