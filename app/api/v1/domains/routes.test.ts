// The /api/v1/domains routes built on lib/domains, called as Next calls them: the one error shape
// with the right status, another owner's ids answering 404 on every route, hostile record values
// refused with 422 and nothing stored, certificate export as PEM and PKCS#12 checked with openssl,
// analytics narrowed to the domain's hostnames, and the off-without-keys answers.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addPageViews } from '@/lib/analytics/store';
import { db } from '@/lib/db';
import { keyBox } from '@/lib/domains/acme';
import { configureCloudflare } from '@/lib/domains/providers/cloudflare';
import { configureNamecheap } from '@/lib/domains/registrars/namecheap';
import { AppError } from '@/lib/errors';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';
import { startCloudflareStandIn, type CloudflareStandIn } from '@/test/stand-ins/cloudflare';
import { startNamecheapStandIn, type NamecheapStandIn } from '@/test/stand-ins/namecheap';

const signedIn = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock('@/lib/auth/require-user', () => ({
  getApiUser: async () => {
    if (!signedIn.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    return signedIn.user;
  },
}));

const records = await import('./[id]/records/route');
const record = await import('./[id]/records/[recordId]/route');
const certificate = await import('./[id]/certificate/route');
const renew = await import('./[id]/certificate/renew/route');
const exporter = await import('./[id]/certificate/export/route');
const purge = await import('./[id]/purge/route');
const analytics = await import('./[id]/analytics/route');
const search = await import('./search/route');
const register = await import('./register/route');
const subdomains = await import('../sites/[id]/subdomains/route');

let cf: CloudflareStandIn;
let nc: NamecheapStandIn;
let dir: string;

beforeAll(async () => {
  [cf, nc] = await Promise.all([startCloudflareStandIn(), startNamecheapStandIn()]);
  dir = mkdtempSync(join(tmpdir(), 'pm-domain-api-'));
});
afterAll(async () => {
  configureCloudflare(undefined);
  configureNamecheap(undefined);
  await Promise.all([cf?.close(), nc?.close()]);
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  signedIn.user = null;
  configureCloudflare(null);
  configureNamecheap(null);
});

async function ownerWithDomain(opts: { withWww?: boolean } = {}) {
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria', document: testDocument() });
  const hostname = `shop-${randomUUID().slice(0, 8)}.example.test`;
  const domain = await db.domain.create({
    data: { ownerId: user.id, siteId: site.id, hostname, withWww: opts.withWww ?? false, verificationToken: 'pm-token', status: 'active' },
  });
  return { user, site, domain };
}

const url = (path: string) => `http://localhost/api/v1${path}`;
const json = (method: string, path: string, body?: unknown) =>
  new Request(url(path), {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });

// A self-signed ECDSA certificate stored as an issued one, as the ACME client stores them.
async function issuedCertificate(domain: { id: string; hostname: string }) {
  const keyFile = join(dir, `${domain.id}.key`);
  const certFile = join(dir, `${domain.id}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '30',
      '-subj',
      `/CN=${domain.hostname}`,
      '-addext',
      `subjectAltName=DNS:${domain.hostname}`,
    ],
    { stdio: 'ignore' },
  );
  const certificatePem = readFileSync(certFile, 'utf8');
  const keyPem = readFileSync(keyFile, 'utf8');
  await db.certificateInfo.create({
    data: {
      domainId: domain.id,
      hostnames: [domain.hostname],
      status: 'issued',
      certificatePem,
      keyEncrypted: keyBox().seal(keyPem),
      notBefore: new Date(),
      notAfter: new Date(Date.now() + 30 * 86_400_000),
    },
  });
  return { certificatePem, keyPem };
}

describe('/api/v1/domains records', () => {
  it('creates, lists, changes and deletes the owner’s records with the right statuses', async () => {
    const { user, domain } = await ownerWithDomain();
    signedIn.user = user;
    const created = await records.POST(
      json('POST', `/domains/${domain.id}/records`, { type: 'TXT', name: '_pagemagic', value: 'pm-token' }),
      ctx({ id: domain.id }),
    );
    expect(created.status).toBe(201);
    const { record: txt } = await created.json();
    expect(txt).toMatchObject({ type: 'TXT', name: '_pagemagic', value: 'pm-token' });

    const listed = await records.GET(json('GET', `/domains/${domain.id}/records`), ctx({ id: domain.id }));
    expect(listed.status).toBe(200);
    // Manual zones are kept per registrable domain: shop-….example.test is in example.test.
    expect(await listed.json()).toMatchObject({ zone: { name: 'example.test', provider: 'manual' }, records: [{ id: txt.id }] });

    const patched = await record.PATCH(json('PATCH', `/domains/${domain.id}/records/${txt.id}`, { ttl: 3600 }), ctx({ id: domain.id, recordId: txt.id }));
    expect(patched.status).toBe(200);
    expect((await patched.json()).record).toMatchObject({ id: txt.id, ttl: 3600 });

    const deleted = await record.DELETE(json('DELETE', `/domains/${domain.id}/records/${txt.id}`), ctx({ id: domain.id, recordId: txt.id }));
    expect(deleted.status).toBe(204);
    expect(await db.dNSRecord.count({ where: { zone: { ownerId: user.id } } })).toBe(0);
  });

  it('refuses hostile values with 422 (400 for malformed JSON) and stores nothing', async () => {
    const { user, domain } = await ownerWithDomain();
    signedIn.user = user;
    const hostile: unknown[] = [
      { type: 'A', name: '@', value: '203.0.113.7; rm -rf /' },
      { type: 'A', name: '@', value: '999.0.0.1' },
      { type: 'TXT', name: '_pagemagic', value: 'ok\r\nInjected: header' },
      { type: 'TXT', name: '_pagemagic', value: 'x'.repeat(5000) },
      { type: 'CNAME', name: '../etc', value: 'sites.pagemagic.test' },
      { type: 'CNAME', name: 'www', value: '<script>alert(1)</script>' },
      { type: 'CNAME', name: 'a'.repeat(64), value: 'sites.pagemagic.test' },
      { type: 'MX', name: '@', value: 'mail.example.net', priority: -1 },
      { type: 'CAA', name: '@', tag: 'issue', value: 'letsencrypt.org" 0 issue "evil.test' },
      { type: 'A', name: '@', value: '203.0.113.7', ttl: 5 },
      { type: 'SRV', name: '@', value: 'x' },
      { type: 'A', name: '@', value: 42 },
      [],
      null,
    ];
    for (const body of hostile) {
      const res = await records.POST(json('POST', `/domains/${domain.id}/records`, body), ctx({ id: domain.id }));
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json()).error.code).toBe('INVALID_INPUT');
    }
    const malformed = await records.POST(json('POST', `/domains/${domain.id}/records`, '{"type":'), ctx({ id: domain.id }));
    expect(malformed.status).toBe(400);
    expect(await db.dNSRecord.count({ where: { zone: { ownerId: user.id } } })).toBe(0);
    expect(await db.dNSZone.count({ where: { ownerId: user.id } })).toBe(0);

    // And a hostile change to a stored record leaves it as it was.
    const { record: a } = await (
      await records.POST(json('POST', `/domains/${domain.id}/records`, { type: 'A', name: '@', value: '203.0.113.7' }), ctx({ id: domain.id }))
    ).json();
    for (const body of [{ value: '203.0.113.7\n' + 'x' }, { type: 'SRV' }, { ttl: 'long' }, { zoneId: 'elsewhere' }]) {
      const res = await record.PATCH(json('PATCH', `/domains/${domain.id}/records/${a.id}`, body), ctx({ id: domain.id, recordId: a.id }));
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect(await db.dNSRecord.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ type: 'A', value: '203.0.113.7', ttl: 300 });
  });

  it('answers 401 signed out', async () => {
    const { domain } = await ownerWithDomain();
    const res = await records.GET(json('GET', `/domains/${domain.id}/records`), ctx({ id: domain.id }));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
  });
});

describe('another owner', () => {
  it('gets 404 on every route and changes nothing', async () => {
    const { user, site, domain } = await ownerWithDomain();
    signedIn.user = user;
    const { record: a } = await (
      await records.POST(json('POST', `/domains/${domain.id}/records`, { type: 'A', name: '@', value: '203.0.113.7' }), ctx({ id: domain.id }))
    ).json();
    await issuedCertificate(domain);
    signedIn.user = await createUser();
    configureCloudflare({ apiToken: cf.token, baseURL: cf.baseURL, maxRetries: 0 });

    const id = { id: domain.id };
    const answers: Array<[string, Response]> = [
      ['records GET', await records.GET(json('GET', '/x'), ctx(id))],
      ['records POST', await records.POST(json('POST', '/x', { type: 'A', name: 'x', value: '203.0.113.8' }), ctx(id))],
      ['record PATCH', await record.PATCH(json('PATCH', '/x', { value: '203.0.113.9' }), ctx({ ...id, recordId: a.id }))],
      ['record DELETE', await record.DELETE(json('DELETE', '/x'), ctx({ ...id, recordId: a.id }))],
      ['certificate GET', await certificate.GET(json('GET', '/x'), ctx(id))],
      ['renew POST', await renew.POST(json('POST', '/x'), ctx(id))],
      ['export pem', await exporter.POST(json('POST', '/x', { format: 'pem' }), ctx(id))],
      ['export p12', await exporter.POST(json('POST', '/x', { format: 'p12', password: 'long enough pass' }), ctx(id))],
      ['purge POST', await purge.POST(json('POST', '/x', {}), ctx(id))],
      ['analytics GET', await analytics.GET(json('GET', '/x?range=7d'), ctx(id))],
      ['subdomains GET', await subdomains.GET(json('GET', '/x'), ctx({ id: site.id }))],
    ];
    for (const [name, res] of answers) {
      expect(res.status, name).toBe(404);
      expect((await res.json()).error.code, name).toBe('NOT_FOUND');
    }
    expect(await db.dNSRecord.findMany({ where: { zone: { ownerId: user.id } }, select: { value: true } })).toEqual([{ value: '203.0.113.7' }]);
    expect(cf.purges).toEqual([]);
  });
});

describe('/api/v1/domains/[id]/certificate', () => {
  it('answers the status, and exports PEM and PKCS#12 attachments openssl reads', async () => {
    const { user, domain } = await ownerWithDomain();
    signedIn.user = user;
    const none = await certificate.GET(json('GET', '/x'), ctx({ id: domain.id }));
    expect(await none.json()).toMatchObject({ domain: { id: domain.id, hostname: domain.hostname }, certificate: null });
    const noPem = await exporter.POST(json('POST', '/x', { format: 'pem' }), ctx({ id: domain.id }));
    expect(noPem.status).toBe(404);

    const { certificatePem } = await issuedCertificate(domain);
    const status = await (await certificate.GET(json('GET', '/x'), ctx({ id: domain.id }))).json();
    expect(status.certificate).toMatchObject({ status: 'issued', hostnames: [domain.hostname] });
    expect(status.certificate.health).not.toBeNull();

    const pem = await exporter.POST(json('POST', '/x', { format: 'pem' }), ctx({ id: domain.id }));
    expect(pem.status).toBe(200);
    expect(pem.headers.get('content-type')).toBe('application/x-pem-file');
    expect(pem.headers.get('content-disposition')).toBe(`attachment; filename="${domain.hostname}.pem"`);
    const pemText = await pem.text();
    expect(pemText.startsWith(certificatePem.trim())).toBe(true);
    expect(pemText).toContain('PRIVATE KEY-----');
    const pemFile = join(dir, 'export.pem');
    writeFileSync(pemFile, pemText);
    expect(execFileSync('openssl', ['x509', '-in', pemFile, '-noout', '-subject']).toString()).toContain(domain.hostname);
    execFileSync('openssl', ['pkey', '-in', pemFile, '-noout']);

    const password = 'correct horse 42';
    const p12 = await exporter.POST(json('POST', '/x', { format: 'p12', password }), ctx({ id: domain.id }));
    expect(p12.status).toBe(200);
    expect(p12.headers.get('content-type')).toBe('application/x-pkcs12');
    expect(p12.headers.get('content-disposition')).toBe(`attachment; filename="${domain.hostname}.p12"`);
    const p12File = join(dir, 'export.p12');
    writeFileSync(p12File, Buffer.from(await p12.arrayBuffer()));
    const opened = execFileSync('openssl', ['pkcs12', '-in', p12File, '-passin', `pass:${password}`, '-nodes']).toString();
    expect(opened).toContain('BEGIN CERTIFICATE');
    expect(opened).toContain('PRIVATE KEY-----');
    // The wrong password does not open it.
    expect(() => execFileSync('openssl', ['pkcs12', '-in', p12File, '-passin', 'pass:wrong password', '-nodes'], { stdio: 'pipe' })).toThrow();
  });

  it('refuses a bad export request with 422, and renewal of an unverified domain with 409', async () => {
    const { user, domain } = await ownerWithDomain();
    signedIn.user = user;
    await issuedCertificate(domain);
    for (const body of [
      { format: 'p12', password: 'short' },
      { format: 'p12', password: 'line\nbreak here' },
      { format: 'p12' },
      { format: 'der' },
      { format: 'pem', password: 'x'.repeat(10) },
    ]) {
      const res = await exporter.POST(json('POST', '/x', body), ctx({ id: domain.id }));
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    await db.domain.update({ where: { id: domain.id }, data: { status: 'verifying' } });
    const res = await renew.POST(json('POST', '/x'), ctx({ id: domain.id }));
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('CONFLICT');
  });
});

describe('/api/v1/domains/[id]/purge', () => {
  it('answers 503 without Cloudflare and 409 for a domain whose DNS is not there', async () => {
    const { user, domain } = await ownerWithDomain();
    signedIn.user = user;
    const off = await purge.POST(json('POST', '/x', {}), ctx({ id: domain.id }));
    expect(off.status).toBe(503);
    expect((await off.json()).error.message).toMatch(/Cloudflare is not configured/);
    configureCloudflare({ apiToken: cf.token, baseURL: cf.baseURL, maxRetries: 0 });
    expect((await purge.POST(json('POST', '/x', {}), ctx({ id: domain.id }))).status).toBe(409);
    for (const body of [{ paths: ['https://evil.test/'] }, { paths: ['/a b'] }, { paths: [] }, { paths: '/' }, { everything: true }]) {
      expect((await purge.POST(json('POST', '/x', body), ctx({ id: domain.id }))).status, JSON.stringify(body)).toBe(422);
    }
  });

  it('purges the given paths, or every published path, on the domain at Cloudflare', async () => {
    configureCloudflare({ apiToken: cf.token, baseURL: cf.baseURL, maxRetries: 0 });
    const { user, site, domain } = await ownerWithDomain({ withWww: true });
    signedIn.user = user;
    const cfZone = cf.addZone(domain.hostname);
    await db.dNSZone.create({ data: { ownerId: user.id, domainId: domain.id, name: domain.hostname, provider: 'cloudflare', providerZoneId: cfZone.id } });

    const some = await purge.POST(json('POST', '/x', { paths: ['/about', '/about'] }), ctx({ id: domain.id }));
    expect(some.status).toBe(200);
    expect(await some.json()).toEqual({ zones: 1, urls: 2 });
    expect(cf.purges.filter((p) => p.zoneId === cfZone.id).flatMap((p) => p.files)).toEqual([
      `https://${domain.hostname}/about`,
      `https://www.${domain.hostname}/about`,
    ]);

    // Every published path: a version with two pages, a sitemap and the internal 404 page.
    const version = await db.siteVersion.create({ data: { siteId: site.id, number: 1, document: {} } });
    const file = (path: string) => ({
      versionId: version.id,
      path,
      contentType: 'text/html',
      etag: path,
      body: Buffer.from(''),
      gzip: Buffer.from(''),
      brotli: Buffer.from(''),
    });
    await db.publishedFile.createMany({ data: ['/', '/about', '/sitemap.xml', '/_pm/404'].map(file) });
    await db.site.update({ where: { id: site.id }, data: { publishedVersionId: version.id } });
    const before = cf.purges.length;
    const all = await (await purge.POST(json('POST', '/x', {}), ctx({ id: domain.id }))).json();
    expect(all).toEqual({ zones: 1, urls: 6 });
    const files = cf.purges.slice(before).flatMap((p) => p.files);
    expect(files).toContain(`https://${domain.hostname}/sitemap.xml`);
    expect(files.some((f) => f.includes('/_pm/'))).toBe(false);

    cf.fail('POST', `/zones/${cfZone.id}/purge_cache`, 500, { times: 1 });
    const failed = await purge.POST(json('POST', '/x', { paths: ['/'] }), ctx({ id: domain.id }));
    expect(failed.status).toBe(502);
  });
});

