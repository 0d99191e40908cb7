// Renders one page of a site document to a complete static HTML document: the same section
// components the editor shows, only the CSS the page uses, SEO and social tags, JSON-LD, no
// JavaScript (an installable site's pages carry one inline snippet that registers its service worker). Pure and deterministic: the same document gives the same bytes.
import { renderToStaticMarkup } from 'react-dom/server';
import { loadedSectionRender, loadSectionRenders } from '@/lib/render/sections/registry';
import type { Page, SiteDocument } from '@/lib/sites/document';
import { findSectionSchema } from '@/lib/sites/section-schemas';
import { baseCss, themeCss } from './base-css';
import { sectionDisplayCss } from './section-display-css';
import { minifyCss } from './minify-css';
import { renderableTheme } from './safe-theme';
import type { RenderContext } from './context';
import { chromeTypes, createRenderContext, type PageRenderOptions } from './page-context';
import { pwaHeadTags } from './pwa';
import { structuredData } from './structured-data';

export type { PageRenderOptions, RenderedFile } from './page-context';

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

// Each section validated by its type's schema before it renders; one that fails is left out.
function renderSections(page: Page, ctx: RenderContext) {
  return page.sections.map((section) => {
    const render = loadedSectionRender(section.type);
    const parsed = findSectionSchema(section.type)?.safeParse(section.props);
    if (!render || !parsed?.success) return { section, element: null };
    const Component = render.component;
    return { section, element: <Component key={section.id} id={section.id} props={parsed.data as Record<string, unknown>} ctx={ctx} /> };
  });
}

// Only the CSS of the section types the page uses, and of how its sections are displayed.
function pageCss(doc: SiteDocument, page: Page): string {
  const types = [...new Set(page.sections.map((s) => s.type))].sort();
  const sectionCss = types.map((type) => loadedSectionRender(type)?.css ?? '').join('\n');
  return themeCss(doc.theme) + minifyCss(baseCss + sectionCss) + sectionDisplayCss(page.sections);
}

export async function renderPageDocument(given: SiteDocument, page: Page, opts: PageRenderOptions): Promise<string> {
  // The theme's values go into CSS, SVG and a meta tag: re-checked here, not only by the schema.
  const doc = { ...given, theme: renderableTheme(given.theme) };
  // Each section type's component is its own module: the page's are loaded first (once per process).
  await loadSectionRenders(page.sections.map((s) => s.type));
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
      {/* Free plan's badge; in its own landmark so every piece of content sits in one. */}
      {opts.showBadge && (
        <aside aria-label={ctx.strings.madeWith}>
          <a className="pm-badge" href="https://pagemagic.app/?ref=badge">
            {ctx.strings.madeWith}
          </a>
        </aside>
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
    `<meta property="og:locale" content="${escapeAttr(ctx.language.replace('-', '_'))}">`,
    socialUrl && `<meta property="og:image" content="${escapeAttr(socialUrl)}">`,
    `<meta name="twitter:card" content="${socialUrl ? 'summary_large_image' : 'summary'}">`,
    `<meta name="theme-color" content="${escapeAttr(doc.theme.palette.primary)}">`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    // Published installable sites only: the editor's canvas and previews never register a worker.
    opts.mode === 'publish' && doc.app?.installable && pwaHeadTags(),
    `<style>${pageCss(doc, page)}</style>`,
    page.path === '/' && `<script type="application/ld+json">${safeJson(structuredData(doc, opts.origin))}</script>`,
  ]
    .filter(Boolean)
    .join('');
  return `<!doctype html><html lang="${escapeAttr(ctx.language)}"><head>${head}</head><body>${body}</body></html>`;
}
