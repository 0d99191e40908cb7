// The editor on a phone (390 px): the side panels open as sheets, the headline is edited in place
// with the on-screen flow (tap, select all, type), the palette changes and the site is made
// installable from the inspector sheet, and the site is published with all of it.
import { canvas, saved } from './support/editor';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { publishNowInEditor } from './support/publish';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('an owner edits and publishes from a phone', async ({ page, context }) => {
  test.setTimeout(240_000);
  await signUp(page);
  await page.goto('/dashboard/sites/new?template=local-service');
  await page.getByLabel('Describe your business').fill('Oficina mecânica do Seu Zé em Belo Horizonte, conserto de freios e troca de óleo');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 90_000 });
  const frame = canvas(page);
  await expect(frame.locator('.s-hero h1')).toBeVisible({ timeout: 30_000 });
  // Nothing on the editor's own screen runs wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'editor-phone');

  // The pages and sections sheet opens and closes.
  await page.getByRole('button', { name: 'Pages and sections' }).click();
  const left = page.getByRole('dialog', { name: 'Pages and sections' });
  await expect(left).toBeVisible();
  await expect(left.getByRole('tab', { name: 'Pages' })).toBeVisible();
  await screenshot(page, 'editor-phone-pages');
  await page.keyboard.press('Escape');
  await expect(left).toBeHidden();

  // The headline, edited in place: tap, select all, type.
  const headline = frame.locator('.s-hero h1 [data-pm-inline]');
  await headline.tap();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Freios revisados hoje', { delay: 30 });
  await expect(frame.locator('.s-hero h1')).toHaveText('Freios revisados hoje');

  // The palette, from the inspector sheet.
  await page.getByRole('button', { name: 'Inspector' }).click();
  const right = page.getByRole('dialog', { name: 'Inspector' });
  await expect(right).toBeVisible();
  await right.getByRole('tab', { name: 'Theme' }).click();
  await right.getByRole('button', { name: /Midnight/ }).click();
  await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(15, 18, 32)');
  await screenshot(page, 'editor-phone-theme');
  // Under the theme, the site-wide switch that makes the published site installable.
  const installable = right.getByRole('checkbox', { name: 'Let visitors install this site as an app' });
  await installable.scrollIntoViewIfNeeded();
  await installable.check();
  await expect(installable).toBeChecked();
  await screenshot(page, 'editor-phone-app');
  await page.keyboard.press('Escape');
  await expect(right).toBeHidden();
  await saved(page);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await publishNowInEditor(page);
  const live = page.getByRole('dialog').getByRole('link');
  await expect(live).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'editor-phone-published');
  const published = await context.newPage();
  await published.goto((await live.getAttribute('href'))!);
  await expect(published.locator('.s-hero h1')).toHaveText('Freios revisados hoje');
  await expect(published.locator('body')).toHaveCSS('background-color', 'rgb(15, 18, 32)');
  // Installable: the manifest is linked and served (lib/publish/pwa.test.ts drives the worker offline).
  const manifest = await published.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBe('/manifest.webmanifest');
  // Fetched by the page itself: Node does not resolve *.localhost, Chromium does.
  expect(await published.evaluate(async (href) => (await fetch(href)).headers.get('content-type'), manifest!)).toBe('application/manifest+json');
});
