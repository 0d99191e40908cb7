// Buying a domain (Namecheap stand-in) and letting Cloudflare create its records (Cloudflare
// stand-in), owner-scoped, with the price and consent checks, against the real PostgreSQL.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';
import { startCloudflareStandIn, type CloudflareStandIn } from '@/test/stand-ins/cloudflare';
import { startNamecheapStandIn, type NamecheapStandIn } from '@/test/stand-ins/namecheap';
import { applyCloudflareRecords, planCloudflareRecords } from './cloudflare-connect';
import { configureCloudflare } from './providers/cloudflare';
import { configureNamecheap } from './registrars/namecheap';
import { registerDomain, searchDomains } from './registration';

let cf: CloudflareStandIn;
let nc: NamecheapStandIn;

beforeAll(async () => {
  [cf, nc] = await Promise.all([startCloudflareStandIn(), startNamecheapStandIn()]);
});
beforeEach(() => {
  configureCloudflare({ apiToken: cf.token, baseURL: cf.baseURL, maxRetries: 0 });
  configureNamecheap({ ...nc.credentials, baseUrl: nc.url });
});
afterAll(async () => {
  configureCloudflare(undefined);
  configureNamecheap(undefined);
  await Promise.all([cf?.close(), nc?.close()]);
});

const registrant = {
  firstName: 'Ana',
  lastName: 'Souza',
  address1: 'Rua XV, 100',
  city: 'Curitiba',
  stateProvince: 'PR',
  postalCode: '80020-310',
  country: 'BR',
  phone: '+55.4199998888',
  email: 'ana@padaria.example',
};

async function paidOwner() {
  const user = await createUser();
  await subscribe(user.id, 'pro');
  return user;
}

const label = () => `padaria${randomBytes(4).toString('hex')}`;

