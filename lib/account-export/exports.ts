// "Download my data": starting an export (one at a time per account), its progress, the expiring
// download link, and the sweep that removes expired files. The ZIP itself is built by ./build.ts
// in the account-export job.
import { randomBytes } from 'node:crypto';
import { Prisma, type AccountExport } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { enqueue } from '@/lib/queue';
import { consume, release, retryAfterMs, type Limit } from '@/lib/rate-limit';
import { mediaStorage } from '@/lib/storage/drivers';

export const EXPORT_PARTS = ['account', 'sites', 'leads', 'generations', 'billing', 'domains', 'images', 'builds'] as const;
export const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
// A queued or running export older than this was lost (its job gave up or its instance died):
// it no longer blocks a new one.
const STALE_AFTER_MS = 60 * 60 * 1000;
// Expired and failed exports stay listed this long (the link answers 410, not 404), then go.
const FORGET_AFTER_MS = 30 * 24 * 60 * 60 * 1000;
// Each export reads the whole account and builds a ZIP: a few an hour is plenty for a person.
const startLimit: Limit = { limit: 6, windowMs: 60 * 60 * 1000 };

type ExportStatus = 'queued' | 'running' | 'ready' | 'failed' | 'expired';

// What the owner's browser sees: no storage key, and the link only while it works.
export type ExportView = {
  id: string;
  status: ExportStatus;
  partsDone: number;
  partsTotal: number;
  createdAt: string;
  expiresAt: string | null;
  bytes: number | null;
  downloadUrl: string | null;
};

function toExportView(row: AccountExport, now = new Date()): ExportView {
  const isExpired = row.status === 'expired' || (row.status === 'ready' && row.expiresAt !== null && row.expiresAt <= now);
  const status: ExportStatus = isExpired ? 'expired' : (row.status as ExportStatus);
  return {
    id: row.id,
    status,
    partsDone: row.partsDone,
    partsTotal: row.partsTotal,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    bytes: row.bytes,
    downloadUrl: status === 'ready' ? `/api/account/export/${row.token}` : null,
  };
}

// The account's newest export, or null.
export async function findLatestExport(userId: string): Promise<ExportView | null> {
  const row = await db.accountExport.findFirst({ where: { userId }, orderBy: { createdAt: 'desc' } });
  return row ? toExportView(row) : null;
}

// Starts an export, or returns the one already queued or running (isNew false): one at a time.
export async function requestAccountExport(userId: string): Promise<{ export: ExportView; isNew: boolean }> {
  await db.accountExport.updateMany({
    where: { userId, status: { in: ['queued', 'running'] }, createdAt: { lt: new Date(Date.now() - STALE_AFTER_MS) } },
    data: { status: 'failed', error: 'The export did not finish in time.', finishedAt: new Date() },
  });
  const limitKey = `account-export:${userId}`;
  if (!(await consume(limitKey, startLimit))) {
    throw new AppError('RATE_LIMITED', 'You started several exports in the last hour. Wait a while and try again.', {
      retryAfterSeconds: Math.ceil(retryAfterMs(startLimit) / 1000),
    });
  }
  let row: AccountExport;
  try {
    // The partial unique index on (userId) while queued or running decides, so two requests
    // racing make one export.
    row = await db.accountExport.create({
      data: { userId, partsTotal: EXPORT_PARTS.length, token: randomBytes(32).toString('base64url') },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    // Getting the export already under way is not a new one: it does not count.
    await release(limitKey, startLimit);
    const running = await db.accountExport.findFirst({ where: { userId, status: { in: ['queued', 'running'] } } });
    if (!running) throw new AppError('CONFLICT', 'An export of your data is already being prepared. Wait for it to finish.');
    return { export: toExportView(running), isNew: false };
  }
  try {
    await enqueue('account-export', { exportId: row.id }, { singletonKey: row.id });
  } catch (error) {
    await db.accountExport.update({ where: { id: row.id }, data: { status: 'failed', error: 'Could not be queued.', finishedAt: new Date() } });
    throw error;
  }
  // A new export replaces the earlier ones: their files go now rather than at their expiry.
  await removeExports({ userId, id: { not: row.id }, storageKey: { not: null } }, 'expired');
  return { export: toExportView(row), isNew: true };
}

// The ZIP behind a download link, for its owner only. Another owner's token is 404, an expired
// link 410.
export async function getExportDownload(userId: string, token: string): Promise<{ body: Buffer; createdAt: Date }> {
  const row = await db.accountExport.findFirst({ where: { token, userId } });
  if (!row || (row.status !== 'ready' && row.status !== 'expired')) throw new AppError('NOT_FOUND', 'There is no such download.');
  if (row.status === 'expired' || !row.expiresAt || row.expiresAt <= new Date() || !row.storageKey) {
    throw new AppError('GONE', 'This download link has expired. Start a new export in Settings.');
  }
  const file = await mediaStorage().get(row.storageKey);
  if (!file) throw new AppError('GONE', 'This download link has expired. Start a new export in Settings.');
  return { body: file.body, createdAt: row.createdAt };
}

// Removes the stored files of the exports matched and marks them (expired, or failed).
async function removeExports(where: Prisma.AccountExportWhereInput, status: 'expired' | 'failed'): Promise<number> {
  const rows = await db.accountExport.findMany({ where, select: { id: true, storageKey: true } });
  if (!rows.length) return 0;
  await db.accountExport.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status, storageKey: null } });
  const keys = rows.flatMap((r) => (r.storageKey ? [r.storageKey] : []));
  try {
    await mediaStorage().delete(keys);
  } catch (error) {
    // The rows no longer point at them, so nothing serves these files; they only take space.
    logger.warn({ err: error, files: keys.length }, 'could not remove expired export files');
  }
  return rows.length;
}

// The sweep (hourly, in the account-export job): expired files removed, old rows forgotten.
export async function sweepExports(now = new Date()): Promise<{ expired: number; forgotten: number }> {
  const expired = await removeExports({ status: 'ready', expiresAt: { lte: now } }, 'expired');
  const { count: forgotten } = await db.accountExport.deleteMany({
    where: { status: { in: ['expired', 'failed'] }, createdAt: { lt: new Date(now.getTime() - FORGET_AFTER_MS) } },
  });
  return { expired, forgotten };
}

// The job gave up on it: the owner sees it failed and may start another.
export async function markExportFailed(exportId: string, message: string): Promise<void> {
  await db.accountExport.updateMany({
    where: { id: exportId, status: { in: ['queued', 'running'] } },
    data: { status: 'failed', error: message.slice(0, 500), finishedAt: new Date() },
  });
}
