// Site hosts served as server.ts serves them (routeHost, then answerSiteHost), against the real
// PostgreSQL with a published site: a custom domain serves the same pages with the owner's www and
// cache settings, renamed addresses move, unknown hosts get the styled 404, and no redirect ever
// leaves the host (issue 19: `/%2Fevil.com/` answered `Location: //evil.com`).
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { CustomDomainRoute } from '@/lib/domains/hosts';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { answeredAtOnce, hostsLikeServer, listenOnLoopback, rawRequest } from '@/test/http';
import { publishSite } from './publish';
import { listenForPublishes } from './serve';
import { customDomainRedirect } from './site-hosts';

let server: Server;
let base: string;
let stopListening: () => Promise<void>;
let slug: string;
let siteId: string;
let hostname: string;

const HOSTILE_PATHS = [
  '/%2Fevil.com/',
  '/%2F%2Fevil.com/',
  '/%5Cevil.com/',
  '/%5C%5Cevil.com/',
  '/%2F%5Cevil.com/',
  '//evil.com/',
  '///evil.com/',
  '/\\evil.com/',
  '/\\/evil.com/',
  '/%2Fevil.com/?next=//evil.com',
  '/%2F/evil.com//',
];
// With a control byte (a tab here) the path is refused outright: 400, no Location at all.
const CONTROL_PATHS = ['/%09/evil.com/', '/%00/evil.com/', '/%0D%0ALocation:%20http://evil.com/'];

function get(host: string, path: string, headers: Record<string, string> = {}) {
  return rawRequest(base, { host, rawPath: path, headers: { 'accept-encoding': 'identity', ...headers } });
}

function expectSameHostLocation(location: string | string[] | undefined, why: string) {
  expect(typeof location, why).toBe('string');
  expect(location === '/' || /^\/[^/\\]/.test(location as string), `${why}: ${String(location)}`).toBe(true);
}

beforeAll(async () => {
  stopListening = listenForPublishes();
  ({ server, base } = await listenOnLoopback(hostsLikeServer));
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria Teste', document: testDocument() });
  slug = site.slug;
  siteId = site.id;
  hostname = `padaria-${randomUUID().slice(0, 8)}.example.test`;
  // Connected and verified as the Domains flow leaves it, before publishing: the pages then name it.
  await db.domain.create({
    data: { ownerId: user.id, siteId, hostname, withWww: true, status: 'active', verificationToken: randomUUID(), verifiedAt: new Date() },
  });
  await publishSite(user, siteId);
});

afterAll(async () => {
  await stopListening();
  server.close();
});

describe('a verified custom domain', () => {
  it('serves the site\u2019s pages, which name the domain as canonical', async () => {
    const onDomain = await get(`${hostname}:3000`, '/');
    const onAddress = await get(`${slug}.localhost:3000`, '/');
    expect(onDomain.status).toBe(200);
    expect(onDomain.headers.etag).toBe(onAddress.headers.etag);
    expect(onDomain.text()).toContain(`<link rel="canonical" href="http://${hostname}:3000/"`);
    expect((await get(hostname, '/sitemap.xml')).text()).toContain(`<loc>http://${hostname}:3000/sobre</loc>`);
    expect((await get(hostname, '/robots.txt')).text()).toContain(`Sitemap: http://${hostname}:3000/sitemap.xml`);
    expect((await get(hostname, '/sobre')).status).toBe(200);
    expect((await get(hostname, '/nao-existe')).status).toBe(404);
    // No settings row: the sites' usual Cache-Control, no HSTS over plain HTTP.
    expect(onDomain.headers['cache-control']).toBe(onAddress.headers['cache-control']);
    expect(onDomain.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends www to the apex by default, keeping path, query and port', async () => {
    const res = await get(`www.${hostname}:3000`, '/sobre?utm_source=x');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`http://${hostname}:3000/sobre?utm_source=x`);
  });

  it('follows the owner\u2019s settings: apex to www, or both served; its cache TTL', async () => {
    const domain = await db.domain.findFirstOrThrow({ where: { hostname } });
    await db.domainSettings.create({ data: { domainId: domain.id, wwwRedirect: 'to-www', cacheTtl: 60 } });
    // The domains flow announces the change (domainChanged); the listener forgets the host.
    await db.$executeRaw`SELECT pg_notify('pm_hosts_changed', ${hostname})`;
    await expect.poll(async () => (await get(hostname, '/sobre')).headers.location, { timeout: 5000 }).toBe(`http://www.${hostname}/sobre`);
    const onWww = await get(`www.${hostname}`, '/');
    expect(onWww.status).toBe(200);
    expect(onWww.headers['cache-control']).toBe('public, max-age=60');

    await db.domainSettings.update({ where: { domainId: domain.id }, data: { wwwRedirect: 'none' } });
    await db.$executeRaw`SELECT pg_notify('pm_hosts_changed', ${hostname})`;
    await expect.poll(async () => (await get(hostname, '/')).status, { timeout: 5000 }).toBe(200);
    expect((await get(`www.${hostname}`, '/')).status).toBe(200);
    await db.domainSettings.delete({ where: { domainId: domain.id } });
    await db.$executeRaw`SELECT pg_notify('pm_hosts_changed', ${hostname})`;
    await expect.poll(async () => (await get(`www.${hostname}`, '/')).status, { timeout: 5000 }).toBe(301);
  });
});

