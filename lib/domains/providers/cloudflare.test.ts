// The Cloudflare adapter through the official SDK against a local server speaking Cloudflare's
// v4 envelope: records CRUD, listing across pages, purge batches, SSL mode, the GraphQL
// analytics query, and Cloudflare's errors mapped to the app's codes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejection } from '@/test/assertions';
import { dnsRecordSchema } from '../records';
import { startCloudflareStandIn, type CloudflareStandIn } from '@/test/stand-ins/cloudflare';
import { CloudflareProvider, configureCloudflare, findCloudflare } from './cloudflare';
import type { ProviderZone } from './dns-provider';

let cf: CloudflareStandIn;
let provider: CloudflareProvider;
let zone: ProviderZone;

beforeAll(async () => {
  cf = await startCloudflareStandIn({ maxPerPage: 3 });
});
afterAll(async () => {
  configureCloudflare(undefined);
  await cf?.close();
});

let zoneNo = 0;
beforeEach(async () => {
  provider = new CloudflareProvider({ apiToken: cf.token, baseURL: cf.baseURL, maxRetries: 1 });
  cf.addZone(`zone${++zoneNo}.example.test`);
  zone = (await provider.findZone(`shop.zone${zoneNo}.example.test`))!;
});

const record = (input: Record<string, unknown>) => dnsRecordSchema.parse(input);

