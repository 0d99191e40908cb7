// Connecting a domain, on the real database: adding one (normalised, plan limit under a lock, one
// owner per verified hostname), scoping by owner, settings, the check's states and backoff, the
// sweep, and the domain-check job running a check through the queue.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { cancelJob, listJobs } from '@/lib/queue';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';
import { startTestQueue } from '@/test/queue';
import { dnsRecords } from '@/test/stand-ins/dns';
import { domainCheck } from '@/lib/jobs/domain-check';
import type { DnsCheck } from './check-dns';
import { addDomain, removeDomain, updateDomainSettings } from './mutations';
import { domainAllowance, getDomain, listDomains, listDomainsPage } from './queries';
import { ACTIVE_RECHECK_MS, CHECK_WINDOW_MS, checkDomainNow, checkingTimeMs, nextCheckDelayMs, queueDueChecks, runDomainCheck } from './run-check';

let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  // enqueue() lands in a schema of this file's own; no workers run here.
  queue = await startTestQueue();
});

afterAll(async () => {
  await queue?.stop();
});

async function owner(plan: 'free' | 'pro' | 'business' = 'pro') {
  const user = await createUser();
  if (plan !== 'free') await subscribe(user.id, plan);
  const site = await createSite(user, { name: 'Padaria', document: testDocument() });
  return { user, site };
}

const host = (prefix = 'padaria') => `${prefix}-${randomUUID().slice(0, 8)}.com.br`;
const passed: DnsCheck = { isOwnershipProven: true, isRoutingOk: true, findings: [{ code: 'OK', name: 'x' }] };
const missing: DnsCheck = { isOwnershipProven: false, isRoutingOk: false, findings: [{ code: 'TXT_MISSING', name: 'x' }] };

async function rejection(promise: Promise<unknown>): Promise<{ code: string; details?: unknown }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof AppError) return { code: error.code, details: error.details };
  if (error && typeof error === 'object' && 'issues' in error) return { code: 'ZOD' };
  throw new Error(`expected a refusal, got ${String(error)}`);
}