describe('/api/v1/domains/[id]/analytics', () => {
  it("counts the site's views on the domain's hostnames only", async () => {
    const { user, site, domain } = await ownerWithDomain({ withWww: true });
    signedIn.user = user;
    const day = new Date().toISOString().slice(0, 10);
    const view = (hostname: string, count: number) => ({
      siteId: site.id,
      hostname,
      day,
      path: '/',
      referrerHost: '',
      country: '',
      device: 'desktop' as const,
      count,
    });
    await addPageViews([view(domain.hostname, 3), view(`www.${domain.hostname}`, 2), view(`${site.slug}.localhost`, 100)]);
    const res = await analytics.GET(json('GET', '/x?range=7d'), ctx({ id: domain.id }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ hostname: domain.hostname, total: 5, range: { preset: '7d', days: 7 } });
    expect(body.hostnames.map((h: { key: string }) => h.key).sort()).toEqual([domain.hostname, `www.${domain.hostname}`].sort());

    const between = await (await analytics.GET(json('GET', `/x?from=${day}&to=${day}`), ctx({ id: domain.id }))).json();
    expect(between).toMatchObject({ total: 5, range: { from: day, to: day, preset: null } });
    for (const q of ['range=1y', 'from=2026-01-01', 'from=2026-02-01&to=2026-01-01', 'from=yesterday&to=today', 'hostname=other.test']) {
      expect((await analytics.GET(json('GET', `/x?${q}`), ctx({ id: domain.id }))).status, q).toBe(422);
    }
  });
});

