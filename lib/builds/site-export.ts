// Exports: an owner asks for a ZIP of the site's published version in one of the export formats
// (`exportKinds`: the static files, a Vite + Vue project, a Next.js project or an Angular project; one at a time per site and format), a
// `site-export` job builds it as a Build of that kind (read, zip, save), and its owner downloads it.
// Another owner's site or build is NOT_FOUND.
import { randomUUID } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { enqueue } from '@/lib/queue';
import { mediaStorage } from '@/lib/storage/drivers';
import { assetKey } from '@/lib/storage/renditions';
import { angularProjectFiles } from './angular-project';
import { BuildLog } from './log';
import { buildMetrics } from './metrics';
import { exportKinds, type ExportKind } from './kinds';
import { referencedAssets, staticSiteFiles } from './static-site';
import { reactProjectFiles } from './react-project';
import { vueProjectFiles } from './vue-project';

type Owner = { id: string };

// Starts an export of the live version, or returns the one of that kind already queued or running
// (isNew false).
export async function requestExport(user: Owner, siteId: string, kind: ExportKind): Promise<{ buildId: string; isNew: boolean }> {
  const site = await db.site.findFirst({
    where: { id: siteId, ownerId: user.id },
    select: { id: true, publishedVersion: { select: { id: true, number: true } } },
  });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
  if (!site.publishedVersion) throw new AppError('CONFLICT', 'Publish the site first: an export holds the published version.');
  let buildId: string;
  try {
    // The partial unique index on (siteId, kind) while an export is queued or running decides, so
    // two requests racing make one build.
    const row = await db.build.create({
      data: {
        siteId: site.id,
        ownerId: user.id,
        requestedById: user.id,
        kind,
        status: 'queued',
        versionId: site.publishedVersion.id,
        versionNumber: site.publishedVersion.number,
      },
      select: { id: true },
    });
    buildId = row.id;
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    const running = await db.build.findFirst({
      where: { siteId: site.id, ownerId: user.id, kind, status: { in: ['queued', 'running'] } },
      select: { id: true },
    });
    if (!running) throw new AppError('CONFLICT', 'An export of this site is already being built. Wait for it to finish.');
    return { buildId: running.id, isNew: false };
  }
  try {
    await enqueue('site-export', { buildId }, { singletonKey: buildId });
  } catch (error) {
    await failExport(buildId, 'The export could not be queued. Try again in a moment.');
    throw error;
  }
  return { buildId, isNew: true };
}

// The folder a format makes of the version's files and images: name -> bytes.
function exportEntries(
  kind: ExportKind,
  files: Parameters<typeof staticSiteFiles>[0],
  images: ReadonlyMap<string, Uint8Array>,
  site: { slug: string; name: string },
): Map<string, Uint8Array> {
  if (kind === 'export-vue') return vueProjectFiles(files, images, { name: site.slug, siteName: site.name });
  if (kind === 'export-react') return reactProjectFiles(files, images, { name: site.slug, siteName: site.name });
  if (kind === 'export-angular') return angularProjectFiles(files, images, { name: site.slug, siteName: site.name });
  return staticSiteFiles(files, images);
}

const isExportKind = (kind: string): kind is ExportKind => (exportKinds as readonly string[]).includes(kind);

