// The check asking the domain's own nameservers, against real authoritative servers (knot, one
// process per view of the zones): one plays the configured resolver, which still has what it saw
// before, two play the domain's nameservers, ns1 and ns2, and one the registry (the parent zone
// `test`, holding the delegations), all changed by the tests at run time.
// Beside them on the same port: a nameserver answering garbage that looks like DNS, and one that
// never answers. Every server listens on its own loopback address and one free port.
import { randomUUID } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { startKnot, type KnotRecord, type KnotServer } from '@/test/stand-ins/knot';
import { checkDns, type DnsCheckConfig, type Finding } from './check-dns';
import { runDomainCheck } from './run-check';

const OURS = '203.0.113.10';
const OLD = '198.51.100.7';
const TARGET = 'sites.pagemagic.test';
const token = 'pm-verify-0123456789abcdef';
const RESOLVER_IP = '127.0.0.10';
const NS = { ns1: '127.0.0.11', ns2: '127.0.0.12', garbage: '127.0.0.13', silent: '127.0.0.14' };
const REGISTRY_IP = '127.0.0.15';
const CLOUDFLARE = ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'];

let port: number;
let resolverView: KnotServer;
let ns1: KnotServer;
let ns2: KnotServer;
let registry: KnotServer;
const sockets: Socket[] = [];
let config: DnsCheckConfig;

// The zones every test starts from: delegated to ns1 and ns2 (the resolver knows their
// addresses), with nothing of ours in them yet. hostile.test is also delegated to the bad servers.
const ZONES = ['moved.test', 'spread.test', 'partly.test', 'hostile.test', 'stored.test', 'switch.test'];
function delegation(zone: string): KnotRecord[] {
  const names = zone === 'hostile.test' ? ['ns1', 'garbage', 'silent'] : ['ns1', 'ns2'];
  return [
    ...names.map((n) => ({ name: zone, type: 'NS', value: `${n}.${zone}.` })),
    ...Object.entries(NS).map(([n, ip]) => ({ name: `${n}.${zone}`, type: 'A', value: ip })),
  ];
}
// The parent zone: at the resolver, where its servers are; at the registry, every delegation.
const parentAtResolver: KnotRecord[] = [
  { name: 'test', type: 'NS', value: 'tld.test.' },
  { name: 'tld.test', type: 'A', value: REGISTRY_IP },
];
const parentAtRegistry: KnotRecord[] = [{ name: 'test', type: 'NS', value: 'tld.test.' }, ...ZONES.flatMap(delegation)];

async function freePort(): Promise<number> {
  const probe = createSocket('udp4');
  await new Promise<void>((resolve) => probe.bind(0, NS.ns1, resolve));
  const { port: free } = probe.address();
  probe.close();
  return free;
}

function udpServer(address: string, answer: (query: Buffer) => Buffer | null): Promise<Socket> {
  const socket = createSocket('udp4');
  socket.on('message', (query, rinfo) => {
    const reply = answer(query);
    if (reply) socket.send(reply, rinfo.port, rinfo.address);
  });
  sockets.push(socket);
  return new Promise((resolve) => socket.bind(port, address, () => resolve(socket)));
}

beforeAll(async () => {
  port = await freePort();
  const zones = Object.fromEntries(ZONES.map((zone) => [zone, delegation(zone)]));
  [resolverView, ns1, ns2, registry] = await Promise.all([
    startKnot({ listen: [`${RESOLVER_IP}@${port}`], zones: { ...zones, test: parentAtResolver } }),
    startKnot({ listen: [`${NS.ns1}@${port}`], zones }),
    startKnot({ listen: [`${NS.ns2}@${port}`], zones }),
    startKnot({ listen: [`${REGISTRY_IP}@${port}`], zones: { test: parentAtRegistry } }),
  ]);
  // Garbage that looks like DNS: the query sent back as a response (same id and question) that
  // claims three answers and carries none.
  await udpServer(NS.garbage, (query) => {
    const reply = Buffer.from(query);
    reply[2] |= 0x80;
    reply.writeUInt16BE(3, 6);
    return reply;
  });
  await udpServer(NS.silent, () => null);
  config = { resolver: `${RESOLVER_IP}:${port}`, cnameTarget: TARGET, a: [OURS], aaaa: [], caaDomain: 'letsencrypt.org', timeoutMs: 400, nameserverPort: port };
}, 30_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await Promise.all([resolverView, ns1, ns2, registry].map((server) => server?.close()));
});

