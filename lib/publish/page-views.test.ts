// Visitor counting on the serving path: which requests count as page views, and that they reach
// PageViewDay in a timed write and at shutdown.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushPageViews, stopCountingPageViews } from '@/lib/analytics/recorder';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { listenOnLoopback, rawRequest, siteBySlug } from '@/test/http';
import { publishSite } from './publish';

const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

let server: Server;
let base: string;

beforeAll(async () => {
  ({ server, base } = await listenOnLoopback(siteBySlug));
});

afterAll(() => {
  server.close();
});

async function publishedSite() {
  const user = await createUser();
  const doc = testDocument();
  const site = await createSite(user, { name: doc.business.name, document: doc });
  await publishSite(user, site.id);
  return site;
}

function visit(slug: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return rawRequest(`${base}${path}`, {
    host: `${slug}.localhost:3000`,
    method: opts.method,
    headers: { 'user-agent': chrome, ...opts.headers },
    body: opts.body,
  });
}

const rowsOf = (siteId: string) =>
  db.pageViewDay.findMany({
    where: { siteId },
    select: { hostname: true, path: true, referrerHost: true, country: true, device: true, count: true },
    orderBy: [{ path: 'asc' }, { device: 'asc' }, { referrerHost: 'asc' }, { country: 'asc' }],
  });

describe('page views', () => {
  it('counts GETs of pages answered 200 or 304, and nothing else', async () => {
    const site = await publishedSite();
    const today = new Date().toISOString().slice(0, 10);
    const first = await visit(site.slug, '/', { headers: { referer: 'https://www.google.com/search?q=padaria', 'cf-ipcountry': 'br' } });
    expect(first.status).toBe(200);
    expect(
      (await visit(site.slug, '/sobre', { headers: { 'user-agent': iphone, referer: `http://${site.slug}.localhost:3000/`, 'sec-fetch-dest': 'document' } }))
        .status,
    ).toBe(200);
    // A returning visitor's browser revalidates: 304, still a visit.
    expect((await visit(site.slug, '/', { headers: { 'if-none-match': String(first.headers.etag) } })).status).toBe(304);
    // Not visits: HEAD, files that are not pages, a 404, the publisher's own pages, a bot, a
    // prefetch, a page fetched by a script (an installable site's service worker precaching it), a
    // form post, a request without a user agent.
    expect((await visit(site.slug, '/', { method: 'HEAD' })).status).toBe(200);
    for (const path of ['/robots.txt', '/sitemap.xml', '/favicon.svg', '/_pm/404']) expect((await visit(site.slug, path)).status, path).toBe(200);
    expect((await visit(site.slug, '/no-such-page')).status).toBe(404);
    expect((await visit(site.slug, '/', { headers: { 'user-agent': googlebot } })).status).toBe(200);
    expect((await visit(site.slug, '/', { headers: { 'sec-purpose': 'prefetch' } })).status).toBe(200);
    expect((await visit(site.slug, '/sobre', { headers: { 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'same-origin' } })).status).toBe(200);
    expect((await visit(site.slug, '/', { headers: { 'user-agent': '' } })).status).toBe(200);
    const form = new URLSearchParams({ section: 'contact', page: '/', name: 'Ana', email: 'ana@example.test', message: 'Olá' }).toString();
    const posted = await visit(site.slug, '/_forms/contact', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.7' },
      body: form,
    });
    expect(posted.status).toBe(303);

    // Nothing is written per request: the counts wait in memory for the next write.
    expect(await rowsOf(site.id)).toEqual([]);
    await flushPageViews();
    expect(await rowsOf(site.id)).toEqual([
      { hostname: `${site.slug}.localhost`, path: '/', referrerHost: '', country: '', device: 'desktop', count: 1 },
      { hostname: `${site.slug}.localhost`, path: '/', referrerHost: 'google.com', country: 'BR', device: 'desktop', count: 1 },
      { hostname: `${site.slug}.localhost`, path: '/sobre', referrerHost: '', country: '', device: 'mobile', count: 1 },
    ]);
    const day = await db.pageViewDay.findFirstOrThrow({ where: { siteId: site.id }, select: { day: true } });
    expect(day.day.toISOString().slice(0, 10)).toBe(today);
  });

  it('writes on its own every few seconds, and what is left at shutdown', async () => {
    const site = await publishedSite();
    await visit(site.slug, '/');
    await expect.poll(async () => (await rowsOf(site.id)).map((r) => r.count), { timeout: 8_000, interval: 250 }).toEqual([1]);
    await visit(site.slug, '/');
    await visit(site.slug, '/sobre');
    await stopCountingPageViews();
    expect((await rowsOf(site.id)).map((r) => [r.path, r.count])).toEqual([
      ['/', 2],
      ['/sobre', 1],
    ]);
  });
});
