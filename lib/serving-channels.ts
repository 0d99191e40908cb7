// The channels every instance's serving listens on (lib/publish/serve.ts), sent inside the
// transaction that makes the change so that they arrive once it is committed: a site's pages
// changed (payload: its slug) and a hostname's routing changed (payload: the hostname).
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

export const PUBLISH_CHANNEL = 'pm_site_published';
export const HOSTS_CHANNEL = 'pm_hosts_changed';

// The notifications that free the addresses of the sites `where` matches (before they are deleted,
// by themselves or with their owner): their pages leave serving's cache, and their domains and extra
// labels are forgotten by host routing. To run in the deleting transaction.
export async function addressesFreed(where: Prisma.SiteWhereInput): Promise<Prisma.PrismaPromise<number>[]> {
  const sites = await db.site.findMany({
    where,
    select: { slug: true, domains: { select: { hostname: true } }, subdomains: { select: { label: true } } },
  });
  return sites.flatMap((site) => [
    db.$executeRaw`SELECT pg_notify(${PUBLISH_CHANNEL}, ${site.slug})`,
    ...[...site.domains.map((d) => d.hostname), ...site.subdomains.map((s) => `${s.label}.${env.SITES_DOMAIN}`)].map(
      (hostname) => db.$executeRaw`SELECT pg_notify(${HOSTS_CHANNEL}, ${hostname})`,
    ),
  ]);
}
