// Reads of an owner's custom domains, scoped in the query: another owner's id answers NOT_FOUND.
// A domain is shown with the records to create and the last check's findings (codes the page
// words in the owner's language).
import { domainToUnicode } from 'node:url';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { getEntitlements } from '@/lib/billing/entitlements';
import { AppError } from '@/lib/errors';
import { requiredRecords, type Finding, type RequiredRecord } from './check-dns';

type Owner = { id: string };

export type DomainStatus = 'pending' | 'verifying' | 'active' | 'failed';

export type DomainView = {
  id: string;
  hostname: string;
  displayHostname: string; // Unicode, as the owner typed it (punycode stored)
  withWww: boolean;
  status: DomainStatus;
  site: { id: string; name: string };
  records: RequiredRecord[];
  findings: Finding[];
  checkAttempts: number;
  verifiedAt: string | null;
  lastCheckedAt: string | null;
  nextCheckAt: string | null;
  createdAt: string;
  settings: { httpsRedirect: boolean; wwwRedirect: 'none' | 'to-apex' | 'to-www'; hsts: boolean; hstsMaxAge: number; cacheTtl: number };
};

const include = { site: { select: { id: true, name: true } }, settings: true } as const;

type Row = Prisma.DomainGetPayload<{ include: typeof include }>;

const statuses: readonly DomainStatus[] = ['pending', 'verifying', 'active', 'failed'];
const wwwRedirects = ['none', 'to-apex', 'to-www'] as const;

function toView(row: Row): DomainView {
  const settings = row.settings;
  const wwwRedirect = wwwRedirects.find((v) => v === settings?.wwwRedirect) ?? 'none';
  return {
    id: row.id,
    hostname: row.hostname,
    displayHostname: domainToUnicode(row.hostname) || row.hostname,
    withWww: row.withWww,
    status: statuses.find((s) => s === row.status) ?? 'pending',
    site: row.site,
    records: requiredRecords(row),
    findings: Array.isArray(row.checkFindings) ? (row.checkFindings as unknown as Finding[]) : [],
    checkAttempts: row.checkAttempts,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    nextCheckAt: row.nextCheckAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    settings: {
      httpsRedirect: settings?.httpsRedirect ?? true,
      wwwRedirect: row.withWww ? wwwRedirect : 'none',
      hsts: settings?.hsts ?? false,
      hstsMaxAge: settings?.hstsMaxAge ?? 31_536_000,
      cacheTtl: settings?.cacheTtl ?? 300,
    },
  };
}

export async function listDomains(user: Owner): Promise<DomainView[]> {
  const rows = await db.domain.findMany({ where: { ownerId: user.id }, include, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map(toView);
}

// One page of the owner's domains for the API, oldest first, keyed by (createdAt, id) so a page never
// repeats or skips a domain while others are added. The cursor is opaque to callers.
export const domainPageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

const cursorSchema = z.object({ t: z.iso.datetime(), i: z.string().min(1).max(64) });
const encodeCursor = (row: { createdAt: Date; id: string }) => Buffer.from(JSON.stringify({ t: row.createdAt.toISOString(), i: row.id })).toString('base64url');
function decodeCursor(cursor: string): { t: string; i: string } {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('INVALID_INPUT', 'That page cursor is not one this API gave out.', { field: 'cursor' });
  }
}

export async function listDomainsPage(user: Owner, input: z.input<typeof domainPageSchema>): Promise<{ domains: DomainView[]; nextCursor: string | null }> {
  const { limit, cursor } = domainPageSchema.parse(input);
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await db.domain.findMany({
    where: {
      ownerId: user.id,
      ...(after ? { OR: [{ createdAt: { gt: new Date(after.t) } }, { createdAt: new Date(after.t), id: { gt: after.i } }] } : {}),
    },
    include,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  return { domains: page.map(toView), nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null };
}

export async function getDomain(user: Owner, domainId: string): Promise<DomainView> {
  const row = await db.domain.findFirst({ where: { id: domainId, ownerId: user.id }, include });
  if (!row) throw new AppError('NOT_FOUND', 'Domain not found');
  return toView(row);
}

export type DomainAllowance = { allowed: number; used: number; isAtLimit: boolean; plan: string };

export async function domainAllowance(user: Owner): Promise<DomainAllowance> {
  const [{ plan }, used] = await Promise.all([getEntitlements(user.id), db.domain.count({ where: { ownerId: user.id } })]);
  return { allowed: plan.limits.customDomains, used, isAtLimit: used >= plan.limits.customDomains, plan: plan.id };
}
