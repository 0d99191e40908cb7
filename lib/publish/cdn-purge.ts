// After the live version changes (publish, rollback, unpublish), the paths whose bytes changed are
// purged from the CDN in the background (lib/domains/purge.ts): publishing never waits for it and
// never fails because of it. Paths are compared by ETag between the version that was live and the
// one that is now; a path only one of them has counts as changed.
import { db } from '@/lib/db';
import { isCdnPurgeEnabled, purgeChangedUrls } from '@/lib/domains/purge';
import { logger } from '@/lib/observability/logger';

// The 404 page is served with no-store under whatever path was asked; its own path is never a URL.
const internal = new Set(['/_pm/404']);

const pending = new Set<Promise<unknown>>();

async function filesOf(versionId: string | null): Promise<Map<string, string>> {
  if (!versionId) return new Map();
  const rows = await db.publishedFile.findMany({ where: { versionId }, select: { path: true, etag: true } });
  return new Map(rows.map((r) => [r.path, r.etag]));
}

export async function changedPaths(fromVersionId: string | null, toVersionId: string | null): Promise<string[]> {
  const [before, after] = await Promise.all([filesOf(fromVersionId), filesOf(toVersionId)]);
  const paths = new Set<string>();
  for (const [path, etag] of after) if (before.get(path) !== etag) paths.add(path);
  for (const path of before.keys()) if (!after.has(path)) paths.add(path);
  return [...paths].filter((p) => !internal.has(p)).sort();
}

// Starts the purge and returns at once.
export function purgeAfterSwitch(siteId: string, fromVersionId: string | null, toVersionId: string | null): void {
  if (!isCdnPurgeEnabled() || fromVersionId === toVersionId) return;
  const work = changedPaths(fromVersionId, toVersionId)
    .then((paths) => purgeChangedUrls(siteId, paths))
    .catch((error: unknown) => logger.warn({ err: error, siteId }, 'CDN purge failed'))
    .finally(() => pending.delete(work));
  pending.add(work);
}

// For tests and shutdown: resolves once every purge started so far has finished.
export async function settleCdnPurges(): Promise<void> {
  await Promise.all([...pending]);
}
