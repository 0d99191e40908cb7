// The DNS check against a real DNS server whose records the test changes (pebble-challtestsrv,
// started by `npm test unit`; it answers 127.0.0.1 for any name it was not told about), and
// against servers that answer garbage or nothing at all.
import { randomUUID } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsRecords } from '@/test/stand-ins/dns';
import { checkDns, requiredRecords, type DnsCheckConfig } from './check-dns';

const OURS = '203.0.113.10';
const TARGET = 'sites.pagemagic.test';
const config: DnsCheckConfig = {
  resolver: process.env.DNS_RESOLVER ?? '',
  cnameTarget: TARGET,
  a: [OURS],
  aaaa: [],
  caaDomain: 'letsencrypt.org',
  timeoutMs: 1000,
  nameserverPort: 53,
};
const dns = dnsRecords();
const token = 'pm-verify-0123456789abcdef';

const apex = () => `padaria-${randomUUID().slice(0, 8)}.test`;
const codes = (check: Awaited<ReturnType<typeof checkDns>>) => check.findings.map((f) => `${f.code} ${f.name}`).sort();

let garbage: Socket;
let silent: Socket;

beforeAll(async () => {
  // One answers every query with bytes that are not DNS, the other never answers.
  garbage = createSocket('udp4');
  garbage.on('message', (_msg, rinfo) => garbage.send(Buffer.from('not a dns answer at all'), rinfo.port, rinfo.address));
  silent = createSocket('udp4');
  silent.on('message', () => {});
  await Promise.all([garbage, silent].map((s) => new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve))));
});

afterAll(() => {
  garbage?.close();
  silent?.close();
});

