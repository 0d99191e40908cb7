// The owner's DNS records on a real PostgreSQL: a manual zone made on first use, and a zone at
// Cloudflare (the stand-in speaking its v4 API through the official SDK) where every change goes
// there first and a refusal or failure stores nothing. Another owner's domain or record is NOT_FOUND.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '@/test/assertions';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { startCloudflareStandIn, type CloudflareStandIn } from '@/test/stand-ins/cloudflare';
import { createDnsRecord, deleteDnsRecord, listDnsRecords, updateDnsRecord } from './dns-records';
import { configureCloudflare } from './providers/cloudflare';

let cf: CloudflareStandIn;

beforeAll(async () => {
  cf = await startCloudflareStandIn();
});
afterAll(async () => {
  configureCloudflare(undefined);
  await cf?.close();
});

async function ownerWithDomain(hostname = `shop-${randomUUID().slice(0, 8)}.example.test`) {
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria', document: testDocument() });
  const domain = await db.domain.create({ data: { ownerId: user.id, siteId: site.id, hostname, verificationToken: 'pm-token', status: 'active' } });
  return { user, site, domain };
}

const countRecords = (ownerId: string) => db.dNSRecord.count({ where: { zone: { ownerId } } });

describe('DNS records in a manual zone', () => {
  it('makes the zone on first use, then lists, updates and deletes the records', async () => {
    configureCloudflare(null);
    const { user, domain } = await ownerWithDomain();
    expect(await listDnsRecords(user, domain.id)).toEqual({ zone: null, records: [] });
    // Listing wrote nothing.
    expect(await db.dNSZone.count({ where: { ownerId: user.id } })).toBe(0);

    const txt = await createDnsRecord(user, domain.id, { type: 'TXT', name: '_pagemagic', value: 'pm-token' });
    const caa = await createDnsRecord(user, domain.id, { type: 'CAA', name: '@', tag: 'issue', value: 'letsencrypt.org' });
    const mx = await createDnsRecord(user, domain.id, { type: 'MX', name: '@', value: 'Mail.Example.NET.', priority: 10, ttl: 3600 });
    expect(txt).toMatchObject({ type: 'TXT', name: '_pagemagic', value: 'pm-token', ttl: 300, providerRecordId: null });
    expect(caa.value).toBe('0 issue "letsencrypt.org"');
    expect(mx).toMatchObject({ value: 'mail.example.net', priority: 10, ttl: 3600 });

    // Named as the registrable domain (shop-….example.test is a subdomain of example.test).
    const zone = await db.dNSZone.findFirstOrThrow({ where: { ownerId: user.id } });
    expect(zone).toMatchObject({ name: 'example.test', provider: 'manual', domainId: domain.id });
    const listed = await listDnsRecords(user, domain.id);
    expect(listed.zone).toEqual({ name: 'example.test', provider: 'manual' });
    expect(listed.records.map((r) => r.type).sort()).toEqual(['CAA', 'MX', 'TXT']);

    // A change merges into the stored record and is checked whole: the CAA keeps its tag.
    const caa2 = await updateDnsRecord(user, domain.id, caa.id, { value: ';' });
    expect(caa2.value).toBe('0 issue ";"');
    const mx2 = await updateDnsRecord(user, domain.id, mx.id, { priority: 20 });
    expect(mx2).toMatchObject({ value: 'mail.example.net', priority: 20 });
    // Changing the type starts from the new type's fields.
    const a = await updateDnsRecord(user, domain.id, mx.id, { type: 'A', value: '203.0.113.7' });
    expect(a).toMatchObject({ type: 'A', name: '@', value: '203.0.113.7', priority: null });

    // Invalid changes are refused and the row stays as it was.
    await expect(updateDnsRecord(user, domain.id, txt.id, { value: 'a\nb' })).rejects.toThrow();
    await expect(updateDnsRecord(user, domain.id, a.id, { value: '999.1.1.1' })).rejects.toThrow();
    await expect(updateDnsRecord(user, domain.id, a.id, { owner: 'x' })).rejects.toThrow();
    expect(await db.dNSRecord.findUniqueOrThrow({ where: { id: txt.id } })).toMatchObject({ value: 'pm-token' });
    expect(await db.dNSRecord.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ value: '203.0.113.7' });

    await deleteDnsRecord(user, domain.id, txt.id);
    expect((await listDnsRecords(user, domain.id)).records.map((r) => r.id).sort()).toEqual([a.id, caa.id].sort());
    expect((await rejection(deleteDnsRecord(user, domain.id, txt.id))).code).toBe('NOT_FOUND');
  });

  it('keeps one zone per registrable domain: subdomains and the apex share it, public suffixes split it', async () => {
    configureCloudflare(null);
    const id = randomUUID().slice(0, 8);
    const { user, site, domain: shop } = await ownerWithDomain(`shop.pm-${id}.co.uk`);
    const add = (hostname: string) => db.domain.create({ data: { ownerId: user.id, siteId: site.id, hostname, verificationToken: 'pm-token' } });
    const blog = await add(`blog.pm-${id}.co.uk`);
    const apex = await add(`pm-${id}.co.uk`);
    const first = await createDnsRecord(user, shop.id, { type: 'CNAME', name: 'shop', value: 'sites.pagemagic.test' });
    const second = await createDnsRecord(user, blog.id, { type: 'TXT', name: '_pagemagic.blog', value: 'pm-token' });
    expect(await db.dNSZone.findMany({ where: { ownerId: user.id }, select: { name: true } })).toEqual([{ name: `pm-${id}.co.uk` }]);
    for (const domain of [shop, blog, apex]) {
      const listed = await listDnsRecords(user, domain.id);
      expect(listed.zone).toEqual({ name: `pm-${id}.co.uk`, provider: 'manual' });
      expect(listed.records.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
    }
    // github.io is a public suffix: two projects under it are two zones, and neither is github.io.
    const pages = await add(`shop.pm-${id}.github.io`);
    const other = await add(`blog.pm2-${id}.github.io`);
    await createDnsRecord(user, pages.id, { type: 'A', name: 'shop', value: '203.0.113.7' });
    expect((await listDnsRecords(user, other.id)).zone).toBeNull();
    await createDnsRecord(user, other.id, { type: 'A', name: 'blog', value: '203.0.113.8' });
    const names = (await db.dNSZone.findMany({ where: { ownerId: user.id }, select: { name: true } })).map((z) => z.name).sort();
    expect(names).toEqual([`pm-${id}.co.uk`, `pm-${id}.github.io`, `pm2-${id}.github.io`]);
  });

  it('keeps using a zone made earlier under the hostname’s own name', async () => {
    configureCloudflare(null);
    const { user, domain } = await ownerWithDomain();
    const legacy = await db.dNSZone.create({ data: { ownerId: user.id, name: domain.hostname, provider: 'manual' } });
    await createDnsRecord(user, domain.id, { type: 'TXT', name: '_pagemagic', value: 'pm-token' });
    expect(await db.dNSRecord.count({ where: { zoneId: legacy.id } })).toBe(1);
    expect(await db.dNSZone.count({ where: { ownerId: user.id } })).toBe(1);
  });

  it("answers NOT_FOUND for another owner's domain and record, and changes nothing", async () => {
    configureCloudflare(null);
    const { user, domain } = await ownerWithDomain();
    const record = await createDnsRecord(user, domain.id, { type: 'A', name: '@', value: '203.0.113.7' });
    const { user: other, domain: otherDomain } = await ownerWithDomain();
    // The other owner has a zone of their own, so only the record's scope keeps them out.
    await createDnsRecord(other, otherDomain.id, { type: 'A', name: '@', value: '198.51.100.1' });

    expect((await rejection(listDnsRecords(other, domain.id))).code).toBe('NOT_FOUND');
    expect((await rejection(createDnsRecord(other, domain.id, { type: 'A', name: 'x', value: '203.0.113.8' }))).code).toBe('NOT_FOUND');
    expect((await rejection(updateDnsRecord(other, domain.id, record.id, { value: '203.0.113.9' }))).code).toBe('NOT_FOUND');
    expect((await rejection(deleteDnsRecord(other, domain.id, record.id))).code).toBe('NOT_FOUND');
    // Their own domain id with this owner's record id is no way in either.
    expect((await rejection(updateDnsRecord(other, otherDomain.id, record.id, { value: '203.0.113.9' }))).code).toBe('NOT_FOUND');
    expect((await rejection(deleteDnsRecord(other, otherDomain.id, record.id))).code).toBe('NOT_FOUND');

    expect(await db.dNSRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ value: '203.0.113.7' });
    expect(await countRecords(other.id)).toBe(1);
  });
});

