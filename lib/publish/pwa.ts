// The files an installable site adds to its build: the web app manifest (name, theme colours,
// language), its icons at 192 and 512 px (the site's favicon rasterised by sharp), and the service
// worker that precaches the pages and the offline page at install and then answers network-first,
// falling back to the cache and then to the offline page. The offline page itself is built with
// the other message pages (build.ts).
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { SiteDocument } from '@/lib/sites/document';
import { MANIFEST_PATH, OFFLINE_PATH, SERVICE_WORKER_PATH } from '@/lib/render/pwa';
import { renderableTheme } from '@/lib/render/safe-theme';

export const ICON_SIZES = [192, 512] as const;
export const iconPath = (size: number) => `/icon-${size}.png`;
export const MANIFEST_TYPE = 'application/manifest+json';
export const SERVICE_WORKER_TYPE = 'text/javascript; charset=utf-8';

export type PwaFile = { path: string; contentType: string; body: string | Buffer };

// A home-screen label has room for about 12 characters: the name when it fits, else its first word.
export function shortName(name: string): string {
  const trimmed = name.trim();
  if ([...trimmed].length <= 12) return trimmed;
  return [...trimmed.split(/\s+/)[0]].slice(0, 12).join('');
}

export function webManifest(doc: SiteDocument) {
  const palette = renderableTheme(doc.theme).palette;
  return {
    name: doc.business.name,
    short_name: shortName(doc.business.name),
    ...(doc.business.tagline ? { description: doc.business.tagline } : {}),
    lang: doc.language,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: palette.primary,
    background_color: palette.background,
    icons: ICON_SIZES.map((size) => ({ src: iconPath(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
}

// The worker's cache is named by the build's pages, so a new publish installs a new worker (its
// bytes differ), which precaches the new pages and deletes the old cache when it activates.
export function serviceWorker(pagePaths: readonly string[], version: string): string {
  const cache = `pm-${version}`;
  return `// Page Magic: keeps this site's pages for reading offline.
const CACHE = ${JSON.stringify(cache)};
const OFFLINE = ${JSON.stringify(OFFLINE_PATH)};
const PAGES = ${JSON.stringify(pagePaths)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([OFFLINE, ...PAGES])).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('pm-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() =>
        caches.match(request, { ignoreSearch: request.mode === 'navigate' }).then(
          (hit) => hit || (request.mode === 'navigate' ? caches.match(OFFLINE).then((page) => page || Response.error()) : Response.error()),
        ),
      ),
  );
});
`;
}

// What /sw.js answers on a site that is not installable (serve.ts): nothing of it is in any page,
// but a visitor's browser that installed the worker while the site was installable asks for it again
// at its next visit, and gets this one, which deletes the site's offline copies and unregisters itself.
export const RETIRING_SERVICE_WORKER = `// Page Magic: this site is no longer installable; this worker removes its offline copies and itself.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('pm-')).map((key) => caches.delete(key))))
      .then(() => self.registration.unregister()),
  );
});
`;

async function icon(faviconSvg: string, size: number): Promise<Buffer> {
  // The favicon is drawn on a 64-unit box: a density that makes it `size` px wide keeps it sharp.
  return sharp(Buffer.from(faviconSvg), { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

// precached: the built pages and the offline page, paths and HTML (the worker's cache is named by
// their content).
export async function pwaFiles(doc: SiteDocument, precached: ReadonlyArray<{ path: string; body: string }>, faviconSvg: string): Promise<PwaFile[]> {
  const version = createHash('sha256')
    .update(precached.map((p) => `${p.path}\n${p.body}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const icons = await Promise.all(ICON_SIZES.map(async (size) => ({ path: iconPath(size), contentType: 'image/png', body: await icon(faviconSvg, size) })));
  return [
    { path: MANIFEST_PATH, contentType: MANIFEST_TYPE, body: JSON.stringify(webManifest(doc)) },
    {
      path: SERVICE_WORKER_PATH,
      contentType: SERVICE_WORKER_TYPE,
      body: serviceWorker(
        precached.map((p) => p.path).filter((path) => path !== OFFLINE_PATH),
        version,
      ),
    },
    ...icons,
  ];
}
