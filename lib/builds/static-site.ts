// A published version as a folder any static host (or a browser opening files from disk) can use:
// pages as <path>/index.html, the 404 page as 404.html, sitemap, robots, llms.txt, the favicon and
// the art beside them, the uploaded images they show under images/, and every link between them
// made relative, so index.html opened with file:// shows the pages and their styles. Pure.
import { OFFLINE_PATH, SERVICE_WORKER_PATH } from '@/lib/render/pwa';
import type { RenditionFormat } from '@/lib/storage/renditions';

type SiteFile = { path: string; contentType: string; body: Uint8Array };

export type AssetRef = { assetId: string; width: number; format: RenditionFormat };

// The form's answers (thanks, error, too many) only make sense behind Page Magic's form handler.
const FORM_PAGES = new Set(['/_pm/thanks', '/_pm/form-error', '/_pm/too-many']);
const NOT_FOUND_PAGE = '/_pm/404';
const ASSET_URL = /\/assets\/([a-z0-9]{8,40})-(\d{1,5})\.(webp|avif)/g;

const isHtml = (f: SiteFile) => f.contentType.startsWith('text/html');

export function exportedFileName(file: SiteFile): string | null {
  if (FORM_PAGES.has(file.path)) return null;
  if (file.path === NOT_FOUND_PAGE) return '404.html';
  // An installable site's offline page: static hosts (GitHub Pages among them) skip folders whose
  // names start with _, and a folder's address may redirect, which a worker cannot answer with.
  if (file.path === OFFLINE_PATH) return 'offline.html';
  const trimmed = file.path.replace(/^\/+|\/+$/g, '');
  if (!isHtml(file)) return trimmed || null;
  return trimmed ? `${trimmed}/index.html` : 'index.html';
}

// The uploaded images the pages show, in order of first use.
export function referencedAssets(files: readonly SiteFile[]): AssetRef[] {
  const seen = new Map<string, AssetRef>();
  for (const file of files) {
    if (!isHtml(file) || exportedFileName(file) === null) continue;
    for (const m of Buffer.from(file.body).toString('utf8').matchAll(ASSET_URL)) {
      const key = m[0];
      if (!seen.has(key)) seen.set(key, { assetId: m[1], width: Number(m[2]), format: m[3] as RenditionFormat });
    }
  }
  return [...seen.values()];
}

// images/image-<n>-<width>.<format>: numbered by first use, so no internal id leaves with the site.
export function imageNames(assets: readonly AssetRef[]): Map<string, string> {
  const numbers = new Map<string, number>();
  const names = new Map<string, string>();
  for (const a of assets) {
    if (!numbers.has(a.assetId)) numbers.set(a.assetId, numbers.size + 1);
    names.set(`/assets/${a.assetId}-${a.width}.${a.format}`, `images/image-${numbers.get(a.assetId)}-${a.width}.${a.format}`);
  }
  return names;
}

// Every site-absolute URL in a page (href, src, srcset, CSS url()) made relative to where the page
// sits; other hosts, in-page anchors and the form's endpoint are left alone.
export function relativeLinks(html: string, fileName: string, targets: ReadonlyMap<string, string>): string {
  const up = '../'.repeat(fileName.split('/').length - 1);
  const rewrite = (url: string): string => {
    if (!url.startsWith('/') || url.startsWith('//')) return url;
    const cut = url.search(/[?#]/);
    const path = cut === -1 ? url : url.slice(0, cut);
    const rest = cut === -1 ? '' : url.slice(cut);
    const target = targets.get(path) ?? targets.get(path.replace(/\/+$/, '') || '/');
    return target === undefined ? url : `${up}${target}${rest}`;
  };
  return (
    html
      .replace(/(\s(?:href|src)=")([^"]*)"/gi, (_, attr: string, url: string) => `${attr}${rewrite(url)}"`)
      // React writes srcSet on <source>: attribute names are matched in any case.
      .replace(/(\ssrcset=")([^"]*)"/gi, (_, attr: string, list: string) => {
        const entries = list.split(',').map((entry) => {
          const [url, ...descriptor] = entry.trim().split(/\s+/);
          return [rewrite(url), ...descriptor].join(' ');
        });
        return `${attr}${entries.join(', ')}"`;
      })
      .replace(/url\((['"]?)(\/[^)'"]*)\1\)/g, (_, quote: string, url: string) => `url(${quote}${rewrite(url)}${quote})`)
  );
}

// An installable site's worker names the hosted addresses; in the folder the pages are files
// (links lead to sobre/index.html), so it precaches those and the offline page's file instead.
// The worker is our own generated text (lib/publish/pwa.ts), so its two lists are found by name.
function exportedWorker(worker: string, pages: readonly string[]): string {
  return worker
    .replace(/^const OFFLINE = .*;$/m, `const OFFLINE = ${JSON.stringify('/offline.html')};`)
    .replace(/^const PAGES = .*;$/m, `const PAGES = ${JSON.stringify(['/', ...pages.map((name) => `/${name}`)])};`);
}

// The folder's entries: name -> bytes. `images` holds the uploaded images' bytes by their URL path.
export function staticSiteFiles(files: readonly SiteFile[], images: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const names = imageNames(referencedAssets(files));
  const targets = new Map<string, string>();
  for (const file of files) {
    const name = exportedFileName(file);
    if (name) targets.set(file.path, name);
  }
  for (const [url, name] of names) targets.set(url, name);
  const out = new Map<string, Uint8Array>();
  for (const file of files) {
    const name = exportedFileName(file);
    if (!name) continue;
    if (file.path === SERVICE_WORKER_PATH) {
      const pages = files.filter((f) => isHtml(f) && !f.path.startsWith('/_pm/')).map((f) => exportedFileName(f)!);
      out.set(name, Buffer.from(exportedWorker(Buffer.from(file.body).toString('utf8'), pages)));
      continue;
    }
    out.set(name, isHtml(file) ? Buffer.from(relativeLinks(Buffer.from(file.body).toString('utf8'), name, targets)) : file.body);
  }
  for (const [url, name] of names) {
    const bytes = images.get(url);
    if (bytes) out.set(name, bytes);
  }
  return out;
}