describe('Cloudflare provider', () => {
  it('is off without a token and on with one', () => {
    configureCloudflare(null);
    expect(findCloudflare()).toBeNull();
    configureCloudflare({ apiToken: cf.token, baseURL: cf.baseURL });
    expect(findCloudflare()).toBeInstanceOf(CloudflareProvider);
  });

  it('finds the zone holding a hostname, longest name first, and none for a foreign one', async () => {
    expect(zone).toMatchObject({ name: `zone${zoneNo}.example.test`, status: 'active', nameservers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'] });
    const sub = cf.addZone(`deep.zone${zoneNo}.example.test`);
    expect((await provider.findZone(`www.deep.zone${zoneNo}.example.test`))?.id).toBe(sub.id);
    expect(await provider.findZone('shop.elsewhere.test')).toBeNull();
    // The SDK sent the bearer token and asked for exact names.
    expect(cf.requests.filter((r) => r.path === '/zones').map((r) => new URLSearchParams(r.query).get('name'))).toContain('elsewhere.test');
  });

  it('creates, reads, updates and deletes records of every type, with names relative to the zone', async () => {
    const inputs = [
      { type: 'A', name: '@', value: '203.0.113.7' },
      { type: 'AAAA', name: '@', value: '2001:db8::7' },
      { type: 'CNAME', name: 'www', value: 'sites.pagemagic.test' },
      { type: 'TXT', name: '_pagemagic', value: 'pm-verify-token' },
      { type: 'MX', name: '@', value: 'mail.example.net', priority: 10 },
      { type: 'CAA', name: '@', tag: 'issue', value: 'letsencrypt.org' },
      { type: 'NS', name: 'sub', value: 'ns1.example.net' },
    ];
    const created = [];
    for (const input of inputs) created.push(await provider.createRecord(zone, record(input)));
    expect(created.map((r) => [r.type, r.name, r.value])).toEqual(inputs.map((i) => [i.type, i.name, i.value]));
    // Stored at Cloudflare with full names, as its API wants.
    const stored = [...cf.records.values()].filter((r) => r.zone_id === zone.id);
    expect(stored.map((r) => r.name)).toContain(`_pagemagic.${zone.name}`);
    expect(stored.find((r) => r.type === 'CAA')).toMatchObject({
      content: '0 issue "letsencrypt.org"',
      data: { flags: 0, tag: 'issue', value: 'letsencrypt.org' },
    });
    expect(stored.find((r) => r.type === 'MX')?.priority).toBe(10);

    const a = created[0];
    const updated = await provider.updateRecord(zone, a.id, record({ type: 'A', name: '@', value: '198.51.100.9', ttl: 600 }));
    expect(updated).toMatchObject({ id: a.id, value: '198.51.100.9', ttl: 600 });
    await provider.deleteRecord(zone, created[6].id);

    const listed = await provider.listRecords(zone);
    expect(listed).toHaveLength(6);
    expect(listed.find((r) => r.id === a.id)?.value).toBe('198.51.100.9');
    expect(listed.find((r) => r.type === 'CAA')).toMatchObject({ flags: 0, tag: 'issue', value: 'letsencrypt.org' });
    expect(cf.records.has(created[6].id)).toBe(false);
  });

  it('lists every record across pages (the server returns at most 3 per page)', async () => {
    for (let i = 0; i < 8; i++) await provider.createRecord(zone, record({ type: 'A', name: `host${i}`, value: `192.0.2.${i + 1}` }));
    const before = cf.requests.length;
    const listed = await provider.listRecords(zone);
    expect(listed.map((r) => r.name).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `host${i}`).sort());
    // Pages 1, 2 and 3 hold records; page 4 comes back empty and ends the walk.
    const pages = cf.requests.slice(before).map((r) => new URLSearchParams(r.query).get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3', '4']);
  });

  it('keeps a long TXT value whole through 255-byte chunks', async () => {
    const long = 'v=DKIM1; p=' + 'Q'.repeat(400);
    const created = await provider.createRecord(zone, record({ type: 'TXT', name: 'mail._domainkey', value: long }));
    expect(cf.records.get(created.id)?.content).toMatch(/^"v=DKIM1; p=Q+" "Q+"$/);
    expect((await provider.listRecords(zone)).find((r) => r.id === created.id)?.value).toBe(long);
  });

  it('maps Cloudflare errors to the app codes with clear messages', async () => {
    await provider.createRecord(zone, record({ type: 'TXT', name: 'dup', value: 'same' }));
    const duplicate = await rejection(provider.createRecord(zone, record({ type: 'TXT', name: 'dup', value: 'same' })));
    expect(duplicate).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('An identical record already exists') });

    await provider.createRecord(zone, record({ type: 'A', name: 'busy', value: '192.0.2.1' }));
    const cname = await rejection(provider.createRecord(zone, record({ type: 'CNAME', name: 'busy', value: 'sites.pagemagic.test' })));
    expect(cname.code).toBe('CONFLICT');

    const missing = await rejection(provider.deleteRecord(zone, 'no-such-record'));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Record does not exist') });

    const badToken = new CloudflareProvider({ apiToken: 'wrong', baseURL: cf.baseURL, maxRetries: 0 });
    expect(await rejection(badToken.listRecords(zone))).toMatchObject({ code: 'UPSTREAM_FAILED', message: expect.stringContaining('CLOUDFLARE_API_TOKEN') });

    // A 429 is retried by the SDK; when it persists past the retries it is RATE_LIMITED.
    cf.fail('POST', `/zones/${zone.id}/dns_records`, 429, { times: 2 });
    expect(await rejection(provider.createRecord(zone, record({ type: 'A', name: 'limited', value: '192.0.2.2' })))).toMatchObject({ code: 'RATE_LIMITED' });
    cf.fail('POST', `/zones/${zone.id}/dns_records`, 429, { times: 1 });
    expect(await provider.createRecord(zone, record({ type: 'A', name: 'limited', value: '192.0.2.2' }))).toMatchObject({ value: '192.0.2.2' });

    cf.fail('GET', `/zones/${zone.id}/dns_records`, 503, { times: 2 });
    expect(await rejection(provider.listRecords(zone))).toMatchObject({ code: 'UPSTREAM_FAILED', message: expect.stringContaining('status 503') });

    const unreachable = new CloudflareProvider({ apiToken: 'x', baseURL: 'http://127.0.0.1:9/client/v4', maxRetries: 0 });
    expect(await rejection(unreachable.findZone('a.example.test'))).toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: expect.stringContaining('did not answer'),
    });
  });

  it('purges URLs in batches of 30', async () => {
    const urls = Array.from({ length: 31 }, (_, i) => `https://shop.${zone.name}/page-${i}`);
    await provider.purgeUrls(zone, urls);
    const mine = cf.purges.filter((p) => p.zoneId === zone.id);
    expect(mine.map((p) => p.files.length)).toEqual([30, 1]);
    expect(mine.flatMap((p) => p.files)).toEqual(urls);
  });

  it('reads and sets the SSL mode; an unknown mode is refused by Cloudflare', async () => {
    expect(await provider.getSslMode(zone)).toBe('flexible');
    expect(await provider.setSslMode(zone, 'strict')).toBe('strict');
    expect(await provider.getSslMode(zone)).toBe('strict');
    expect(await rejection(provider.setSslMode(zone, 'paranoid' as never))).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('reads zone analytics through the GraphQL Analytics API', async () => {
    cf.setAnalytics(zone.id, [
      { date: '2026-11-30', requests: 90, cachedRequests: 10, bytes: 900, cachedBytes: 100, pageViews: 40, threats: 0, uniqueVisitors: 9 },
      { date: '2026-12-01', requests: 120, cachedRequests: 80, bytes: 4096, cachedBytes: 2048, pageViews: 50, threats: 1, uniqueVisitors: 17 },
      { date: '2026-12-02', requests: 60, cachedRequests: 30, bytes: 2048, cachedBytes: 1024, pageViews: 20, threats: 0, uniqueVisitors: 11 },
    ]);
    const days = await provider.zoneAnalytics(zone, { since: '2026-12-01', until: '2026-12-07' });
    expect(days).toEqual([
      { date: '2026-12-01', requests: 120, cachedRequests: 80, bytes: 4096, cachedBytes: 2048, pageViews: 50, threats: 1, uniqueVisitors: 17 },
      { date: '2026-12-02', requests: 60, cachedRequests: 30, bytes: 2048, cachedBytes: 1024, pageViews: 20, threats: 0, uniqueVisitors: 11 },
    ]);
    const sent = cf.graphql.at(-1)!;
    expect(sent.variables).toEqual({ zoneTag: zone.id, since: '2026-12-01', until: '2026-12-07' });
    expect(sent.query).toMatch(/httpRequests1dGroups\(limit: \d+, filter: \{ date_geq: \$since, date_leq: \$until \}/);
    expect(await rejection(provider.zoneAnalytics(zone, { since: '2026-12-07', until: '2026-12-01' }))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
