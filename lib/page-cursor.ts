// Cursor pages for lists the API answers a page at a time: rows in (createdAt, id) order, oldest or
// newest first, and an opaque cursor naming the last row of a page. A page continues strictly after
// that row, so walking the pages never repeats or skips a row while others are added.
import { z } from 'zod';
import { AppError } from '@/lib/errors';

// ?limit=1..100 (default 50) and ?cursor= the previous page's nextCursor.
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

export type PageQuery = z.output<typeof pageQuerySchema>;
type Row = { createdAt: Date; id: string };
export type Order = 'asc' | 'desc';

const cursorSchema = z.object({ t: z.iso.datetime(), i: z.string().min(1).max(64) });

const encodeCursor = (row: Row) => Buffer.from(JSON.stringify({ t: row.createdAt.toISOString(), i: row.id })).toString('base64url');

function decodeCursor(cursor: string): Row {
  try {
    const { t, i } = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { createdAt: new Date(t), id: i };
  } catch {
    throw new AppError('INVALID_INPUT', 'That page cursor is not one this API gave out.');
  }
}

// The Prisma `where` and `orderBy` of one page: rows after the cursor in the given order, one more
// than the page holds (so pageOf knows whether another page follows).
export function pageArgs({ limit, cursor }: PageQuery, order: Order) {
  const after = cursor ? decodeCursor(cursor) : null;
  const beyond = order === 'asc' ? { gt: after?.createdAt } : { lt: after?.createdAt };
  const idBeyond = order === 'asc' ? { gt: after?.id } : { lt: after?.id };
  return {
    where: after ? { OR: [{ createdAt: beyond }, { createdAt: after.createdAt, id: idBeyond }] } : {},
    orderBy: [{ createdAt: order }, { id: order }],
    take: limit + 1,
  };
}

export function pageOf<T extends Row>(rows: T[], { limit }: PageQuery): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
