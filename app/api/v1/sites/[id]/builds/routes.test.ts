// The /api/v1 build routes over lib/builds, called as Next calls them with API keys, against the
// real PostgreSQL and the job's own code: builds a page at a time, an export (static, Vue, React or Angular) asked for (202,
// once per site at a time, an Idempotency-Key replayed), read, cancelled (409 when finished or a
// publish) and downloaded when done. Another owner's site or build is 404, a key without the scope
// 403, a bad body 422, and none of them writes anything.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type ApiScope } from '@/lib/api/keys';
import { runExport } from '@/lib/builds/site-export';
import { db } from '@/lib/db';
import { publishSite } from '@/lib/publish/publish';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { startTestQueue } from '@/test/queue';

const list = await import('./route');
const one = await import('./[buildId]/route');
const cancel = await import('./[buildId]/cancel/route');
const download = await import('./[buildId]/download/route');

let queue: Awaited<ReturnType<typeof startTestQueue>>;
beforeAll(async () => {
  // Jobs queued here wait: the tests run each export themselves.
  queue = await startTestQueue();
});
afterAll(async () => {
  await queue?.stop();
});

const key = async (user: { id: string }, scopes: ApiScope[]) => (await createApiKey(user, { name: 'script', scopes })).token;

const call = (path: string, token: string, opts: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  new Request(`http://localhost/api/v1${path}`, {
    method: opts.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...opts.headers },
    body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
  });
const site = (id: string) => ({ params: Promise.resolve({ id }) });
const build = (id: string, buildId: string) => ({ params: Promise.resolve({ id, buildId }) });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error;

type BuildBody = { id: string; kind: string; status: string; versionNumber: number | null; hasDownload: boolean };

async function publishedSite(times = 1) {
  const owner = await createUser();
  const made = await createSite(owner, { name: 'Padaria Teste', document: testDocument() });
  for (let i = 0; i < times; i++) await publishSite(owner, made.id);
  return { owner, site: made };
}

