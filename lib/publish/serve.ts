// Answers requests for published sites' hosts, outside Next: the prebuilt page from an in-memory
// cache (backed by PostgreSQL), ETag/304, the stored brotli or gzip bytes, a strict CSP, a styled
// 404 and the contact form's posts. server.ts reaches it through site-hosts.ts, for site hosts only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { pickEncoding } from '@/lib/accept-encoding';
import { countPageView } from '@/lib/analytics/recorder';
import { db } from '@/lib/db';
import { HOSTS_CHANNEL, PUBLISH_CHANNEL } from '@/lib/serving-channels';
import { forgetAllHosts, forgetHost } from '@/lib/domains/hosts';
import { CERTIFICATE_CHANNEL } from '@/lib/domains/tls';
import { env } from '@/lib/env';
import { readSiteAssetFile } from '@/lib/media/assets';
import { logConnectionError } from '@/lib/observability/logger';
import { OWNER_DATA_CHANNEL, ownerDataChanged, pageCacheListening } from '@/lib/page-cache';
import { metrics } from '@/lib/observability/metrics';
import { cspFor, FileCache, type CachedFile } from './cache';
import { handleFormPost } from './forms';

import { SERVICE_WORKER_PATH } from '@/lib/render/pwa';
import { RETIRING_SERVICE_WORKER, SERVICE_WORKER_TYPE } from './pwa';
import { sameHostPath } from './same-host-path';

type HostEntry = { siteId: string; versionId: string | null; expiresAt: number };

const HOST_TTL_MS = 30_000;
const hosts = new Map<string, HostEntry>();
const files = new FileCache(128 * 1024 * 1024);
const notFoundMarker = Symbol('not found');
const misses = new Map<string, typeof notFoundMarker>();
// The hit counter's series, found once rather than by hashing a label object on every page served.
const servedFromMemory = metrics.siteServes.labels('hit');

async function resolveHost(slug: string): Promise<HostEntry | null> {
  const cached = hosts.get(slug);
  if (cached && cached.expiresAt > Date.now()) return cached;
  const site = await db.site.findUnique({ where: { slug }, select: { id: true, publishedVersionId: true } });
  if (!site) {
    hosts.delete(slug);
    return null;
  }
  const entry = { siteId: site.id, versionId: site.publishedVersionId, expiresAt: Date.now() + HOST_TTL_MS };
  hosts.set(slug, entry);
  return entry;
}

// Each file found is one serve for the metrics, from the cache (hit) or PostgreSQL (miss).
async function loadFile(versionId: string, path: string): Promise<CachedFile | null> {
  const key = `${versionId}:${path}`;
  const hit = files.get(key);
  if (hit) {
    servedFromMemory.inc();
    return hit;
  }
  if (misses.has(key)) return null;
  const row = await db.publishedFile.findUnique({ where: { versionId_path: { versionId, path } } });
  if (!row) {
    if (misses.size > 10_000) misses.clear();
    misses.set(key, notFoundMarker);
    return null;
  }
  const body = Buffer.from(row.body);
  const file: CachedFile = {
    contentType: row.contentType,
    etag: row.etag,
    body,
    gzip: Buffer.from(row.gzip),
    brotli: Buffer.from(row.brotli),
    csp: cspFor(row.contentType, body),
  };
  files.set(key, file);
  metrics.siteServes.inc({ cache: 'miss' });
  return file;
}

// How a site host is served beyond its files: a custom domain's cache TTL (DomainSettings), in
// seconds, instead of the usual Cache-Control; null keeps the usual.
export type SiteServing = { cacheTtl?: number | null };

function cacheControl(path: string, contentType: string, cacheTtl: number | null | undefined): string {
  if (path.startsWith('/art/')) return 'public, max-age=31536000, immutable';
  // An installable site's worker is always checked with the server, so a publish reaches it at once
  // (browsers cap a worker's HTTP caching at a day anyway); never held longer by a custom domain's TTL.
  if (path === SERVICE_WORKER_PATH) return 'no-cache';
  if (typeof cacheTtl === 'number') return `public, max-age=${cacheTtl}`;
  if (path === '/favicon.svg' || /^\/icon-\d+\.png$/.test(path)) return 'public, max-age=86400, stale-while-revalidate=604800';
  if (contentType.startsWith('text/html')) return 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400, must-revalidate';
  return 'public, max-age=300, s-maxage=300';
}

