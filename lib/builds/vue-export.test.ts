// The Vue export end to end (issue 17: "each framework export of one multi-page site installs from
// the registry and builds; a test compares the visible text and link targets of each page of each
// export with the hosted page"): a published three-page site with hostile text and an uploaded
// image, exported by the job, unzipped into a temporary folder, installed from the npm registry
// and built there; then every prerendered page against the page the site host serves.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteExport } from '@/lib/jobs/site-export';
import { uploadAsset } from '@/lib/media/assets';
import { publishSite } from '@/lib/publish/publish';
import { createSite, saveDraft } from '@/lib/sites/mutations';
import { sectionOf, testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { listenOnLoopback, rawRequest, siteBySlug } from '@/test/http';
import { makeImage } from '@/test/images';
import { startTestQueue } from '@/test/queue';
import { attr, elements, findElement, parseHtml, visibleText, type HtmlNode } from './html-tree';
import { getBuild } from './records';
import { getExportDownload, requestExport } from './site-export';

const run = promisify(execFile);
const HOSTILE = `{{ 7*7 }} <script>alert("x")</script> "aspas" 'simples' $& $' \${x} <b>negrito</b>`;
const SECTION_IDS = ['cm4nav0000aaaa1111bbbb2222', 'cm4hero000aaaa1111bbbb3333', 'cm4cont000aaaa1111bbbb4444', 'cm4foot000aaaa1111bbbb5555'];

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

// npm without the variables `npm test` set for its own run, so the install goes into `cwd` only.
async function npm(args: string[], cwd: string, timeout: number) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_'))) as NodeJS.ProcessEnv;
  const started = performance.now();
  await run('npm', args, { cwd, env, timeout, maxBuffer: 16 * 1024 * 1024 });
  return Math.round(performance.now() - started);
}

// What a page shows and points at, in terms both versions can be compared in: links as site paths
// (with the target element's place among the site's ids for a #fragment), images as site paths
// (an uploaded image as the order it first appears in on the page, with its width and format).
function pageFacts(html: string, url: string, siteIds: readonly string[]) {
  const doc = parseHtml(html);
  const head = findElement(doc, 'head')!;
  const body = findElement(doc, 'body')!;
  const site = (href: string) => {
    const u = new URL(href, url);
    // A link within the page: the same on a page served for any address (the 404) and on its file.
    if (href.startsWith('#')) return `(this page)#${siteIds.indexOf(decodeURIComponent(u.hash.slice(1)))}`;
    if (u.origin !== new URL(url).origin) return u.href;
    const path = u.pathname.replace(/index\.html$/, '').replace(/\/+$/, '') || '/';
    const fragment = u.hash ? `#${siteIds.indexOf(decodeURIComponent(u.hash.slice(1)))}` : '';
    return path + fragment;
  };
  const uploads = new Map<string, number>();
  const image = (src: string) => {
    const path = new URL(src, url).pathname;
    const m = /^\/(?:assets\/([a-z0-9]+)|images\/image-(\d+))-(\d+)\.(webp|avif)$/.exec(path);
    if (!m) return path;
    const key = m[1] ?? m[2];
    if (!uploads.has(key)) uploads.set(key, uploads.size + 1);
    return `upload-${uploads.get(key)}-${m[3]}.${m[4]}`;
  };
  const links: string[] = [];
  const images: string[] = [];
  for (const el of elements(body.children)) {
    const tag = el.tag.toLowerCase();
    const href = attr(el, 'href');
    if (tag === 'a' && href !== undefined) links.push(site(href));
    const src = attr(el, 'src');
    if (tag === 'img' && src) images.push(image(src));
    const srcset = attr(el, 'srcset');
    if (srcset) for (const entry of srcset.split(',')) images.push(image(entry.trim().split(/\s+/)[0]));
  }
  const title = findElement(head.children, 'title');
  const description = [...elements(head.children)].find((el) => el.tag === 'meta' && attr(el, 'name') === 'description');
  return {
    title: visibleText(title?.children ?? []),
    description: description ? attr(description, 'content') : undefined,
    text: visibleText(body.children),
    links,
    images,
  };
}

