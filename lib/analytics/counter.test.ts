import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import type { Device } from './classify';
import { OTHER, VisitCounter, defaultLimits, type PageView } from './counter';

const view = (over: Partial<PageView> = {}): PageView => ({
  siteId: 'site-a',
  hostname: 'padaria.localhost',
  day: '2026-12-04',
  path: '/',
  referrerHost: '',
  country: 'BR',
  device: 'desktop',
  ...over,
});

const total = (views: Array<{ count: number }>) => views.reduce((sum, v) => sum + v.count, 0);

describe('VisitCounter', () => {
  it('folds repeated views into one entry with a count, and keeps each dimension apart', () => {
    const counter = new VisitCounter();
    for (let i = 0; i < 5; i++) counter.add(view());
    counter.add(view({ device: 'mobile' }));
    counter.add(view({ path: '/sobre' }));
    counter.add(view({ referrerHost: 'google.com' }));
    counter.add(view({ country: '' }));
    counter.add(view({ hostname: 'www.padaria.example' }));
    counter.add(view({ day: '2026-12-05' }));
    counter.add(view({ siteId: 'site-b' }));
    const drained = counter.drain();
    expect(drained).toHaveLength(8);
    expect(
      drained.find(
        (v) =>
          v.path === '/' &&
          v.device === 'desktop' &&
          v.referrerHost === '' &&
          v.country === 'BR' &&
          v.day === '2026-12-04' &&
          v.siteId === 'site-a' &&
          v.hostname === 'padaria.localhost',
      )?.count,
    ).toBe(5);
    expect(total(drained)).toBe(12);
    // Drained means gone: the next write starts from nothing.
    expect(counter.drain()).toEqual([]);
    counter.add(view(), 3);
    expect(counter.drain()).toEqual([{ ...view(), count: 3 }]);
  });

  it('counts referrers past the per-site-day cap as (other), and the cap is per site and day', () => {
    const counter = new VisitCounter({ ...defaultLimits, referrersPerSiteDay: 20 });
    for (let i = 0; i < 50; i++) counter.add(view({ referrerHost: `ref${i}.example` }));
    for (let i = 0; i < 30; i++) counter.add(view({ siteId: 'site-b', referrerHost: `ref${i}.example` }));
    const drained = counter.drain();
    const a = drained.filter((v) => v.siteId === 'site-a');
    expect(new Set(a.map((v) => v.referrerHost)).size).toBe(21);
    expect(a.find((v) => v.referrerHost === OTHER)?.count).toBe(30);
    expect(drained.filter((v) => v.siteId === 'site-b').find((v) => v.referrerHost === OTHER)?.count).toBe(10);
    // A referrer seen before the cap was reached keeps its own row after it, in later writes too.
    counter.add(view({ referrerHost: 'ref3.example' }));
    counter.add(view({ referrerHost: 'new.example' }));
    expect(
      counter
        .drain()
        .map((v) => v.referrerHost)
        .sort(),
    ).toEqual([OTHER, 'ref3.example']);
    expect(total(drained)).toBe(80);
  });

  it('starts the per-site-day caps afresh on a new day', () => {
    const counter = new VisitCounter({ ...defaultLimits, pathsPerSiteDay: 3 });
    for (let i = 0; i < 5; i++) counter.add(view({ path: `/p${i}` }));
    counter.forgetBefore('2026-12-05');
    for (let i = 0; i < 5; i++) counter.add(view({ day: '2026-12-05', path: `/q${i}` }));
    const next = counter.drain().filter((v) => v.day === '2026-12-05');
    expect(next.map((v) => v.path).sort()).toEqual([OTHER, '/q0', '/q1', '/q2']);
  });

  // 400 sites, random paths, referrers and countries: far more combinations than the counter keeps.
  function flood(limits: typeof defaultLimits, views: number) {
    const counter = new VisitCounter(limits);
    const random = seededRandom(14);
    const word = () => Math.floor(random() * 36 ** 8).toString(36);
    const deviceList: Device[] = ['desktop', 'mobile', 'tablet'];
    let written = 0;
    let maxSize = 0;
    let maxTracked = 0;
    for (let i = 0; i < views; i++) {
      counter.add({
        siteId: `site-${Math.floor(random() * 400)}`,
        hostname: 'flood.localhost',
        day: '2026-12-04',
        path: `/${word()}/${word()}`,
        referrerHost: random() < 0.5 ? '' : `${word()}.example`,
        country: String.fromCharCode(65 + Math.floor(random() * 26), 65 + Math.floor(random() * 26)),
        device: deviceList[Math.floor(random() * 3)],
      });
      maxSize = Math.max(maxSize, counter.size);
      maxTracked = Math.max(maxTracked, counter.trackedValues);
      if (i % 50_000 === 49_999) written += total(counter.drain()); // a write every so often
    }
    written += total(counter.drain());
    return { counter, written, maxSize, maxTracked };
  }

  it('stays within its memory bounds under a seeded flood of random paths and referrers, and loses no view', () => {
    const limits = { maxEntries: 5_000, maxFoldedEntries: 1_500, pathsPerSiteDay: 300, referrersPerSiteDay: 100, maxSeen: 20_000 };
    const { counter, written, maxSize, maxTracked } = flood(limits, 200_000);
    expect(maxSize).toBeLessThanOrEqual(limits.maxEntries + limits.maxFoldedEntries);
    expect(maxTracked).toBeLessThanOrEqual(limits.maxSeen + limits.pathsPerSiteDay + limits.referrersPerSiteDay);
    expect(counter.folded).toBeGreaterThan(100_000);
    // Room for every site's and device's (other) row (400 × 3): each view is in a written row.
    expect(counter.dropped).toBe(0);
    expect(written).toBe(200_000);
  });

  it('counts views it has no room for as dropped, and still stays within bounds', () => {
    const limits = { maxEntries: 2_000, maxFoldedEntries: 100, pathsPerSiteDay: 300, referrersPerSiteDay: 100, maxSeen: 5_000 };
    const { counter, written, maxSize, maxTracked } = flood(limits, 100_000);
    expect(maxSize).toBe(limits.maxEntries + limits.maxFoldedEntries);
    expect(maxTracked).toBeLessThanOrEqual(limits.maxSeen + limits.pathsPerSiteDay + limits.referrersPerSiteDay);
    expect(counter.dropped).toBeGreaterThan(0);
    expect(written + counter.dropped).toBe(100_000);
  });
});
