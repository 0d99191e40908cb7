// The signed-in page cache: what is kept, for whom, and what drops it. The owners' data triggers
// (prisma/migrations/20261206050000_owner_data_notify) on the real database, the cache behind a
// real HTTP server standing in for Next (it renders a page with a counter and an inline script),
// and the whole loop: a row changed through Prisma reaches the listener and the page is rendered
// again.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { listenForPublishes } from '@/lib/publish/serve';
import { createUser } from '@/test/factories';
import { answerKeptPage, keepRenderedPage, OWNER_DATA_CHANNEL, ownerDataChanged, pageCacheKey, pageCacheListening, pageCacheSize } from './page-cache';

// Tables no signed-in page shows, and so have no trigger (the migration says why).
const UNWATCHED = [
  '_prisma_migrations',
  'VerificationToken',
  'RateLimitWindow',
  'PublishedFile',
  'StoredObject',
  'TextEmbedding',
  'AcmeAccount',
  'AcmeChallenge',
  'IdempotencyKey',
];

describe('owner data triggers', () => {
  it('watch every table but the few no signed-in page shows', async () => {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    const watched = await db.$queryRaw<{ name: string }[]>`
      SELECT DISTINCT event_object_table AS name FROM information_schema.triggers
      WHERE trigger_schema = 'public' AND trigger_name = 'pm_owner_data'`;
    const watchedNames = new Set(watched.map((t) => t.name));
    const missing = tables.map((t) => t.name).filter((name) => !watchedNames.has(name) && !UNWATCHED.includes(name));
    expect(missing, 'a table with neither an owner-data trigger nor a place in the unwatched list').toEqual([]);
    expect(watchedNames.size).toBeGreaterThan(25);
  });

  it('name the owner of a changed row, directly or through its site, domain, zone or batch, once committed', async () => {
    const owner = await createUser();
    const listener = new pg.Client({ connectionString: env.DATABASE_URL });
    await listener.connect();
    const heard: string[] = [];
    // Other test files change other owners' rows meanwhile: only this owner's id, or '' (whose it
    // was could not be told), is about this test.
    listener.on('notification', (msg) => {
      const payload = msg.payload ?? '';
      if (msg.channel === OWNER_DATA_CHANNEL && (payload === owner.id || payload === '')) heard.push(payload);
    });
    await listener.query(`LISTEN ${OWNER_DATA_CHANNEL}`);
    const hear = async (change: () => Promise<unknown>) => {
      heard.length = 0;
      await change();
      // Notifications follow the commit on the same server: a round trip later they have arrived.
      await listener.query('SELECT 1');
      return [...new Set(heard)];
    };
    try {
      const site = await db.site.create({ data: { ownerId: owner.id, name: 'Oficina', slug: `oficina-${owner.id.slice(-8)}`, draft: {} } });
      expect(await hear(() => db.site.update({ where: { id: site.id }, data: { name: 'Oficina do Zé' } }))).toEqual([owner.id]);
      expect(await hear(() => db.lead.create({ data: { siteId: site.id, name: 'Ana', email: 'ana@example.test', message: 'Olá' } }))).toEqual([owner.id]);
      const zone = await db.dNSZone.create({ data: { ownerId: owner.id, name: `z-${owner.id.slice(-8)}.example.test` } });
      expect(await hear(() => db.dNSRecord.create({ data: { zoneId: zone.id, type: 'TXT', name: '@', value: 'hello', ttl: 300 } }))).toEqual([owner.id]);
      expect(await hear(() => db.user.update({ where: { id: owner.id }, data: { name: 'Zé' } }))).toEqual([owner.id]);
      // A rolled-back change tells nobody.
      expect(
        await hear(() =>
          db
            .$transaction(async (tx) => {
              await tx.site.update({ where: { id: site.id }, data: { name: 'Nunca' } });
              throw new Error('changed my mind');
            })
            .catch(() => {}),
        ),
      ).toEqual([]);
      // Rows that are not the owner's data tell nobody.
      expect(
        await hear(() =>
          db.rateLimitWindow.create({
            data: { key: `k-${owner.id}`, windowMs: 1000, windowStart: new Date(), count: 1, expiresAt: new Date(Date.now() + 1000) },
          }),
        ),
      ).toEqual([]);
    } finally {
      await listener.end();
    }
  });
});

// A stand-in for Next: renders `/dashboard` with a counter, a fresh nonce and an inline script,
// behind the cache exactly as server.ts puts it. `?status=`, `?cookie=1` and `?slow=1` change what
// it answers.
let renders = 0;
let onRender: (() => Promise<void>) | null = null;
async function render(req: IncomingMessage, res: ServerResponse) {
  renders++;
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (onRender) await onRender();
  const nonce = `nonce${renders}`;
  res.statusCode = Number(url.searchParams.get('status') ?? 200);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', `script-src 'self' 'nonce-${nonce}'`);
  res.setHeader('x-request-id', `render-${renders}`);
  res.setHeader('Vary', 'rsc, Accept-Encoding');
  if (url.searchParams.get('cookie')) res.setHeader('Set-Cookie', 'seen=1');
  res.write(`<!doctype html><html><body><h1>Render ${renders}</h1>`);
  res.end(`<script nonce="${nonce}">window.renders = ${renders};</script></body></html>`);
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const key = pageCacheKey(req, path);
    if (key && answerKeptPage(key, res)) return;
    void (key ? keepRenderedPage(key, req, res) : Promise.resolve()).then(() => render(req, res));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  pageCacheListening(false);
});
afterEach(() => {
  onRender = null;
});

