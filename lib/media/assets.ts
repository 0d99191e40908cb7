// A site's uploaded images: upload (check, convert, store), list, alt text, delete, and the
// reads that serve their bytes. Every read and write is scoped to the owner in the query, so
// another owner's asset id answers NOT_FOUND.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume } from '@/lib/rate-limit';
import type { SiteDocument } from '@/lib/sites/document';
import { getSite } from '@/lib/sites/queries';
import { mediaStorage, type StoredFile } from '@/lib/storage/drivers';
import { assetKey, renditionKeys, widthsOf } from '@/lib/storage/renditions';
import { assetFileName, parseAssetFileName, type AssetMap } from './files';
import { contentTypes } from './limits';
import { processImage } from './process-image';
import { collectAssetIds } from './document-images';

type Owner = { id: string };

export const UPLOAD_LIMIT = { limit: 60, windowMs: 10 * 60 * 1000 };

export type AssetSummary = {
  id: string;
  src: string;
  name: string;
  alt: string;
  width: number;
  height: number;
  format: string;
  bytes: number;
  // The widths it was converted to, each as WebP and AVIF (see assetMapFrom in files.ts).
  widths: number[];
  // A small WebP for thumbnails in the dashboard (served on the app host, owner only).
  thumbnail: string;
  createdAt: string;
};

type AssetRow = { id: string; name: string; alt: string; width: number; height: number; format: string; bytes: number; widths: unknown; createdAt: Date };

function summary(row: AssetRow): AssetSummary {
  const widths = widthsOf(row);
  return {
    id: row.id,
    src: `/assets/${row.id}`,
    name: row.name,
    alt: row.alt,
    width: row.width,
    height: row.height,
    format: row.format,
    bytes: row.bytes,
    widths,
    thumbnail: `/api/assets/${assetFileName(row.id, widths[0] ?? row.width, 'webp')}`,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function uploadAsset(user: Owner, siteId: string, input: { name: string; bytes: Buffer; alt?: string }): Promise<AssetSummary> {
  const site = await getSite(user, siteId);
  if (!(await consume(`upload:user:${user.id}`, UPLOAD_LIMIT))) {
    throw new AppError('RATE_LIMITED', 'Too many uploads in a short time. Wait a few minutes and try again.');
  }
  // Checked and converted before anything is stored: a refused file leaves no trace.
  const image = await processImage(input.bytes);
  const name = input.name.replace(/[\u0000-\u001f]/g, '').slice(0, 200);
  const row = await db.siteAsset.create({
    data: {
      ownerId: user.id,
      siteId: site.id,
      name,
      alt: (input.alt ?? '').trim().slice(0, 200),
      width: image.width,
      height: image.height,
      format: image.format,
      bytes: input.bytes.length,
      widths: image.widths,
    },
  });
  const storage = mediaStorage();
  try {
    await Promise.all(image.renditions.map((r) => storage.put(assetKey(row.id, r.width, r.format), r.body, contentTypes[r.format])));
  } catch (error) {
    await storage.delete(renditionKeys(row.id, image.widths)).catch(() => {});
    await db.siteAsset.delete({ where: { id: row.id } });
    throw error;
  }
  return summary(row);
}

export async function listAssets(user: Owner, siteId: string): Promise<AssetSummary[]> {
  const site = await getSite(user, siteId);
  const rows = await db.siteAsset.findMany({ where: { siteId: site.id, ownerId: user.id }, orderBy: { createdAt: 'desc' }, take: 500 });
  return rows.map(summary);
}

async function getAsset(user: Owner, siteId: string, assetId: string) {
  const row = await db.siteAsset.findFirst({ where: { id: assetId, siteId, ownerId: user.id } });
  if (!row) throw new AppError('NOT_FOUND', 'Image not found');
  return row;
}

export async function updateAssetAlt(user: Owner, siteId: string, assetId: string, alt: string): Promise<AssetSummary> {
  const row = await getAsset(user, siteId, assetId);
  return summary(await db.siteAsset.update({ where: { id: row.id }, data: { alt: alt.trim().slice(0, 200) } }));
}

// An image the draft or any published version shows is kept: deleting it would break the page,
// or a version the owner may restore or roll back to.
export async function deleteAsset(user: Owner, siteId: string, assetId: string): Promise<void> {
  const row = await getAsset(user, siteId, assetId);
  const site = await db.site.findFirstOrThrow({ where: { id: siteId, ownerId: user.id }, select: { draft: true } });
  const ref = `"/assets/${row.id}"`;
  if (JSON.stringify(site.draft).includes(ref)) {
    throw new AppError('CONFLICT', 'This image is used on the site. Replace it there first, then delete it.');
  }
  const [version] = await db.$queryRaw<Array<{ number: number }>>`
    SELECT number FROM "SiteVersion" WHERE "siteId" = ${siteId} AND document::text LIKE ${`%${ref}%`} ORDER BY number DESC LIMIT 1`;
  if (version) {
    throw new AppError('CONFLICT', `Published version ${version.number} shows this image, and the version history keeps it so that version can come back.`);
  }
  await db.siteAsset.delete({ where: { id: row.id } });
  await mediaStorage().delete(renditionKeys(row.id, widthsOf(row)));
}

// What the renderer needs for the assets a document uses, read for that site only: an id that
// belongs to another site is simply missing, and renders as no image.
export async function loadDocumentAssets(siteId: string, doc: SiteDocument): Promise<AssetMap> {
  const ids = collectAssetIds(doc);
  if (!ids.length) return new Map();
  const rows = await db.siteAsset.findMany({ where: { siteId, id: { in: ids } }, select: { id: true, width: true, height: true, widths: true } });
  return new Map(rows.map((row) => [row.id, { width: row.width, height: row.height, widths: widthsOf(row) }]));
}

async function readFile(where: { siteId?: string; ownerId?: string }, fileName: string): Promise<StoredFile | null> {
  const file = parseAssetFileName(fileName);
  if (!file) return null;
  const row = await db.siteAsset.findFirst({ where: { id: file.assetId, ...where }, select: { widths: true } });
  if (!row || !widthsOf(row).includes(file.width)) return null;
  const stored = await mediaStorage().get(assetKey(file.assetId, file.width, file.format));
  return stored && { body: stored.body, contentType: contentTypes[file.format] };
}

// For a published site's host: only that site's images.
export function readSiteAssetFile(siteId: string, fileName: string) {
  return readFile({ siteId }, fileName);
}

// For the app host (dashboard thumbnails, editor canvas): only the signed-in owner's images.
export function readOwnerAssetFile(user: Owner, fileName: string) {
  return readFile({ ownerId: user.id }, fileName);
}
