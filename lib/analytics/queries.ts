// Reads for the site page's charts: one site's page views over a range of UTC days, by day, page,
// referrer, device, country and hostname. Only the site's owner reads them: another owner's site
// answers NOT_FOUND, and every query is scoped to the owner again in its own WHERE.
import { Prisma } from '@/generated/prisma/client';
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

type Column = 'day' | 'path' | 'referrerHost' | 'country' | 'hostname' | 'device';

// `hostnames` narrows the counts to visits on those hosts (one custom domain and its www twin).
export async function getSiteAnalytics(user: { id: string }, siteId: string, range: DayRange, opts: { hostnames?: string[] } = {}): Promise<SiteAnalytics> {
  const site = await db.site.findFirst({ where: { id: siteId, ownerId: user.id }, select: { id: true } });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
  const hostnames = opts.hostnames ? Prisma.sql`AND v.hostname = ANY (${opts.hostnames})` : Prisma.empty;
  // One statement for the six breakdowns (GROUPING SETS), each ranked by views then key, of which
  // the day and device rows are kept whole and the others' first TOP.
  const rows = await db.$queryRaw<Array<Record<Column, string | null> & { views: bigint }>>`
    SELECT day, path, "referrerHost", country, hostname, device, views FROM (
      SELECT to_char(v.day, 'YYYY-MM-DD') AS day, v.path, v."referrerHost", v.country, v.hostname, v.device, SUM(v.count)::bigint AS views,
        row_number() OVER (
          PARTITION BY GROUPING(v.day, v.path, v."referrerHost", v.country, v.hostname, v.device)
          ORDER BY SUM(v.count) DESC, COALESCE(v.path, v."referrerHost", v.country, v.hostname) ASC
        ) AS rank
      FROM "PageViewDay" v JOIN "Site" s ON s.id = v."siteId"
      WHERE v."siteId" = ${site.id} AND s."ownerId" = ${user.id} AND v.day >= ${range.from}::date AND v.day <= ${range.to}::date ${hostnames}
      GROUP BY GROUPING SETS ((v.day), (v.path), (v."referrerHost"), (v.country), (v.hostname), (v.device))
    ) t
    WHERE day IS NOT NULL OR device IS NOT NULL OR rank <= ${TOP}`;
  const by = (column: Column): Ranked[] =>
    rows.flatMap((row) => {
      const key = row[column];
      return key === null ? [] : [{ key, views: Number(row.views) }];
    });
  const [byPath, byReferrer, byCountry, byHostname] = (['path', 'referrerHost', 'country', 'hostname'] as const).map(by);
  const perDay = new Map(by('day').map((row) => [row.key, row.views]));
  const days: SiteAnalytics['days'] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push({ day, views: perDay.get(day) ?? 0 });
  const perDevice = new Map(by('device').map((row) => [row.key, row.views]));
  return {
    range,
    total: days.reduce((total, day) => total + day.views, 0),
    days,
    pages: byPath,
    referrers: byReferrer,
    countries: byCountry,
    hostnames: byHostname,
    devices: devices.map((key) => ({ key, views: perDevice.get(key) ?? 0 })),
  };
}
