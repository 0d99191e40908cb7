// Builds a site document into the files a published version serves: one HTML page per page,
// a 404 page, the form's thank-you and error pages, sitemap.xml, robots.txt, llms.txt, a
// favicon and the generated art, each pre-compressed with gzip and brotli; an installable site also
// gets its manifest, icons, offline page and service worker (pwa.ts).
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AssetMap } from '@/lib/media/files';
import type { Page, SiteDocument } from '@/lib/sites/document';
import { firstGrapheme } from '@/lib/render/context';
import { renderPageDocument, type RenderedFile } from '@/lib/render/render-page';
import { siteStrings } from '@/lib/render/site-strings';
import { sectionDefaults } from '@/lib/sites/section-defaults';
import { OFFLINE_PATH } from '@/lib/render/pwa';
import { pwaFiles, type PwaFile } from './pwa';

export type BuiltFile = { path: string; contentType: string; etag: string; body: Buffer; gzip: Buffer; brotli: Buffer };

const HTML = 'text/html; charset=utf-8';

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// A page made only of the site's navbar and footer around a message (404, thank-you, form error).
function messagePage(doc: SiteDocument, id: string, title: string, text: string): Page {
  const home = doc.pages.find((p) => p.path === '/')!;
  const chrome = (type: string) => home.sections.filter((s) => s.type === type).map((s) => ({ ...s, id: `${id}-${s.id}` }));
  return {
    id,
    path: '/',
    title,
    description: '',
    socialImage: '',
    sections: [
      ...chrome('navbar'),
      {
        id: `${id}-message`,
        type: 'cta',
        props: {
          ...sectionDefaults.cta,
          style: 'surface',
          heading: title,
          text,
          action: { label: siteStrings[doc.language].backHome, href: '/' },
          secondaryAction: { label: '', href: '' },
        },
      },
      ...chrome('footer'),
    ],
  };
}

function favicon(doc: SiteDocument): string {
  const letter = escapeXml(firstGrapheme(doc.business.name) || 'P');
  const p = doc.theme.palette;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${p.primary}"/><text x="32" y="44" text-anchor="middle" font-family="Georgia,serif" font-size="38" font-weight="700" fill="${p.onPrimary}">${letter}</text></svg>`;
}

function llmsTxt(doc: SiteDocument, origin: string): string {
  const lines = [`# ${doc.business.name}`, ''];
  if (doc.business.tagline) lines.push(`> ${doc.business.tagline}`, '');
  const facts = [
    doc.business.city && `- Location: ${doc.business.city}`,
    doc.business.address && `- Address: ${doc.business.address}`,
    doc.business.phone && `- Phone: ${doc.business.phone}`,
    doc.business.email && `- Email: ${doc.business.email}`,
    `- Language: ${doc.language}`,
  ].filter(Boolean) as string[];
  lines.push(...facts, '', '## Pages', '');
  for (const page of doc.pages) {
    lines.push(`- [${page.title}](${origin}${page.path})${page.description ? `: ${page.description}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

// Compression runs on libuv's thread pool, so a site's files compress in parallel. Brotli
// quality 7 is within 8% of 11 at a tenth of the time, which keeps publishing fast.
// Below this size compression saves too little to be worth a second copy: such files are
// stored once and served as they are.
const MIN_COMPRESS_BYTES = 1024;
const none = Buffer.alloc(0);

export async function compressFile(file: RenderedFile | PwaFile): Promise<BuiltFile> {
  const body = typeof file.body === 'string' ? Buffer.from(file.body, 'utf8') : file.body;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  // PNG is compressed already: gzip or brotli would only add copies of the same size.
  if (body.length < MIN_COMPRESS_BYTES || file.contentType === 'image/png')
    return { path: file.path, contentType: file.contentType, etag, body, gzip: none, brotli: none };
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 7, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return {
    path: file.path,
    contentType: file.contentType,
    etag,
    body,
    gzip: gz,
    brotli: br,
  };
}

// onStep: told how long rendering and compressing took (the publish's build record logs them).
export type BuildStepReport = (step: 'render' | 'compress', ms: number, message: string) => void;

export async function buildSite(
  doc: SiteDocument,
  opts: { origin: string; showBadge?: boolean; assets?: AssetMap; onStep?: BuildStepReport },
): Promise<BuiltFile[]> {
  const renderStarted = performance.now();
  const files = new Map<string, RenderedFile | PwaFile>();
  const art = new Map<string, RenderedFile>();
  const render = (page: Page) =>
    renderPageDocument(doc, page, { mode: 'publish', origin: opts.origin, showBadge: opts.showBadge, files: art, assets: opts.assets });
  for (const page of doc.pages) files.set(page.path, { path: page.path, contentType: HTML, body: await render(page) });

  const s = siteStrings[doc.language];
  const installable = doc.app?.installable === true;
  const special: Array<[string, string, string]> = [
    ['/_pm/404', s.notFoundTitle, s.notFoundText],
    ['/_pm/thanks', s.thanksTitle, s.thanksText],
    ['/_pm/form-error', s.formErrorTitle, s.formErrorText],
    ['/_pm/too-many', s.tooManyTitle, s.tooManyText],
    ...(installable ? [[OFFLINE_PATH, s.offlineTitle, s.offlineText] as [string, string, string]] : []),
  ];
  for (const [path, title, text] of special) {
    const page = messagePage(doc, path.slice(5).replace(/[^a-z0-9]/g, '') || 'msg', title, text);
    const html = (await render(page)).replace('<head>', '<head><meta name="robots" content="noindex">');
    files.set(path, { path, contentType: HTML, body: html });
  }

  const urls = doc.pages.map((page) => `<url><loc>${escapeXml(`${opts.origin}${page.path}`)}</loc></url>`).join('');
  files.set('/sitemap.xml', {
    path: '/sitemap.xml',
    contentType: 'application/xml; charset=utf-8',
    body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`,
  });
  files.set('/robots.txt', {
    path: '/robots.txt',
    contentType: 'text/plain; charset=utf-8',
    body: `User-agent: *\nAllow: /\nDisallow: /_pm/\n\nSitemap: ${opts.origin}/sitemap.xml\n`,
  });
  files.set('/llms.txt', { path: '/llms.txt', contentType: 'text/plain; charset=utf-8', body: llmsTxt(doc, opts.origin) });
  const faviconSvg = favicon(doc);
  files.set('/favicon.svg', { path: '/favicon.svg', contentType: 'image/svg+xml', body: faviconSvg });
  for (const [path, file] of art) files.set(path, file);
  if (installable) {
    // The pages and the offline page the worker precaches (their bytes name its cache).
    const precached = [...doc.pages.map((p) => p.path), OFFLINE_PATH].map((path) => ({ path, body: String(files.get(path)!.body) }));
    for (const file of await pwaFiles(doc, precached, faviconSvg)) files.set(file.path, file);
  }
  const compressStarted = performance.now();
  opts.onStep?.('render', compressStarted - renderStarted, `Rendered ${doc.pages.length} pages and ${files.size - doc.pages.length} other files`);
  const built = await Promise.all([...files.values()].map(compressFile));
  const compressed = built.filter((f) => f.gzip.length > 0).length;
  opts.onStep?.('compress', performance.now() - compressStarted, `Compressed ${compressed} of ${built.length} files with gzip and brotli`);
  return built;
}