describe('domain search and registration', () => {
  it('searches a bare name across extensions with prices; off without Namecheap', async () => {
    const user = await createUser();
    const name = label();
    const results = await searchDomains(user, `  https://www.${name.toUpperCase()}/ `);
    expect(results.map((r) => r.name)).toEqual([`${name}.com`, `${name}.net`, `${name}.io`, `${name}.com.br`]);
    expect(results[0]).toEqual({ name: `${name}.com`, isAvailable: true, isPremium: false, priceCents: 1048, currency: 'USD' });
    expect((await searchDomains(user, 'example.com'))[0]).toMatchObject({ name: 'example.com', isAvailable: false });
    configureNamecheap(null);
    await expect(searchDomains(user, name)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('registers for a paid owner at the agreed price, adds the Cloudflare zone and delegates to it', async () => {
    const user = await paidOwner();
    const name = `${label()}.com`;
    const result = await registerDomain(user, { name, years: 1, registrant, expectedPriceCents: 1048 });
    expect(result).toMatchObject({ name, chargedCents: 1048, nameservers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'] });
    expect(nc.domains.get(name)?.nameservers).toEqual(['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com']);
    const zone = [...cf.zones.values()].find((z) => z.name === name)!;
    expect(await db.domainRegistration.findUnique({ where: { name } })).toMatchObject({ ownerId: user.id, registrar: 'namecheap' });
    expect(await db.dNSZone.findFirst({ where: { ownerId: user.id, name } })).toMatchObject({ provider: 'cloudflare', providerZoneId: zone.id });
    await expect(registerDomain(user, { name, years: 1, registrant, expectedPriceCents: 1048 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a changed price, a free plan and a taken name, buying nothing', async () => {
    const user = await paidOwner();
    const name = `${label()}.com`;
    await expect(registerDomain(user, { name, years: 1, registrant, expectedPriceCents: 999 })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { priceCents: 1048 },
    });
    const free = await createUser();
    await expect(registerDomain(free, { name, years: 1, registrant, expectedPriceCents: 1048 })).rejects.toMatchObject({ code: 'PLAN_LIMIT' });
    await expect(registerDomain(user, { name: 'example.com', years: 1, registrant, expectedPriceCents: 1048 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(nc.domains.has(name)).toBe(false);
    expect(await db.domainRegistration.count({ where: { name } })).toBe(0);
  });
});

describe('Cloudflare creates the records', () => {
  async function domainInOwnZone(opts: { apex?: boolean } = {}) {
    const user = await paidOwner();
    const zoneName = `${label()}.com`;
    await registerDomain(user, { name: zoneName, years: 1, registrant, expectedPriceCents: 1048 });
    const site = await createSite(user, { name: 'Padaria', document: testDocument() });
    const hostname = opts.apex ? zoneName : `shop.${zoneName}`;
    const domain = await db.domain.create({ data: { ownerId: user.id, siteId: site.id, hostname, verificationToken: `tok-${label()}` } });
    const zone = [...cf.zones.values()].find((z) => z.name === zoneName)!;
    return { user, domain, zone, zoneName };
  }

  it('plans, then creates the TXT and CNAME once the owner agrees; a second run keeps them', async () => {
    const { user, domain, zone } = await domainInOwnZone();
    const plan = await planCloudflareRecords(user, domain.id);
    expect(plan.changes.map((c) => [c.action, c.record.type, c.record.name, c.record.value])).toEqual([
      ['create', 'TXT', '_pagemagic.shop', domain.verificationToken],
      ['create', 'CNAME', 'shop', 'sites.pagemagic.local'],
    ]);
    expect([...cf.records.values()].filter((r) => r.zone_id === zone.id)).toHaveLength(0);
    expect(await applyCloudflareRecords(user, domain.id, { allowReplace: false })).toMatchObject({ created: 2, replaced: 0 });
    const stored = [...cf.records.values()].filter((r) => r.zone_id === zone.id).map((r) => `${r.type} ${r.name} ${r.content}`);
    expect(stored.sort()).toEqual([`CNAME shop.${zone.name} sites.pagemagic.local`, `TXT _pagemagic.shop.${zone.name} ${domain.verificationToken}`]);
    expect(await db.dNSRecord.count({ where: { zone: { domainId: domain.id } } })).toBe(2);
    expect((await db.domain.findUnique({ where: { id: domain.id } }))?.connection).toBe('cloudflare');
    expect((await planCloudflareRecords(user, domain.id)).changes.map((c) => c.action)).toEqual(['keep', 'keep']);
  });

  it('replaces a clashing record only with consent', async () => {
    const { user, domain, zone } = await domainInOwnZone();
    cf.records.set('old', {
      id: 'old',
      zone_id: zone.id,
      zone_name: zone.name,
      name: `shop.${zone.name}`,
      type: 'A',
      content: '192.0.2.50',
      ttl: 1,
      proxied: false,
      created_on: '',
      modified_on: '',
    });
    const plan = await planCloudflareRecords(user, domain.id);
    expect(plan.changes[1]).toMatchObject({ action: 'replace', replaces: { id: 'old', value: '192.0.2.50' } });
    await expect(applyCloudflareRecords(user, domain.id, { allowReplace: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(cf.records.get('old')?.type).toBe('A');
    await applyCloudflareRecords(user, domain.id, { allowReplace: true });
    expect(cf.records.get('old')).toMatchObject({ type: 'CNAME', content: 'sites.pagemagic.local' });
  });

  it("never touches a zone that is not the owner's, nor another owner's domain", async () => {
    const { domain } = await domainInOwnZone();
    const stranger = await paidOwner();
    await expect(planCloudflareRecords(stranger, domain.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A zone in the account that no row links to this owner (the operator's, or someone else's).
    const other = await paidOwner();
    const site = await createSite(other, { name: 'Outra', document: testDocument() });
    const zoneName = `${label()}.com`;
    cf.addZone(zoneName);
    const foreign = await db.domain.create({ data: { ownerId: other.id, siteId: site.id, hostname: `shop.${zoneName}`, verificationToken: 't' } });
    const before = cf.records.size;
    await expect(applyCloudflareRecords(other, foreign.id, { allowReplace: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('not linked'),
    });
    expect(cf.records.size).toBe(before);
  });
});