// Every element id of the site's pages, in order of first appearance (but the Vue app's own root).
function idsOf(pages: readonly string[]): string[] {
  const ids: string[] = [];
  for (const html of pages) {
    for (const el of elements(parseHtml(html) as HtmlNode[])) {
      const id = attr(el, 'id');
      if (id && !ids.includes(id) && attr(el, 'data-page') === undefined) ids.push(id);
    }
  }
  return ids;
}

describe('a Vue export', () => {
  it('installs from the registry, builds, and prerenders every page with the hosted text, links and images', { timeout: 300_000 }, async () => {
    const user = await createUser();
    const site = await createSite(user, { name: 'Padaria Vue', document: testDocument() });
    const asset = await uploadAsset(user, site.id, { name: 'forno.jpg', bytes: await makeImage('jpeg', 1200, 800), alt: 'O forno "quente"' });
    const doc = testDocument({ headline: HOSTILE });
    const [nav, , contact, footer] = doc.pages[0].sections;
    doc.pages[0].sections = [
      {
        ...nav,
        id: SECTION_IDS[0],
        props: {
          ...nav.props,
          links: [
            { label: 'Sobre', href: '/sobre' },
            { label: 'Hoje {{ x }}', href: '/cardapio/hoje' },
          ],
        },
      },
      sectionOf('hero', SECTION_IDS[1], {
        headline: HOSTILE,
        image: { src: asset.src, alt: 'O forno "quente"' },
        primaryAction: { label: 'Fale', href: `#${SECTION_IDS[2]}` },
      }),
      { ...contact, id: SECTION_IDS[2] },
      { ...footer, id: SECTION_IDS[3] },
    ];
    doc.pages[0].title = `Padaria {{ title }} <script>`;
    doc.pages.push({
      id: 'today',
      path: '/cardapio/hoje',
      title: 'Hoje',
      description: `O pão "do dia" & <mais>`,
      socialImage: '',
      sections: [
        sectionOf('navbar', 'nav3', { links: [{ label: 'Início', href: '/' }] }),
        sectionOf('about', 'about3', { heading: HOSTILE }),
        sectionOf('footer', 'footer3'),
      ],
    });
    await saveDraft(user, site.id, { revision: 1, document: doc });
    const version = await publishSite(user, site.id);

    const { buildId } = await requestExport(user, site.id, 'export-vue');
    await siteExport.handle({ buildId }, { id: 'job', attempt: 1, signal: new AbortController().signal });
    expect(await getBuild(user, site.id, buildId)).toMatchObject({ kind: 'export-vue', status: 'succeeded', hasDownload: true });
    const { body, fileName } = await getExportDownload(user, site.id, buildId);
    expect(fileName).toBe(`${site.slug}-v1-vue.zip`);

    const zip = unzipSync(new Uint8Array(body));
    const ids = [site.id, user.id, asset.id, version.versionId, buildId, ...SECTION_IDS];
    for (const [name, bytes] of Object.entries(zip)) {
      const text = Buffer.from(bytes).toString('latin1');
      for (const id of ids) expect(text.includes(id), `${name} holds ${id}`).toBe(false);
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    expect(Object.keys(zip).some((name) => /^public\/images\/image-1-\d+\.(webp|avif)$/.test(name))).toBe(true);

    const installMs = await npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], dir, 180_000);
    const buildMs = await npm(['run', 'build'], dir, 120_000);
    console.log(`Vue export: npm install ${installMs} ms, npm run build ${buildMs} ms`);

    const pages: [path: string, file: string][] = [
      ['/', 'index.html'],
      ['/sobre', 'sobre/index.html'],
      ['/cardapio/hoje', 'cardapio/hoje/index.html'],
      ['/nao-existe', '404.html'],
    ];
    const hosted = await Promise.all(pages.map(([path]) => rawRequest(`${base}${path}`, { host: `${site.slug}.localhost` })));
    expect(hosted.map((r) => r.status)).toEqual([200, 200, 200, 404]);
    const built = pages.map(([, file]) => readFileSync(join(dir, 'dist', file), 'utf8'));
    const hostedIds = idsOf(hosted.map((r) => r.text()));
    const builtIds = idsOf(built);
    expect(builtIds.length).toBe(hostedIds.length);

    for (const [i, [path, file]] of pages.entries()) {
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
