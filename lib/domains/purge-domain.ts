// "Purge the cache" for one of the owner's domains (POST /api/v1/domains/[id]/purge): the given
// site paths, or every published path of the domain's site, are purged at Cloudflare through
// purgeChangedUrls, which covers each active Cloudflare-fronted domain of that site. Without
// Cloudflare, or for a domain whose DNS is not there, there is no CDN cache and it says so.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { isCdnPurgeEnabled, purgeChangedUrls, type PurgeOutcome } from './purge';

type Owner = { id: string };

// The live version's paths, less the app's internal ones (the 404 page is served under any path).
async function publishedPaths(user: Owner, siteId: string): Promise<string[]> {
  const site = await db.site.findFirst({ where: { id: siteId, ownerId: user.id }, select: { publishedVersionId: true } });
  if (!site?.publishedVersionId) return [];
  const files = await db.publishedFile.findMany({ where: { versionId: site.publishedVersionId }, select: { path: true }, orderBy: { path: 'asc' } });
  return files.map((f) => f.path).filter((p) => !p.startsWith('/_pm/'));
}

export async function purgeDomainCache(user: Owner, domainId: string, paths?: string[]): Promise<PurgeOutcome> {
  const domain = await db.domain.findFirst({
    where: { id: domainId, ownerId: user.id },
    select: { siteId: true, status: true, zone: { select: { provider: true, providerZoneId: true } } },
  });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  if (!isCdnPurgeEnabled())
    throw new AppError('UNAVAILABLE', 'Cloudflare is not configured on this server, so no CDN caches the site and there is nothing to purge.');
  if (domain.zone?.provider !== 'cloudflare' || !domain.zone.providerZoneId) {
    throw new AppError('CONFLICT', "This domain's DNS is not at Cloudflare, so no CDN of ours caches it.");
  }
  if (domain.status !== 'active') throw new AppError('CONFLICT', 'Verify the domain before purging its cache.');
  const list = paths ?? (await publishedPaths(user, domain.siteId));
  if (list.length === 0) return { zones: 0, urls: 0 };
  const outcome = await purgeChangedUrls(domain.siteId, [...new Set(list)]);
  // purgeChangedUrls never throws: zones found but no URL purged means Cloudflare refused.
  if (outcome.zones > 0 && outcome.urls === 0) throw new AppError('UPSTREAM_FAILED', 'Cloudflare did not purge the pages. Try again in a moment.');
  return outcome;
}