// The job's work: read the version's files and images, make the format's folder, zip it, store the ZIP.
export async function runExport(buildId: string): Promise<{ status: string; bytes?: number }> {
  const build = await db.build.findUnique({ where: { id: buildId }, include: { site: { select: { slug: true, name: true } } } });
  if (!build || !isExportKind(build.kind) || (build.status !== 'queued' && build.status !== 'running')) return { status: build?.status ?? 'gone' };
  const kind = build.kind;
  const startedAt = new Date();
  await db.build.update({ where: { id: buildId }, data: { status: 'running', startedAt } });
  const log = new BuildLog();
  const storage = mediaStorage();
  const { files, images } = await log.step(
    'read',
    async () => {
      const rows = build.versionId
        ? await db.publishedFile.findMany({
            where: { versionId: build.versionId },
            select: { path: true, contentType: true, body: true, gzip: true, brotli: true },
          })
        : [];
      if (rows.length === 0) throw new AppError('GONE', 'The version to export no longer exists.');
      const bytes = new Map<string, Uint8Array>();
      // Only this site's images: a page naming another site's asset id gets nothing.
      const assets = referencedAssets(rows);
      const owned = new Set(
        (await db.siteAsset.findMany({ where: { siteId: build.siteId, id: { in: [...new Set(assets.map((a) => a.assetId))] } }, select: { id: true } })).map(
          (a) => a.id,
        ),
      );
      for (const a of assets) {
        if (!owned.has(a.assetId)) continue;
        const stored = await storage.get(assetKey(a.assetId, a.width, a.format));
        if (stored) bytes.set(`/assets/${a.assetId}-${a.width}.${a.format}`, new Uint8Array(stored.body));
      }
      return { files: rows, images: bytes };
    },
    (r) => `Read version ${build.versionNumber}: ${r.files.length} files and ${r.images.size} image files`,
  );
  const zip = await log.step(
    'zip',
    () => {
      const entries: Zippable = {};
      // Images are already compressed (WebP, AVIF): stored as they are; text is deflated.
      for (const [name, body] of exportEntries(kind, files, images, build.site)) {
        entries[name] = /^(public\/)?images\//.test(name) ? [body, { level: 0 }] : body;
      }
      return { body: Buffer.from(zipSync(entries, { level: 6, mtime: startedAt })), entries: Object.keys(entries).length };
    },
    (r) => `Zipped ${r.entries} files into ${r.body.length} bytes`,
  );
  // A name of this run's own: a raced second run removes only its own file.
  const storageKey = `builds/${buildId}/${randomUUID()}.zip`;
  await log.step('upload', () => storage.put(storageKey, zip.body, 'application/zip'), 'Saved the ZIP for download');
  const metrics = buildMetrics(files, {
    uploadedImages: new Set([...images.keys()].map((k) => k.split('-')[0])).size,
    stepsMs: log.stepsMs(),
    totalMs: log.totalMs(),
  });
  const done = await db.build.updateMany({
    where: { id: buildId, status: 'running' },
    data: {
      status: 'succeeded',
      storageKey,
      bytes: zip.body.length,
      finishedAt: new Date(),
      log: log.lines as unknown as Prisma.InputJsonValue,
      metrics: metrics as unknown as Prisma.InputJsonValue,
    },
  });
  if (done.count === 0) {
    await storage.delete([storageKey]);
    return { status: 'abandoned' };
  }
  return { status: 'succeeded', bytes: zip.body.length };
}

// The job gave up on it: the owner sees it failed, and why, and may ask again.
export async function failExport(buildId: string, reason: string): Promise<void> {
  await db.build.updateMany({
    where: { id: buildId, status: { in: ['queued', 'running'] } },
    data: {
      status: 'failed',
      error: reason.slice(0, 500),
      finishedAt: new Date(),
      log: [{ at: new Date().toISOString(), step: 'zip', message: reason.slice(0, 500), ms: 0 }],
    },
  });
}

export function exportFailureReason(error: unknown): string {
  if (error instanceof AppError) return error.message;
  logger.warn({ err: error }, 'site export failed');
  return 'The export could not be built because of an error on our side. Try again in a moment.';
}

// The ZIP of a finished export, for its owner only.
export async function getExportDownload(user: Owner, siteId: string, buildId: string): Promise<{ body: Buffer; fileName: string }> {
  const build = await db.build.findFirst({
    where: { id: buildId, siteId, ownerId: user.id, kind: { in: [...exportKinds] }, status: 'succeeded' },
    select: { storageKey: true, versionNumber: true, kind: true, site: { select: { slug: true } } },
  });
  if (!build?.storageKey) throw new AppError('NOT_FOUND', 'There is no such download.');
  const file = await mediaStorage().get(build.storageKey);
  if (!file) throw new AppError('NOT_FOUND', 'There is no such download.');
  const suffix = build.kind === 'export-static' ? '' : `-${build.kind.slice('export-'.length)}`;
  return { body: file.body, fileName: `${build.site.slug}-v${build.versionNumber ?? 0}${suffix}.zip` };
}
