// Changing a site's address against the real PostgreSQL: the old address redirects for 30 days and
// is then free, the history stays, two changes racing for one label leave one winner, a refusal
// changes nothing, and host routing on this instance (and, through NOTIFY, on others) follows at once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listenForPublishes } from '@/lib/publish/serve';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';
import { routeHost } from './hosts';
import { changeSiteAddress, checkSiteAddress } from './site-address';

const DAY_MS = 86_400_000;
let stopListening: () => Promise<void>;

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

async function newSite(owner: { id: string }, slug = unique('addr')) {
  return createSite(owner, { name: 'Address test', document: testDocument(), slug });
}

// On Business, so an owner may have several sites.
async function createOwner() {
  const user = await createUser();
  await subscribe(user.id, 'business');
  return user;
}

async function snapshot(siteId: string) {
  const site = await db.site.findUniqueOrThrow({ where: { id: siteId }, select: { slug: true } });
  const rows = await db.subdomain.findMany({ where: { siteId }, orderBy: { createdAt: 'asc' }, select: { label: true, redirectUntil: true } });
  return { slug: site.slug, rows };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'OK',
    (error: unknown) => (error as { code?: string }).code ?? String(error),
  );
}

beforeAll(async () => {
  stopListening = listenForPublishes();
  await new Promise((r) => setTimeout(r, 300)); // let the listener connect
});

afterAll(async () => {
  await stopListening();
});