describe('DNS records in a zone at Cloudflare', () => {
  async function cloudflareDomain() {
    configureCloudflare({ apiToken: cf.token, baseURL: cf.baseURL, maxRetries: 0 });
    const zoneName = `z${randomUUID().slice(0, 8)}.example.test`;
    const cfZone = cf.addZone(zoneName);
    const owned = await ownerWithDomain(`shop.${zoneName}`);
    // Linked to the owner as registering the name here does; not yet to the domain.
    await db.dNSZone.create({
      data: { ownerId: owned.user.id, name: zoneName, provider: 'cloudflare', providerZoneId: cfZone.id, nameservers: cfZone.name_servers },
    });
    return { ...owned, cfZone, zoneName };
  }
  const atCloudflare = (zoneId: string) => [...cf.records.values()].filter((r) => r.zone_id === zoneId);

  it('writes each change to Cloudflare first and keeps its record id', async () => {
    const { user, domain, cfZone, zoneName } = await cloudflareDomain();
    const record = await createDnsRecord(user, domain.id, { type: 'CNAME', name: 'shop', value: 'sites.pagemagic.test' });
    const [remote] = atCloudflare(cfZone.id);
    expect(remote).toMatchObject({ type: 'CNAME', name: `shop.${zoneName}`, content: 'sites.pagemagic.test' });
    expect(record.providerRecordId).toBe(remote.id);
    expect((await listDnsRecords(user, domain.id)).zone).toEqual({ name: zoneName, provider: 'cloudflare' });

    await updateDnsRecord(user, domain.id, record.id, { value: 'edge.pagemagic.test', ttl: 600 });
    expect(cf.records.get(remote.id)).toMatchObject({ content: 'edge.pagemagic.test', ttl: 600 });

    await deleteDnsRecord(user, domain.id, record.id);
    expect(atCloudflare(cfZone.id)).toEqual([]);
    expect(await countRecords(user.id)).toBe(0);
  });

  it('stores nothing when Cloudflare fails or refuses, and keeps the row when a delete fails', async () => {
    const { user, domain, cfZone } = await cloudflareDomain();
    cf.fail('POST', `/zones/${cfZone.id}/dns_records`, 500, { times: 1 });
    const failed = await rejection(createDnsRecord(user, domain.id, { type: 'A', name: 'shop', value: '203.0.113.7' }));
    expect(failed.code).toBe('UPSTREAM_FAILED');
    expect(await countRecords(user.id)).toBe(0);
    expect(atCloudflare(cfZone.id)).toEqual([]);

    const record = await createDnsRecord(user, domain.id, { type: 'A', name: 'shop', value: '203.0.113.7' });
    cf.fail('PATCH', `/zones/${cfZone.id}/dns_records/${record.providerRecordId}`, 503, { times: 1 });
    cf.fail('PUT', `/zones/${cfZone.id}/dns_records/${record.providerRecordId}`, 503, { times: 1 });
    expect((await rejection(updateDnsRecord(user, domain.id, record.id, { value: '203.0.113.9' }))).code).toBe('UPSTREAM_FAILED');
    expect(await db.dNSRecord.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ value: '203.0.113.7' });
    expect(cf.records.get(record.providerRecordId!)?.content).toBe('203.0.113.7');

    cf.fail('DELETE', `/zones/${cfZone.id}/dns_records/${record.providerRecordId}`, 500, { times: 1 });
    expect((await rejection(deleteDnsRecord(user, domain.id, record.id))).code).toBe('UPSTREAM_FAILED');
    expect(await db.dNSRecord.count({ where: { id: record.id } })).toBe(1);

    // Deleted at Cloudflare behind our back: the delete still removes our row.
    cf.records.delete(record.providerRecordId!);
    await deleteDnsRecord(user, domain.id, record.id);
    expect(await countRecords(user.id)).toBe(0);
  });

  it('refuses changes to a Cloudflare zone while Cloudflare is not configured, storing nothing', async () => {
    const { user, domain } = await cloudflareDomain();
    configureCloudflare(null);
    expect((await rejection(createDnsRecord(user, domain.id, { type: 'A', name: 'shop', value: '203.0.113.7' }))).code).toBe('UNAVAILABLE');
    expect(await countRecords(user.id)).toBe(0);
  });
});
