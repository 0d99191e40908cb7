// The React (Next.js) export end to end (issue 17: "each framework export of one multi-page site
// installs from the registry and builds; a test compares the visible text and link targets of each
// page of each export with the hosted page"): the same published three-page site as the Vue
// export's test (test/exports.ts), exported by the job, unzipped into a temporary folder, installed
// from the npm registry and built there with `next build` (output: 'export'); then every exported
// page against the page the site host serves.
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
  dir = mkdtempSync(join(tmpdir(), 'pm-react-export-'));
});

afterAll(async () => {
  server?.close();
  await queue?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a React (Next.js) export', () => {
  it('installs from the registry, builds, and exports every page with the hosted text, links and images', { timeout: 300_000 }, async () => {
    const { site, files } = await exportSite('export-react', dir, 'react');
    expect(files).toEqual(expect.arrayContaining(['next.config.mjs', 'app/layout.jsx', 'app/page.jsx', 'app/sobre/page.jsx', 'app/not-found.jsx']));

    const installMs = await npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], dir, 180_000);
    const buildMs = await npm(['run', 'build'], dir, 150_000, { NEXT_TELEMETRY_DISABLED: '1' });
    console.log(`React export: npm install ${installMs} ms, npm run build ${buildMs} ms`);

    const hosted = await Promise.all(exportedPages.map(([path]) => rawRequest(`${base}${path}`, { host: `${site.slug}.localhost` })));
    expect(hosted.map((r) => r.status)).toEqual([200, 200, 200, 404]);
    const built = exportedPages.map(([, file]) => readFileSync(join(dir, 'out', file), 'utf8'));
    // Next.js links its own scripts and styles from the site's root, /_next/.
    expectSamePages(
      hosted.map((r) => r.text()),
      built,
      join(dir, 'out'),
      (local, path) => {
        expect(local.filter((u) => u && /\.css$/.test(u)).length, path).toBeGreaterThanOrEqual(2);
        expect(local, path).toContain('/favicon.svg');
      },
    );
  });
});
