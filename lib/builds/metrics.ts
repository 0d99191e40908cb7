// A build's figures from its files: pages, files, bytes of HTML, CSS and images (raw and as
// served, gzip and brotli), the largest page, and the time per step. Pure, and cheap next to the
// build itself (the only extra work is gzipping each page's inline CSS once).
import { gzipSync } from 'node:zlib';

export type ByteCounts = { raw: number; gzip: number; brotli: number };

export type BuildMetrics = {
  pages: number;
  files: number;
  html: ByteCounts;
  css: { raw: number; gzip: number };
  images: ByteCounts & { files: number; uploaded: number };
  largestPage: { path: string; raw: number; gzip: number } | null;
  stepsMs: Record<string, number>;
  totalMs: number;
};

type MetricFile = { path: string; contentType: string; body: Uint8Array; gzip: Uint8Array; brotli: Uint8Array };

// Files under 1 KB are stored once and served as they are: their "compressed" size is their size.
const served = (file: MetricFile, kind: 'gzip' | 'brotli') => (file[kind].length > 0 ? file[kind].length : file.body.length);

const isPage = (file: MetricFile) => file.contentType.startsWith('text/html') && !file.path.startsWith('/_pm/');

const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

export function buildMetrics(files: readonly MetricFile[], opts: { uploadedImages: number; stepsMs: Record<string, number>; totalMs: number }): BuildMetrics {
  const html: ByteCounts = { raw: 0, gzip: 0, brotli: 0 };
  const images = { raw: 0, gzip: 0, brotli: 0, files: 0, uploaded: opts.uploadedImages };
  const css = { raw: 0, gzip: 0 };
  let largestPage: BuildMetrics['largestPage'] = null;
  let pages = 0;
  for (const file of files) {
    if (file.contentType.startsWith('text/html')) {
      html.raw += file.body.length;
      html.gzip += served(file, 'gzip');
      html.brotli += served(file, 'brotli');
      // Each page carries only the CSS it uses, inline.
      const text = Buffer.from(file.body).toString('utf8');
      for (const match of text.matchAll(STYLE)) {
        const bytes = Buffer.byteLength(match[1]);
        css.raw += bytes;
        css.gzip += bytes > 0 ? gzipSync(match[1], { level: 6 }).length : 0;
      }
      if (isPage(file)) {
        pages += 1;
        if (!largestPage || file.body.length > largestPage.raw) largestPage = { path: file.path, raw: file.body.length, gzip: served(file, 'gzip') };
      }
    } else if (file.contentType.startsWith('image/')) {
      images.files += 1;
      images.raw += file.body.length;
      images.gzip += served(file, 'gzip');
      images.brotli += served(file, 'brotli');
    }
  }
  return { pages, files: files.length, html, css, images, largestPage, stepsMs: opts.stepsMs, totalMs: opts.totalMs };
}
