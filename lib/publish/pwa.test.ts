// Installable sites against the real PostgreSQL and the serving handler: the manifest, the icons
// (decoded by sharp), the offline page and the worker are stored and served with their types; the
// pages' CSP allows exactly the registration snippet by its hash; a site that is not installable,
// and any preview, still carries no script but its JSON-LD.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findChromium } from '@/scripts/chromium';
import { SW_REGISTRATION_SNIPPET } from '@/lib/render/pwa';
import { siteDocumentSchema } from '@/lib/sites/document';
import { createSite, saveDraft } from '@/lib/sites/mutations';
import { getSite } from '@/lib/sites/queries';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { listenOnLoopback, rawRequest, siteBySlug } from '@/test/http';
import { publishEngine } from './engine';
import { publishSite } from './publish';
import { forgetSite } from './serve';
import { shortName } from './pwa';

let server: Server;
let base: string;

beforeAll(async () => {
  ({ server, base } = await listenOnLoopback(siteBySlug));
});

afterAll(() => {
  server.close();
});

const get = (slug: string, path: string) => rawRequest(`${base}${path}`, { host: `${slug}.localhost`, headers: { 'accept-encoding': 'identity' } });
const header = (res: { headers: Record<string, string | string[] | undefined> }, name: string) => String(res.headers[name] ?? '');

async function publishedSite(installable: boolean | undefined) {
  const user = await createUser();
  const doc = testDocument({ name: 'Padaria Pão de Ouro' });
  if (installable !== undefined) doc.app = { installable };
  const site = await createSite(user, { name: doc.business.name, document: doc });
  const { versionId } = await publishSite(user, site.id);
  return { user, site, doc, versionId };
}

// Every <script> opening tag of a page that is not JSON-LD data.
const scriptsRun = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));

describe('an installable site', () => {
  it('is off by default: old documents stay valid and publish no script, no manifest and no worker', async () => {
    const old = testDocument();
    expect(siteDocumentSchema.parse(old).app).toBeUndefined();
    expect(siteDocumentSchema.parse({ ...old, app: {} }).app).toEqual({ installable: false });
    expect(siteDocumentSchema.safeParse({ ...old, app: { installable: 'yes' } }).success).toBe(false);

    for (const installable of [undefined, false]) {
      const { site, versionId } = await publishedSite(installable);
      const paths = (await db.publishedFile.findMany({ where: { versionId }, select: { path: true } })).map((f) => f.path);
      expect(paths).not.toContain('/manifest.webmanifest');
      expect(paths).not.toContain('/sw.js');
      expect(paths).not.toContain('/_pm/offline');
      for (const path of ['/', '/sobre', '/_pm/404']) {
        const res = await get(site.slug, path);
        expect(scriptsRun(res.text()), path).toEqual([]);
        expect(res.text()).not.toContain('rel="manifest"');
        expect(header(res, 'content-security-policy')).not.toMatch(/script-src|worker-src/);
      }
      // No page registers a worker; /sw.js is the one that removes itself, for browsers that had one.
      const sw = await get(site.slug, '/sw.js');
      expect([sw.status, header(sw, 'content-type'), header(sw, 'cache-control')]).toEqual([200, 'text/javascript; charset=utf-8', 'no-cache']);
      expect(sw.text()).toContain('self.registration.unregister()');
    }
  });

  it('publishes its manifest, icons, offline page and worker, served with their types', async () => {
    const { site, doc } = await publishedSite(true);
    const manifestRes = await get(site.slug, '/manifest.webmanifest');
    expect(manifestRes.status).toBe(200);
    expect(header(manifestRes, 'content-type')).toBe('application/manifest+json');
    const manifest = JSON.parse(manifestRes.text());
    expect(manifest).toEqual({
      name: 'Padaria Pão de Ouro',
      short_name: 'Padaria',
      description: doc.business.tagline,
      lang: 'pt-BR',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: doc.theme.palette.primary,
      background_color: doc.theme.palette.background,
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      ],
    });

    for (const size of [192, 512]) {
      const res = await get(site.slug, `/icon-${size}.png`);
      expect(res.status).toBe(200);
      expect(header(res, 'content-type')).toBe('image/png');
      const meta = await sharp(res.body).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
      // Drawn in the theme's primary colour: the corner is transparent (rounded), the middle-left is primary.
      const { data, info } = await sharp(res.body).raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
      const hex = doc.theme.palette.primary
        .slice(1)
        .match(/../g)!
        .map((h) => parseInt(h, 16));
      expect(at(Math.round(size * 0.08), Math.round(size / 2))).toEqual(hex);
    }

    const offline = await get(site.slug, '/_pm/offline');
    expect(offline.status).toBe(200);
    expect(header(offline, 'content-type')).toBe('text/html; charset=utf-8');
    expect(offline.text()).toContain('<html lang="pt-BR">');
    expect(offline.text()).toContain('Você está sem conexão');
    expect(offline.text()).toContain('<meta name="robots" content="noindex">');

    const sw = await get(site.slug, '/sw.js');
    expect(sw.status).toBe(200);
    expect(header(sw, 'content-type')).toBe('text/javascript; charset=utf-8');
    expect(header(sw, 'cache-control')).toBe('no-cache');
    expect(sw.text()).toContain('const OFFLINE = "/_pm/offline";');
    expect(sw.text()).toContain('const PAGES = ["/","/sobre"];');
    expect(sw.text()).toMatch(/const CACHE = "pm-[0-9a-f]{16}";/);
  });

  it('carries one script, the registration snippet, and the CSP allows exactly it by its hash', async () => {
    const { site } = await publishedSite(true);
    for (const path of ['/', '/sobre', '/_pm/offline']) {
      const res = await get(site.slug, path);
      const html = res.text();
      expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
      expect(html).toContain(`<meta name="theme-color" content="`);
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(inline, path).toEqual([SW_REGISTRATION_SNIPPET]);
      expect(scriptsRun(html), path).toEqual(['<script>']);
      const csp = header(res, 'content-security-policy');
      const hash = createHash('sha256').update(inline[0], 'utf8').digest('base64');
      expect(csp).toContain(`script-src 'sha256-${hash}';`);
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("manifest-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("default-src 'none'");
    }
    // A preview of the same document (on the app's origin) registers nothing.
    const doc = testDocument();
    doc.app = { installable: true };
    const preview = await publishEngine().renderPreview(doc, doc.pages[0], { origin: 'http://x.localhost' });
    expect(scriptsRun(preview)).toEqual([]);
    expect(preview).not.toContain('rel="manifest"');
  });

  it('gives the home screen a short name that fits', () => {
    expect(shortName('Padaria')).toBe('Padaria');
    expect(shortName('Café do Zé 12')).toBe('Café');
    expect(shortName('Supercalifragilistic Bakery')).toBe('Supercalifra');
  });
});