// Sets a record in the given views of the zone (the resolver's, ns1's, ns2's).
function set(servers: KnotServer[], name: string, type: string, values: string[]) {
  const zone = ZONES.find((z) => name === z || name.endsWith(`.${z}`))!;
  for (const server of servers) server.set(zone, name, type, values);
}
// Changes a domain's delegation at the registry (its NS records in the parent zone).
const delegate = (zone: string, names: string[]) =>
  registry.set(
    'test',
    zone,
    'NS',
    names.map((n) => `${n}.`),
  );
const quoted = (value: string) => `"${value}"`;
const codes = (findings: Finding[]) => findings.map((f) => `${f.code} ${f.name}`).sort();

describe('nameservers not yet changed', () => {
  it('names the delegation when it is not the zone’s nameservers, and stops once it is', async () => {
    const host = 'moved.test';
    // Everything else is right, at the resolver and at the nameservers.
    set([resolverView, ns1, ns2], `_pagemagic.${host}`, 'TXT', [quoted(token)]);
    set([resolverView, ns1, ns2], host, 'A', [OURS]);
    const domain = { hostname: host, withWww: false, verificationToken: token, zoneNameservers: ['ADA.ns.cloudflare.com.', 'bob.ns.cloudflare.com'] };

    let check = await checkDns(domain, config);
    expect(check).toMatchObject({ isOwnershipProven: true, isRoutingOk: true });
    expect(check.findings).toEqual([
      { code: 'NS_NOT_CHANGED', name: host, expected: CLOUDFLARE, found: ['ns1.moved.test', 'ns2.moved.test'] },
      { code: 'OK', name: host },
    ]);

    // Half changed (one old nameserver kept): still not the zone's.
    set([resolverView], host, 'NS', ['ada.ns.cloudflare.com.', 'ns2.moved.test.']);
    check = await checkDns(domain, config);
    expect(check.findings[0]).toEqual({ code: 'NS_NOT_CHANGED', name: host, expected: CLOUDFLARE, found: ['ada.ns.cloudflare.com', 'ns2.moved.test'] });

    // Changed at the registrar: the registry delegates to the zone's nameservers, the resolver
    // still has the old delegation.
    delegate(host, CLOUDFLARE);
    check = await checkDns(domain, config);
    expect(check.findings[0]).toEqual({ code: 'NS_PROPAGATING', name: host, expected: CLOUDFLARE, found: ['ada.ns.cloudflare.com', 'ns2.moved.test'] });

    set(
      [resolverView],
      host,
      'NS',
      CLOUDFLARE.map((n) => `${n}.`),
    );
    check = await checkDns(domain, config);
    expect(check.findings).toEqual([{ code: 'OK', name: host }]);
    // Without a zone whose nameservers we know, the delegation is nobody's business.
    set([resolverView], host, 'NS', ['ns1.moved.test.', 'ns2.moved.test.']);
    expect((await checkDns({ ...domain, zoneNameservers: [] }, config)).findings).toEqual([{ code: 'OK', name: host }]);
  });

  it('asks the new nameservers while a change of nameservers spreads, and says what they already have', async () => {
    const host = 'switch.test';
    // Moving from the old host (ns2) to the zone's nameserver (ns1): the registry has the change,
    // the resolver still the old delegation and the old host's records.
    set([resolverView], host, 'NS', ['ns2.switch.test.']);
    delegate(host, ['ns1.switch.test']);
    set([ns1], `_pagemagic.${host}`, 'TXT', [quoted(token)]);
    set([ns1], host, 'A', [OURS]);
    set([resolverView, ns2], host, 'A', [OLD]);
    const check = await checkDns({ hostname: host, withWww: false, verificationToken: token, zoneNameservers: ['ns1.switch.test'] }, config);
    expect(check).toMatchObject({ isOwnershipProven: false, isRoutingOk: false });
    expect(check.findings).toEqual([
      { code: 'PROPAGATING', name: `_pagemagic.${host}`, expected: [token], found: [] },
      { code: 'NS_PROPAGATING', name: host, expected: ['ns1.switch.test'], found: ['ns2.switch.test'] },
      { code: 'PROPAGATING', name: host, expected: [OURS], found: [OLD] },
    ]);
    // Not changed at the registry either: the old nameservers are the ones asked, and hold nothing.
    delegate(host, ['ns2.switch.test']);
    const before = await checkDns({ hostname: host, withWww: false, verificationToken: token, zoneNameservers: ['ns1.switch.test'] }, config);
    expect(codes(before.findings)).toEqual([`A_WRONG ${host}`, `NS_NOT_CHANGED ${host}`, `TXT_MISSING _pagemagic.${host}`]);
  });

  it('finds the zone a domain is meant to use by its registrable domain, when run as the background check', async () => {
    const user = await createUser();
    const site = await createSite(user, { name: 'Loja', document: testDocument() });
    const domain = await db.domain.create({
      data: { ownerId: user.id, siteId: site.id, hostname: 'loja.stored.test', verificationToken: token, status: 'pending' },
    });
    // The owner's zone at Cloudflare is the registrable domain's, not the hostname's.
    await db.dNSZone.create({ data: { ownerId: user.id, name: 'stored.test', provider: 'cloudflare', providerZoneId: randomUUID(), nameservers: CLOUDFLARE } });
    // Another owner's zone of the same name says nothing about this one's domain.
    const other = await createUser();
    await db.dNSZone.create({ data: { ownerId: other.id, name: 'stored.test', provider: 'manual', nameservers: ['x.example.net'] } });

    const updated = await runDomainCheck(domain.id, { config });
    expect(updated?.status).toBe('verifying');
    expect(updated?.checkFindings).toContainEqual({
      code: 'NS_NOT_CHANGED',
      name: 'stored.test',
      expected: CLOUDFLARE,
      found: ['ns1.stored.test', 'ns2.stored.test'],
    });
  });
});

