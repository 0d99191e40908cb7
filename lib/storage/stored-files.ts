// The stored files of a site's (or an owner's) images, read before the site or account is
// deleted: the rows go with it (cascade), the files are removed after (removeStoredFiles).
import { db } from '@/lib/db';
import { logger } from '@/lib/observability/logger';
import { mediaStorage } from './drivers';
import { renditionKeys, widthsOf } from './renditions';

export async function storedFilesOf(where: { siteId: string } | { ownerId: string }): Promise<string[]> {
  const rows = await db.siteAsset.findMany({ where, select: { id: true, widths: true } });
  return rows.flatMap((row) => renditionKeys(row.id, widthsOf(row)));
}

export async function removeStoredFiles(keys: string[]): Promise<void> {
  try {
    for (let i = 0; i < keys.length; i += 500) await mediaStorage().delete(keys.slice(i, i + 500));
  } catch (error) {
    // The rows are gone, so nothing serves these files any more; they only take space.
    logger.warn({ err: error, files: keys.length }, 'could not remove stored image files');
  }
}
