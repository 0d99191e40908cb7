// Build records: written by publishing (one row when the publish ends, succeeded or failed) and by
// exports (queued, running, then succeeded or failed); read by the site's Builds tab, always
// scoped to the owner in the query (another owner's site or build is NOT_FOUND).
import type { Build, Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { pageArgs, pageOf, type PageQuery } from '@/lib/page-cursor';
import { exportKinds, type BuildKind } from './kinds';
import { readLighthouseRecord, type LighthouseRecord } from './lighthouse-scores';
import type { BuildLog, BuildLogLine } from './log';
import type { BuildMetrics } from './metrics';

export const buildStatuses = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type BuildStatus = (typeof buildStatuses)[number];

// What the owner's browser sees: no storage key, no requester id.
export type BuildView = {
  id: string;
  kind: BuildKind;
  status: BuildStatus;
  versionNumber: number | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  log: BuildLogLine[];
  metrics: BuildMetrics | null;
  error: string | null;
  bytes: number | null;
  hasDownload: boolean;
  // A publish's Lighthouse run with LIGHTHOUSE=on (lib/builds/lighthouse-audit.ts); null otherwise.
  lighthouse: LighthouseRecord | null;
};

function toBuildView(row: Build): BuildView {
  return {
    id: row.id,
    kind: row.kind as BuildKind,
    status: row.status as BuildStatus,
    versionNumber: row.versionNumber,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    durationMs: row.startedAt && row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
    log: (row.log ?? []) as BuildLogLine[],
    metrics: (row.metrics ?? null) as BuildMetrics | null,
    error: row.error,
    bytes: row.bytes,
    hasDownload: (exportKinds as readonly string[]).includes(row.kind) && row.status === 'succeeded' && row.storageKey !== null,
    lighthouse: readLighthouseRecord(row.lighthouse),
  };
}

type Owner = { id: string };

async function assertOwnSite(user: Owner, siteId: string) {
  const site = await db.site.findFirst({ where: { id: siteId, ownerId: user.id }, select: { id: true } });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
}

// The site's builds, newest first.
export async function listBuilds(user: Owner, siteId: string, limit = 50): Promise<BuildView[]> {
  await assertOwnSite(user, siteId);
  const rows = await db.build.findMany({ where: { siteId, ownerId: user.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit });
  return rows.map(toBuildView);
}

// A page of the site's builds for the API, newest first (lib/page-cursor.ts).
export async function listBuildsPage(user: Owner, siteId: string, page: PageQuery): Promise<{ builds: BuildView[]; nextCursor: string | null }> {
  await assertOwnSite(user, siteId);
  const { where, ...args } = pageArgs(page, 'desc');
  const rows = await db.build.findMany({ where: { siteId, ownerId: user.id, ...where }, ...args });
  const { items, nextCursor } = pageOf(rows, page);
  return { builds: items.map(toBuildView), nextCursor };
}

export async function getBuild(user: Owner, siteId: string, buildId: string): Promise<BuildView> {
  const row = await db.build.findFirst({ where: { id: buildId, siteId, ownerId: user.id } });
  if (!row) throw new AppError('NOT_FOUND', 'Build not found');
  return toBuildView(row);
}

// Stops an export that is queued or running. The job checks the status before it starts and again
// before it keeps its ZIP, so a cancelled build never becomes a download (lib/builds/site-export.ts).
// A publish is never cancelled: it runs inside one transaction and takes well under a second.
export async function cancelBuild(user: Owner, siteId: string, buildId: string): Promise<BuildView> {
  const now = new Date();
  const line: BuildLogLine = { at: now.toISOString(), step: 'cancel', message: 'Cancelled by the owner', ms: 0 };
  const cancelled = await db.$executeRaw`
    UPDATE "Build" SET status = 'cancelled', "finishedAt" = ${now}, log = COALESCE(log, '[]'::jsonb) || ${JSON.stringify([line])}::jsonb
    WHERE id = ${buildId} AND "siteId" = ${siteId} AND "ownerId" = ${user.id} AND kind <> 'publish' AND status IN ('queued', 'running')`;
  const build = await getBuild(user, siteId, buildId);
  if (cancelled === 0) {
    throw new AppError(
      'CONFLICT',
      build.kind === 'publish' ? 'A publish cannot be cancelled.' : `This build has already ${build.status === 'cancelled' ? 'been cancelled' : 'finished'}.`,
    );
  }
  return build;
}

type PublishRecord = { siteId: string; ownerId: string; startedAt: Date; log: BuildLog };

// Inside the publish's own transaction: the build is recorded with the version it made, or not at all.
// Returns the build's id.
export async function recordPublishSucceeded(
  tx: Prisma.TransactionClient,
  record: PublishRecord & { versionId: string; versionNumber: number; metrics: BuildMetrics },
): Promise<string> {
  const build = await tx.build.create({
    data: {
      siteId: record.siteId,
      ownerId: record.ownerId,
      requestedById: record.ownerId,
      kind: 'publish',
      status: 'succeeded',
      versionId: record.versionId,
      versionNumber: record.versionNumber,
      log: record.log.lines as unknown as Prisma.InputJsonValue,
      metrics: record.metrics as unknown as Prisma.InputJsonValue,
      createdAt: record.startedAt,
      startedAt: record.startedAt,
      finishedAt: new Date(),
    },
    select: { id: true },
  });
  return build.id;
}

// After a publish failed (nothing went live): the reason in plain words and the log up to there.
export async function recordPublishFailed(record: PublishRecord & { step: string; error: string }) {
  record.log.add(record.step, record.error, 0);
  await db.build.create({
    data: {
      siteId: record.siteId,
      ownerId: record.ownerId,
      requestedById: record.ownerId,
      kind: 'publish',
      status: 'failed',
      log: record.log.lines as unknown as Prisma.InputJsonValue,
      error: record.error,
      createdAt: record.startedAt,
      startedAt: record.startedAt,
      finishedAt: new Date(),
    },
  });
}