describe('propagation still under way', () => {
  it('says the change is spreading when the nameservers have it and the resolver still has the old answer, and never proves anything from them', async () => {
    const host = 'spread.test';
    set([resolverView], host, 'A', [OLD]);
    set([resolverView], `www.${host}`, 'CNAME', ['old-host.example.net.']);
    set([ns1, ns2], `_pagemagic.${host}`, 'TXT', [quoted(token)]);
    set([ns1, ns2], host, 'A', [OURS]);
    set([ns1, ns2], `www.${host}`, 'CNAME', [`${TARGET}.`]);
    const domain = { hostname: host, withWww: true, verificationToken: token };

    const check = await checkDns(domain, config);
    expect(check).toMatchObject({ isOwnershipProven: false, isRoutingOk: false });
    // In place of "TXT missing", "A wrong", "CNAME wrong": the records are right where they are made.
    expect(check.findings).toEqual([
      { code: 'PROPAGATING', name: `_pagemagic.${host}`, expected: [token], found: [] },
      { code: 'PROPAGATING', name: host, expected: [OURS], found: [OLD] },
      { code: 'PROPAGATING', name: `www.${host}`, expected: [TARGET], found: ['old-host.example.net'] },
    ]);

    // The resolver catches up: connected, nothing else said.
    set([resolverView], `_pagemagic.${host}`, 'TXT', [quoted(token)]);
    set([resolverView], host, 'A', [OURS]);
    set([resolverView], `www.${host}`, 'CNAME', [`${TARGET}.`]);
    expect((await checkDns(domain, config)).findings).toEqual([{ code: 'OK', name: host }]);
  });

  it('names the nameservers that have a change and those that do not have it yet', async () => {
    const host = 'loja.partly.test';
    set([ns1], `_pagemagic.${host}`, 'TXT', [quoted(token)]);
    set([ns1], host, 'CNAME', [`${TARGET}.`]);
    set([ns2], host, 'CNAME', ['old-host.example.net.']);
    const domain = { hostname: host, withWww: false, verificationToken: token };

    let check = await checkDns(domain, config);
    expect(check).toMatchObject({ isOwnershipProven: false, isRoutingOk: false });
    expect(check.findings).toEqual([
      { code: 'PROPAGATING_PARTLY', name: `_pagemagic.${host}`, expected: ['ns1.partly.test'], found: ['ns2.partly.test'] },
      { code: 'PROPAGATING_PARTLY', name: host, expected: ['ns1.partly.test'], found: ['ns2.partly.test'] },
    ]);

    // ns2 has it too; the resolver not yet.
    set([ns2], `_pagemagic.${host}`, 'TXT', [quoted(token)]);
    set([ns2], host, 'CNAME', [`${TARGET}.`]);
    check = await checkDns(domain, config);
    expect(codes(check.findings)).toEqual([`PROPAGATING _pagemagic.${host}`, `PROPAGATING ${host}`]);
  });

  it('leaves record problems as they are when no nameserver has the change either', async () => {
    const host = 'partly.test';
    const check = await checkDns({ hostname: host, withWww: false, verificationToken: token }, config);
    expect(codes(check.findings)).toEqual([`A_MISSING ${host}`, `TXT_MISSING _pagemagic.${host}`]);
  });
});

