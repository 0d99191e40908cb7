import { describe, expect, it } from 'vitest';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import type { CountedView } from './counter';
import { getSiteAnalytics } from './queries';
import { parseDayRange } from './range';
import { addPageViews } from './store';

async function ownerWithSite() {
  const user = await createUser();
  const doc = testDocument();
  const site = await createSite(user, { name: doc.business.name, document: doc });
  return { user, site };
}

const view = (siteId: string, over: Partial<CountedView>): CountedView => ({
  siteId,
  hostname: 'padaria.localhost',
  day: '2026-12-04',
  path: '/',
  referrerHost: '',
  country: '',
  device: 'desktop',
  count: 1,
  ...over,
});

const range = parseDayRange({ range: '7d' }, new Date('2026-12-04T12:00:00Z'));

describe('getSiteAnalytics', () => {
  it("sums one site's views by day, page, referrer, device, country and hostname over the range", async () => {
    const { user, site } = await ownerWithSite();
    await addPageViews([
      view(site.id, { count: 5 }),
      view(site.id, { path: '/sobre', referrerHost: 'google.com', country: 'BR', device: 'mobile', count: 3 }),
      view(site.id, { day: '2026-12-02', referrerHost: 'google.com', country: 'PT', device: 'tablet', count: 2 }),
      view(site.id, { day: '2026-12-02', hostname: 'www.padaria.example', path: '/contato', referrerHost: 'instagram.com', country: 'BR', count: 1 }),
      // Outside the range: the day before it starts, and a day after it.
      view(site.id, { day: '2026-11-27', count: 100 }),
      view(site.id, { day: '2026-12-05', count: 100 }),
    ]);
    const stats = await getSiteAnalytics(user, site.id, range);
    expect(stats.total).toBe(11);
    expect(stats.days).toEqual([
      { day: '2026-11-28', views: 0 },
      { day: '2026-11-29', views: 0 },
      { day: '2026-11-30', views: 0 },
      { day: '2026-12-01', views: 0 },
      { day: '2026-12-02', views: 3 },
      { day: '2026-12-03', views: 0 },
      { day: '2026-12-04', views: 8 },
    ]);
    expect(stats.pages).toEqual([
      { key: '/', views: 7 },
      { key: '/sobre', views: 3 },
      { key: '/contato', views: 1 },
    ]);
    // Ties in the order of their keys: '' (no referrer) before google.com.
    expect(stats.referrers).toEqual([
      { key: '', views: 5 },
      { key: 'google.com', views: 5 },
      { key: 'instagram.com', views: 1 },
    ]);
    expect(stats.devices).toEqual([
      { key: 'desktop', views: 6 },
      { key: 'mobile', views: 3 },
      { key: 'tablet', views: 2 },
    ]);
    expect(stats.countries).toEqual([
      { key: '', views: 5 },
      { key: 'BR', views: 4 },
      { key: 'PT', views: 2 },
    ]);
    expect(stats.hostnames).toEqual([
      { key: 'padaria.localhost', views: 10 },
      { key: 'www.padaria.example', views: 1 },
    ]);
  });

  it('answers zeros on every day before the first visit', async () => {
    const { user, site } = await ownerWithSite();
    const stats = await getSiteAnalytics(user, site.id, range);
    expect(stats.total).toBe(0);
    expect(stats.days).toHaveLength(7);
    expect(stats.days.every((d) => d.views === 0)).toBe(true);
    expect(stats.pages).toEqual([]);
  });

  it("never shows one owner another owner's counts: their site is NOT_FOUND", async () => {
    const a = await ownerWithSite();
    const b = await ownerWithSite();
    await addPageViews([view(a.site.id, { count: 7 }), view(b.site.id, { count: 9, path: '/segredo' })]);
    await expect(getSiteAnalytics(a.user, b.site.id, range)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getSiteAnalytics(b.user, a.site.id, range)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getSiteAnalytics(a.user, 'no-such-site', range)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const own = await getSiteAnalytics(a.user, a.site.id, range);
    expect(own.total).toBe(7);
    expect(own.pages.map((p) => p.key)).toEqual(['/']);
  });
});
