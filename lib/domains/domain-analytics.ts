// Visitor analytics for one of the owner's domains: its site's page views counted on the domain's
// own hostnames (and its www twin), over a range of UTC days.
import { getSiteAnalytics, type SiteAnalytics } from '@/lib/analytics/queries';
import type { DayRange } from '@/lib/analytics/range';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export async function getDomainAnalytics(user: { id: string }, domainId: string, range: DayRange): Promise<SiteAnalytics & { hostname: string }> {
  const domain = await db.domain.findFirst({ where: { id: domainId, ownerId: user.id }, select: { siteId: true, hostname: true, withWww: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  const hostnames = domain.withWww ? [domain.hostname, `www.${domain.hostname}`] : [domain.hostname];
  return { hostname: domain.hostname, ...(await getSiteAnalytics(user, domain.siteId, range, { hostnames })) };
}