describe('hostile nameservers', () => {
  it('names a nameserver that answers garbage or nothing, trusts neither, and stays quick', async () => {
    const host = 'hostile.test';
    set([ns1], `_pagemagic.${host}`, 'TXT', [quoted(token)]);
    set([ns1], host, 'A', [OURS]);
    const domain = {
      hostname: host,
      withWww: false,
      verificationToken: token,
      zoneNameservers: ['ns1.hostile.test', 'garbage.hostile.test', 'silent.hostile.test'],
    };

    const started = Date.now();
    const check = await checkDns(domain, config);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(check).toMatchObject({ isOwnershipProven: false, isRoutingOk: false });
    expect(codes(check.findings)).toEqual([
      'NAMESERVER_FAILED garbage.hostile.test',
      'NAMESERVER_FAILED silent.hostile.test',
      `PROPAGATING _pagemagic.${host}`,
      `PROPAGATING ${host}`,
    ]);
    expect(check.findings.find((f) => f.name === 'garbage.hostile.test')?.found).toEqual(['EBADRESP']);
    expect(check.findings.find((f) => f.name === 'silent.hostile.test')?.found).toEqual(['ETIMEOUT']);
  });

  it('keeps a domain whose nameservers all agree with us verifying while the resolver does not, and names a resolver that fails the NS question', async () => {
    const user = await createUser();
    const site = await createSite(user, { name: 'Padaria', document: testDocument() });
    const domain = await db.domain.create({
      data: { ownerId: user.id, siteId: site.id, hostname: 'spread.test', verificationToken: token, withWww: true, status: 'pending' },
    });
    set([resolverView], 'spread.test', 'A', [OLD]);
    set([resolverView], '_pagemagic.spread.test', 'TXT', []);
    const updated = await runDomainCheck(domain.id, { config });
    expect(updated).toMatchObject({ status: 'verifying', verifiedAt: null });
    expect(codes(updated!.checkFindings as Finding[])).toContain('PROPAGATING _pagemagic.spread.test');

    // A resolver answering garbage: nothing learnt about the delegation, and it says so.
    const garbageResolver = { ...config, resolver: `${NS.garbage}:${port}`, timeoutMs: 200 };
    const check = await checkDns({ hostname: 'moved.test', withWww: false, verificationToken: token, zoneNameservers: CLOUDFLARE }, garbageResolver);
    expect(check).toMatchObject({ isOwnershipProven: false, isRoutingOk: false });
    expect(check.findings).toContainEqual({ code: 'RESOLVER_FAILED', name: 'moved.test', found: ['EBADRESP'] });
    expect(new Set(check.findings.map((f) => f.code))).toEqual(new Set(['RESOLVER_FAILED']));
  });
});
