// The Namecheap registrar through its XML wire format, against a local server answering as
// Namecheap does: check, pricing, create, renew, name servers, getHosts/setHosts, and its
// Status="ERROR" answers mapped to the app's codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '@/test/assertions';
import { startNamecheapStandIn, type NamecheapStandIn } from '@/test/stand-ins/namecheap';
import { configureNamecheap, findNamecheap, NamecheapRegistrar, splitDomain } from './namecheap';
import { namecheapCall } from './namecheap-client';
import { registrantSchema } from './registrar';

let nc: NamecheapStandIn;
let registrar: NamecheapRegistrar;

beforeAll(async () => {
  nc = await startNamecheapStandIn();
  registrar = new NamecheapRegistrar({ ...nc.credentials, baseUrl: nc.url });
});
afterAll(async () => {
  configureNamecheap(undefined);
  await nc?.close();
});

const registrant = registrantSchema.parse({
  firstName: 'Ana',
  lastName: 'Souza',
  address1: 'Rua XV de Novembro, 100',
  city: 'Curitiba',
  stateProvince: 'PR',
  postalCode: '80020-310',
  country: 'br',
  phone: '+55.4199998888',
  email: 'ana@padaria.example',
});

let n = 0;
const fresh = (tld = 'com') => `padaria-${Date.now().toString(36)}-${++n}.${tld}`;