describe('checkDns', () => {
  it('names every missing or wrong record of a new apex domain', async () => {
    const host = apex();
    const check = await checkDns({ hostname: host, withWww: true, verificationToken: token }, config);
    expect(check).toMatchObject({ isOwnershipProven: false, isRoutingOk: false });
    expect(codes(check)).toEqual([`A_WRONG ${host}`, `CNAME_MISSING www.${host}`, `TXT_MISSING _pagemagic.${host}`]);
    expect(check.findings.find((f) => f.code === 'A_WRONG')).toMatchObject({ expected: [OURS], found: ['127.0.0.1'] });
  });

  it('is OK once the TXT, the A record and www are right', async () => {
    const host = apex();
    await dns.setTxt(`_pagemagic.${host}`, token);
    await dns.setA(host, [OURS]);
    await dns.setCname(`www.${host}`, TARGET);
    const check = await checkDns({ hostname: host, withWww: true, verificationToken: token }, config);
    expect(check).toEqual({ isOwnershipProven: true, isRoutingOk: true, findings: [{ code: 'OK', name: host }] });
  });

  it('tells a TXT with another value from a missing one, and ownership from routing', async () => {
    const host = apex();
    await dns.setTxt(`_pagemagic.${host}`, 'google-site-verification=abc');
    await dns.setA(host, [OURS]);
    const check = await checkDns({ hostname: host, withWww: false, verificationToken: token }, config);
    expect(check).toMatchObject({ isOwnershipProven: false, isRoutingOk: true });
    expect(check.findings).toEqual([{ code: 'TXT_WRONG', name: `_pagemagic.${host}`, expected: [token], found: ['google-site-verification=abc'] }]);

    await dns.setTxt(`_pagemagic.${host}`, token);
    await dns.setA(host, [OURS, '198.51.100.7']);
    const mixed = await checkDns({ hostname: host, withWww: false, verificationToken: token }, config);
    expect(mixed).toMatchObject({ isOwnershipProven: true, isRoutingOk: false });
    expect(codes(mixed)).toEqual([`A_WRONG ${host}`]);
  });

  it('finds a stray AAAA left from the old host', async () => {
    const host = apex();
    await dns.setTxt(`_pagemagic.${host}`, token);
    await dns.setA(host, [OURS]);
    await dns.setAaaa(host, ['2001:db8::99']);
    const check = await checkDns({ hostname: host, withWww: false, verificationToken: token }, config);
    expect(check.isRoutingOk).toBe(false);
    expect(check.findings).toEqual([{ code: 'AAAA_WRONG', name: host, expected: [], found: ['2001:db8::99'] }]);
  });

  it('checks a subdomain by its CNAME', async () => {
    const host = `loja.${apex()}`;
    await dns.setTxt(`_pagemagic.${host}`, token);
    await dns.setCname(host, 'old-host.example.net');
    const wrong = await checkDns({ hostname: host, withWww: false, verificationToken: token }, config);
    expect(wrong.findings).toEqual([{ code: 'CNAME_WRONG', name: host, expected: [TARGET], found: ['old-host.example.net'] }]);
    await dns.clearCname(host);
    await dns.setCname(host, `${TARGET.toUpperCase()}.`);
    const right = await checkDns({ hostname: host, withWww: false, verificationToken: token }, config);
    expect(right.findings).toEqual([{ code: 'OK', name: host }]);
  });

  it('names CAA records that forbid our CA, on the name or its parent, and accepts ours', async () => {
    const host = apex();
    await dns.setTxt(`_pagemagic.${host}`, token);
    await dns.setA(host, [OURS]);
    await dns.setCname(`www.${host}`, TARGET);
    // Only another CA may issue, for the whole domain (www inherits it from its parent).
    await dns.addCaa(host, [
      { tag: 'issue', value: 'sectigo.com' },
      { tag: 'iodef', value: 'mailto:ti@example.test' },
    ]);
    let check = await checkDns({ hostname: host, withWww: true, verificationToken: token }, config);
    expect(check.isOwnershipProven).toBe(true);
    expect(check.isRoutingOk).toBe(false);
    expect(check.findings).toContainEqual({ code: 'CAA_FORBIDS', name: host, expected: ['letsencrypt.org'], found: ['sectigo.com'] });
    expect(codes(check)).not.toContain(`OK ${host}`);
    // Ours among them (with parameters, in another case): allowed.
    await dns.clearCaa(host);
    await dns.addCaa(host, [
      { tag: 'issue', value: 'sectigo.com' },
      { tag: 'issue', value: 'LetsEncrypt.org; validationmethods=http-01' },
    ]);
    check = await checkDns({ hostname: host, withWww: true, verificationToken: token }, config);
    expect(check.findings).toEqual([{ code: 'OK', name: host }]);
    // Only a wildcard policy and a report address: nothing forbids a certificate for the names.
    await dns.clearCaa(host);
    await dns.addCaa(host, [{ tag: 'issuewild', value: ';' }]);
    check = await checkDns({ hostname: host, withWww: true, verificationToken: token }, config);
    expect(check.findings).toEqual([{ code: 'OK', name: host }]);
    await dns.clearCaa(host);
  });

  it('follows a subdomain up to its parent\u2019s CAA records, where an empty issue value forbids every CA', async () => {
    const parent = apex();
    const host = `loja.${parent}`;
    await dns.setTxt(`_pagemagic.${host}`, token);
    // The subdomain is a CNAME to us, so it has no records of its own: its parent's CAA decides.
    await dns.setCname(host, TARGET);
    await dns.addCaa(parent, [{ tag: 'issue', value: ';' }]);
    const check = await checkDns({ hostname: host, withWww: false, verificationToken: token }, config);
    expect(check.findings).toEqual([{ code: 'CAA_FORBIDS', name: parent, expected: ['letsencrypt.org'], found: [';'] }]);
    await dns.clearCaa(parent);
    await dns.addCaa(parent, [{ tag: 'issue', value: 'letsencrypt.org' }]);
    expect((await checkDns({ hostname: host, withWww: false, verificationToken: token }, config)).findings).toEqual([{ code: 'OK', name: host }]);
    await dns.clearCaa(parent);
  });

  it('names another CDN still in front, by its proxy addresses or its CNAME, instead of a stray record', async () => {
    const host = apex();
    await dns.setTxt(`_pagemagic.${host}`, token);
    await dns.setA(host, ['104.16.132.229', '104.16.133.229']);
    await dns.setCname(`www.${host}`, 'd1a2b3c4d5e6f7.cloudfront.net');
    const check = await checkDns({ hostname: host, withWww: true, verificationToken: token }, config);
    expect(check).toMatchObject({ isOwnershipProven: true, isRoutingOk: false });
    expect(check.findings).toEqual([
      { code: 'PROXIED_BY_CDN', name: host, expected: [OURS], found: ['Cloudflare'] },
      { code: 'PROXIED_BY_CDN', name: `www.${host}`, expected: [TARGET], found: ['Amazon CloudFront'] },
    ]);
    // Proxy turned off and the records pointed at us: connected.
    await dns.clearA(host);
    await dns.setA(host, [OURS]);
    await dns.setCname(`www.${host}`, TARGET);
    expect((await checkDns({ hostname: host, withWww: true, verificationToken: token }, config)).findings).toEqual([{ code: 'OK', name: host }]);
  });

  it('never proves anything when the server fails: SERVFAIL, garbage, silence', async () => {
    const host = apex();
    await dns.setTxt(`_pagemagic.${host}`, token);
    await dns.setServfail(`_pagemagic.${host}`);
    const servfail = await checkDns({ hostname: host, withWww: false, verificationToken: token }, config);
    expect(servfail.isOwnershipProven).toBe(false);
    expect(servfail.findings[0]).toMatchObject({ code: 'RESOLVER_FAILED', name: `_pagemagic.${host}`, found: ['ESERVFAIL'] });

    for (const socket of [garbage, silent]) {
      const resolver = `127.0.0.1:${(socket.address() as AddressInfo).port}`;
      const started = Date.now();
      const check = await checkDns({ hostname: host, withWww: true, verificationToken: token }, { ...config, resolver, timeoutMs: 300 });
      expect(check.isOwnershipProven || check.isRoutingOk).toBe(false);
      expect(new Set(check.findings.map((f) => f.code))).toEqual(new Set(['RESOLVER_FAILED']));
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it('reports a resolver setting that is not an address instead of throwing', async () => {
    const check = await checkDns({ hostname: 'example.com', withWww: false, verificationToken: token }, { ...config, resolver: 'dns.example.com' });
    expect(check.findings.map((f) => f.code)).toEqual(['RESOLVER_FAILED']);
  });
});

describe('requiredRecords', () => {
  it('gives an apex its TXT, A, AAAA and www CNAME, named as registrars ask', () => {
    const records = requiredRecords({ hostname: 'exemplo.com.br', withWww: true, verificationToken: token }, { ...config, aaaa: ['2001:db8::10'] });
    expect(records).toEqual([
      { type: 'TXT', name: '_pagemagic.exemplo.com.br', host: '_pagemagic', value: token },
      { type: 'A', name: 'exemplo.com.br', host: '@', value: OURS },
      { type: 'AAAA', name: 'exemplo.com.br', host: '@', value: '2001:db8::10' },
      { type: 'CNAME', name: 'www.exemplo.com.br', host: 'www', value: TARGET },
    ]);
  });

  it('gives a subdomain its TXT and CNAME, and an apex without configured addresses an ALIAS', () => {
    expect(requiredRecords({ hostname: 'loja.exemplo.com.br', withWww: false, verificationToken: token }, config)).toEqual([
      { type: 'TXT', name: '_pagemagic.loja.exemplo.com.br', host: '_pagemagic.loja', value: token },
      { type: 'CNAME', name: 'loja.exemplo.com.br', host: 'loja', value: TARGET },
    ]);
    const alias = requiredRecords({ hostname: 'exemplo.com.br', withWww: false, verificationToken: token }, { ...config, a: [] });
    expect(alias.map((r) => `${r.type} ${r.host} ${r.value}`)).toEqual([`TXT _pagemagic ${token}`, `ALIAS @ ${TARGET}`]);
  });
});
