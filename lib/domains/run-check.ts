// Runs the DNS check of one domain and records what it found: pending -> verifying while records
// are missing or wrong, re-checked in the background with growing delays (1, 2, 5, 10, 15 and 30
// minutes, then hourly, as DOMAINS_RECHECK_FIRST_MS scales them) for 72 hours, then failed;
// active once ownership (TXT) and routing are both right, which requests its certificate. Each
// background check of a connecting domain queues the next one for when it is due. An active domain
// is checked again once a day, so the page tells the owner when its records were changed away from
// us. The owner's "Check now" runs the same check at once.
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { consume } from '@/lib/rate-limit';
import { enqueue } from '@/lib/queue';
import { requestCertificate } from './certificates';
import { checkDns, dnsCheckConfig, type DnsCheck, type DnsCheckConfig, type Finding } from './check-dns';
import { zoneNamesFor } from './hostname';
import { afterDomainChange } from './mutations';

const MINUTE_MS = 60_000;
// The waits between background checks, in units of the first: with a first wait of a minute,
// 1, 2, 5, 10, 15 and 30 minutes, then hourly.
const DELAY_STEPS = [1, 2, 5, 10, 15, 30];
const LAST_STEP = 60;
export const CHECK_WINDOW_MS = 72 * 60 * MINUTE_MS;
export const ACTIVE_RECHECK_MS = 24 * 60 * MINUTE_MS;

// The wait after the attempts-th background check (1 = after the first).
export function nextCheckDelayMs(attempts: number, firstMs: number = env.DOMAINS_RECHECK_FIRST_MS): number {
  return (DELAY_STEPS[attempts - 1] ?? LAST_STEP) * firstMs;
}

// How long background checks have been trying after `attempts` of them, on schedule. The window is
// counted in checks made rather than wall-clock time, so checks the workers could not run (an
// outage) do not count against the owner.
export function checkingTimeMs(attempts: number): number {
  let total = 0;
  for (let i = 1; i < attempts; i++) total += nextCheckDelayMs(i);
  return total;
}

type DomainRow = NonNullable<Awaited<ReturnType<typeof db.domain.findUnique>>>;

const json = (findings: Finding[]) => findings as unknown as Prisma.InputJsonValue;

