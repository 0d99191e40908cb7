// Reads of sites, always scoped to their owner: another owner's id answers NOT_FOUND.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { SiteDocument } from './document';
import type { Palette } from './theme';
import type { FontId } from './theme-options';

type Owner = { id: string };

export async function getSite(user: Owner, siteId: string) {
  const site = await db.site.findFirst({ where: { id: siteId, ownerId: user.id } });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
  return { ...site, draft: site.draft as unknown as SiteDocument };
}

export async function listSites(user: Owner) {
  return db.site.findMany({
    where: { ownerId: user.id },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      name: true,
      slug: true,
      revision: true,
      templateId: true,
      publishedAt: true,
      publishedVersionId: true,
      createdAt: true,
      updatedAt: true,
    },
  });
}

export type SiteLook = { siteId: string; name: string; palette: Palette; headingFont: FontId };

// What a site looks like (palette, heading font, business name), read from inside the drafts
// without loading whole documents, for the Sites list's thumbnails.
export async function listSiteLooks(user: Owner): Promise<SiteLook[]> {
  return db.$queryRaw<SiteLook[]>`
    SELECT id AS "siteId", draft->'business'->>'name' AS name, draft->'theme'->'palette' AS palette,
           draft->'theme'->'fonts'->>'heading' AS "headingFont"
    FROM "Site" WHERE "ownerId" = ${user.id}`;
}

// The id and live version of an owner's site, for reads that need no more of it (the draft
// is the site's largest column: a list of versions or leads has no use for it).
async function getSiteRef(user: Owner, siteId: string) {
  const site = await db.site.findFirst({ where: { id: siteId, ownerId: user.id }, select: { id: true, publishedVersionId: true } });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
  return site;
}

export async function listVersions(user: Owner, siteId: string) {
  const site = await getSiteRef(user, siteId);
  const versions = await db.siteVersion.findMany({
    where: { siteId: site.id },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, createdAt: true },
  });
  return versions.map((v) => ({ ...v, isLive: v.id === site.publishedVersionId }));
}

// One version of a site with its document, for the editor's history panel.
export async function getVersion(user: Owner, siteId: string, versionId: string) {
  const site = await getSiteRef(user, siteId);
  const version = await db.siteVersion.findFirst({ where: { id: versionId, siteId: site.id } });
  if (!version) throw new AppError('NOT_FOUND', 'Version not found');
  return {
    id: version.id,
    number: version.number,
    createdAt: version.createdAt,
    document: version.document as SiteDocument,
    isLive: version.id === site.publishedVersionId,
  };
}

export async function listLeads(user: Owner, siteId: string) {
  const site = await getSiteRef(user, siteId);
  return db.lead.findMany({ where: { siteId: site.id }, orderBy: { createdAt: 'desc' }, take: 1000 });
}
