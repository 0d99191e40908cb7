import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import type { CountedView } from './counter';
import { addPageViews } from './store';

async function newSite() {
  const user = await createUser();
  const doc = testDocument();
  return createSite(user, { name: doc.business.name, document: doc });
}

const row = (siteId: string, over: Partial<CountedView> = {}): CountedView => ({
  siteId,
  hostname: 'padaria.localhost',
  day: '2026-12-04',
  path: '/',
  referrerHost: '',
  country: 'BR',
  device: 'desktop',
  count: 1,
  ...over,
});

describe('addPageViews', () => {
  it('inserts new rows and adds to existing ones, across several batches', async () => {
    const site = await newSite();
    // 12,000 distinct rows: three statements of at most 5,000.
    const views = Array.from({ length: 12_000 }, (_, i) => row(site.id, { path: `/p${i}`, count: 1 + (i % 3) }));
    expect(await addPageViews(views)).toBe(12_000);
    await addPageViews([row(site.id, { path: '/p0', count: 10 }), row(site.id, { path: '/p1', count: 5 })]);
    expect(await db.pageViewDay.count({ where: { siteId: site.id } })).toBe(12_000);
    const sum = await db.pageViewDay.aggregate({ where: { siteId: site.id }, _sum: { count: true } });
    expect(sum._sum.count).toBe(views.reduce((s, v) => s + v.count, 0) + 15);
    const p0 = await db.pageViewDay.findFirstOrThrow({ where: { siteId: site.id, path: '/p0' } });
    expect(p0.count).toBe(11);
    expect(p0.day.toISOString()).toBe('2026-12-04T00:00:00.000Z');
  });

  it("skips rows of a site deleted since, and writes the other sites' rows", async () => {
    const kept = await newSite();
    const deleted = await newSite();
    await db.site.delete({ where: { id: deleted.id } });
    await expect(addPageViews([row(deleted.id), row(kept.id, { count: 4 })])).resolves.toBe(1);
    expect(await db.pageViewDay.findMany({ where: { siteId: { in: [kept.id, deleted.id] } }, select: { siteId: true, count: true } })).toEqual([
      { siteId: kept.id, count: 4 },
    ]);
  });

  it('stores hostile text as data', async () => {
    const site = await newSite();
    const path = `/'); DROP TABLE "PageViewDay"; --\u0000`.replace('\u0000', '');
    await addPageViews([row(site.id, { path, referrerHost: "x'y", count: 2 })]);
    expect((await db.pageViewDay.findFirstOrThrow({ where: { siteId: site.id } })).path).toBe(path);
  });
});
