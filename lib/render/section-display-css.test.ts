// How sections are displayed: entrance effects (CSS only, only for the sections that have one, never
// under reduced motion), per-device display (hidden on a phone, a tablet or a desktop) and a grid's
// columns per device. All out of the model's answer schema. Drawn in Chromium through Playwright at each device's width and with
// the media emulated.
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '@/scripts/chromium';
import { sectionOf, testDocument } from '@/test/documents';
import { siteAnswerSchema } from '@/lib/generate/openai/schema';
import type { SiteDocument } from '@/lib/sites/document';
import { parseSiteDocument } from '@/lib/sites/validate';
import { gridColumnsCss } from '@/lib/sites/grid-columns';
import { sectionDisplayCss as entranceCss, sectionDisplayCss } from './section-display-css';
import { renderPageDocument } from './render-page';

function withEntrances(entrances: Record<string, Record<string, unknown>>): SiteDocument {
  const doc = testDocument();
  doc.pages[0].sections = [
    sectionOf('navbar', 'nav'),
    sectionOf('hero', 'hero'),
    sectionOf('features', 'features'),
    sectionOf('faq', 'faq'),
    sectionOf('footer', 'footer'),
  ].map((section) => ({ ...section, props: { ...section.props, ...(entrances[section.id] ?? {}) } })) as SiteDocument['pages'][number]['sections'];
  return parseSiteDocument(doc);
}

describe('entrance CSS', () => {
  it('is empty for a page without effects, and has the keyframes of the effects used only', () => {
    expect(entranceCss(withEntrances({}).pages[0].sections)).toBe('');
    expect(entranceCss(withEntrances({ hero: { entrance: 'none', entranceDuration: 900 } }).pages[0].sections)).toBe('');
    const css = entranceCss(
      withEntrances({ hero: { entrance: 'rise', entranceDuration: 800, entranceDelay: 150 }, faq: { entrance: 'fade' } }).pages[0].sections,
    );
    expect(css.startsWith('@media (prefers-reduced-motion:no-preference){')).toBe(true);
    expect(css).toContain('[id="hero"]{animation:pm-enter-rise 800ms cubic-bezier(.2,.7,.3,1) 150ms both}');
    expect(css).toContain('[id="faq"]{animation:pm-enter-fade 600ms cubic-bezier(.2,.7,.3,1) 0ms both}');
    expect(css).toContain('@keyframes pm-enter-rise');
    expect(css).toContain('@keyframes pm-enter-fade');
    expect(css).not.toContain('pm-enter-zoom');
    expect(css).not.toContain('[id="features"]');
  });

  it('refuses out-of-range values in a saved document, and ignores hostile ones that skipped validation', () => {
    expect(() => withEntrances({ hero: { entrance: 'rise', entranceDuration: 60_000 } })).toThrow();
    expect(() => withEntrances({ hero: { entrance: 'spin' } })).toThrow();
    expect(() => withEntrances({ hero: { entrance: 'zoom', entranceDelay: -5 } })).toThrow();
    const css = entranceCss([
      { id: 'a"]{}body{display:none}[x="', type: 'hero', props: { entrance: 'rise' } },
      { id: 'ok', type: 'hero', props: { entrance: 'zoom', entranceDuration: '1s;color:red', entranceDelay: 1e9 } },
      { id: 'odd', type: 'hero', props: { entrance: 'constructor' } },
    ]);
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('color:red');
    expect(css).toContain('[id="ok"]{animation:pm-enter-zoom 600ms cubic-bezier(.2,.7,.3,1) 0ms both}');
    expect(css).not.toContain('odd');
  });

  it('stays out of the model’s answer: content is the model’s, display the owner’s', () => {
    expect(JSON.stringify(siteAnswerSchema())).not.toMatch(/entrance|onPhone|onTablet|onDesktop|columnsPhone|columnsTablet|columnsDesktop/i);
  });

  it('hides a section on the devices chosen only, one media query per device', () => {
    expect(sectionDisplayCss(withEntrances({ faq: { onPhone: 'shown', onTablet: 'shown', onDesktop: 'shown' } }).pages[0].sections)).toBe('');
    const css = sectionDisplayCss(withEntrances({ hero: { onPhone: 'hidden' }, faq: { onPhone: 'hidden', onDesktop: 'hidden' } }).pages[0].sections);
    expect(css).toBe('@media (max-width:639.98px){[id="hero"],[id="faq"]{display:none}}@media (min-width:1024px){[id="faq"]{display:none}}');
    expect(() => withEntrances({ hero: { onTablet: 'gone' } })).toThrow();
  });
});

