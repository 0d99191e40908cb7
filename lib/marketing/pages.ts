// The marketing pages (`/`, `/pricing`, the legal pages) answered by server.ts itself, outside
// Next: the HTML `next build` prerendered for each language and visitor
// (app/(marketing)/[locale]/[visitor]), read from the build when the server starts and compressed
// once (brotli and gzip), with ETag/304 and the headers Next gave them. Next answered them at
// ~300-500 req/s on 2 cores, compressing the ~149 KB landing page again on every request.
//
// Pages that do nothing in the browser but change the language go out without Next's client
// runtime (React, the router, the page's RSC payload: ~170 KB gzip of JavaScript, hydrated on every
// visit for a page of text, links and <details>); a small script of their own (LOCALE_SCRIPT)
// works the language picker. Their links are plain links. The pricing page keeps React (its period tabs).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { pickEncoding } from '@/lib/accept-encoding';
import { appCsp, appSecurityHeaders, inlineScriptHashes, staticPageFiles } from '@/lib/app-csp';
import { uiLocales, type UiLocale } from '@/lib/i18n/languages';
import { marketingPagePath, marketingPaths, visitorKinds } from '@/lib/i18n/marketing-paths';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

// The addresses served without the client runtime: their pages (app/(marketing)/[locale]/[visitor])
// hold no client component but the language picker. One that gains another must leave this list.
const WITHOUT_RUNTIME: ReadonlySet<string> = new Set(['/', '/legal/privacy', '/legal/terms', '/docs/api']);

// The language picker (components/LocaleSwitcher.tsx) without React: saves the choice as the
// component does (POST /api/locale) and reloads, which brings the page in that language; on failure
// it puts the choice back and shows the component's message in the page's notifications region.
export const LOCALE_SCRIPT = `for (const select of document.querySelectorAll('select[data-locale-switcher]'))
  select.addEventListener('change', async () => {
    const busy = (on) => { select.disabled = on; if (on) select.setAttribute('aria-busy', 'true'); else select.removeAttribute('aria-busy'); };
    busy(true);
    try {
      const res = await fetch('/api/locale', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale: select.value }) });
      if (res.ok) return location.reload();
    } catch {}
    busy(false);
    select.value = document.documentElement.lang;
    const list = document.querySelector('[role=region] > ol');
    if (!list) return;
    const item = document.createElement('li');
    item.setAttribute('role', 'status');
    item.className = 'rounded-lg border px-4 py-3 text-sm font-semibold shadow-lg border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100';
    item.textContent = select.dataset.failed;
    list.append(item);
    setTimeout(() => item.remove(), 5000);
  });`;

const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi;
// What React leaves for an inline script to put in place (a part that streamed in after its fallback).
const STREAMED_PART = /<template\b|\$RC\b|<div hidden id="S:/;

// A built page without Next's scripts, with LOCALE_SCRIPT; null when the page needs its scripts to
// be whole (streamed parts), which a prerendered page of these has not had so far.
export function withoutClientRuntime(html: string): string | null {
  if (STREAMED_PART.test(html) || !html.includes('</body>')) return null;
  return html
    .replace(SCRIPT_ELEMENT, '')
    .replace(SCRIPT_PRELOAD, '')
    .replace('</body>', () => `<script>${LOCALE_SCRIPT}</script></body>`);
}

type Page = { etag: string; body: Buffer; gzip: Buffer; brotli: Buffer; headers: Record<string, string> };

// Next's client router asks for a page's RSC payload at the same address with these headers (or
// `?_rsc=`): that answer is not the HTML, so those requests go on to Next, and caches must keep
// the two apart. A page differs by language and visitor (Accept-Language, Cookie) and encoding.
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding, Accept-Language, Cookie';

// A CDN may keep a page five minutes and serve it a day longer while it asks again; browsers ask
// every time (a 304 when unchanged). So a deploy reaches everyone within minutes, and a page never
// points at the previous build's scripts for long. (Next sent s-maxage=31536000: a year.)
const CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400, must-revalidate';

export type MarketingPages = {
  // Answers the request when it asks for a marketing page's HTML; false leaves it to Next.
  answer(req: IncomingMessage, res: ServerResponse): boolean;
  // The built routes held (`/pt-BR/guest/pricing`), for the start-up log and tests.
  routes(): string[];
};

// Every built route of a marketing page: each address in each language, for each kind of visitor.
function marketingRoutes(): Array<{ route: string; path: string }> {
  return uiLocales.flatMap((locale) =>
    visitorKinds.flatMap((visitor) => [...marketingPaths].map((path) => ({ route: `/${locale}/${visitor}${path === '/' ? '' : path}`, path }))),
  );
}

async function loadPage(file: string, path: string): Promise<Page> {
  const built = readFileSync(file);
  const bare = WITHOUT_RUNTIME.has(path) ? withoutClientRuntime(built.toString('utf8')) : null;
  const body = bare === null ? built : Buffer.from(bare, 'utf8');
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipped(body, { level: 9 }),
  ]);
  // A built page carries no per-request nonce: its inline scripts are allowed by their hashes.
  const csp = appCsp({ hashes: inlineScriptHashes(body.toString('utf8')) });
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp };
  for (const { key, value } of appSecurityHeaders) headers[key] = value;
  Object.assign(headers, { Vary: VARY, 'Cache-Control': CACHE_CONTROL });
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { etag, body, gzip: gz, brotli: br, headers };
}

// Reads and compresses the build's marketing pages (distDir is `.next`). A page the build does not
// hold as a file is left to Next. Loaded once per process, from the build it runs: a deploy
// rebuilds and restarts, so the pages served are always the running build's.
export async function loadMarketingPages(distDir: string, defaultLocale: UiLocale): Promise<MarketingPages> {
  const files = staticPageFiles(distDir);
  const pages = new Map<string, Page>();
  await Promise.all(
    marketingRoutes().map(async ({ route, path }) => {
      const file = files.get(route);
      if (file) pages.set(route, await loadPage(file, path));
    }),
  );

  return {
    routes: () => [...pages.keys()].sort(),
    answer(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const url = req.url ?? '/';
      const headers = req.headers;
      if (headers.rsc !== undefined || headers['next-router-prefetch'] !== undefined || headers['next-router-state-tree'] !== undefined) return false;
      if (headers['next-router-segment-prefetch'] !== undefined || /[?&]_rsc=/.test(url)) return false;
      const built = marketingPagePath(url, headers.cookie, headers['accept-language'], defaultLocale);
      if (!built) return false;
      const q = built.indexOf('?');
      const page = pages.get(q < 0 ? built : built.slice(0, q));
      if (!page) return false;

      const inm = headers['if-none-match'];
      if (inm && (inm === page.etag || inm.includes(page.etag))) {
        res.writeHead(304, { ETag: page.etag, Vary: VARY, 'Cache-Control': CACHE_CONTROL });
        res.end();
        return true;
      }
      const encoding = pickEncoding(headers['accept-encoding']);
      const bytes = encoding === 'br' ? page.brotli : encoding === 'gzip' ? page.gzip : page.body;
      res.writeHead(200, {
        ...page.headers,
        ETag: page.etag,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        'Content-Length': String(bytes.length),
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
      return true;
    },
  };
}
