// Purging a site's changed pages from the CDN after a publish: for every active custom domain of
// the site whose DNS zone is at Cloudflare, the changed paths become absolute URLs on that host
// (and its www twin) and are purged, one request per 30 URLs. A no-op when Cloudflare is off or
// the site has no such domain. Never throws: a failed purge is logged, the publish stands.
import { db } from '@/lib/db';
import { logger } from '@/lib/observability/logger';
import { findCloudflare } from './providers/cloudflare';
import type { ProviderZone } from './providers/dns-provider';

export function isCdnPurgeEnabled(): boolean {
  return findCloudflare() !== null;
}

export type PurgeOutcome = { zones: number; urls: number };

// `paths` are site paths as published ("/", "/about", "/sitemap.xml").
export async function purgeChangedUrls(siteId: string, paths: string[]): Promise<PurgeOutcome> {
  const provider = findCloudflare();
  if (!provider || paths.length === 0) return { zones: 0, urls: 0 };
  try {
    const domains = await db.domain.findMany({
      where: { siteId, status: 'active', zone: { provider: 'cloudflare', providerZoneId: { not: null } } },
      select: { hostname: true, withWww: true, zone: { select: { name: true, providerZoneId: true, nameservers: true } } },
    });
    const byZone = new Map<string, { zone: ProviderZone; urls: string[] }>();
    for (const domain of domains) {
      const zoneId = domain.zone!.providerZoneId!;
      const entry = byZone.get(zoneId) ?? { zone: { id: zoneId, name: domain.zone!.name, status: 'active', nameservers: domain.zone!.nameservers }, urls: [] };
      const hosts = domain.withWww ? [domain.hostname, `www.${domain.hostname}`] : [domain.hostname];
      for (const host of hosts) for (const path of paths) entry.urls.push(`https://${host}${path}`);
      byZone.set(zoneId, entry);
    }
    let urls = 0;
    for (const { zone, urls: list } of byZone.values()) {
      try {
        await provider.purgeUrls(zone, list);
        urls += list.length;
      } catch (error) {
        logger.warn({ err: error, siteId, zone: zone.name, urls: list.length }, 'CDN purge failed; cached pages expire by their max-age');
      }
    }
    return { zones: byZone.size, urls };
  } catch (error) {
    logger.warn({ err: error, siteId }, 'CDN purge failed; cached pages expire by their max-age');
    return { zones: 0, urls: 0 };
  }
}