describe('grid columns per device', () => {
  it('draws the columns a grid section chose, per device, and nothing for automatic ones or other types', () => {
    expect(sectionDisplayCss(withEntrances({ features: { columnsPhone: 'auto', columnsTablet: 'auto', columnsDesktop: 'auto' } }).pages[0].sections)).toBe('');
    const css = sectionDisplayCss(withEntrances({ features: { columnsPhone: '2', columnsDesktop: '4' }, hero: { onPhone: 'hidden' } }).pages[0].sections);
    expect(css).toBe(
      '@media (max-width:639.98px){[id="hero"]{display:none}[id="features"] .s-features__grid{grid-template-columns:repeat(2,minmax(0,1fr))}}' +
        '@media (min-width:1024px){[id="features"] .s-features__grid{grid-template-columns:repeat(4,minmax(0,1fr))}}',
    );
    // A type without a grid has nothing to lay out in columns.
    expect(sectionDisplayCss([{ id: 'faq', type: 'faq', props: { columnsDesktop: '2' } }])).toBe('');
    expect(gridColumnsCss({ id: 'g', type: 'gallery', props: { columnsTablet: '3', onTablet: 'hidden' } })).toBe(
      '@media (min-width:640px) and (max-width:1023.98px){[id="g"] .s-gallery__grid{grid-template-columns:repeat(3,minmax(0,1fr))}}',
    );
  });

  it('refuses counts a device does not offer, and ignores hostile ones that skipped validation', () => {
    expect(() => withEntrances({ features: { columnsPhone: '3' } })).toThrow();
    expect(() => withEntrances({ features: { columnsTablet: '4' } })).toThrow();
    expect(() => withEntrances({ features: { columnsDesktop: 5 } })).toThrow();
    const css = sectionDisplayCss([
      { id: 'a', type: 'features', props: { columnsDesktop: '4;}body{display:none' } },
      { id: 'b', type: 'features', props: { columnsPhone: '4', columnsTablet: 9 } },
      { id: 'c"]{}x{', type: 'team', props: { columnsDesktop: '2' } },
      { id: 'd', type: 'constructor', props: { columnsDesktop: '2' } },
    ]);
    expect(css).toBe('');
  });
});

describe('entrance effects in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function animations(html: string, reducedMotion: 'reduce' | 'no-preference') {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion });
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.evaluate(() => ({
        running: document.getAnimations().map((a) => `${((a.effect as KeyframeEffect).target as Element).id}:${(a as CSSAnimation).animationName}`),
        scripts: document.scripts.length,
      }));
    } finally {
      await page.close();
    }
  }

  it('animates the chosen sections with no script, and nothing under prefers-reduced-motion: reduce', async () => {
    const doc = withEntrances({ hero: { entrance: 'rise', entranceDuration: 3000 }, faq: { entrance: 'zoom', entranceDuration: 3000 } });
    const html = await renderPageDocument(doc, doc.pages[0], { mode: 'publish', origin: 'https://site.example.test', showBadge: false });
    const moving = await animations(html, 'no-preference');
    expect(moving.running.sort()).toEqual(['faq:pm-enter-zoom', 'hero:pm-enter-rise']);
    // The page's only script is its structured data, which runs nothing.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script type="application/ld+json">');
    const still = await animations(html, 'reduce');
    expect(still.running).toEqual([]);
    const plain = withEntrances({});
    const none = await animations(
      await renderPageDocument(plain, plain.pages[0], { mode: 'publish', origin: 'https://site.example.test', showBadge: false }),
      'no-preference',
    );
    expect(none.running).toEqual([]);
  });
});

describe('per-device display in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows each section on the devices it is shown on, at the editor’s three widths', async () => {
    const doc = withEntrances({ hero: { onPhone: 'hidden' }, features: { onTablet: 'hidden', onDesktop: 'hidden' }, faq: { onDesktop: 'hidden' } });
    const html = await renderPageDocument(doc, doc.pages[0], { mode: 'publish', origin: 'https://site.example.test', showBadge: false });
    const seen: Record<number, string[]> = {};
    for (const width of [390, 768, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.setContent(html, { waitUntil: 'load' });
      seen[width] = [];
      for (const id of ['nav', 'hero', 'features', 'faq', 'footer']) if (await page.locator(`[id="${id}"]`).isVisible()) seen[width].push(id);
      await page.close();
    }
    expect(seen).toEqual({
      390: ['nav', 'features', 'faq', 'footer'],
      768: ['nav', 'hero', 'faq', 'footer'],
      1280: ['nav', 'hero', 'footer'],
    });
  });

  it('lays a grid out in the columns chosen for each width, and in the design’s own where automatic', async () => {
    const columnsAt = async (doc: SiteDocument) => {
      const html = await renderPageDocument(doc, doc.pages[0], { mode: 'publish', origin: 'https://site.example.test', showBadge: false });
      const seen: Record<number, number> = {};
      for (const width of [390, 768, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.setContent(html, { waitUntil: 'load' });
        // Columns as laid out: the distinct left edges of the grid's items.
        seen[width] = await page
          .locator('[id="features"] .s-features__grid > *')
          .evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().left))).size);
        await page.close();
      }
      return seen;
    };
    const design = await columnsAt(withEntrances({}));
    const chosen = await columnsAt(withEntrances({ features: { columnsPhone: '2', columnsTablet: '1', columnsDesktop: '2' } }));
    expect(chosen).toEqual({ 390: 2, 768: 1, 1280: 2 });
    expect(design[390]).toBe(1);
    expect(design[1280]).toBeGreaterThan(2);
  });
});
