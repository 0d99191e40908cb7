// How sections are displayed: entrance effects (CSS only, only for the sections that have one, never
// under reduced motion) and per-device display (hidden on a phone, a tablet or a desktop). Both out
// of the model's answer schema. Drawn in Chromium through Playwright at each device's width and with
// the media emulated.
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '@/scripts/chromium';
import { sectionOf, testDocument } from '@/test/documents';
import { siteAnswerSchema } from '@/lib/generate/openai/schema';
import type { SiteDocument } from '@/lib/sites/document';
import { parseSiteDocument } from '@/lib/sites/validate';
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
      { id: 'a"]{}body{display:none}[x="', props: { entrance: 'rise' } },
      { id: 'ok', props: { entrance: 'zoom', entranceDuration: '1s;color:red', entranceDelay: 1e9 } },
      { id: 'odd', props: { entrance: 'constructor' } },
    ]);
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('color:red');
    expect(css).toContain('[id="ok"]{animation:pm-enter-zoom 600ms cubic-bezier(.2,.7,.3,1) 0ms both}');
    expect(css).not.toContain('odd');
  });

  it('stays out of the model’s answer: content is the model’s, display the owner’s', () => {
    expect(JSON.stringify(siteAnswerSchema())).not.toMatch(/entrance|onPhone|onTablet|onDesktop/i);
  });

  it('hides a section on the devices chosen only, one media query per device', () => {
    expect(sectionDisplayCss(withEntrances({ faq: { onPhone: 'shown', onTablet: 'shown', onDesktop: 'shown' } }).pages[0].sections)).toBe('');
    const css = sectionDisplayCss(withEntrances({ hero: { onPhone: 'hidden' }, faq: { onPhone: 'hidden', onDesktop: 'hidden' } }).pages[0].sections);
    expect(css).toBe('@media (max-width:639.98px){[id="hero"],[id="faq"]{display:none}}@media (min-width:1024px){[id="faq"]{display:none}}');
    expect(() => withEntrances({ hero: { onTablet: 'gone' } })).toThrow();
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
});