describe('GET /api/v1/sites/:id/builds', () => {
  it('pages the publishes newest first, with none repeated or skipped', async () => {
    const { owner, site: mine } = await publishedSite(5);
    const token = await key(owner, ['read']);
    const seen: BuildBody[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res = await list.GET(call(`/sites/${mine.id}/builds?limit=2${cursor ? `&cursor=${cursor}` : ''}`, token), site(mine.id));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { builds: BuildBody[]; nextCursor: string | null };
      expect(body.builds.length).toBeLessThanOrEqual(2);
      seen.push(...body.builds);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(seen.map((b) => b.versionNumber)).toEqual([5, 4, 3, 2, 1]);
    expect(new Set(seen.map((b) => b.id)).size).toBe(5);
    expect(seen.every((b) => b.kind === 'publish' && b.status === 'succeeded')).toBe(true);
    // A cursor the API did not give out, another owner's site, a key without the scope.
    expect((await list.GET(call(`/sites/${mine.id}/builds?cursor=bm90LWEtY3Vyc29y`, token), site(mine.id))).status).toBe(422);
    const other = await createUser();
    expect((await list.GET(call(`/sites/${mine.id}/builds`, await key(other, ['read'])), site(mine.id))).status).toBe(404);
    expect((await list.GET(call(`/sites/${mine.id}/builds`, await key(owner, ['write'])), site(mine.id))).status).toBe(403);
  });
});

describe('an export through the API', () => {
  it('is asked for (202, once at a time), read, built and downloaded; an Idempotency-Key replays the answer', async () => {
    const { owner, site: mine } = await publishedSite();
    const token = await key(owner, ['read', 'write']);
    const ask = (headers: Record<string, string> = {}) =>
      list.POST(call(`/sites/${mine.id}/builds`, token, { method: 'POST', body: { kind: 'export-static' }, headers }), site(mine.id));
    const first = await ask({ 'idempotency-key': 'export-1' });
    expect(first.status).toBe(202);
    const asked = (await first.json()) as { buildId: string; isNew: boolean };
    expect(asked.isNew).toBe(true);
    const replay = await ask({ 'idempotency-key': 'export-1' });
    expect(replay.status).toBe(202);
    expect(await replay.json()).toEqual(asked);
    // Without the key, a second request answers the export under way.
    expect(await (await ask()).json()).toEqual({ buildId: asked.buildId, isNew: false });
    expect(await db.build.count({ where: { siteId: mine.id, kind: 'export-static' } })).toBe(1);

    // Not ready yet: no download.
    expect((await download.GET(call(`/sites/${mine.id}/builds/${asked.buildId}/download`, token), build(mine.id, asked.buildId))).status).toBe(404);
    await runExport(asked.buildId);
    const read = await one.GET(call(`/sites/${mine.id}/builds/${asked.buildId}`, token), build(mine.id, asked.buildId));
    expect(((await read.json()) as { build: BuildBody }).build).toMatchObject({
      kind: 'export-static',
      status: 'succeeded',
      hasDownload: true,
      versionNumber: 1,
    });
    const zip = await download.GET(call(`/sites/${mine.id}/builds/${asked.buildId}/download`, token), build(mine.id, asked.buildId));
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(zip.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-v1\.zip"$/);
    const bytes = new Uint8Array(await zip.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // Finished: cancelling it is refused.
    const late = await cancel.POST(call(`/sites/${mine.id}/builds/${asked.buildId}/cancel`, token, { method: 'POST' }), build(mine.id, asked.buildId));
    expect(late.status).toBe(409);
  });

  it('names its format: a Vue, a React and an Angular export are built beside a static one and downloaded by the same route', async () => {
    const { owner, site: mine } = await publishedSite();
    const token = await key(owner, ['read', 'write']);
    const ask = (kind: string) => list.POST(call(`/sites/${mine.id}/builds`, token, { method: 'POST', body: { kind } }), site(mine.id));
    const statics = (await (await ask('export-static')).json()) as { buildId: string; isNew: boolean };
    const vue = await ask('export-vue');
    expect(vue.status).toBe(202);
    const asked = (await vue.json()) as { buildId: string; isNew: boolean };
    expect(asked.isNew).toBe(true);
    expect(asked.buildId).not.toBe(statics.buildId);
    expect(await (await ask('export-vue')).json()).toEqual({ buildId: asked.buildId, isNew: false });
    await runExport(asked.buildId);
    const read = await one.GET(call(`/sites/${mine.id}/builds/${asked.buildId}`, token), build(mine.id, asked.buildId));
    expect(((await read.json()) as { build: BuildBody }).build).toMatchObject({ kind: 'export-vue', status: 'succeeded', hasDownload: true });
    const zip = await download.GET(call(`/sites/${mine.id}/builds/${asked.buildId}/download`, token), build(mine.id, asked.buildId));
    expect(zip.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-v1-vue\.zip"$/);
    const names = Object.keys(unzipSync(new Uint8Array(await zip.arrayBuffer())));
    expect(names).toEqual(expect.arrayContaining(['package.json', 'vite.config.js', 'prerender.js', 'src/pages/HomePage.vue', 'src/content/home.json']));
    // A React (Next.js) export the same way, beside both.
    const react = (await (await ask('export-react')).json()) as { buildId: string; isNew: boolean };
    expect(react.isNew).toBe(true);
    await runExport(react.buildId);
    const reactZip = await download.GET(call(`/sites/${mine.id}/builds/${react.buildId}/download`, token), build(mine.id, react.buildId));
    expect(reactZip.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-v1-react\.zip"$/);
    const reactNames = Object.keys(unzipSync(new Uint8Array(await reactZip.arrayBuffer())));
    expect(reactNames).toEqual(expect.arrayContaining(['package.json', 'next.config.mjs', 'app/layout.jsx', 'app/page.jsx', 'content/home.json']));
    // And an Angular one.
    const angular = (await (await ask('export-angular')).json()) as { buildId: string; isNew: boolean };
    expect(angular.isNew).toBe(true);
    await runExport(angular.buildId);
    const angularZip = await download.GET(call(`/sites/${mine.id}/builds/${angular.buildId}/download`, token), build(mine.id, angular.buildId));
    expect(angularZip.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+-v1-angular\.zip"$/);
    const angularNames = Object.keys(unzipSync(new Uint8Array(await angularZip.arrayBuffer())));
    expect(angularNames).toEqual(
      expect.arrayContaining([
        'package.json',
        'angular.json',
        'src/main.server.ts',
        'src/app/app.routes.ts',
        'src/app/pages/home-page.ts',
        'src/content/home.json',
      ]),
    );
    // The static export is still queued: each format has its own.
    expect((await db.build.findUniqueOrThrow({ where: { id: statics.buildId } })).status).toBe('queued');
  });

  it('is cancelled while queued, and its job then does nothing', async () => {
    const { owner, site: mine } = await publishedSite();
    const token = await key(owner, ['read', 'write']);
    const { buildId } = (await (
      await list.POST(call(`/sites/${mine.id}/builds`, token, { method: 'POST', body: { kind: 'export-static' } }), site(mine.id))
    ).json()) as { buildId: string };
    const res = await cancel.POST(call(`/sites/${mine.id}/builds/${buildId}/cancel`, token, { method: 'POST' }), build(mine.id, buildId));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { build: BuildBody }).build.status).toBe('cancelled');
    expect(await runExport(buildId)).toEqual({ status: 'cancelled' });
    expect((await db.build.findUniqueOrThrow({ where: { id: buildId } })).storageKey).toBeNull();
  });

  it('refuses what it must and writes nothing', async () => {
    const { owner, site: mine } = await publishedSite();
    const token = await key(owner, ['read', 'write']);
    const post = (body: unknown, t = token) => list.POST(call(`/sites/${mine.id}/builds`, t, { method: 'POST', body }), site(mine.id));
    expect((await post({ kind: 'export-svelte' })).status).toBe(422);
    expect((await post({})).status).toBe(422);
    expect((await post('{"kind":')).status).toBe(400);
    expect((await post({ kind: 'export-static' }, await key(owner, ['read']))).status).toBe(403);
    const other = await createUser();
    const foreign = await post({ kind: 'export-static' }, await key(other, ['read', 'write']));
    expect(foreign.status).toBe(404);
    expect((await errorOf(foreign)).code).toBe('NOT_FOUND');
    expect(await db.build.count({ where: { siteId: mine.id, kind: 'export-static' } })).toBe(0);

    // Someone else's build: not found, and not cancelled.
    const { buildId } = (await (await post({ kind: 'export-static' })).json()) as { buildId: string };
    const otherToken = await key(other, ['read', 'write']);
    expect((await one.GET(call(`/sites/${mine.id}/builds/${buildId}`, otherToken), build(mine.id, buildId))).status).toBe(404);
    expect((await cancel.POST(call(`/sites/${mine.id}/builds/${buildId}/cancel`, otherToken, { method: 'POST' }), build(mine.id, buildId))).status).toBe(404);
    expect((await db.build.findUniqueOrThrow({ where: { id: buildId } })).status).toBe('queued');
    // A publish is not cancelled.
    const publish = await db.build.findFirstOrThrow({ where: { siteId: mine.id, kind: 'publish' } });
    expect((await cancel.POST(call(`/sites/${mine.id}/builds/${publish.id}/cancel`, token, { method: 'POST' }), build(mine.id, publish.id))).status).toBe(409);
  });
});