// The whole head in one writeHead: from an array (and no header stored on the response before),
// Node writes the header block straight away instead of storing, lowercasing and reading back each
// header, a fifth of what a page costs beyond a bare server. `head`: headers decided before (the
// request id, HSTS), sent first; headers already set on the response are merged by Node as usual.
function send(req: IncomingMessage, res: ServerResponse, file: CachedFile, status: number, path: string, serving: SiteServing = {}, head: string[] = []) {
  const headers = [
    ...head,
    'Content-Type',
    file.contentType,
    'ETag',
    file.etag,
    'Vary',
    'Accept-Encoding',
    'Cache-Control',
    status === 200 ? cacheControl(path, file.contentType, serving.cacheTtl) : 'no-store',
    'Content-Security-Policy',
    file.csp,
    'X-Content-Type-Options',
    'nosniff',
    'Referrer-Policy',
    'strict-origin-when-cross-origin',
  ];
  if (status === 200 && req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  // Small files are stored uncompressed only (both compressed copies are empty).
  const encoding = file.body.length && file.brotli.length ? pickEncoding(req.headers['accept-encoding']) : null;
  const bytes = encoding === 'br' ? file.brotli : encoding === 'gzip' ? file.gzip : file.body;
  if (encoding) headers.push('Content-Encoding', encoding);
  headers.push('Content-Length', String(bytes.length));
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

const assetFiles = new FileCache(64 * 1024 * 1024);
const none = Buffer.alloc(0);

// An uploaded image of this site: /assets/<id>-<width>.<webp|avif>. Its name names fixed bytes,
// so it is cached for a year; only the site's own assets are found.
async function sendAsset(req: IncomingMessage, res: ServerResponse, siteId: string, path: string): Promise<boolean> {
  const name = path.slice('/assets/'.length);
  const key = `${siteId}:${name}`;
  let file = assetFiles.get(key);
  if (!file) {
    const stored = await readSiteAssetFile(siteId, name);
    if (!stored) return false;
    const etag = `"${createHash('sha256').update(stored.body).digest('base64url').slice(0, 22)}"`;
    file = { contentType: stored.contentType, etag, body: stored.body, gzip: none, brotli: none, csp: cspFor(stored.contentType, stored.body) };
    assetFiles.set(key, file);
  }
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('ETag', file.etag);
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('Content-Security-Policy', file.csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.headers['if-none-match'] === file.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('Content-Length', file.body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : file.body);
  return true;
}

function plain(res: ServerResponse, status: number, message: string) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', "default-src 'none'");
  res.end(message);
}

// The request's path, decoded (what a site's files are named by), and its raw query. Parsed by hand:
// `new URL('//evil.com/x', base)` would read the path as another host. null: not valid UTF-8, or a
// control byte (no file is named with one, and PostgreSQL refuses a NUL in a query: it was a 500).
export function splitRequestUrl(url: string | undefined): { path: string; search: string } | null {
  const raw = url || '/';
  const mark = raw.indexOf('?');
  const rawPath = mark < 0 ? raw : raw.slice(0, mark);
  const search = mark < 0 ? '' : raw.slice(mark);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  return /[\u0000-\u001f\u007f]/.test(path) ? null : { path, search };
}

// The usual request answered at once, with no promise to wait on: a GET or HEAD of a page of the
// live version, the site's host and the page both in memory. false leaves everything else
// (redirects, assets, forms, misses, 404s) to handleSiteRequest. `head`: headers for the answer
// (send), which the caller sets itself when it is false.
export function answerSiteNow(req: IncomingMessage, res: ServerResponse, slug: string, serving: SiteServing, head: string[]): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const parts = splitRequestUrl(req.url);
  if (!parts || (parts.path.length > 1 && parts.path.endsWith('/')) || parts.path.startsWith('/assets/')) return false;
  const host = hosts.get(slug);
  if (!host?.versionId || host.expiresAt <= Date.now()) return false;
  const path = parts.path === '/index.html' ? '/' : parts.path;
  const file = files.get(`${host.versionId}:${path}`);
  if (!file) return false;
  servedFromMemory.inc();
  send(req, res, file, 200, path, serving, head);
  if (env.VISITOR_ANALYTICS) countPageView(req, res, { siteId: host.siteId, path, contentType: file.contentType });
  return true;
}

export async function handleSiteRequest(req: IncomingMessage, res: ServerResponse, slug: string, serving: SiteServing = {}): Promise<void> {
  const parts = splitRequestUrl(req.url);
  if (!parts) return plain(res, 400, 'Bad request');
  let path = parts.path;
  if (path.length > 1 && path.endsWith('/')) {
    res.statusCode = 301;
    // Always a path on this host: `/%2Fevil.com/` goes to `/evil.com`, never to `//evil.com`.
    res.setHeader('Location', sameHostPath(path.replace(/\/+$/, ''), parts.search));
    res.end();
    return;
  }
  if (path === '/index.html') path = '/';

  const host = await resolveHost(slug);
  if (req.method === 'POST' && path === '/_forms/contact') {
    if (!host?.versionId) return plain(res, 404, 'Not found');
    return handleFormPost(req, res, { siteId: host.siteId, slug });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return plain(res, 405, 'Method not allowed');
  }
  if (!host || !host.versionId) return plain(res, 404, 'There is no published site at this address.');
  if (path.startsWith('/assets/') && (await sendAsset(req, res, host.siteId, path))) return;
  const file = await loadFile(host.versionId, path);
  if (file) {
    send(req, res, file, 200, path, serving);
    // Counted in memory only (GET pages, 200 or 304, no bots); written in batches by lib/analytics.
    if (env.VISITOR_ANALYTICS) countPageView(req, res, { siteId: host.siteId, path, contentType: file.contentType });
    return;
  }
  // Not installable (any more): the worker a visitor's browser may still have is replaced by one
  // that removes itself (pwa.ts).
  if (path === SERVICE_WORKER_PATH) return retireWorker(req, res);
  const notFound = await loadFile(host.versionId, '/_pm/404');
  if (notFound) return send(req, res, notFound, 404, path);
  return plain(res, 404, 'Not found');
}

function retireWorker(req: IncomingMessage, res: ServerResponse) {
  res.statusCode = 200;
  res.setHeader('Content-Type', SERVICE_WORKER_TYPE);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Security-Policy', "default-src 'none'");
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(req.method === 'HEAD' ? undefined : RETIRING_SERVICE_WORKER);
}

export function forgetSite(slug: string) {
  hosts.delete(slug);
}

// Keeps one connection LISTENing for publishes, changed domains, new certificates and owners'
// changed rows, so every instance serves a new version, or a newly verified domain, within a
// second, and renders an owner's pages again after any change of theirs (lib/page-cache.ts).
// Reconnects with backoff; after a reconnect it forgets every host, since it may have missed a
// notification while away (while it is away, the host cache's 60 s expiry bounds what stays stale,
// and the page cache keeps nothing).
export function listenForPublishes(): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let delayMs = 250;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: env.DATABASE_URL });
    c.on('notification', (msg) => {
      // An owner's rows changed (the trigger's payload is empty when it could not tell whose).
      if (msg.channel === OWNER_DATA_CHANNEL) {
        ownerDataChanged(msg.payload ?? '');
        return;
      }
      if (!msg.payload) return;
      if (msg.channel === PUBLISH_CHANNEL) {
        forgetSite(msg.payload);
        // A site published for the first time may have been looked up (and not found) before.
        forgetHost(`${msg.payload}.${env.SITES_DOMAIN}`);
      }
      // A domain added, verified, moved or removed (domainChanged in lib/domains/hosts.ts).
      if (msg.channel === HOSTS_CHANNEL) forgetHost(msg.payload);
      // A certificate issued or renewed: plain HTTP on those names may now redirect to HTTPS.
      if (msg.channel === CERTIFICATE_CHANNEL) for (const name of msg.payload.split(',')) forgetHost(name);
    });
    c.on('error', (error) => {
      if (stopped) return;
      logConnectionError(error, 'publish listener lost its connection');
      c.end().catch(() => {});
      if (client === c) client = null;
      pageCacheListening(false);
      setTimeout(connect, delayMs);
      delayMs = Math.min(delayMs * 2, 10_000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLISH_CHANNEL}; LISTEN ${HOSTS_CHANNEL}; LISTEN ${CERTIFICATE_CHANNEL}; LISTEN ${OWNER_DATA_CHANNEL}`);
      client = c;
      hosts.clear();
      forgetAllHosts();
      pageCacheListening(true);
      delayMs = 250;
    } catch {
      c.end().catch(() => {});
      setTimeout(connect, delayMs);
      delayMs = Math.min(delayMs * 2, 10_000);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    pageCacheListening(false);
    await client?.end().catch(() => {});
  };
}
