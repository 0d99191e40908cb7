// The owner's own audit log, newest first, a page at a time. Owner-scoped in the query: another
// owner's entries (and the anonymous "account deleted" rows) never match. Paged by a cursor, the
// last entry's (createdAt, id), not an offset: entries written while the owner reads do not shift
// the next page, so no entry is shown twice or skipped.
import { db } from '@/lib/db';
import type { AuditAction } from './audit';

export const AUDIT_PAGE_SIZE = 20;

export type AuditEntry = {
  id: string;
  action: AuditAction | (string & {});
  ip: string;
  userAgent: string;
  meta: Record<string, unknown>;
  createdAt: Date;
};

export type AuditPage = { entries: AuditEntry[]; nextCursor: string | null };

type Cursor = { createdAt: Date; id: string };

function encodeCursor({ createdAt, id }: Cursor): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

// A cursor is the owner's own bookmark in a URL: anything that does not decode is no cursor.
function decodeCursor(value: string | null | undefined): Cursor | null {
  if (!value || value.length > 200) return null;
  const [iso, id, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (rest.length > 0 || !id || !/^[a-z0-9]{1,64}$/i.test(id) || Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, id };
}

export async function listAuditEntries(user: { id: string }, opts: { cursor?: string | null; take?: number } = {}): Promise<AuditPage> {
  const take = Math.min(Math.max(opts.take ?? AUDIT_PAGE_SIZE, 1), 100);
  const after = decodeCursor(opts.cursor);
  const rows = await db.auditLog.findMany({
    where: {
      userId: user.id,
      ...(after && { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
    select: { id: true, action: true, ip: true, userAgent: true, meta: true, createdAt: true },
  });
  const entries = rows.slice(0, take).map((row) => ({
    ...row,
    meta: row.meta && typeof row.meta === 'object' && !Array.isArray(row.meta) ? (row.meta as Record<string, unknown>) : {},
  }));
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > take && last ? encodeCursor(last) : null };
}
