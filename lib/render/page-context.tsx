// The render context shared by the publisher (static HTML, render-page.tsx) and the editor canvas
// (live React in the browser). Browser-safe: no Node modules, no react-dom/server, no section
// components (they come from lib/render/sections/registry.ts).
import type { AssetMap } from '@/lib/media/files';
import type { Page, SiteDocument } from '@/lib/sites/document';
import { safeHref } from '@/lib/sites/safe-href';
import { parseArtSrc } from '@/lib/sites/art-motifs';
import { artSvg } from './art';
import type { RenderContext, ResolvedImage } from './context';
import { contentHash } from './hash';
// Every icon at hand on the server; in the browser each loads on first use (package.json "imports").
import { Icon } from '#render/icons';
import { siteStrings } from './site-strings';

export type RenderedFile = { path: string; contentType: string; body: string };

export type PageRenderOptions = {
  mode: 'publish' | 'editor';
  // The site's public origin, for canonical and Open Graph URLs ("https://padaria.pagemagic.site").
  origin: string;
  // Show the "Made with Page Magic" badge (Free plan).
  showBadge?: boolean;
  // Collects the generated art files the page refers to (publish mode).
  files?: Map<string, RenderedFile>;
  // The uploaded images the document uses (lib/media loadDocumentAssets, or assetMapFrom in the
  // browser): sizes and widths, so the markup gets srcset, width and height without reading
  // anything while rendering.
  assets?: AssetMap;
};

// Uploaded images: on a site's host from /assets/, in the editor from the app host (owner only).
function resolveAsset(
  id: string,
  assets: AssetMap | undefined,
  mode: PageRenderOptions['mode'],
  size: { width: number; height: number },
): ResolvedImage | null {
  const asset = assets?.get(id);
  if (!asset || !asset.widths.length) return null;
  const base = mode === 'editor' ? '/api/assets/' : '/assets/';
  const list = (format: 'webp' | 'avif') => asset.widths.map((w) => `${base}${id}-${w}.${format} ${w}w`).join(', ');
  const fallback = asset.widths.find((w) => w >= size.width) ?? asset.widths[asset.widths.length - 1];
  // width/height carry the image's own proportions, so the browser reserves the right box
  // before it loads (no layout shift); CSS that crops to a fixed ratio still wins.
  return {
    src: `${base}${id}-${fallback}.webp`,
    width: size.width,
    height: Math.max(1, Math.round((size.width * asset.height) / asset.width)),
    srcSet: list('webp'),
    avifSrcSet: list('avif'),
  };
}

export const chromeTypes = new Set(['navbar', 'footer']);

export function createRenderContext(doc: SiteDocument, page: Page, opts: PageRenderOptions): RenderContext {
  const language = page.language ?? doc.language;
  const paths = new Set(doc.pages.map((p) => p.path));
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
        const path = `/art/${art.motif}-${art.seed}-${size.width}x${size.height}-${contentHash(svg)}.svg`;
        opts.files?.set(path, { path, contentType: 'image/svg+xml', body: svg });
        return { src: path, ...size };
      }
      const assetId = /^\/assets\/([\w-]+)$/.exec(src)?.[1];
      if (assetId) return resolveAsset(assetId, opts.assets, opts.mode, size);
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
    price: (amount: string) => formatPrice(amount, language, doc.business.currency),
  };
}

const spanishLocales: Record<string, string> = { MXN: 'es-MX', ARS: 'es-AR', COP: 'es-CO', CLP: 'es-CL', PEN: 'es-PE', UYU: 'es-UY', USD: 'es-US' };

// "12.50" -> "$12.50"; "80" -> "R$ 80"; "80-250 /hora" -> "R$ 80–250 /hora" (a range, with what the
// price is per); anything else ("Free", "sob consulta") is kept as the owner wrote it.
export function formatPrice(amount: string, language: string, currency: string): string {
  const m = /^\s*(\d+(?:[.,]\d{1,2})?)\s*(?:[-–]\s*(\d+(?:[.,]\d{1,2})?))?\s*(\/?\s*\p{L}[\p{L}²\s.]*)?$/u.exec(String(amount));
  if (!m) return amount;
  const a = Number(m[1].replace(',', '.'));
  const b = m[2] ? Number(m[2].replace(',', '.')) : null;
  const hasCents = /[.,]\d/.test(m[1]) || (!!m[2] && /[.,]\d/.test(m[2]));
  // Spanish prices read as in the country whose currency they are in ("$35" in Mexico, not "35 MXN").
  const locale = language === 'es' ? (spanishLocales[currency] ?? 'es') : language;
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: hasCents ? 2 : 0,
  });
  const text = b !== null && b !== a ? format.formatRange(a, b) : format.format(a);
  return m[3] ? `${text} ${m[3].trim()}` : text;
}
