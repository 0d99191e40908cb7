// The marketing pages served from the build: the page for the visitor's language and signed-in
// state, the encodings, ETag/304, the headers, and what is left to Next. A small build on disk
// (prerender manifest and HTML files in Next's layout) stands in for `.next`.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiLocales } from '@/lib/i18n/languages';
import { rawRequest } from '@/test/http';
import { LOCALE_SCRIPT, loadMarketingPages, withoutClientRuntime, type MarketingPages } from './pages';

const SCRIPT = 'self.__next_f.push([1,"hello"])';
const hashOf = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;
const RUNTIME = '(globalThis.TURBOPACK ||= []).push({})';
// A built page as Next writes it: its stylesheet, its scripts (preloaded, external, inline), the page.
const html = (route: string) =>
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script>' +
  `<link rel="icon" href="/favicon.svg" type="image/svg+xml"/></head><body><h1>${route}</h1><p>${'words '.repeat(400)}</p>` +
  `<script src="/_next/static/chunks/d.js" noModule=""></script><script id="_R_">${RUNTIME}</script><script>${SCRIPT}</script></body></html>`;

let dist: string;
let pages: MarketingPages;
let server: Server;
let base: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'marketing-pages-'));
  const routes: Record<string, { initialRevalidateSeconds: number | false }> = {};
  for (const locale of uiLocales) {
    for (const visitor of ['guest', 'member']) {
      for (const path of ['', '/pricing', '/legal/privacy', '/legal/terms']) {
        const route = `/${locale}/${visitor}${path}`;
        routes[route] = { initialRevalidateSeconds: false };
        const file = join(dist, 'server', 'app', `${route}.html`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html(route));
      }
    }
  }
  // A page rebuilt at run time is never served from the file.
  routes['/en/guest/legal/terms'] = { initialRevalidateSeconds: 60 };
  writeFileSync(join(dist, 'prerender-manifest.json'), JSON.stringify({ routes }));
  pages = await loadMarketingPages(dist, 'en');
  server = createServer((req, res) => {
    if (pages.answer(req, res)) return;
    res.statusCode = 299;
    res.end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dist, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(base, { host: 'localhost:3000', rawPath: path, method, headers });

describe('marketing pages from the build', () => {
  it('holds every built page but one rebuilt at run time', () => {
    expect(pages.routes()).toHaveLength(23);
    expect(pages.routes()).not.toContain('/en/guest/legal/terms');
  });

  it('answers in the language of the cookie, else of Accept-Language, else the default', async () => {
    expect((await get('/pricing')).text()).toContain('<h1>/en/guest/pricing</h1>');
    expect((await get('/pricing', { 'accept-language': 'pt-PT,pt;q=0.9,en;q=0.5' })).text()).toContain('<h1>/pt-BR/guest/pricing</h1>');
    expect((await get('/pricing', { 'accept-language': 'es-AR,es;q=0.9,en;q=0.5' })).text()).toContain('<h1>/es/guest/pricing</h1>');
    expect((await get('/', { 'accept-language': 'en', cookie: 'NEXT_LOCALE=es' })).text()).toContain('<h1>/es/guest</h1>');
    expect((await get('/', { 'accept-language': 'pt-BR', cookie: 'NEXT_LOCALE=en' })).text()).toContain('<h1>/en/guest</h1>');
    expect((await get('/legal/privacy', { cookie: 'a=1; NEXT_LOCALE=pt-BR' })).text()).toContain('<h1>/pt-BR/guest/legal/privacy</h1>');
    // A query string does not change the page.
    expect((await get('/?utm_source=x', { 'accept-language': 'pt-BR' })).text()).toContain('<h1>/pt-BR/guest</h1>');
  });

  it('gives a signed-in visitor (session cookie) the page whose header leads to the dashboard', async () => {
    expect((await get('/', { cookie: 'next-auth.session-token=abc' })).text()).toContain('<h1>/en/member</h1>');
    expect((await get('/pricing', { cookie: '__Secure-next-auth.session-token.0=abc; NEXT_LOCALE=pt-BR' })).text()).toContain('<h1>/pt-BR/member/pricing</h1>');
  });

  it('sends the stored brotli or gzip bytes by Accept-Encoding, and plain bytes otherwise', async () => {
    const plain = await get('/pricing');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    const br = await get('/pricing', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await get('/pricing', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it('answers 304 to a matching If-None-Match, and a page of another language has another ETag', async () => {
    const first = await get('/');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect((await get('/', { 'if-none-match': `W/"x", ${etag}` })).status).toBe(304);
    const pt = await get('/', { 'if-none-match': etag, 'accept-language': 'pt-BR' });
    expect(pt.status).toBe(200);
    expect(pt.headers.etag).not.toBe(etag);
  });

  it('sends the headers Next sent for these pages: policy by script hash, security headers, Vary, caching', async () => {
    const res = await get('/pricing');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain(`script-src 'self' '${hashOf(RUNTIME)}' '${hashOf(SCRIPT)}';`);
    expect(csp).not.toContain('nonce-');
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['permissions-policy']).toContain('camera=()');
    expect(res.headers.vary).toBe('rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding, Accept-Language, Cookie');
    expect(res.headers['cache-control']).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=86400, must-revalidate');
  });

  it("sends the pages that need no React without Next's scripts, with the language picker's own, allowed by its hash", async () => {
    for (const path of ['/', '/legal/privacy']) {
      const res = await get(path, { 'accept-language': 'pt-BR' });
      const text = res.text();
      expect(text, path).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
      expect(text, path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
      expect(text.match(/<script\b[^>]*>/g), path).toEqual(['<script>']);
      expect(text, path).toContain(`<script>${LOCALE_SCRIPT}</script></body>`);
      expect(text, path).not.toContain('.js');
      expect(res.headers['content-security-policy'], path).toContain(`script-src 'self' '${hashOf(LOCALE_SCRIPT)}';`);
    }
    // The pricing page's period tabs are React's: it keeps every script.
    const pricing = (await get('/pricing')).text();
    expect(pricing).toBe(html('/en/guest/pricing'));
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/pricing', { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
  });

  it("leaves to Next the router's RSC requests, other methods, other addresses and pages not built as files", async () => {
    expect((await get('/pricing', { rsc: '1' })).status).toBe(299);
    expect((await get('/pricing', { 'next-router-prefetch': '1' })).status).toBe(299);
    expect((await get('/pricing?_rsc=abc12')).status).toBe(299);
    expect((await get('/pricing', {}, 'POST')).status).toBe(299);
    expect((await get('/pricing/')).status).toBe(299);
    expect((await get('/en/guest/pricing')).status).toBe(299);
    expect((await get('/dashboard')).status).toBe(299);
    expect((await get('/legal/terms')).status).toBe(299);
    expect((await get('/legal/terms', { 'accept-language': 'pt-BR' })).status).toBe(200);
  });

  it('leaves a page whose streamed parts need a script to be put in place as built', () => {
    const streamed = '<html><body><div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script></body></html>';
    expect(withoutClientRuntime(streamed)).toBeNull();
    expect(withoutClientRuntime('<html><body><template id="B:0"></template><script>x</script></body></html>')).toBeNull();
    expect(withoutClientRuntime('<html><body><p>a</p><script>x</script></body></html>')).toBe(
      `<html><body><p>a</p><script>${LOCALE_SCRIPT}</script></body></html>`,
    );
  });

  it('serves nothing when the build has no prerender manifest (development)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'marketing-pages-'));
    try {
      expect((await loadMarketingPages(empty, 'en')).routes()).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
