// The serving path's one call: countPageView, after a published page was sent. It only adds to an
// in-memory counter (no I/O, no await); a timer writes the counts every few seconds in one
// statement, and stopCountingPageViews writes what is left at shutdown.
//
// What counts: a GET of a page (text/html) answered 200 or 304. A 304 is a visit too: pages are
// sent with max-age=0, must-revalidate, so a returning visitor's browser asks again and gets 304 for
// a page it already holds. Not counted: HEAD, form posts, assets, 404s, prefetches (Sec-Purpose or
// Purpose: prefetch), pages fetched by a script rather than opened (Sec-Fetch-Dest other than
// document: an installable site's service worker precaching every page), the publisher's own /_pm/
// files, and user agents that look automated
// (classify.ts). Behind a CDN, only the requests that reach the app are counted.
import type { IncomingHttpHeaders } from 'node:http';
import { logger } from '@/lib/observability/logger';
import { countryCode, deviceClass, isBot, memoize, referrerHost, requestHostname, type Device } from './classify';
import { VisitCounter } from './counter';
import { addPageViews } from './store';

const FLUSH_INTERVAL_MS = 5_000;

const counter = new VisitCounter();
// null: a bot, not counted.
const visitorDevice = memoize((userAgent: string): Device | null => (isBot(userAgent) ? null : deviceClass(userAgent)), 2_000);
const hostnameOf = memoize(requestHostname, 1_000);

let timer: ReturnType<typeof setInterval> | null = null;
let flushing: Promise<void> | null = null;
let today = '';
let todayEndsAt = 0;
let reportedDrops = 0;

function currentDay(now: number): string {
  if (now >= todayEndsAt) {
    const date = new Date(now);
    today = date.toISOString().slice(0, 10);
    todayEndsAt = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
    counter.forgetBefore(today);
  }
  return today;
}

function isPrefetch(headers: IncomingHttpHeaders): boolean {
  const purpose = headers['sec-purpose'] ?? headers['purpose'] ?? headers['x-purpose'];
  return typeof purpose === 'string' && purpose.includes('prefetch');
}

// Browsers send Sec-Fetch-Dest on every request; a page opened is `document` (or `iframe`). Clients
// that do not send it are judged by the other rules.
function isFetchedByScript(headers: IncomingHttpHeaders): boolean {
  const dest = headers['sec-fetch-dest'];
  return typeof dest === 'string' && dest !== 'document' && dest !== 'iframe';
}

export function countPageView(
  req: { method?: string; headers: IncomingHttpHeaders },
  res: { statusCode: number },
  view: { siteId: string; path: string; contentType: string },
): void {
  if (req.method !== 'GET' || (res.statusCode !== 200 && res.statusCode !== 304) || !view.contentType.startsWith('text/html')) return;
  if (view.path.startsWith('/_pm/')) return; // the publisher's own files (the 404 page)
  const device = visitorDevice(req.headers['user-agent'] ?? '');
  if (device === null || isPrefetch(req.headers) || isFetchedByScript(req.headers)) return;
  const hostname = hostnameOf(req.headers.host ?? '');
  counter.add({
    siteId: view.siteId,
    hostname,
    day: currentDay(Date.now()),
    path: view.path,
    referrerHost: referrerHost(req.headers.referer, hostname),
    country: countryCode(req.headers['cf-ipcountry']),
    device,
  });
  if (!timer) {
    timer = setInterval(() => void flushPageViews(), FLUSH_INTERVAL_MS);
    timer.unref();
  }
}

async function writeOnce(): Promise<void> {
  const views = counter.drain();
  if (counter.dropped > reportedDrops) {
    logger.warn({ dropped: counter.dropped - reportedDrops, folded: counter.folded }, 'page views past the counter cap were not counted');
    reportedDrops = counter.dropped;
  }
  if (views.length === 0) return;
  try {
    await addPageViews(views);
  } catch (error) {
    // Kept for the next write (within the counter's caps), so a database blip loses nothing.
    for (const view of views) counter.add(view, view.count);
    logger.warn({ err: error, rows: views.length }, 'page views could not be written; retrying at the next write');
  }
}

// Writes what has been counted; a write already under way is waited for, then this one runs.
export async function flushPageViews(): Promise<void> {
  while (flushing) await flushing;
  flushing = writeOnce().finally(() => {
    flushing = null;
  });
  await flushing;
}

// At shutdown: no more timed writes, and what is left is written now.
export async function stopCountingPageViews(): Promise<void> {
  if (timer) clearInterval(timer);
  timer = null;
  await flushPageViews();
}
