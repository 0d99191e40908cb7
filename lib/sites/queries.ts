// Reads of sites, always scoped to their owner: another owner's id answers NOT_FOUND.
import { toCsv } from '@/lib/csv';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { pageArgs, pageOf, type PageQuery } from '@/lib/page-cursor';
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

const versionSelect = { id: true, number: true, createdAt: true } as const;

// A site's versions, newest first, with which one is live; with `take`, the newest `take` and the
// live one wherever it is (the site's page lists a few, not every publish since the start).
export async function listVersions(user: Owner, siteId: string, opts: { take?: number } = {}) {
  const site = await getSiteRef(user, siteId);
  const versions = await db.siteVersion.findMany({ where: { siteId: site.id }, orderBy: { number: 'desc' }, take: opts.take, select: versionSelect });
  const live = site.publishedVersionId;
  if (live && !versions.some((v) => v.id === live)) {
    const older = await db.siteVersion.findFirst({ where: { id: live, siteId: site.id }, select: versionSelect });
    if (older) versions.push(older);
  }
  return versions.map((v) => ({ ...v, isLive: v.id === live }));
}

export async function countVersions(user: Owner, siteId: string): Promise<number> {
  const site = await getSiteRef(user, siteId);
  return db.siteVersion.count({ where: { siteId: site.id } });
}

// A page of a site's versions for the API, newest first (lib/page-cursor.ts). A site's versions are
// made one at a time, so (createdAt, id) order is their number order.
export async function listVersionsPage(user: Owner, siteId: string, page: PageQuery) {
  const site = await getSiteRef(user, siteId);
  const { where, ...args } = pageArgs(page, 'desc');
  const rows = await db.siteVersion.findMany({ where: { siteId: site.id, ...where }, select: versionSelect, ...args });
  const { items, nextCursor } = pageOf(rows, page);
  return { versions: items.map((v) => ({ ...v, isLive: v.id === site.publishedVersionId })), nextCursor };
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

const leadSelect = { id: true, name: true, email: true, phone: true, message: true, pagePath: true, sectionId: true, createdAt: true } as const;

// A page of a site's leads for the API, newest first (lib/page-cursor.ts).
export async function listLeadsPage(user: Owner, siteId: string, page: PageQuery) {
  const site = await getSiteRef(user, siteId);
  const { where, ...args } = pageArgs(page, 'desc');
  const rows = await db.lead.findMany({ where: { siteId: site.id, ...where }, select: leadSelect, ...args });
  const { items, nextCursor } = pageOf(rows, page);
  return { leads: items, nextCursor };
}

// Every lead of a site as CSV, newest first, for the dashboard's download and the API
// (lib/csv.ts quotes and guards against formulas).
export async function leadsCsv(user: Owner, siteId: string): Promise<{ filename: string; csv: string }> {
  const site = await db.site.findFirst({ where: { id: siteId, ownerId: user.id }, select: { id: true, slug: true } });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
  const leads = await db.lead.findMany({ where: { siteId: site.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: leadSelect });
  const csv = toCsv(
    ['received_at', 'name', 'email', 'phone', 'message', 'page'],
    leads.map((l) => [l.createdAt, l.name, l.email, l.phone, l.message, l.pagePath]),
  );
  return { filename: `${site.slug}-leads.csv`, csv };
}
