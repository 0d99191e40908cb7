// The signed-in pages people open most (the sites list, a site's page, billing and the editor), as
// Next rendered them, kept in this instance's memory and answered again by server.ts without
// rendering, until the owner's data changes or a minute passes. Next took 15-25 ms of the one
// JavaScript thread to render each of them (session check, queries, React), so 20 owners at once
// waited half a second; from memory the same answer takes a fraction of a millisecond.
//
// Correct by construction, not by remembering: a trigger on every table that holds an owner's
// data (prisma/migrations/20261206050000_owner_data_notify) sends the owner's id on
// OWNER_DATA_CHANNEL when a row of theirs changes, whoever changed it (a page, the API, a job, a
// webhook), once the change is committed; lib/publish/serve.ts's listener hands it to
// ownerDataChanged(), which drops that owner's pages. While the listener is not connected nothing
// is kept or answered from here, and everything kept is dropped when it reconnects.
//
// A page is kept per visitor: the key holds the whole Cookie header (the session), the address,
// the languages and the encodings asked for, so nobody is ever answered another visitor's page. It
// is answered only to a plain document request (Next's own RSC requests, prefetches and hard
// reloads go on to Next), only while the session token it was rendered for lasts, and only a 200
// HTML answer that set no cookie. The HTML carries the nonce of the request that rendered it; an
// answer from here carries a policy naming its inline scripts' hashes instead, as the prebuilt
// marketing pages do, so no nonce is ever valid twice.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { appCsp, inlineScriptHashes } from '@/lib/app-csp';
import { decodeSessionCookies, parseCookieHeader } from '@/lib/auth/session-token';

export const OWNER_DATA_CHANNEL = 'pm_owner_data';

const MAX_AGE_MS = 60_000;
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

// The pages kept, by their route. Each shows only the owner's own rows (and the time, to the day).
const CACHED_PAGES = [/^\/dashboard$/, /^\/dashboard\/billing$/, /^\/dashboard\/sites\/[\w-]+$/, /^\/editor\/[\w-]+$/];

// Headers that belong to one answer, not to the page: set again (or not at all) on each answer.
const PER_ANSWER = new Set([
  'x-request-id',
  'content-security-policy',
  'set-cookie',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

type Entry = {
  userId: string;
  expiresAt: number;
  headers: [string, string | string[]][];
  body: Buffer;
  csp: string;
};

const entries = new Map<string, Entry>();
const keysByUser = new Map<string, Set<string>>();
let totalBytes = 0;
// Bumped on every change: a render that began before a change is not kept after it.
let everyoneEpoch = 0;
const userEpochs = new Map<string, number>();
let isListening = false;

export function pageCacheSize(): { pages: number; bytes: number } {
  return { pages: entries.size, bytes: totalBytes };
}

function forget(key: string) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.body.length;
  const keys = keysByUser.get(entry.userId);
  keys?.delete(key);
  if (keys?.size === 0) keysByUser.delete(entry.userId);
}

function forgetEverything() {
  entries.clear();
  keysByUser.clear();
  totalBytes = 0;
  everyoneEpoch++;
  userEpochs.clear();
}

// An owner's rows changed (payload: their id), or rows whose owner the trigger could not tell
// (an empty payload): their pages, or everyone's, are rendered again.
export function ownerDataChanged(ownerId: string): void {
  if (!ownerId) {
    forgetEverything();
    return;
  }
  userEpochs.set(ownerId, (userEpochs.get(ownerId) ?? 0) + 1);
  for (const key of keysByUser.get(ownerId) ?? []) forget(key);
}

// The listener's state: pages are kept only while every change reaches this instance.
export function pageCacheListening(isConnected: boolean): void {
  isListening = isConnected;
  forgetEverything();
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

// The key of a request that may be answered from here, or null.
export function pageCacheKey(req: IncomingMessage, path: string): string | null {
  if (!isListening || req.method !== 'GET') return null;
  if (!CACHED_PAGES.some((page) => page.test(path))) return null;
  const url = req.url ?? '/';
  if (req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-router-state-tree'] || url.includes('_rsc=')) return null;
  // A hard reload asks for a fresh page.
  if (/no-cache/i.test(header(req, 'cache-control')) || /no-cache/i.test(header(req, 'pragma'))) return null;
  const cookie = header(req, 'cookie');
  if (!cookie) return null;
  return [url, header(req, 'host'), cookie, header(req, 'accept-language'), header(req, 'accept-encoding'), header(req, 'x-forwarded-proto')].join('\n');
}

// Answers the request from memory when its page is kept and still fresh.
export function answerKeptPage(key: string, res: ServerResponse): boolean {
  const entry = entries.get(key);
  if (!entry) return false;
  if (entry.expiresAt <= Date.now()) {
    forget(key);
    return false;
  }
  // Most recently used last: the oldest go first when memory runs short.
  entries.delete(key);
  entries.set(key, entry);
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  res.setHeader('Content-Security-Policy', entry.csp);
  res.setHeader('Content-Length', entry.body.length);
  res.statusCode = 200;
  res.end(entry.body);
  return true;
}

function decoded(body: Buffer, encoding: string): string {
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  return body.toString('utf8');
}

function keep(key: string, entry: Entry) {
  forget(key);
  entries.set(key, entry);
  totalBytes += entry.body.length;
  const keys = keysByUser.get(entry.userId) ?? new Set<string>();
  keys.add(key);
  keysByUser.set(entry.userId, keys);
  for (const oldest of entries.keys()) {
    if (totalBytes <= MAX_TOTAL_BYTES) break;
    forget(oldest);
  }
}

// Watches Next render the page and keeps the answer when it may be kept. Called before the
// request is handed to Next.
export async function keepRenderedPage(key: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const token = await decodeSessionCookies(parseCookieHeader(header(req, 'cookie'))).catch(() => null);
  if (!token || typeof token.sub !== 'string' || token.twoFactorPending) return;
  const userId = token.sub;
  const tokenEndsAt = typeof token.exp === 'number' ? token.exp * 1000 : 0;
  const epochs = { everyone: everyoneEpoch, user: userEpochs.get(userId) ?? 0 };
  const chunks: Buffer[] = [];
  let size = 0;
  let isTooBig = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (isTooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      isTooBig = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return write(...args);
  }) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return end(...args);
  }) as ServerResponse['end'];
  res.once('finish', () => {
    if (isTooBig || res.statusCode !== 200 || res.hasHeader('set-cookie')) return;
    if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return;
    // A change arrived while the page was rendering: what it read may be older than the change.
    if (!isListening || epochs.everyone !== everyoneEpoch || epochs.user !== (userEpochs.get(userId) ?? 0)) return;
    const expiresAt = Math.min(Date.now() + MAX_AGE_MS, tokenEndsAt || Infinity);
    if (expiresAt <= Date.now()) return;
    const body = Buffer.concat(chunks);
    let html: string;
    try {
      html = decoded(body, String(res.getHeader('content-encoding') ?? ''));
    } catch {
      return;
    }
    const headers = Object.entries(res.getHeaders())
      .filter(([name, value]) => value !== undefined && !PER_ANSWER.has(name))
      .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]]);
    keep(key, { userId, expiresAt, headers, body, csp: appCsp({ hashes: inlineScriptHashes(html) }) });
  });
}
