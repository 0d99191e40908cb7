// A site's addresses under SITES_DOMAIN: its slug (the free address, <slug>.<SITES_DOMAIN>) and the
// Subdomain rows that still answer for it (labels it had before a rename, redirecting until a date).
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export async function getSiteSubdomains(
  user: { id: string },
  siteId: string,
): Promise<{ slug: string; subdomains: Array<{ label: string; redirectUntil: Date | null; createdAt: Date }> }> {
  const site = await db.site.findFirst({
    where: { id: siteId, ownerId: user.id },
    select: { slug: true, subdomains: { orderBy: { createdAt: 'asc' }, select: { label: true, redirectUntil: true, createdAt: true } } },
  });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
  return { slug: site.slug, subdomains: site.subdomains };
}