describe('an installable site in Chromium', () => {
  it('registers its worker under the CSP, is installable, and reads offline: visited pages, then the offline page', async () => {
    const { site, user, doc } = await publishedSite(true);
    const port = (server.address() as AddressInfo).port;
    // *.localhost is a secure context, so a worker registers over plain HTTP; Chromium resolves it.
    const origin = `http://${site.slug}.localhost:${port}`;
    // A profile on disk: Chrome offers no install in an incognito context (Playwright's usual one).
    const profile = await mkdtemp(join(tmpdir(), 'pm-pwa-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), headless: true });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
      });
      await page.goto(`${origin}/`);
      // Installed, activated and controlling the page (clients.claim) once the precache is filled.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toBe(`${origin}/sw.js`);
      expect(refused).toEqual([]);

      // The check Chrome itself runs before it offers to install (Lighthouse 12 dropped its PWA category).
      const cdp = await context.newCDPSession(page);
      const installability = await cdp.send('Page.getInstallabilityErrors');
      console.log(`Page.getInstallabilityErrors: ${JSON.stringify(installability)}`);
      expect(installability).toEqual({ installabilityErrors: [] });
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(manifest.url).toBe(`${origin}/manifest.webmanifest`);

      await context.setOffline(true);
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      expect(await page.locator('h1').first().textContent()).toBe('Pão quentinho toda manhã');
      // Precached at install, though never opened.
      expect((await page.goto(`${origin}/sobre`))?.fromServiceWorker()).toBe(true);
      expect(await page.title()).toContain('Sobre');
      expect((await page.goto(`${origin}/nunca-visitada`))?.fromServiceWorker()).toBe(true);
      expect(await page.locator('h2, h1').filter({ hasText: 'Você está sem conexão' }).count()).toBe(1);
      expect(await page.title()).toBe('Você está sem conexão');
      await page.setViewportSize({ width: 390, height: 844 });
      if (process.env.PWA_SCREENSHOT) await page.screenshot({ path: process.env.PWA_SCREENSHOT, fullPage: true });
      await context.setOffline(false);

      // The owner turns it off: at the next visit the browser fetches /sw.js again, and the worker
      // that answers deletes the offline copies and unregisters itself.
      await saveDraft(user, site.id, { revision: (await getSite(user, site.id)).revision, document: { ...doc, app: { installable: false } } });
      await publishSite(user, site.id);
      // What the app's publish listener does on the publish's notification (not running in this test).
      forgetSite(site.slug);
      await page.goto(`${origin}/`);
      await expect
        .poll(() => page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length]), { timeout: 10_000 })
        .toEqual([0, 0]);
      expect(await page.evaluate(() => [...document.scripts].map((s) => s.type))).toEqual(['application/ld+json']);

      // A site that is not installable runs no script and registers nothing.
      const plain = await publishedSite(undefined);
      const other = await context.newPage();
      await other.goto(`http://${plain.site.slug}.localhost:${port}/`);
      expect(await other.evaluate(() => [...document.scripts].map((s) => s.type))).toEqual(['application/ld+json']);
      expect(await other.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }, 30_000);
});
