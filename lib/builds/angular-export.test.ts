// The Angular export end to end (issue 17: "each framework export of one multi-page site installs
// from the registry and builds; a test compares the visible text and link targets of each page of
// each export with the hosted page"): the same published three-page site as the Vue and React
// exports' tests (test/exports.ts), exported by the job, unzipped into a temporary folder, installed
// from the npm registry and built there with `ng build` (outputMode 'static': every route
// prerendered, the not-found page as dist/404.html); then every built page against the page the
// site host serves. Angular 22's CLI runs on Node.js 22, so the build does (node22Path).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSamePages, exportedPages, exportSite, node22Path, npm } from '@/test/exports';
import { listenOnLoopback, rawRequest, siteBySlug } from '@/test/http';
import { startTestQueue } from '@/test/queue';

let queue: Awaited<ReturnType<typeof startTestQueue>>;
let server: Server;
let base: string;
let dir: string;
let nodeDir: string;

beforeAll(async () => {
  queue = await startTestQueue();
  ({ server, base } = await listenOnLoopback(siteBySlug));
  dir = mkdtempSync(join(tmpdir(), 'pm-angular-export-'));
  nodeDir = mkdtempSync(join(tmpdir(), 'pm-node22-'));
});

afterAll(async () => {
  server?.close();
  await queue?.stop();
  for (const folder of [dir, nodeDir]) if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('an Angular export', () => {
  it('installs from the registry, builds, and prerenders every page with the hosted text, links and images', { timeout: 300_000 }, async () => {
    const { site, files } = await exportSite('export-angular', dir, 'angular');
    expect(files).toEqual(expect.arrayContaining(['angular.json', 'src/main.server.ts', 'src/app/app.routes.server.ts', 'src/app/pages/home-page.ts']));

    const node22 = await node22Path(nodeDir);
    const installMs = await npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], dir, 180_000);
    const buildMs = await npm(['run', 'build'], dir, 150_000, { PATH: `${node22}:${process.env.PATH}`, NG_CLI_ANALYTICS: 'false' });
    console.log(`Angular export: npm install ${installMs} ms, npm run build ${buildMs} ms`);

    const hosted = await Promise.all(exportedPages.map(([path]) => rawRequest(`${base}${path}`, { host: `${site.slug}.localhost` })));
    expect(hosted.map((r) => r.status)).toEqual([200, 200, 200, 404]);
    const built = exportedPages.map(([, file]) => readFileSync(join(dir, 'dist', file), 'utf8'));
    // Angular's script and the theme's stylesheet, from the site's root (each page's own styles are inline).
    expectSamePages(
      hosted.map((r) => r.text()),
      built,
      join(dir, 'dist'),
      (local, path) => {
        expect(local.filter((u) => u && /^\/[\w-]+\.(js|css)$/.test(u)).length, path).toBe(2);
        expect(local, path).toContain('/favicon.svg');
      },
    );
  });
});
