// Renders one page of a site document to a complete static HTML document: the same section
// components the editor shows, only the CSS the page uses, SEO and social tags, JSON-LD, no
// JavaScript. Pure and deterministic: the same document gives the same bytes.
import { createHash } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Page, SiteDocument } from '@/lib/sites/document';
import { findSectionDefinition } from '@/lib/sites/registry';
import { safeHref } from '@/lib/sites/safe-href';
import { artSvg, parseArtSrc } from './art';
import { baseCss, minifyCss, themeCss } from './base-css';
import type { RenderContext, ResolvedImage } from './context';
import { Icon } from './icons';
import { siteStrings } from './site-strings';
import { structuredData } from './structured-data';

export type RenderedFile = { path: string; contentType: string; body: string };

export type PageRenderOptions = {
  mode: 'publish' | 'editor';
  // The site's public origin, for canonical and Open Graph URLs ("https://padaria.pagemagic.site").
  origin: string;
  // Show the "Made with Page Magic" badge (Free plan).
  showBadge?: boolean;
  // Collects the generated art files the page refers to (publish mode).
  files?: Map<string, RenderedFile>;
};

const chromeTypes = new Set(['navbar', 'footer']);

export function createRenderContext(doc: SiteDocument, page: Page, opts: PageRenderOptions): RenderContext {
  const language = page.language ?? doc.language;
  const paths = new Set(doc.pages.map((p) => p.path));
  const priceFormat = new Intl.NumberFormat(language, { style: 'currency', currency: doc.business.currency });
  return {
    doc,
    page,
    language,
    strings: siteStrings[language],
    mode: opts.mode,
    image(src: string, size: { width: number; height: number }): ResolvedImage | null {
      if (!src) return null;
      const art = parseArtSrc(src);
      if (art) {
        const svg = artSvg(art.motif, art.seed, doc.theme.palette, size.width, size.height);
        if (opts.mode === 'editor') return { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, ...size };
        // The name carries a hash of the content, so the file can be cached for a year.
        const path = `/art/${art.motif}-${art.seed}-${size.width}x${size.height}-${createHash('sha256').update(svg).digest('hex').slice(0, 10)}.svg`;
        opts.files?.set(path, { path, contentType: 'image/svg+xml', body: svg });
        return { src: path, ...size };
      }
      return { src, ...size };
    },
    href(href: string) {
      const safe = safeHref(href);
      if (!safe) return null;
      // A link to a page this site does not have would 404: keep it as text in that case.
      if (safe.startsWith('/') && !safe.startsWith('/assets/') && !paths.has(safe.split(/[?#]/)[0] || '/')) return null;
      return safe;
    },
    icon: (name, iconOpts) => <Icon name={name} size={iconOpts?.size} label={iconOpts?.label} />,
    price(amount: string) {
      const n = Number(String(amount).replace(',', '.'));
      return Number.isFinite(n) && String(amount).trim() !== '' ? priceFormat.format(n) : amount;
    },
  };
}

export function renderSections(page: Page, ctx: RenderContext) {
  const rendered = page.sections.map((section) => {
    const definition = findSectionDefinition(section.type);
    if (!definition) return { section, element: null };
    const parsed = definition.schema.safeParse(section.props);
    if (!parsed.success) return { section, element: null };
    const Component = definition.component;
    return { section, element: <Component key={section.id} id={section.id} props={parsed.data} ctx={ctx} /> };
  });
  return rendered;
}

export function pageCss(doc: SiteDocument, page: Page): string {
  const types = [...new Set(page.sections.map((s) => s.type))].sort();
  const sectionCss = types.map((type) => findSectionDefinition(type)?.css ?? '').join('\n');
  return themeCss(doc.theme) + minifyCss(baseCss + sectionCss);
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// JSON inside <script type="application/ld+json"> must not be able to close the tag.
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function renderPageDocument(doc: SiteDocument, page: Page, opts: PageRenderOptions): string {
  const ctx = createRenderContext(doc, page, opts);
  const sections = renderSections(page, ctx);
  const before: React.ReactNode[] = [];
  const main: React.ReactNode[] = [];
  const after: React.ReactNode[] = [];
  let seenMain = false;
  for (const { section, element } of sections) {
    if (!element) continue;
    if (chromeTypes.has(section.type)) (seenMain ? after : before).push(element);
    else {
      seenMain = true;
      main.push(element);
    }
  }
  const body = renderToStaticMarkup(
    <>
      <a className="pm-skip" href="#main">
        {ctx.strings.skipToContent}
      </a>
      {before}
      <main id="main">{main}</main>
      {after}
      {opts.showBadge && (
        <a className="pm-badge" href="https://pagemagic.app/?ref=badge">
          {ctx.strings.madeWith}
        </a>
      )}
    </>,
  );
  const url = `${opts.origin}${page.path === '/' ? '/' : page.path}`;
  const title = page.path === '/' ? page.title : `${page.title} · ${doc.business.name}`;
  const description = page.description || doc.business.tagline;
  const social = page.socialImage ? ctx.image(page.socialImage, { width: 1200, height: 630 }) : null;
  const socialUrl = social ? (social.src.startsWith('/') ? `${opts.origin}${social.src}` : social.src) : '';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    description && `<meta name="description" content="${escapeAttr(description)}">`,
    `<link rel="canonical" href="${escapeAttr(url)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${escapeAttr(title)}">`,
    description && `<meta property="og:description" content="${escapeAttr(description)}">`,
    `<meta property="og:url" content="${escapeAttr(url)}">`,
    `<meta property="og:site_name" content="${escapeAttr(doc.business.name)}">`,
    `<meta property="og:locale" content="${ctx.language.replace('-', '_')}">`,
    socialUrl && `<meta property="og:image" content="${escapeAttr(socialUrl)}">`,
    `<meta name="twitter:card" content="${socialUrl ? 'summary_large_image' : 'summary'}">`,
    `<meta name="theme-color" content="${doc.theme.palette.primary}">`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    `<style>${pageCss(doc, page)}</style>`,
    page.path === '/' && `<script type="application/ld+json">${safeJson(structuredData(doc, opts.origin))}</script>`,
  ]
    .filter(Boolean)
    .join('');
  return `<!doctype html><html lang="${ctx.language}"><head>${head}</head><body>${body}</body></html>`;
}