function isVerifiedHostnameClash(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

function isRowGone(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025';
}

// Queues the background check of a connecting domain for its nextCheckAt. The job carries that time
// (dueAt), so a copy that finds the domain rescheduled since does nothing. Should the queue be
// unreachable, the every-minute sweep (queueDueChecks) still finds the domain when it is due.
async function queueScheduledCheck(domain: { id: string; status: string; nextCheckAt: Date | null }): Promise<void> {
  if (!domain.nextCheckAt || (domain.status !== 'pending' && domain.status !== 'verifying')) return;
  await enqueue(
    'domain-check',
    { domainId: domain.id, dueAt: domain.nextCheckAt.toISOString() },
    { singletonKey: domain.id, startAfter: domain.nextCheckAt },
  ).catch((error: unknown) => logger.warn({ err: error, domainId: domain.id }, 'could not queue the next domain check'));
}

// The nameservers the domain is meant to be delegated to: those of the owner's zone holding it
// (the most specific one, as DNS delegates), when we know them (a Cloudflare zone, a registration).
async function zoneNameserversOf(domain: { id: string; ownerId: string; hostname: string }): Promise<string[]> {
  const names = zoneNamesFor(domain.hostname);
  const zones = await db.dNSZone.findMany({
    where: { ownerId: domain.ownerId, OR: [{ domainId: domain.id }, { name: { in: names } }], nameservers: { isEmpty: false } },
    select: { name: true, nameservers: true },
  });
  const rank = (name: string) => (names.includes(name) ? names.indexOf(name) : names.length);
  return zones.sort((a, b) => rank(a.name) - rank(b.name))[0]?.nameservers ?? [];
}

// dueAt: the nextCheckAt a scheduled background check was queued for.
export type CheckOptions = { isManual?: boolean; now?: Date; config?: DnsCheckConfig; check?: DnsCheck; dueAt?: Date };

// Checks the domain and stores the outcome; null when nothing was stored: the domain is gone
// (removed meanwhile), or, for a background check, another check or a change of schedule came first
// (then the domain's own next check is queued instead, so the chain of checks goes on).
export async function runDomainCheck(domainId: string, options: CheckOptions = {}): Promise<DomainRow | null> {
  const domain = await db.domain.findUnique({ where: { id: domainId } });
  if (!domain) return null;
  if (options.dueAt && domain.nextCheckAt?.getTime() !== options.dueAt.getTime()) {
    await queueScheduledCheck(domain);
    return null;
  }
  const now = options.now ?? new Date();
  const check = options.check ?? (await checkDns({ ...domain, zoneNameservers: await zoneNameserversOf(domain) }, options.config ?? dnsCheckConfig()));
  const isManual = options.isManual ?? false;
  // "Check now" on a domain that gave up starts a new 72-hour window.
  const attemptsBefore = isManual && domain.status === 'failed' ? 0 : domain.checkAttempts;
  const attempts = isManual ? attemptsBefore : attemptsBefore + 1;
  const verifiedAt = check.isOwnershipProven ? (domain.verifiedAt ?? now) : domain.verifiedAt;

  let status: string;
  let nextCheckAt: Date | null;
  if (check.isOwnershipProven && check.isRoutingOk) {
    status = 'active';
    nextCheckAt = new Date(now.getTime() + ACTIVE_RECHECK_MS);
  } else if (domain.status === 'active') {
    // Once active it stays served; the findings tell the owner what changed since.
    status = 'active';
    nextCheckAt = new Date(now.getTime() + ACTIVE_RECHECK_MS);
  } else if (!isManual && checkingTimeMs(attempts) >= CHECK_WINDOW_MS) {
    status = 'failed';
    nextCheckAt = null;
  } else {
    status = 'verifying';
    nextCheckAt =
      isManual && domain.status !== 'failed' && domain.nextCheckAt ? domain.nextCheckAt : new Date(now.getTime() + nextCheckDelayMs(Math.max(attempts, 1)));
  }

  let updated: DomainRow;
  try {
    updated = await db.domain.update({
      // A background check stores its outcome only on the schedule it read: two at once (a retry, the
      // sweep's copy) store one outcome and count one attempt.
      where: isManual ? { id: domain.id } : { id: domain.id, nextCheckAt: domain.nextCheckAt },
      data: { status, verifiedAt, nextCheckAt, lastCheckedAt: now, checkAttempts: attempts, checkFindings: json(check.findings) },
    });
  } catch (error) {
    if (isRowGone(error)) {
      const current = await db.domain.findUnique({ where: { id: domain.id } });
      if (current) await queueScheduledCheck(current);
      return null;
    }
    if (!isVerifiedHostnameClash(error)) throw error;
    // Another owner verified this hostname first (the partial unique index on verified hostnames).
    const findings: Finding[] = [{ code: 'HOSTNAME_TAKEN', name: domain.hostname }];
    updated = await db.domain.update({
      where: { id: domain.id },
      data: { status: 'failed', nextCheckAt: null, lastCheckedAt: now, checkAttempts: attempts, checkFindings: json(findings) },
    });
  }

  if (updated.nextCheckAt?.getTime() !== domain.nextCheckAt?.getTime()) await queueScheduledCheck(updated);
  if (updated.status !== domain.status) await afterDomainChange(domain.hostname, 'status');
  if (updated.status === 'active' && domain.status !== 'active') {
    // The certificate is issued by its own job; a failure to queue it must not undo the check.
    await requestCertificate(domain.id).catch((error: unknown) => logger.error({ err: error, domainId: domain.id }, 'could not request a certificate'));
  }
  return updated;
}

// The owner's "Check now": at most 20 a minute per owner, so a held-down key cannot flood the resolver.
export async function checkDomainNow(user: { id: string }, domainId: string): Promise<DomainRow> {
  const owned = await db.domain.findFirst({ where: { id: domainId, ownerId: user.id }, select: { id: true } });
  if (!owned) throw new AppError('NOT_FOUND', 'Domain not found');
  if (!(await consume(`domain-check:${user.id}`, { limit: 20, windowMs: MINUTE_MS }))) {
    throw new AppError('RATE_LIMITED', 'Too many checks at once. Wait a minute and check again.');
  }
  const updated = await runDomainCheck(owned.id, { isManual: true });
  if (!updated) throw new AppError('NOT_FOUND', 'Domain not found');
  return updated;
}

// The periodic sweep (the domain-check job's schedule): a check job for each domain whose next
// check is due (connecting ones, and active ones once a day), oldest first; a domain whose job is
// still waiting is not queued twice.
export async function queueDueChecks(now: Date = new Date(), limit = 500): Promise<number> {
  const due = await db.domain.findMany({
    where: { status: { in: ['pending', 'verifying', 'active'] }, nextCheckAt: { lte: now } },
    orderBy: { nextCheckAt: 'asc' },
    take: limit,
    select: { id: true, nextCheckAt: true },
  });
  for (const { id, nextCheckAt } of due) await enqueue('domain-check', { domainId: id, dueAt: nextCheckAt!.toISOString() }, { singletonKey: id });
  return due.length;
}