describe('changeSiteAddress', () => {
  it('moves the site to the new address at once; the old one redirects for 30 days; the history stays', async () => {
    const owner = await createOwner();
    const site = await newSite(owner);
    const [first, second] = [unique('first'), unique('second')];
    // Looked up (and cached) before the change, as a visitor would have.
    expect(await routeHost(`${site.slug}.localhost`)).toEqual({ kind: 'site', slug: site.slug, siteId: site.id });
    expect((await routeHost(`${first}.localhost`)).kind).toBe('unknown');

    const before = Date.now();
    const changed = await changeSiteAddress(owner, site.id, first);
    expect(changed.slug).toBe(first);
    expect(changed.previous).toBe(site.slug);
    const until = changed.redirectUntil!.getTime();
    expect(until).toBeGreaterThanOrEqual(before + 30 * DAY_MS);
    expect(until).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS);

    expect(await routeHost(`${first}.localhost`)).toEqual({ kind: 'site', slug: first, siteId: site.id });
    expect(await routeHost(`${site.slug}.localhost:3000`)).toEqual({ kind: 'moved', slug: first });

    await changeSiteAddress(owner, site.id, second);
    const after = await snapshot(site.id);
    expect(after.slug).toBe(second);
    expect(after.rows.map((r) => r.label)).toEqual([site.slug, first]);
    // Both old addresses now lead to the newest one.
    expect(await routeHost(`${site.slug}.localhost`)).toEqual({ kind: 'moved', slug: second });
    expect(await routeHost(`${first}.localhost`)).toEqual({ kind: 'moved', slug: second });
    expect(await routeHost(`${second}.localhost`)).toEqual({ kind: 'site', slug: second, siteId: site.id });
  });

  it('tells other instances through NOTIFY: a change made elsewhere is routed here within a second', async () => {
    const owner = await createOwner();
    const site = await newSite(owner);
    const wanted = unique('notified');
    expect((await routeHost(`${site.slug}.localhost`)).kind).toBe('site');
    // Another instance's change: the rows move and the notifications go out, nothing is forgotten here by hand.
    await db.$transaction([
      db.site.update({ where: { id: site.id }, data: { slug: wanted } }),
      db.subdomain.create({ data: { siteId: site.id, label: site.slug, redirectUntil: new Date(Date.now() + DAY_MS) } }),
      db.$executeRaw`SELECT pg_notify('pm_hosts_changed', ${`${site.slug}.localhost`})`,
    ]);
    await expect.poll(async () => (await routeHost(`${site.slug}.localhost`)).kind, { timeout: 2000 }).toBe('moved');
  });

  it('refuses an old address of another owner within its 30 days, and changes nothing', async () => {
    const [alice, bob] = [await createOwner(), await createOwner()];
    const aliceSite = await newSite(alice);
    const old = aliceSite.slug;
    await changeSiteAddress(alice, aliceSite.id, unique('alice-new'));
    const bobSite = await newSite(bob);
    const before = await snapshot(bobSite.id);

    expect(await codeOf(changeSiteAddress(bob, bobSite.id, old))).toBe('CONFLICT');
    expect(await snapshot(bobSite.id)).toEqual(before);
    expect(await checkSiteAddress(bob, { slug: old })).toMatchObject({ status: 'taken', slug: old });
    // Nor can a new site take it.
    expect(await codeOf(newSite(bob, old))).toBe('CONFLICT');
    // Nor another site's live address.
    expect(await codeOf(changeSiteAddress(bob, bobSite.id, (await snapshot(aliceSite.id)).slug))).toBe('CONFLICT');
    expect(await snapshot(bobSite.id)).toEqual(before);
    expect(await routeHost(`${old}.localhost`)).toMatchObject({ kind: 'moved' });
  });

  it('frees an old address after its 30 days: another owner takes it and the expired row goes', async () => {
    const [alice, bob] = [await createOwner(), await createOwner()];
    const aliceSite = await newSite(alice);
    const old = aliceSite.slug;
    await changeSiteAddress(alice, aliceSite.id, unique('alice-new'));
    await db.subdomain.update({ where: { label: old }, data: { redirectUntil: new Date(Date.now() - 1000) } });
    const bobSite = await newSite(bob);

    expect(await checkSiteAddress(bob, { slug: old })).toEqual({ status: 'free', slug: old });
    await changeSiteAddress(bob, bobSite.id, old);
    expect((await snapshot(bobSite.id)).slug).toBe(old);
    expect(await db.subdomain.findUnique({ where: { label: old } })).toBeNull();
    expect(await routeHost(`${old}.localhost`)).toEqual({ kind: 'site', slug: old, siteId: bobSite.id });
  });

  it('lets a site take back its own old address', async () => {
    const owner = await createOwner();
    const site = await newSite(owner);
    const old = site.slug;
    const next = unique('next');
    await changeSiteAddress(owner, site.id, next);
    expect(await checkSiteAddress(owner, { slug: old, siteId: site.id })).toEqual({ status: 'free', slug: old });
    expect(await checkSiteAddress(owner, { slug: next, siteId: site.id })).toEqual({ status: 'current', slug: next });
    await changeSiteAddress(owner, site.id, old);
    const after = await snapshot(site.id);
    expect(after.slug).toBe(old);
    expect(after.rows.map((r) => r.label)).toEqual([next]);
    expect(await routeHost(`${old}.localhost`)).toEqual({ kind: 'site', slug: old, siteId: site.id });
    expect(await routeHost(`${next}.localhost`)).toEqual({ kind: 'moved', slug: old });
  });

  it('refuses reserved words and bad shapes with 422 and the reason, and changes nothing', async () => {
    const owner = await createOwner();
    const site = await newSite(owner);
    const before = await snapshot(site.id);
    for (const [slug, reason] of [
      ['admin', 'reserved'],
      ['www', 'reserved'],
      ['ab', 'tooShort'],
      ['No Spaces', 'format'],
      ['x'.repeat(41), 'tooLong'],
    ] as const) {
      const error = await changeSiteAddress(owner, site.id, slug).catch((e: unknown) => e as { code: string; message: string; details: unknown });
      expect(error, slug).toMatchObject({ code: 'INVALID_INPUT', details: { reason } });
      expect(await checkSiteAddress(owner, { slug })).toMatchObject({ status: 'invalid', reason });
    }
    await expect(changeSiteAddress(owner, site.id, 'admin')).rejects.toThrow('That address is reserved. Choose another one.');
    expect(await snapshot(site.id)).toEqual(before);
  });

  it('answers NOT_FOUND for another owner\u2019s site, in the change and in the check, and changes nothing', async () => {
    const [alice, mallory] = [await createOwner(), await createOwner()];
    const site = await newSite(alice);
    const before = await snapshot(site.id);
    expect(await codeOf(changeSiteAddress(mallory, site.id, unique('stolen')))).toBe('NOT_FOUND');
    expect(await codeOf(checkSiteAddress(mallory, { slug: unique('x'), siteId: site.id }))).toBe('NOT_FOUND');
    expect(await snapshot(site.id)).toEqual(before);
  });

  it('lets exactly one of two concurrent changes to the same label win', async () => {
    const [alice, bob] = [await createOwner(), await createOwner()];
    const sites = [await newSite(alice), await newSite(bob), await newSite(alice)];
    const wanted = unique('race');
    const results = await Promise.all([
      codeOf(changeSiteAddress(alice, sites[0]!.id, wanted)),
      codeOf(changeSiteAddress(bob, sites[1]!.id, wanted)),
      codeOf(createSite(alice, { name: 'Racer', document: testDocument(), slug: wanted })),
      codeOf(changeSiteAddress(alice, sites[2]!.id, wanted)),
    ]);
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(3);
    expect(await db.site.count({ where: { slug: wanted } })).toBe(1);
    expect(await db.subdomain.count({ where: { label: wanted } })).toBe(0);
    // The losers kept their addresses and have no history.
    const unchanged = await Promise.all(sites.map((s) => snapshot(s.id)));
    expect(unchanged.filter((s) => s.slug !== wanted).every((s) => s.rows.length === 0)).toBe(true);
  });

  it('swaps two sites\u2019 addresses only through a free label: a site\u2019s old address stays its own for 30 days', async () => {
    const owner = await createOwner();
    const [a, b] = [await newSite(owner), await newSite(owner)];
    // a moves away; b cannot take a's old address, even for the same owner: visitors of a would land on b.
    await changeSiteAddress(owner, a.id, unique('a-new'));
    expect(await codeOf(changeSiteAddress(owner, b.id, a.slug))).toBe('CONFLICT');
  });
});
