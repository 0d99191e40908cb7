// The published CSS goes through Lightning CSS: a page styled with the minified CSS draws the same,
// pixel for pixel and box for box, as with the CSS as written, in Chromium at three widths,
// for every section type in every one of its layouts. And the page's HTML carries no comments and no
// whitespace between tags.
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findChromium } from '@/scripts/chromium';
import { sectionOf, testDocument } from '@/test/documents';
import { sectionTypes, type SectionType } from '@/lib/sites/section-catalogue';
import { displayShape, sectionSchemas } from '@/lib/sites/section-schemas';
import type { SiteDocument } from '@/lib/sites/document';
import { baseCss, themeCss } from './base-css';
import { minifyCss } from './minify-css';
import { renderPageDocument } from './render-page';
import { loadedSectionRender, loadSectionRenders } from './sections/registry';

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as z.ZodType & { def: { innerType?: z.ZodType; in?: z.ZodType } };
  while (current.def.innerType || current.def.in) current = (current.def.innerType ?? current.def.in) as typeof current;
  return current;
}

// One section per type and per option of each of its top-level choices (a hero's layouts...).
function everySection() {
  const sections: ReturnType<typeof sectionOf>[] = [];
  for (const type of sectionTypes) {
    sections.push(sectionOf(type, `${type}-0`));
    const shape = (unwrap(sectionSchemas[type]) as z.ZodObject).shape as Record<string, z.ZodType>;
    for (const [prop, schema] of Object.entries(shape)) {
      const inner = unwrap(schema);
      // Entrance effects and per-device display are not layouts (section-display-css.test.ts).
      if (!(inner instanceof z.ZodEnum) || prop in displayShape) continue;
      for (const option of inner.options) sections.push(sectionOf(type as SectionType, `${type}-${prop}-${String(option)}`, { [prop]: option }));
    }
  }
  return sections;
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), headless: true });
});
afterAll(async () => {
  await browser?.close();
});

// The page as drawn (a full-page screenshot), every element's box, and the visible text.
async function drawn(html: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const boxes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'), (el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()}.${el.className} ${r.x},${r.y} ${r.width}x${r.height} ${getComputedStyle(el).color} ${getComputedStyle(el).backgroundColor}`;
      }),
    );
    const text = await page.evaluate(() => document.body.innerText);
    // Sections below the fold skip painting (`content-visibility: auto`) until they near the
    // viewport, so a full-page capture of a tall viewport-high window drew them or not by how quickly
    // the machine got to them: the window is made the page's height, every section in it, first.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const picture = await page.screenshot({ fullPage: true, animations: 'disabled' });
    return { boxes, text, picture };
  } finally {
    await page.close();
  }
}

describe('published CSS, minified', () => {
  it('styles every section in every layout exactly as the CSS as written, at 390, 768 and 1280 px', async () => {
    const doc: SiteDocument = testDocument();
    doc.pages[0].sections = everySection() as SiteDocument['pages'][number]['sections'];
    await loadSectionRenders(sectionTypes);
    const minified = await renderPageDocument(doc, doc.pages[0], { mode: 'publish', origin: 'https://site.example.test', showBadge: true });
    const style = /<style>([\s\S]*?)<\/style>/.exec(minified)?.[1] ?? '';
    const types = [...new Set(doc.pages[0].sections.map((s) => s.type))].sort();
    const written = themeCss(doc.theme) + baseCss + types.map((type) => loadedSectionRender(type)?.css ?? '').join('\n');
    // The page really uses the minified CSS, and it is smaller than the CSS as written.
    expect(style).toBe(themeCss(doc.theme) + minifyCss(baseCss + types.map((type) => loadedSectionRender(type)?.css ?? '').join('\n')));
    expect(style.length).toBeLessThan(written.length);
    const asWritten = minified.replace(style, () => written);
    for (const width of [390, 768, 1280]) {
      const a = await drawn(minified, width);
      const b = await drawn(asWritten, width);
      expect(a.boxes.length).toBeGreaterThan(200);
      expect(a.text).toBe(b.text);
      expect(a.boxes).toEqual(b.boxes);
      expect(a.picture.equals(b.picture), `${width}px: the screenshots differ`).toBe(true);
    }
  }, 60_000);

  it('keeps the meaning of rules a whitespace-stripping regex gets wrong', () => {
    const css = minifyCss('.nav :focus { color: red }\n/* a comment */\n.a > .b , .c { margin : 0 }\n.q::after { content: " : { } " }');
    expect(css).toContain('.nav :focus');
    expect(css).toContain('content:" : { } "');
    expect(css).not.toContain('comment');
  });

  it('leaves no comments and no whitespace between tags in the page', async () => {
    const doc = testDocument();
    const html = await renderPageDocument(doc, doc.pages[0], { mode: 'publish', origin: 'https://site.example.test', showBadge: false });
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/>\s*\n\s*</);
  });
});