describe('listDomainsPage', () => {
  it('pages through the owner’s domains in order, never repeating or skipping one, and refuses a forged cursor', async () => {
    const { user, site } = await owner('business');
    const other = await owner('business');
    await addDomain(other.user, { siteId: other.site.id, hostname: host('other') });
    for (let i = 0; i < 5; i++) await addDomain(user, { siteId: site.id, hostname: host(`page${i}`) });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listDomainsPage(user, { limit: 2, cursor });
      seen.push(...page.domains.map((d) => d.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual((await listDomains(user)).map((d) => d.id));
    expect(await rejection(listDomainsPage(user, { cursor: 'bm90IGEgY3Vyc29y' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await rejection(listDomainsPage(user, { limit: 0 }))).toEqual({ code: 'ZOD' });
    expect(await rejection(listDomainsPage(user, { limit: 1000 }))).toEqual({ code: 'ZOD' });
  });
});

describe('addDomain', () => {
  it('stores what the owner typed as a normalised hostname, pending, with a token, settings and a first check queued', async () => {
    const { user, site } = await owner();
    const name = host();
    const domain = await addDomain(user, { siteId: site.id, hostname: `https://WWW.${name.toUpperCase()}/loja?x=1` });
    expect(domain).toMatchObject({ hostname: name, withWww: true, status: 'pending', ownerId: user.id, siteId: site.id, checkAttempts: 0 });
    expect(domain.verificationToken).toMatch(/^pm-verify-[0-9a-f]{32}$/);
    const view = await getDomain(user, domain.id);
    expect(view.settings).toEqual({ httpsRedirect: true, wwwRedirect: 'to-apex', hsts: false, hstsMaxAge: 31_536_000, cacheTtl: 300 });
    expect(view.records.map((r) => r.type)).toEqual(['TXT', 'A', 'CNAME']);
    const jobs = await listJobs({ name: 'domain-check', key: domain.id, limit: 5 });
    expect(jobs.map((j) => j.state)).toEqual(['created']);
  });

  it('refuses bad hostnames with their reason and creates nothing', async () => {
    const { user, site } = await owner();
    for (const [typed, reason] of [
      ['192.168.1.1', 'IP_ADDRESS'],
      ['com.br', 'PUBLIC_SUFFIX'],
      ['padaria', 'SINGLE_LABEL'],
      ['x.localhost', 'RESERVED'],
      ['bad_name.example.com', 'INVALID'],
    ]) {
      expect(await rejection(addDomain(user, { siteId: site.id, hostname: typed }))).toEqual({ code: 'HOSTNAME_INVALID', details: { reason } });
    }
    expect(await rejection(addDomain(user, { siteId: site.id, hostname: 'x'.repeat(3000) }))).toEqual({ code: 'ZOD' });
    expect(await db.domain.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it('refuses another owner’s site and a duplicate', async () => {
    const a = await owner();
    const b = await owner();
    expect(await rejection(addDomain(b.user, { siteId: a.site.id, hostname: host() }))).toMatchObject({ code: 'NOT_FOUND' });
    const name = host();
    await addDomain(a.user, { siteId: a.site.id, hostname: name });
    expect(await rejection(addDomain(a.user, { siteId: a.site.id, hostname: `www.${name}` }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('holds the plan limit when adds race: Pro allows 3 of 8 concurrent adds, Free none', async () => {
    const { user, site } = await owner('pro');
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => addDomain(user, { siteId: site.id, hostname: host('race') })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as AppError).code).toBe('PLAN_LIMIT');
    expect(await db.domain.count({ where: { ownerId: user.id } })).toBe(3);
    expect(await domainAllowance(user)).toEqual({ allowed: 3, used: 3, isAtLimit: true, plan: 'pro' });

    const free = await owner('free');
    expect(await rejection(addDomain(free.user, { siteId: free.site.id, hostname: host() }))).toMatchObject({
      code: 'PLAN_LIMIT',
      details: { limit: 'customDomains', allowed: 0, plan: 'free' },
    });
  });

  it('refuses a hostname another owner has verified, and frees it when they remove it', async () => {
    const a = await owner();
    const b = await owner();
    const name = host();
    const mine = await addDomain(a.user, { siteId: a.site.id, hostname: name });
    // Before verification anyone may try (the TXT decides who owns it).
    const theirs = await addDomain(b.user, { siteId: b.site.id, hostname: name });
    await runDomainCheck(mine.id, { check: passed });
    expect((await getDomain(a.user, mine.id)).status).toBe('active');
    const c = await owner();
    expect(await rejection(addDomain(c.user, { siteId: c.site.id, hostname: `https://www.${name}` }))).toMatchObject({ code: 'HOSTNAME_TAKEN' });
    // B proving the TXT too cannot take it: the partial unique index refuses the second verification.
    const after = await runDomainCheck(theirs.id, { check: passed });
    expect(after).toMatchObject({ status: 'failed', verifiedAt: null, checkFindings: [{ code: 'HOSTNAME_TAKEN', name }] });

    await removeDomain(a.user, mine.id);
    expect(await db.domain.findUnique({ where: { id: mine.id } })).toBeNull();
    const retried = await runDomainCheck(theirs.id, { check: passed, isManual: true });
    expect(retried?.status).toBe('active');
  });

  it('only one of two owners verifying the same hostname at once wins', async () => {
    const name = host();
    const owners = await Promise.all([owner(), owner()]);
    const domains = await Promise.all(owners.map((o) => addDomain(o.user, { siteId: o.site.id, hostname: name })));
    const results = await Promise.all(domains.map((d) => runDomainCheck(d.id, { check: passed })));
    expect(results.map((r) => r?.status).sort()).toEqual(['active', 'failed']);
    expect(await db.domain.count({ where: { hostname: name, verifiedAt: { not: null } } })).toBe(1);
  });
});

describe('owner scoping', () => {
  it('answers another owner’s domain id with NOT_FOUND everywhere and changes nothing', async () => {
    const a = await owner();
    const b = await owner();
    const domain = await addDomain(a.user, { siteId: a.site.id, hostname: host() });
    expect(await rejection(getDomain(b.user, domain.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(removeDomain(b.user, domain.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(updateDomainSettings(b.user, domain.id, { hsts: true }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(checkDomainNow(b.user, domain.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await listDomains(b.user)).toEqual([]);
    const unchanged = await db.domain.findUniqueOrThrow({ where: { id: domain.id }, include: { settings: true } });
    expect(unchanged).toMatchObject({ status: 'pending', lastCheckedAt: null, settings: { hsts: false } });
  });
});

describe('updateDomainSettings', () => {
  it('changes what is sent, validates it, and keeps www redirects to apex domains', async () => {
    const { user, site } = await owner();
    const apex = await addDomain(user, { siteId: site.id, hostname: host() });
    await updateDomainSettings(user, apex.id, { hsts: true, hstsMaxAge: 600, wwwRedirect: 'to-www', cacheTtl: 0 });
    expect((await getDomain(user, apex.id)).settings).toEqual({ httpsRedirect: true, wwwRedirect: 'to-www', hsts: true, hstsMaxAge: 600, cacheTtl: 0 });
    for (const bad of [{}, { cacheTtl: -1 }, { cacheTtl: 90_000 }, { hsts: 'yes' }, { wwwRedirect: 'sideways' }, { ownerId: 'x' }]) {
      expect(await rejection(updateDomainSettings(user, apex.id, bad))).toEqual({ code: 'ZOD' });
    }
    const sub = await addDomain(user, { siteId: site.id, hostname: `loja.${host()}` });
    expect((await getDomain(user, sub.id)).settings.wwwRedirect).toBe('none');
    expect(await rejection(updateDomainSettings(user, sub.id, { wwwRedirect: 'to-apex' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await getDomain(user, apex.id)).settings.cacheTtl).toBe(0);
  });
});

describe('checks', () => {
  it('backs off quickly at first, then hourly, and gives up after 72 hours of checks', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => nextCheckDelayMs(n) / 60_000)).toEqual([1, 2, 5, 10, 15, 30, 60, 60]);
    const last = Array.from({ length: 200 }, (_, i) => i + 1).find((n) => checkingTimeMs(n) >= CHECK_WINDOW_MS)!;
    expect(checkingTimeMs(last - 1)).toBeLessThan(CHECK_WINDOW_MS);
    expect(last).toBe(78);
  });

  it('scales the whole schedule by the first wait (DOMAINS_RECHECK_FIRST_MS; the e2e server sets 100)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => nextCheckDelayMs(n, 100))).toEqual([100, 200, 500, 1000, 1500, 3000, 6000, 6000]);
    expect([1, 7].map((n) => nextCheckDelayMs(n, 60_000))).toEqual([nextCheckDelayMs(1), nextCheckDelayMs(7)]);
  });

  it('queues the next background check for when it is due; a copy that finds the domain rescheduled stores nothing and queues the new time', async () => {
    const { user, site } = await owner();
    const domain = await addDomain(user, { siteId: site.id, hostname: host() });
    // The first check, queued by addDomain, is run here by hand: no workers in this file.
    const [first] = await listJobs({ name: 'domain-check', key: domain.id, limit: 5 });
    expect(first).toMatchObject({ state: 'created', data: { domainId: domain.id } });
    expect(await cancelJob(first!.id)).toBe(true);

    const now = new Date();
    const checked = await runDomainCheck(domain.id, { check: missing, now });
    const dueAt = new Date(now.getTime() + 60_000);
    expect(checked).toMatchObject({ status: 'verifying', checkAttempts: 1, nextCheckAt: dueAt });
    const [next] = await listJobs({ name: 'domain-check', key: domain.id, state: 'created', limit: 5 });
    expect(next).toMatchObject({ data: { domainId: domain.id, dueAt: dueAt.toISOString() }, startAfter: dueAt });

    // The schedule moves before that job runs (here by hand, as a test or an operator could).
    const moved = new Date(now.getTime() + 3_600_000);
    await db.domain.update({ where: { id: domain.id }, data: { nextCheckAt: moved } });
    expect(await cancelJob(next!.id)).toBe(true);
    expect(
      await domainCheck.handle({ domainId: domain.id, dueAt: dueAt.toISOString() }, { id: 'j', attempt: 1, signal: new AbortController().signal }),
    ).toEqual({
      skipped: 'The domain was removed, or checked and rescheduled since.',
    });
    expect(await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).toMatchObject({ checkAttempts: 1, lastCheckedAt: now, nextCheckAt: moved });
    const [requeued] = await listJobs({ name: 'domain-check', key: domain.id, state: 'created', limit: 5 });
    expect(requeued).toMatchObject({ data: { domainId: domain.id, dueAt: moved.toISOString() }, startAfter: moved });

    // On time, it checks.
    const onTime = await runDomainCheck(domain.id, { check: missing, now: moved, dueAt: moved });
    expect(onTime).toMatchObject({ status: 'verifying', checkAttempts: 2, nextCheckAt: new Date(moved.getTime() + 2 * 60_000) });
  });

  it('never loses a check when two background checks of a domain run at once: each stored outcome counts one attempt', async () => {
    const { user, site } = await owner('business');
    const domains = await Promise.all([1, 2, 3, 4].map(() => addDomain(user, { siteId: site.id, hostname: host() })));
    const now = new Date();
    const stored = await Promise.all(
      domains.map(async (domain) => {
        const results = await Promise.all([runDomainCheck(domain.id, { check: missing, now }), runDomainCheck(domain.id, { check: missing, now })]);
        return results.filter((r) => r !== null).length;
      }),
    );
    // Two that read the same row store one outcome (the second finds the schedule moved); two that
    // ran one after the other store two. Either way the attempts match.
    const rows = await db.domain.findMany({ where: { id: { in: domains.map((d) => d.id) } } });
    expect(domains.map((d) => rows.find((r) => r.id === d.id)!.checkAttempts)).toEqual(stored);
  });

  it('moves pending -> verifying with the next check scheduled, then failed at the end of the window; Check now starts again', async () => {
    const { user, site } = await owner();
    const domain = await addDomain(user, { siteId: site.id, hostname: host() });
    const now = new Date('2026-12-04T12:00:00Z');
    const first = await runDomainCheck(domain.id, { check: missing, now });
    expect(first).toMatchObject({ status: 'verifying', checkAttempts: 1, lastCheckedAt: now, nextCheckAt: new Date(now.getTime() + 60_000) });
    const second = await runDomainCheck(domain.id, { check: missing, now });
    expect(second).toMatchObject({ checkAttempts: 2, nextCheckAt: new Date(now.getTime() + 2 * 60_000) });
    // A manual check does not count against the window nor move the schedule.
    const manual = await runDomainCheck(domain.id, { check: missing, now, isManual: true });
    expect(manual).toMatchObject({ checkAttempts: 2, nextCheckAt: second!.nextCheckAt });

    await db.domain.update({ where: { id: domain.id }, data: { checkAttempts: 76 } });
    expect(await runDomainCheck(domain.id, { check: missing, now })).toMatchObject({ status: 'verifying', checkAttempts: 77 });
    expect(await runDomainCheck(domain.id, { check: missing, now })).toMatchObject({ status: 'failed', checkAttempts: 78, nextCheckAt: null });
    const restarted = await runDomainCheck(domain.id, { check: missing, now, isManual: true });
    expect(restarted).toMatchObject({ status: 'verifying', checkAttempts: 0, nextCheckAt: new Date(now.getTime() + 60_000) });
  });

  it('turns active when the DNS is right, requests its certificate, and stays active afterwards', async () => {
    const { user, site } = await owner();
    const domain = await addDomain(user, { siteId: site.id, hostname: host() });
    const now = new Date();
    const active = await runDomainCheck(domain.id, { check: passed, now });
    // Checked again in a day: the owner hears when the records are changed away from us.
    expect(active).toMatchObject({ status: 'active', nextCheckAt: new Date(now.getTime() + ACTIVE_RECHECK_MS) });
    expect(active?.verifiedAt).toBeInstanceOf(Date);
    const cert = await db.certificateInfo.findFirst({ where: { domainId: domain.id } });
    expect(cert).toMatchObject({ status: 'pending', hostnames: [domain.hostname, `www.${domain.hostname}`] });
    await db.domain.update({ where: { id: domain.id }, data: { nextCheckAt: new Date(Date.now() - 1000) } });
    expect(await queueDueChecks()).toBeGreaterThanOrEqual(1);
    expect(await listJobs({ name: 'domain-check', key: domain.id, limit: 5 })).toHaveLength(1);
    const later = await runDomainCheck(domain.id, { check: missing, now });
    expect(later).toMatchObject({ status: 'active', checkFindings: missing.findings, nextCheckAt: new Date(now.getTime() + ACTIVE_RECHECK_MS) });
  });

  it('Check now checks through the real DNS stand-in at once: named findings, then active; 20 a minute per owner', async () => {
    const { user, site } = await owner();
    const name = `now-${randomUUID().slice(0, 8)}.example.test`;
    const domain = await addDomain(user, { siteId: site.id, hostname: name });
    const dns = dnsRecords();
    const first = await checkDomainNow(user, domain.id);
    expect(first).toMatchObject({ status: 'verifying', checkAttempts: 0, checkFindings: [{ code: 'TXT_MISSING', name: `_pagemagic.${name}` }] });
    await dns.setTxt(`_pagemagic.${name}`, domain.verificationToken);
    expect(await checkDomainNow(user, domain.id)).toMatchObject({ status: 'active', checkFindings: [{ code: 'OK' }] });
    for (let i = 3; i <= 20; i++) await checkDomainNow(user, domain.id);
    expect(await rejection(checkDomainNow(user, domain.id))).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('checks through the real DNS stand-in when run as the domain-check job, and the sweep queues due domains', async () => {
    const { user, site } = await owner();
    const name = `${randomUUID().slice(0, 8)}.example.test`;
    const domain = await addDomain(user, { siteId: site.id, hostname: name });
    const dns = dnsRecords();
    // The stand-in answers 127.0.0.1 (npm test's DOMAINS_A) for any name: only the TXT is missing.
    expect(await domainCheck.handle({ domainId: domain.id }, { id: 'j', attempt: 1, signal: new AbortController().signal })).toEqual({
      status: 'verifying',
      findings: ['TXT_MISSING'],
    });
    await dns.setTxt(`_pagemagic.${name}`, domain.verificationToken);
    expect(await domainCheck.handle({ domainId: domain.id }, { id: 'j', attempt: 1, signal: new AbortController().signal })).toEqual({
      status: 'active',
      findings: ['OK'],
    });
    expect(await domainCheck.handle({ domainId: 'gone' }, { id: 'j', attempt: 1, signal: new AbortController().signal })).toEqual({
      skipped: 'The domain was removed.',
    });

    const due = await addDomain(user, { siteId: site.id, hostname: host() });
    await db.domain.update({ where: { id: due.id }, data: { nextCheckAt: new Date(Date.now() - 1000) } });
    const notDue = await addDomain(user, { siteId: site.id, hostname: host() });
    await db.domain.update({ where: { id: notDue.id }, data: { nextCheckAt: new Date(Date.now() + 3_600_000) } });
    expect(await queueDueChecks()).toBeGreaterThanOrEqual(1);
    expect(await listJobs({ name: 'domain-check', key: due.id, limit: 5 })).toHaveLength(1);
    expect((await listJobs({ name: 'domain-check', key: notDue.id, limit: 5 })).length).toBeLessThanOrEqual(1);
  });
});