describe('pages already in memory', () => {
  it('are answered at once, byte for byte as the first time; redirects, misses and 404s take the full path', async () => {
    const at = () => answeredAtOnce.count;
    for (const host of [`${slug}.localhost:3000`, hostname]) {
      const before = at();
      const first = await get(host, '/sobre', { 'accept-encoding': 'br' });
      const again = await get(host, '/sobre', { 'accept-encoding': 'br' });
      expect(at() - before, host).toBeGreaterThanOrEqual(1);
      expect(again.status).toBe(200);
      expect(again.body.equals(first.body)).toBe(true);
      for (const header of ['etag', 'content-encoding', 'content-security-policy', 'cache-control', 'vary', 'content-type'])
        expect(again.headers[header], `${host} ${header}`).toBe(first.headers[header]);
      // A conditional request still gets its 304.
      expect((await get(host, '/sobre', { 'if-none-match': String(first.headers.etag) })).status).toBe(304);
    }
    const before = at();
    expect((await get(`www.${hostname}:3000`, '/sobre')).status).toBe(301);
    expect((await get(hostname, '/nao-existe')).status).toBe(404);
    expect((await get(hostname, '/sobre/')).status).toBe(301);
    expect(at()).toBe(before);
  });
});

describe('redirects stay on the host', () => {
  it('on a site address, a custom domain and its www form, for every hostile path', async () => {
    for (const host of [`${slug}.localhost:3000`, hostname, `www.${hostname}`]) {
      for (const path of HOSTILE_PATHS) {
        const res = await get(host, path);
        const why = `${host}${path}`;
        expect(res.status, why).toBe(301);
        const location = res.headers.location as string;
        if (host.startsWith('www.')) {
          // Off to the apex: the same host's other name, never another.
          expect(new URL(location).host, why).toBe(hostname);
          expectSameHostLocation(location.slice(`http://${hostname}`.length), why);
        } else {
          expectSameHostLocation(location, why);
        }
        expect(new URL(location, `http://${host}/`).hostname, why).toBe(host.startsWith('www.') ? hostname : host.replace(/:\d+$/, ''));
      }
    }
    for (const host of [`${slug}.localhost:3000`, hostname, `www.${hostname}`])
      for (const path of CONTROL_PATHS) {
        const res = await get(host, path);
        expect(res.status, `${host}${path}`).toBe(400);
        expect(res.headers.location, `${host}${path}`).toBeUndefined();
      }
    expect((await get(`${slug}.localhost`, '/%2Fevil.com/')).headers.location).toBe('/evil.com');
    expect((await get(`${slug}.localhost`, '/%5Cevil.com/')).headers.location).toBe('/%5Cevil.com');
  });

  it('on a renamed address, to the site\u2019s own address with the same path', async () => {
    const renamed = `old-${randomUUID().slice(0, 8)}`;
    await db.subdomain.create({ data: { siteId, label: renamed, redirectUntil: new Date(Date.now() + 86_400_000) } });
    const res = await get(`${renamed}.localhost:3000`, '/sobre?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`http://${slug}.localhost:3000/sobre?x=1`);
    expect((await get(`www.${slug}.localhost:3000`, '/sobre')).headers.location).toBe(`http://${slug}.localhost:3000/sobre`);
    for (const path of HOSTILE_PATHS) {
      const location = (await get(`${renamed}.localhost`, path)).headers.location as string;
      expect(new URL(location).host, path).toBe(`${slug}.localhost:3000`);
      expectSameHostLocation(location.slice(`http://${slug}.localhost:3000`.length), path);
    }
    for (const path of CONTROL_PATHS) expect((await get(`${renamed}.localhost`, path)).headers.location, path).toBeUndefined();
  });

  it('never on an unknown host: a styled 404 with a strict CSP', async () => {
    for (const host of [`nobody-${randomUUID().slice(0, 8)}.localhost`, 'nobody.example.test', `a.b.${slug}.localhost`]) {
      for (const path of ['/', ...HOSTILE_PATHS]) {
        const res = await get(host, path);
        expect(res.status, `${host}${path}`).toBe(404);
        expect(res.headers.location).toBeUndefined();
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*style-src 'sha256-/);
        expect(res.text()).toContain('Nothing here yet');
      }
    }
  });
});

describe('customDomainRedirect', () => {
  const route: CustomDomainRoute = {
    kind: 'custom',
    slug: 'padaria',
    siteId: 'site',
    domainId: 'domain',
    domainHostname: 'example.com',
    hostname: 'example.com',
    withWww: true,
    hasCertificate: false,
    settings: { httpsRedirect: true, wwwRedirect: 'to-apex', hsts: false, hstsMaxAge: 600, cacheTtl: null },
  };
  const direct = { isHttps: false, isProxied: false, port: '' };
  const proxied = { isHttps: false, isProxied: true, port: '' };
  const www = { ...route, hostname: 'www.example.com' };

  it('sends plain HTTP to HTTPS behind a TLS proxy, only when the owner wants it', () => {
    expect(customDomainRedirect(route, proxied, '/a', '?b=1')).toBe('https://example.com/a?b=1');
    expect(customDomainRedirect(route, { ...proxied, isHttps: true }, '/a', '')).toBeNull();
    expect(customDomainRedirect({ ...route, settings: { ...route.settings, httpsRedirect: false } }, proxied, '/a', '')).toBeNull();
    // Served directly with no HTTPS listener (HTTPS_PORT 0 here), a certificate alone changes nothing.
    expect(customDomainRedirect({ ...route, hasCertificate: true }, direct, '/a', '')).toBeNull();
  });

  it('moves between www and the apex in the same redirect, and only when www is connected', () => {
    expect(customDomainRedirect(www, direct, '/a', '')).toBe('http://example.com/a');
    expect(customDomainRedirect(www, { ...direct, port: '8080' }, '/a', '')).toBe('http://example.com:8080/a');
    expect(customDomainRedirect(www, proxied, '//evil.com', '')).toBe('https://example.com/evil.com');
    const toWww = { ...route, settings: { ...route.settings, wwwRedirect: 'to-www' as const } };
    expect(customDomainRedirect(toWww, direct, '/', '')).toBe('http://www.example.com/');
    expect(customDomainRedirect({ ...toWww, hostname: 'www.example.com' }, direct, '/', '')).toBeNull();
    expect(customDomainRedirect({ ...toWww, withWww: false }, direct, '/', '')).toBeNull();
    const none = { ...www, settings: { ...route.settings, wwwRedirect: 'none' as const } };
    expect(customDomainRedirect(none, direct, '/', '')).toBeNull();
  });
});
