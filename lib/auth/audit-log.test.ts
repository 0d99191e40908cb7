// The owner's audit log read against the real PostgreSQL: paging by cursor returns every entry
// exactly once, newest first, even when many share a timestamp and new entries arrive while paging;
// another owner's entries and the anonymous ones never appear.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUser } from '@/test/factories';
import { listAuditEntries } from './audit-log';

async function collect(user: { id: string }, take: number, between?: () => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const result = await listAuditEntries(user, { cursor, take });
    seen.push(...result.entries.map((e) => e.id));
    expect(result.entries.length).toBeLessThanOrEqual(take);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    await between?.();
  }
  return seen;
}

describe('listAuditEntries', () => {
  it('pages through every entry once, newest first, with ties on the timestamp, and never shows another owner’s', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    const base = Date.UTC(2026, 0, 10, 12);
    // 53 entries over 9 distinct instants (many ties), and the stranger's at the very same instants.
    const at = (i: number) => new Date(base + (i % 9) * 1000);
    await db.auditLog.createMany({
      data: Array.from({ length: 53 }, (_, i) => ({ userId: owner.id, action: 'signin.success', ip: `10.0.0.${i}`, createdAt: at(i) })),
    });
    await db.auditLog.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ userId: stranger.id, action: 'password.changed', createdAt: at(i) })) });
    await db.auditLog.create({ data: { userId: null, action: 'account.deleted', createdAt: at(3) } });

    const expected = (await db.auditLog.findMany({ where: { userId: owner.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true } })).map(
      (r) => r.id,
    );
    expect(expected).toHaveLength(53);

    for (const take of [1, 7, 20, 53, 100]) {
      const seen = await collect(owner, take);
      expect(seen).toEqual(expected);
    }

    // Newer entries written while the owner pages do not shift the pages: nothing repeats or is skipped.
    let added = 0;
    const seen = await collect(owner, 5, async () => {
      await db.auditLog.create({ data: { userId: owner.id, action: 'session.revoked', createdAt: new Date(base + 60_000 + added++) } });
    });
    expect(seen).toEqual(expected);
    expect(added).toBeGreaterThan(0);

    const strangerIds = new Set((await db.auditLog.findMany({ where: { userId: { not: owner.id } }, select: { id: true } })).map((r) => r.id));
    expect(seen.some((id) => strangerIds.has(id))).toBe(false);
    const first = await listAuditEntries(owner, { take: 100 });
    expect(first.entries.every((e) => e.action !== 'password.changed' && e.action !== 'account.deleted')).toBe(true);
  });

  it('answers the first page for a cursor that is not one, and another owner’s cursor shows only your own entries', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    await db.auditLog.createMany({ data: Array.from({ length: 3 }, () => ({ userId: owner.id, action: 'signin.success' })) });
    await db.auditLog.createMany({ data: Array.from({ length: 3 }, () => ({ userId: stranger.id, action: 'signin.success' })) });
    const first = await listAuditEntries(owner);
    for (const cursor of ['', 'garbage', 'x'.repeat(500), Buffer.from('not-a-date|abc').toString('base64url')]) {
      expect((await listAuditEntries(owner, { cursor })).entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    }
    const strangerPage = await listAuditEntries(stranger, { take: 1 });
    const viaTheirCursor = await listAuditEntries(owner, { cursor: strangerPage.nextCursor });
    expect(viaTheirCursor.entries.every((e) => first.entries.some((mine) => mine.id === e.id))).toBe(true);
  });
});
