// The stored files of a site's or an owner's images (and an owner's data exports), read before the
// site or account is deleted: the rows go with it (cascade), the files are removed after (removeStoredFiles).
import { db } from '@/lib/db';
import { logger } from '@/lib/observability/logger';
import { mediaStorage } from './drivers';
import { renditionKeys, widthsOf } from './renditions';

export async function storedFilesOf(where: { siteId: string } | { ownerId: string }): Promise<string[]> {
  const rows = await db.siteAsset.findMany({ where, select: { id: true, widths: true } });
  const images = rows.flatMap((row) => renditionKeys(row.id, widthsOf(row)));
  // A site's static exports are stored files too (lib/builds).
  const builds = await db.build.findMany({ where: { ...where, storageKey: { not: null } }, select: { storageKey: true } });
  const exported = builds.flatMap((b) => (b.storageKey ? [b.storageKey] : []));
  if (!('ownerId' in where)) return [...images, ...exported];
  // An account's "download my data" ZIPs are stored files too (lib/account-export).
  const exports = await db.accountExport.findMany({ where: { userId: where.ownerId, storageKey: { not: null } }, select: { storageKey: true } });
  return [...images, ...exported, ...exports.flatMap((e) => (e.storageKey ? [e.storageKey] : []))];
}

export async function removeStoredFiles(keys: string[]): Promise<void> {
  try {
    for (let i = 0; i < keys.length; i += 500) await mediaStorage().delete(keys.slice(i, i + 500));
  } catch (error) {
    // The rows are gone, so nothing serves these files any more; they only take space.
    logger.warn({ err: error, files: keys.length }, 'could not remove stored image files');
  }
}
