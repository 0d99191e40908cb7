// Build records against the real PostgreSQL: every publish writes one with its steps and metrics,
// a failed publish says why and leaves the live site as it was, and reads are the owner's only.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { publishSite } from '@/lib/publish/publish';
import { createSite } from '@/lib/sites/mutations';
import { markSuggested } from '@/lib/sites/suggested-facts';
import { sectionOf, testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { getBuild, listBuilds } from './records';

async function newSite(doc = testDocument()) {
  const user = await createUser();
  const site = await createSite(user, { name: doc.business.name, document: doc });
  return { user, site };
}

describe('a publish', () => {
  it('is recorded as a succeeded build with each step timed and the files measured', async () => {
    const { user, site } = await newSite();
    const published = await publishSite(user, site.id);
    const [build] = await listBuilds(user, site.id);
    expect(build).toMatchObject({ kind: 'publish', status: 'succeeded', versionNumber: 1, error: null, hasDownload: false });
    expect(build.log.map((line) => line.step)).toEqual(['prepare', 'assets', 'render', 'compress', 'store']);
    for (const line of build.log) {
      expect(line.ms).toBeGreaterThanOrEqual(0);
      expect(Number.isNaN(Date.parse(line.at))).toBe(false);
    }
    expect(build.log[0].message).toContain('2 pages');
    expect(build.durationMs).toBeGreaterThanOrEqual(0);

    // The metrics agree with the files actually stored for the version.
    const files = await db.publishedFile.findMany({ where: { versionId: published.versionId } });
    const html = files.filter((f) => f.contentType.startsWith('text/html'));
    const m = build.metrics!;
    expect(m.files).toBe(files.length);
    expect(m.pages).toBe(2);
    expect(m.html.raw).toBe(html.reduce((n, f) => n + f.body.length, 0));
    expect(m.html.gzip).toBeLessThan(m.html.raw);
    expect(m.html.brotli).toBeLessThan(m.html.raw);
    expect(m.css.raw).toBeGreaterThan(0);
    expect(m.css.gzip).toBeLessThan(m.css.raw);
    expect(m.images.files).toBe(files.filter((f) => f.contentType.startsWith('image/')).length);
    expect(m.images.raw).toBeGreaterThan(0);
    const pages = html.filter((f) => !f.path.startsWith('/_pm/'));
    const largest = pages.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    expect(m.largestPage).toMatchObject({ path: largest.path, raw: largest.body.length });
    // (jsonb keeps an object's keys in its own order; the log keeps the steps' order)
    expect(Object.keys(m.stepsMs).sort()).toEqual(['assets', 'compress', 'prepare', 'render', 'store']);
    expect(m.totalMs).toBeGreaterThanOrEqual(m.stepsMs.render);

    // A second publish is a second build, listed first.
    await publishSite(user, site.id);
    const builds = await listBuilds(user, site.id);
    expect(builds.map((b) => b.versionNumber)).toEqual([2, 1]);
  });

  it('that is refused is a failed build with the reason in plain words, and nothing goes live', async () => {
    const doc = testDocument();
    doc.pages[0].sections.splice(2, 0, sectionOf('testimonials', 'reviews', { items: [{ quote: 'Invented.', name: 'Nobody', role: '', rating: 5 }] }));
    const { user, site } = await newSite(markSuggested(doc, doc.pages[0].sections[2]));
    await expect(publishSite(user, site.id)).rejects.toMatchObject({ code: 'UNCONFIRMED_FACTS' });
    const [build] = await listBuilds(user, site.id);
    expect(build).toMatchObject({ kind: 'publish', status: 'failed', versionNumber: null, metrics: null });
    expect(build.error).toContain('suggested reviews');
    expect(build.log.at(-1)).toMatchObject({ step: 'prepare', message: build.error });
    expect((await db.site.findUniqueOrThrow({ where: { id: site.id } })).publishedVersionId).toBeNull();
  });

  it('whose build breaks mid-way is a failed build that names the step, and the live site stays', async () => {
    const { registerPublishEngine, publishEngine } = await import('@/lib/publish/engine');
    const { user, site } = await newSite();
    const v1 = await publishSite(user, site.id);
    const real = publishEngine();
    registerPublishEngine({
      ...real,
      buildSite: async (doc, opts) => {
        opts.onStep?.('render', 3, 'Rendered');
        throw new Error('disk full');
      },
    });
    try {
      await expect(publishSite(user, site.id)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    } finally {
      registerPublishEngine(real);
    }
    const [failed, succeeded] = await listBuilds(user, site.id);
    expect(succeeded.status).toBe('succeeded');
    expect(failed.status).toBe('failed');
    expect(failed.error).toBe('The site could not be built, so nothing was published. Try again in a moment.');
    // The internal cause stays in the server's log, not in the owner's.
    expect(JSON.stringify(failed)).not.toContain('disk full');
    expect(failed.log.map((l) => l.step)).toEqual(['prepare', 'assets', 'render', 'compress']);
    expect((await db.site.findUniqueOrThrow({ where: { id: site.id } })).publishedVersionId).toBe(v1.versionId);
    expect(await db.siteVersion.count({ where: { siteId: site.id } })).toBe(1);
  });
});

describe('reading builds', () => {
  it("is the owner's only: another owner's site or build is not found", async () => {
    const { user, site } = await newSite();
    const other = await newSite();
    await publishSite(user, site.id);
    const [build] = await listBuilds(user, site.id);
    expect((await getBuild(user, site.id, build.id)).id).toBe(build.id);
    await expect(listBuilds(other.user, site.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getBuild(other.user, site.id, build.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The build's id under the other owner's own site is not found either.
    await expect(getBuild(other.user, other.site.id, build.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listBuilds(other.user, other.site.id)).toEqual([]);
  });
});
