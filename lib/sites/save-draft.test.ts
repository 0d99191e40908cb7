// Saving a draft against the real PostgreSQL, whole or as a patch against the revision the editor
// holds: a stale save changes nothing (409), a bad patch changes nothing (4xx), and a patched
// document is validated as any saved one.
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createSite, saveDraft } from '@/lib/sites/mutations';
import { getSite } from '@/lib/sites/queries';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { diffDocument } from './draft-patch';

async function newSite() {
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria Teste', document: testDocument() });
  return { user, site };
}

const stored = (siteId: string) => db.site.findUniqueOrThrow({ where: { id: siteId }, select: { revision: true, draft: true } });

describe('saveDraft with a patch', () => {
  it('applies a patch made against the stored revision and moves the revision on', async () => {
    const { user, site } = await newSite();
    const before = (await getSite(user, site.id)).draft;
    const after = structuredClone(before);
    after.pages[0].sections[1].props.headline = 'Pão de verdade';
    after.pages[1].sections.pop();
    expect(await saveDraft(user, site.id, { revision: site.revision, patch: diffDocument(before, after) })).toEqual({ revision: site.revision + 1 });
    expect(await stored(site.id)).toEqual({ revision: site.revision + 1, draft: after });
    // The next patch starts from the new revision.
    const next = structuredClone(after);
    next.business.name = 'Padaria Nova';
    await saveDraft(user, site.id, { revision: site.revision + 1, patch: diffDocument(after, next) });
    expect((await stored(site.id)).draft).toEqual(next);
  });

  it('refuses a stale patch with CONFLICT and changes nothing, even one that would apply', async () => {
    const { user, site } = await newSite();
    const before = (await getSite(user, site.id)).draft;
    const mine = structuredClone(before);
    mine.business.name = 'Minha';
    await saveDraft(user, site.id, { revision: site.revision, document: mine });
    const snapshot = await stored(site.id);
    const theirs = structuredClone(before);
    theirs.business.tagline = 'Outra';
    await expect(saveDraft(user, site.id, { revision: site.revision, patch: diffDocument(before, theirs) })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { revision: site.revision + 1 },
    });
    expect(await stored(site.id)).toEqual(snapshot);
  });

  it('refuses a patch that does not fit the document or breaks the schema, and changes nothing', async () => {
    const { user, site } = await newSite();
    const snapshot = await stored(site.id);
    const refused = [
      // Not in the document.
      [{ op: 'set', path: ['pages', 9, 'title'], value: 'x' }],
      // Malformed: an unknown operation, a forbidden key, a path too deep, a set without a value.
      [{ op: 'move', path: ['pages'], value: 1 }],
      [{ op: 'set', path: ['__proto__', 'x'], value: 1 }],
      [{ op: 'set', path: Array.from({ length: 40 }, () => 'a'), value: 1 }],
      [{ op: 'set', path: ['business', 'name'] }],
      // Applies, but the result is not a valid document: a section's props break its schema, a page
      // without a title, an unknown field type.
      [{ op: 'set', path: ['pages', 0, 'sections', 1, 'props', 'layout'], value: '<script>' }],
      [{ op: 'remove', path: ['pages', 0, 'title'] }],
      [{ op: 'set', path: ['schemaVersion'], value: 2 }],
    ];
    for (const patch of refused) {
      const error = await saveDraft(user, site.id, { revision: site.revision, patch }).catch((e: unknown) => e);
      const isRefused = error instanceof ZodError || (error instanceof AppError && error.code === 'INVALID_INPUT');
      expect(isRefused, `${JSON.stringify(patch)}: ${String(error)}`).toBe(true);
    }
    expect(await stored(site.id)).toEqual(snapshot);
  });

  it("answers NOT_FOUND for another owner's site and changes nothing", async () => {
    const { site } = await newSite();
    const stranger = await createUser();
    const snapshot = await stored(site.id);
    await expect(
      saveDraft(stranger, site.id, { revision: site.revision, patch: [{ op: 'set', path: ['business', 'name'], value: 'Mine now' }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await stored(site.id)).toEqual(snapshot);
  });
});