async function sessionCookie(userId: string, maxAgeS = 3600) {
  const token = await encode({ token: { sub: userId, sid: `sid-${userId}` }, secret: env.NEXTAUTH_SECRET, maxAge: maxAgeS });
  return `next-auth.session-token=${token}`;
}

async function open(path: string, cookie: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers: { cookie, ...headers } });
  return { status: res.status, body: await res.text(), csp: res.headers.get('content-security-policy') ?? '', requestId: res.headers.get('x-request-id') };
}

describe('signed-in page cache', () => {
  it('answers the same visitor the page it rendered, with a policy of hashes instead of the used nonce', async () => {
    pageCacheListening(true);
    const owner = await createUser();
    const cookie = await sessionCookie(owner.id);
    const first = await open('/dashboard', cookie);
    const second = await open('/dashboard', cookie);
    expect(second.body).toBe(first.body);
    expect(first.csp).toMatch(/'nonce-/);
    expect(second.csp).not.toMatch(/nonce/);
    const hash = (await import('@/lib/app-csp')).inlineScriptHashes(first.body);
    expect(hash).toHaveLength(1);
    expect(second.csp).toContain(`'${hash[0]}'`);
    // The request id is the answer's own, never the rendering request's.
    expect(second.requestId).toBeNull();
    // Another address, another visitor (another cookie) or another language: rendered for them.
    const other = await open('/dashboard/billing', cookie);
    expect(other.body).not.toBe(first.body);
    const stranger = await createUser();
    expect((await open('/dashboard', await sessionCookie(stranger.id))).body).not.toBe(first.body);
    expect((await open('/dashboard', cookie, { 'accept-language': 'es' })).body).not.toBe(first.body);
  });

  it("renders an owner's pages again after their data changes, and only theirs", async () => {
    pageCacheListening(true);
    const [owner, neighbour] = [await createUser(), await createUser()];
    const [ownerCookie, neighbourCookie] = [await sessionCookie(owner.id), await sessionCookie(neighbour.id)];
    const ownerPage = await open('/dashboard', ownerCookie);
    const neighbourPage = await open('/dashboard', neighbourCookie);
    ownerDataChanged(owner.id);
    expect((await open('/dashboard', ownerCookie)).body).not.toBe(ownerPage.body);
    expect((await open('/dashboard', neighbourCookie)).body).toBe(neighbourPage.body);
    // A change whose owner is unknown drops every page.
    ownerDataChanged('');
    expect((await open('/dashboard', neighbourCookie)).body).not.toBe(neighbourPage.body);
  });

  it('keeps no page whose data changed while it was rendering', async () => {
    pageCacheListening(true);
    const owner = await createUser();
    const cookie = await sessionCookie(owner.id);
    onRender = async () => ownerDataChanged(owner.id);
    const during = await open('/dashboard', cookie);
    onRender = null;
    expect((await open('/dashboard', cookie)).body).not.toBe(during.body);
  });

  it('keeps only plain 200 HTML pages for a live session, and only while every change is heard', async () => {
    pageCacheListening(true);
    const owner = await createUser();
    const cookie = await sessionCookie(owner.id);
    const fresh = async (path: string, headers: Record<string, string> = {}, withCookie = cookie) => {
      const a = await open(path, withCookie, headers);
      const b = await open(path, withCookie, headers);
      return a.body !== b.body;
    };
    expect(await fresh('/dashboard?status=404')).toBe(true);
    expect(await fresh('/dashboard?cookie=1')).toBe(true);
    expect(await fresh('/dashboard', { rsc: '1' })).toBe(true);
    expect(await fresh('/dashboard?_rsc=abc')).toBe(true);
    expect(await fresh('/dashboard', { 'cache-control': 'no-cache' })).toBe(true);
    // Pages not on the list (settings shows this device's sessions) and signed-out visitors.
    expect(await fresh('/dashboard/settings')).toBe(true);
    expect(await fresh('/dashboard', {}, 'theme=dark')).toBe(true);
    // A session token that has ended.
    expect(await fresh('/dashboard', {}, await sessionCookie(owner.id, -10))).toBe(true);
    // The listener away: nothing kept, and what was kept is gone.
    expect(await fresh('/dashboard')).toBe(false);
    pageCacheListening(false);
    expect(pageCacheSize().pages).toBe(0);
    expect(await fresh('/dashboard')).toBe(true);
  });

  it('drops the page when its owner changes a row through the app, heard through the listener', async () => {
    const stop = listenForPublishes();
    try {
      const owner = await createUser();
      const cookie = await sessionCookie(owner.id);
      // The listener connects on its own: until then nothing is kept.
      await expect.poll(async () => (await open('/dashboard', cookie)).body === (await open('/dashboard', cookie)).body, { timeout: 10_000 }).toBe(true);
      const kept = await open('/dashboard', cookie);
      await db.site.create({ data: { ownerId: owner.id, name: 'Floricultura', slug: `flor-${owner.id.slice(-8)}`, draft: {} } });
      await expect.poll(async () => (await open('/dashboard', cookie)).body !== kept.body, { timeout: 10_000 }).toBe(true);
    } finally {
      await stop();
    }
  });
});