describe('registrar and subdomains', () => {
  it('answers 503 for search and register without Namecheap, after checking the input', async () => {
    signedIn.user = await createUser();
    const res = await search.GET(json('GET', '/domains/search?q=padaria'), {});
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatchObject({ code: 'UNAVAILABLE', message: 'Domain registration is not configured on this server.' });
    expect((await search.GET(json('GET', '/domains/search'), {})).status).toBe(422);
    expect((await register.POST(json('POST', '/domains/register', { name: 'padaria.com' }), {})).status).toBe(422);
  });

  it('searches and registers through the registrar: prices, then 201 at the agreed price, 409 at another', async () => {
    const user = await createUser();
    await subscribe(user.id, 'pro');
    signedIn.user = user;
    configureNamecheap({ ...nc.credentials, baseUrl: nc.url });
    const name = `padaria${randomUUID().slice(0, 8)}`;
    const found = await search.GET(json('GET', `/domains/search?q=${name}`), {});
    expect(found.status).toBe(200);
    const { results } = await found.json();
    expect(results[0]).toEqual({ name: `${name}.com`, isAvailable: true, isPremium: false, priceCents: 1048, currency: 'USD' });

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
    const order = { name: `${name}.com`, years: 1, registrant, expectedPriceCents: 1048, consent: true };
    const stale = await register.POST(json('POST', '/domains/register', { ...order, expectedPriceCents: 999 }), {});
    expect(stale.status).toBe(409);
    expect(nc.domains.has(`${name}.com`)).toBe(false);
    expect((await register.POST(json('POST', '/domains/register', { ...order, consent: false }), {})).status).toBe(422);
    const bought = await register.POST(json('POST', '/domains/register', order), {});
    expect(bought.status).toBe(201);
    expect((await bought.json()).registration).toMatchObject({ name: `${name}.com`, chargedCents: 1048 });
    expect(await db.domainRegistration.count({ where: { ownerId: user.id, name: `${name}.com` } })).toBe(1);
  });

  it("lists the site's free address and its old labels", async () => {
    const { user, site } = await ownerWithDomain();
    signedIn.user = user;
    const until = new Date(Date.now() + 86_400_000);
    await db.subdomain.create({ data: { siteId: site.id, label: `old-${randomUUID().slice(0, 8)}`, redirectUntil: until } });
    const res = await subdomains.GET(json('GET', '/x'), ctx({ id: site.id }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.address.slug).toBe(site.slug);
    expect(body.address.origin).toContain(`${site.slug}.`);
    expect(body.subdomains).toEqual([expect.objectContaining({ label: expect.stringMatching(/^old-/), redirectUntil: until.toISOString() })]);
  });
});
