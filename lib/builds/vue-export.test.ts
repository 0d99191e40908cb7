// The Vue export end to end (issue 17: "each framework export of one multi-page site installs from
// the registry and builds; a test compares the visible text and link targets of each page of each
// export with the hosted page"): a published three-page site with hostile text and an uploaded
// image, exported by the job, unzipped into a temporary folder, installed from the npm registry
// and built there; then every prerendered page against the page the site host serves.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedPages, exportSite, HOSTILE, idsOf, npm, pageFacts } from '@/test/exports';
import { listenOnLoopback, rawRequest, siteBySlug } from '@/test/http';
import { startTestQueue } from '@/test/queue';
import { attr, elements, parseHtml } from './html-tree';

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
    const hostedIds = idsOf(hosted.map((r) => r.text()));
    const builtIds = idsOf(built);
    expect(builtIds.length).toBe(hostedIds.length);

    for (const [i, [path, file]] of exportedPages.entries()) {
      const want = pageFacts(hosted[i].text(), `http://site.test${path}`, hostedIds);
      const got = pageFacts(built[i], `http://site.test/${file}`, builtIds);
      expect(got.text, path).toBe(want.text);
      expect(got.links, path).toEqual(want.links);
      expect(got.images, path).toEqual(want.images);
      expect(got.title, path).toBe(want.title);
      expect(got.description, path).toBe(want.description);
      expect(want.links.length, path).toBeGreaterThan(2);
      // Every image the built page shows, and its script, styles and icon, are files of the build.
      const local = [...elements(parseHtml(built[i]))].flatMap((el) =>
        el.tag === 'img' ? [attr(el, 'src')] : el.tag === 'script' ? [attr(el, 'src')] : el.tag === 'link' ? [attr(el, 'href')] : [],
      );
      expect(local.filter((u) => u && /\.(js|css)$/.test(u)).length, path).toBe(2);
      for (const url of local) if (url) expect(existsSync(join(dir, 'dist', new URL(url, `http://site.test/${file}`).pathname)), `${path}: ${url}`).toBe(true);
    }
    // The hostile text is text: shown as written, never run or read as a template.
    const home = pageFacts(built[0], 'http://site.test/', builtIds);
    expect(home.text).toContain(HOSTILE);
    expect(home.title).toBe('Padaria {{ title }} <script>');
    expect(built[0]).not.toContain('<script>alert');
    expect(home.images.some((src) => src.startsWith('upload-1-'))).toBe(true);
    expect(pageFacts(built[2], 'http://site.test/cardapio/hoje/index.html', builtIds).links).toContain('/');
  });
});