describe('Namecheap registrar', () => {
  it('is off without keys and on with them', () => {
    configureNamecheap(null);
    expect(findNamecheap()).toBeNull();
    configureNamecheap({ ...nc.credentials, baseUrl: nc.url });
    expect(findNamecheap()).toBeInstanceOf(NamecheapRegistrar);
  });

  it('checks availability of several names in one call, one name read as a list too', async () => {
    const name = fresh();
    const results = await registrar.check([name, 'example.com', 'shop.io']);
    expect(results).toEqual([
      { name, isAvailable: true, isPremium: false, premiumPriceCents: null },
      { name: 'example.com', isAvailable: false, isPremium: false, premiumPriceCents: null },
      { name: 'shop.io', isAvailable: true, isPremium: true, premiumPriceCents: 250_000 },
    ]);
    // A single result is still an array (isArray), and its attributes stay strings.
    expect(await registrar.check(['example.com'])).toEqual([{ name: 'example.com', isAvailable: false, isPremium: false, premiumPriceCents: null }]);
    expect(nc.requests.at(-1)).toMatchObject({
      method: 'GET',
      command: 'namecheap.domains.check',
      params: { DomainList: 'example.com', ClientIp: '203.0.113.10' },
    });
  });

  it('refuses names that are not registrable before calling Namecheap', async () => {
    const before = nc.requests.length;
    for (const bad of ['shop.example.com', 'com', 'exa mple.com', '_x.com', 'a..com', 'x'.repeat(64) + '.com']) {
      expect((await rejection(registrar.check([bad]))).code).toBe('INVALID_INPUT');
    }
    expect(nc.requests.length).toBe(before);
    expect(splitDomain('Padaria.com.BR')).toEqual({ sld: 'padaria', tld: 'com.br' });
  });

  it('prices a registration and a renewal in integer cents, per number of years', async () => {
    expect(await registrar.price('com', 'register', 1)).toEqual({ cents: 1048, currency: 'USD', years: 1 });
    expect(await registrar.price('com', 'register', 2)).toEqual({ cents: 2096, currency: 'USD', years: 2 });
    expect(await registrar.price('com', 'renew', 1)).toEqual({ cents: 1478, currency: 'USD', years: 1 });
    expect(await registrar.price('io', 'register', 1)).toEqual({ cents: 3498, currency: 'USD', years: 1 });
    expect(await registrar.price('xyz', 'register', 1)).toBeNull();
  });

  it('registers with the contact for every role, reads the expiry, and renews', async () => {
    const name = fresh();
    const registration = await registrar.register(name, { years: 2, registrant, nameservers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'] });
    const expected = new Date();
    expect(registration).toMatchObject({ name, chargedCents: 2096, currency: 'USD' });
    expect(registration.orderId).toMatch(/^\d+$/);
    expect(registration.expiresAt.getUTCFullYear()).toBe(expected.getUTCFullYear() + 2);
    const sent = nc.requests.find((r) => r.command === 'namecheap.domains.create' && r.params.DomainName === name)!;
    expect(sent.method).toBe('POST');
    expect(sent.params).toMatchObject({
      Years: '2',
      RegistrantCountry: 'BR',
      AdminEmailAddress: 'ana@padaria.example',
      AuxBillingPhone: '+55.4199998888',
      Nameservers: 'ada.ns.cloudflare.com,bob.ns.cloudflare.com',
    });
    expect(nc.domains.get(name)?.nameservers).toEqual(['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com']);

    const renewal = await registrar.renew(name, 1);
    expect(renewal.chargedCents).toBe(1458);
    expect(renewal.expiresAt.getUTCFullYear()).toBe(expected.getUTCFullYear() + 3);
    expect((await registrar.expiry(name)).getTime()).toBe(renewal.expiresAt.getTime());
  });

  it('a taken name is CONFLICT, a bad phone INVALID_INPUT, a foreign domain NOT_FOUND, and nothing is recorded', async () => {
    const taken = await rejection(registrar.register('example.com', { years: 1, registrant }));
    expect(taken).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Namecheap error 3019166') });
    const name = fresh();
    const badPhone = await rejection(registrar.register(name, { years: 1, registrant: { ...registrant, phone: '4199998888' } }));
    expect(badPhone).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('phone') });
    expect(nc.domains.has(name)).toBe(false);
    expect(await rejection(registrar.renew(fresh(), 1))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('2019166') });
  });

  it('reads, replaces and upserts host records; setHosts replaces the whole list', async () => {
    const name = fresh();
    await registrar.register(name, { years: 1, registrant });
    expect(await registrar.getNameservers(name)).toEqual({ isRegistrarDns: true, nameservers: ['dns1.registrar-servers.com', 'dns2.registrar-servers.com'] });
    await registrar.setHosts(name, [
      { name: '@', type: 'A', address: '203.0.113.7', ttl: 1800 },
      { name: '@', type: 'MX', address: 'mail.example.net', ttl: 1800, mxPref: 5 },
    ]);
    expect(await registrar.getHosts(name)).toEqual([
      { name: '@', type: 'A', address: '203.0.113.7', ttl: 1800 },
      { name: '@', type: 'MX', address: 'mail.example.net', ttl: 1800, mxPref: 5 },
    ]);
    // A bare setHosts with one record leaves only that record.
    await registrar.setHosts(name, [{ name: 'www', type: 'CNAME', address: 'sites.pagemagic.test.', ttl: 300 }]);
    expect((await registrar.getHosts(name)).map((h) => h.name)).toEqual(['www']);
    // upsertHosts reads first, so the CNAME stays when the TXT is added.
    await registrar.upsertHosts(name, [{ name: '_pagemagic.www', type: 'TXT', address: 'pm-token', ttl: 300 }]);
    expect((await registrar.getHosts(name)).map((h) => `${h.type} ${h.name} ${h.address}`)).toEqual([
      'CNAME www sites.pagemagic.test.',
      'TXT _pagemagic.www pm-token',
    ]);
    // One host record answered is still a list.
    await registrar.setHosts(name, [{ name: '@', type: 'TXT', address: 'only', ttl: 300 }]);
    expect(await registrar.getHosts(name)).toEqual([{ name: '@', type: 'TXT', address: 'only', ttl: 300 }]);

    await registrar.setNameservers(name, ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com']);
    expect(await registrar.getNameservers(name)).toEqual({ isRegistrarDns: false, nameservers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'] });
    // Host records live at Namecheap only while its DNS is used.
    expect((await rejection(registrar.getHosts(name))).message).toContain('2030288');
    expect((await rejection(registrar.setNameservers(name, ['only.one.example']))).code).toBe('INVALID_INPUT');
  });

  it('maps credential, IP and unknown errors; a non-XML answer is UPSTREAM_FAILED', async () => {
    const wrongKey = new NamecheapRegistrar({ ...nc.credentials, apiKey: 'nope', baseUrl: nc.url });
    expect(await rejection(wrongKey.check(['x.com']))).toMatchObject({ code: 'UPSTREAM_FAILED', message: expect.stringContaining('NAMECHEAP_') });
    const wrongIp = new NamecheapRegistrar({ ...nc.credentials, clientIp: '198.51.100.1', baseUrl: nc.url });
    expect(await rejection(wrongIp.check(['x.com']))).toMatchObject({ code: 'UPSTREAM_FAILED', message: expect.stringContaining('Invalid request IP') });
    nc.failNext('namecheap.domains.check', '500000', 'Too many requests');
    expect((await rejection(registrar.check(['x.com']))).code).toBe('RATE_LIMITED');
    nc.failNext('namecheap.domains.create', '2528166', 'Order creation failed');
    expect(await rejection(registrar.register(fresh(), { years: 1, registrant }))).toMatchObject({
      code: 'UPSTREAM_FAILED',
      message: expect.stringContaining('could not place the order'),
    });
    const notXml = await rejection(namecheapCall({ ...nc.credentials, baseUrl: nc.url.replace('/xml.response', '/nothing') }, 'namecheap.domains.check', {}));
    expect(notXml.code).toBe('UPSTREAM_FAILED');
    const down = new NamecheapRegistrar({ ...nc.credentials, baseUrl: 'http://127.0.0.1:9/xml.response' });
    expect(await rejection(down.check(['x.com']))).toMatchObject({ code: 'UPSTREAM_FAILED', message: expect.stringContaining('did not answer') });
  });
});
