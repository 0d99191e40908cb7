// Every template, published: its sample site is generated through the app, published with the
// Publish button, and its home page, served on the site's own host, has no axe-core violations
// and no html-validate errors. Also the gallery: miniatures, and "Use this template".
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { templateSamplePrompts, SAMPLE_SEED } from '@/lib/generate/template-samples';
import type { UiLocale } from '@/lib/i18n/languages';
import { templateIds } from '@/lib/sites/templates';
import type { Page } from '@playwright/test';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

const appPort = new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100').port;
// .htmlvalidate.json at the repository root is found from this file name.
const htmlValidate = new HtmlValidate(new FileSystemConfigLoader());

type StreamEvent = { type: string; siteId?: string; error?: { code: string; message: string } };

// Chromium paints only what is near the viewport (sections with content-visibility, iframes), so
// a full-page capture, and axe's contrast checks, would miss the rest: make the viewport the page's height.
async function showWholePage(page: Page, width: number) {
  let height = 0;
  for (let i = 0; i < 5; i++) {
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    if (pageHeight === height) return;
    height = pageHeight;
    await page.setViewportSize({ width, height });
  }
}

templateIds.forEach((templateId, index) => {
  // Half the templates are written in Portuguese, half in English, so both copy banks are checked.
  const language: UiLocale = index % 2 === 0 ? 'pt-BR' : 'en';

  test(`the ${templateId} template publishes an accessible, valid home page (${language})`, async ({ page, context }) => {
    test.setTimeout(90_000);
    await signUp(page);

    const response = await page.request.post('/api/generate', {
      data: { prompt: templateSamplePrompts[templateId][language], templateId, seed: SAMPLE_SEED },
    });
    expect(response.status()).toBe(200);
    const events = (await response.text())
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as StreamEvent);
    const done = events.find((event) => event.type === 'done');
    expect(done, `the generation ended with ${JSON.stringify(events.at(-1))}`).toBeTruthy();
    expect(done!.siteId).toBeTruthy();

    await page.goto(`/dashboard/sites/${done!.siteId}`);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const viewSite = page.getByRole('link', { name: /View site/ }).first();
    await confirmSuggestedFacts(page, viewSite);
    await expect(viewSite).toBeVisible({ timeout: 30_000 });
    const href = (await viewSite.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^http://[a-z0-9-]+\\.localhost:${appPort}/$`));

    const site = await context.newPage();
    await site.setViewportSize({ width: 390, height: 844 });
    const served = await site.goto(href);
    expect(served?.status()).toBe(200);
    await expect(site.locator('html')).toHaveAttribute('lang', language);
    await expect(site.getByRole('heading', { level: 1 })).toBeVisible();
    await showWholePage(site, 390);
    await screenshot(site, `template-${templateId}-390`);

    const axe = await new AxeBuilder({ page: site }).analyze();
    expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const html = await served!.text();
    const report = await htmlValidate.validateString(html, resolve(`template-${templateId}.html`));
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`));
    expect(messages).toEqual([]);
  });
});

test('the template gallery shows every template and starts a site from one', async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page);
  await page.getByRole('link', { name: 'Browse templates' }).first().click();
  await expect(page).toHaveURL(/\/dashboard\/sites\/templates$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();

  const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(cards).toHaveCount(templateIds.length);
  // Each miniature is the template's real home page, in the viewer's language.
  const frames = page.locator('iframe[src^="/api/templates/"]');
  await expect(frames).toHaveCount(templateIds.length);
  for (const templateId of templateIds) {
    const frame = page.locator(`iframe[src="/api/templates/${templateId}/preview?lang=en"]`);
    await expect(frame).toHaveAttribute('loading', 'lazy');
    await expect(frame).toHaveAttribute('tabindex', '-1');
    await expect(frame).toHaveAttribute('title', /.+/);
    const preview = await page.request.get(`/api/templates/${templateId}/preview?lang=en`);
    expect(preview.status()).toBe(200);
    expect(preview.headers()['content-type']).toContain('text/html');
    // The published pages' strict CSP, not the app's: no script runs in a preview.
    expect(preview.headers()['content-security-policy']).toMatch(/^default-src 'none';.*frame-ancestors 'self'; style-src 'sha256-/);
    expect(preview.headers()['content-security-policy']).not.toContain('unsafe-inline');
    expect(await preview.text()).toMatch(/<html lang="en">[\s\S]*<h1[^>]*>/);
  }
  // The miniatures load as they come into view, each showing its sample's home page.
  for (const index of templateIds.keys()) {
    await cards.nth(index).scrollIntoViewIfNeeded();
    await expect(cards.nth(index).frameLocator('iframe').locator('h1')).toBeVisible();
  }
  await showWholePage(page, 1280);
  await screenshot(page, 'template-gallery-1280');
  await page.setViewportSize({ width: 1280, height: 800 });

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Portuguese viewers see Portuguese samples.
  expect(await (await page.request.get('/api/templates/restaurant/preview?lang=pt-BR')).text()).toContain('lang="pt-BR"');
  expect((await page.request.get('/api/templates/no-such-template/preview')).status()).toBe(404);

  await showWholePage(page, 390);
  await screenshot(page, 'template-gallery-390');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'template-gallery-390-dark');
  await page.setViewportSize({ width: 390, height: 844 });

  const restaurant = cards.filter({ has: page.getByRole('heading', { name: 'Restaurant & café' }) });
  await restaurant.getByRole('link', { name: 'Use this template' }).click();
  await expect(page).toHaveURL(/\/dashboard\/sites\/new\?template=restaurant$/);
  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('restaurant');
  await expect(page.getByText('Menu with prices and dietary tags, gallery, hours and location.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Browse templates' })).toBeVisible();
});
