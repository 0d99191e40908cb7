// The Vue export end to end (issue 17: "each framework export of one multi-page site installs from
// the registry and builds; a test compares the visible text and link targets of each page of each
// export with the hosted page"): a published three-page site with hostile text and an uploaded
// image, exported by the job, unzipped into a temporary folder, installed from the npm registry
// and built there; then every prerendered page against the page the site host serves.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSamePages, exportedPages, exportSite, npm } from '@/test/exports';
import { listenOnLoopback, rawRequest, siteBySlug } from '@/test/http';
import { startTestQueue } from '@/test/queue';

let queue: Awaited<ReturnType<typeof startTestQueue>>;
let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  queue = await startTestQueue();
  ({ server, base } = await listenOnLoopback(siteBySlug));
  dir = mkdtempSync(join(tmpdir(), 'pm-vue-export-'));
});

afterAll(async () => {
  server?.close();
  await queue?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a Vue export', () => {
  it('installs from the registry, builds, and prerenders every page with the hosted text, links and images', { timeout: 300_000 }, async () => {
    const { site } = await exportSite('export-vue', dir, 'vue');

    const installMs = await npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], dir, 180_000);
    const buildMs = await npm(['run', 'build'], dir, 120_000);
    console.log(`Vue export: npm install ${installMs} ms, npm run build ${buildMs} ms`);

    const hosted = await Promise.all(exportedPages.map(([path]) => rawRequest(`${base}${path}`, { host: `${site.slug}.localhost` })));
    expect(hosted.map((r) => r.status)).toEqual([200, 200, 200, 404]);
    const built = exportedPages.map(([, file]) => readFileSync(join(dir, 'dist', file), 'utf8'));
    // The built script and styles, linked relatively.
    expectSamePages(
      hosted.map((r) => r.text()),
      built,
      join(dir, 'dist'),
      (local, path) => expect(local.filter((u) => u && /\.(js|css)$/.test(u)).length, path).toBe(2),
    );
  });
});
