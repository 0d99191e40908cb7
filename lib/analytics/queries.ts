// Reads for the site page's charts: one site's page views over a range of UTC days, by day, page,
// referrer, device, country and hostname. Only the site's owner reads them: another owner's site
// answers NOT_FOUND, and every query is scoped to the owner again in its own WHERE.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { devices, type Device } from './classify';
import { addDays, type DayRange } from './range';

const TOP = 10;

export type Ranked = { key: string; views: number };
export type SiteAnalytics = {
  range: DayRange;
  total: number;
  days: Array<{ day: string; views: number }>;
  pages: Ranked[];
  referrers: Ranked[];
  countries: Ranked[];
  hostnames: Ranked[];
  devices: Array<{ key: Device; views: number }>;
};

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

// `hostnames` narrows the counts to visits on those hosts (one custom domain and its www twin).
export async function getSiteAnalytics(user: { id: string }, siteId: string, range: DayRange, opts: { hostnames?: string[] } = {}): Promise<SiteAnalytics> {
  const site = await db.site.findFirst({ where: { id: siteId, ownerId: user.id }, select: { id: true } });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
  const where = {
    siteId: site.id,
    site: { ownerId: user.id },
    day: { gte: asDate(range.from), lte: asDate(range.to) },
    ...(opts.hostnames ? { hostname: { in: opts.hostnames } } : {}),
  };
  const sum = { count: true } as const;
  const top = { _sum: { count: 'desc' } } as const;
  const [byDay, byPath, byReferrer, byCountry, byHostname, byDevice] = await Promise.all([
    db.pageViewDay.groupBy({ by: ['day'], where, _sum: sum }),
    db.pageViewDay.groupBy({ by: ['path'], where, _sum: sum, orderBy: [top, { path: 'asc' }], take: TOP }),
    db.pageViewDay.groupBy({ by: ['referrerHost'], where, _sum: sum, orderBy: [top, { referrerHost: 'asc' }], take: TOP }),
    db.pageViewDay.groupBy({ by: ['country'], where, _sum: sum, orderBy: [top, { country: 'asc' }], take: TOP }),
    db.pageViewDay.groupBy({ by: ['hostname'], where, _sum: sum, orderBy: [top, { hostname: 'asc' }], take: TOP }),
    db.pageViewDay.groupBy({ by: ['device'], where, _sum: sum }),
  ]);
  const perDay = new Map(byDay.map((row) => [row.day.toISOString().slice(0, 10), row._sum.count ?? 0]));
  const days: SiteAnalytics['days'] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push({ day, views: perDay.get(day) ?? 0 });
  const perDevice = new Map(byDevice.map((row) => [row.device, row._sum.count ?? 0]));
  return {
    range,
    total: days.reduce((total, day) => total + day.views, 0),
    days,
    pages: byPath.map((row) => ({ key: row.path, views: row._sum.count ?? 0 })),
    referrers: byReferrer.map((row) => ({ key: row.referrerHost, views: row._sum.count ?? 0 })),
    countries: byCountry.map((row) => ({ key: row.country, views: row._sum.count ?? 0 })),
    hostnames: byHostname.map((row) => ({ key: row.hostname, views: row._sum.count ?? 0 })),
    devices: devices.map((key) => ({ key, views: perDevice.get(key) ?? 0 })),
  };
}
