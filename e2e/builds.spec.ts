// Builds: an owner publishes, opens the site's Builds tab, sees the publish with its figures and
// its log; asks for a static export, downloads the ZIP, and the unzipped index.html opened from
// disk (file://) shows the live page's headline with its styles; then a Vue export, downloaded too.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

test('publish, read the build log, export the site and open it from disk', async ({ page, context }) => {
  test.setTimeout(90_000);
  await signUp(page, { name: 'Bia Builds' });
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('Bakery called Forno Azul in Porto, warm colours');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 60_000 });
  const siteId = page.url().split('/').pop()!;

  // Before the first publish the tab says what will appear, and the export waits for a publish.
  await page.goto(`/dashboard/sites/${siteId}/builds`);
  await expect(page.getByText('No builds yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export static site' })).toBeDisabled();

  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const live = page.getByText('Version 1 is live').first();
  await confirmSuggestedFacts(page, live);
  await expect(live).toBeVisible({ timeout: 30_000 });
  const siteUrl = (await page
    .getByRole('link', { name: /View site/ })
    .first()
    .getAttribute('href'))!;

  // The Builds tab: the publish, succeeded, with its duration and figures.
  await page.getByRole('navigation', { name: 'Site sections' }).getByRole('link', { name: 'Builds' }).click();
  await expect(page.getByRole('link', { name: 'Builds' })).toHaveAttribute('aria-current', 'page');
  const publishRow = page.getByRole('listitem').filter({ hasText: 'Publish · version 1' });
  await expect(publishRow).toContainText('Succeeded');
  await expect(publishRow).toContainText(/took \d/);
  await expect(publishRow).toContainText(/\d+ pages/);

  // Its log: every step with its time, and the figures.
  await publishRow.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Publish · version 1' })).toBeVisible();
  const log = page.getByRole('region', { name: 'Build log' });
  for (const step of ['Check', 'Load', 'Render', 'Compress', 'Store']) await expect(log.getByText(step, { exact: true })).toBeVisible();
  await expect(log.getByText(/^Stored version 1 with \d+ files and made it live$/)).toBeVisible();
  const figures = page.getByRole('region', { name: 'Figures' });
  await expect(figures.getByText('Largest page')).toBeVisible();
  await expect(figures.getByText(/kB · .* kB · .* kB/)).toBeVisible();
  await screenshot(page, 'builds-log');

  // A static export: queued, built by the job, then downloadable.
  await page.getByRole('link', { name: 'Builds', exact: true }).first().click();
  await page.getByRole('button', { name: 'Export static site' }).click();
  const exportRow = page.getByRole('listitem').filter({ hasText: 'Static export · version 1' });
  await expect(exportRow).toContainText('Succeeded', { timeout: 30_000 });
  await screenshot(page, 'builds-tab');
  const [download] = await Promise.all([page.waitForEvent('download'), exportRow.getByRole('link', { name: 'Download ZIP' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+-v1\.zip$/);

  // Unzipped into a folder and opened from disk: the live page's headline, with its styles.
  const zip = unzipSync(new Uint8Array(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks))));
  const dir = mkdtempSync(join(tmpdir(), 'pm-export-'));
  try {
    for (const [name, bytes] of Object.entries(zip)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const visitor = await context.newPage();
    await visitor.goto(siteUrl);
    const headline = (await visitor.getByRole('heading', { level: 1 }).first().textContent())!.trim();
    expect(headline.length).toBeGreaterThan(3);
    await visitor.goto(pathToFileURL(join(dir, 'index.html')).href);
    await expect(visitor.getByRole('heading', { level: 1 }).first()).toHaveText(headline);
    // The page's own CSS applies (body margin 0 and the theme's colours, not the browser's defaults),
    // and a link to another page opens that page's file.
    const body = await visitor.evaluate(() => ({
      margin: getComputedStyle(document.body).margin,
      bg: getComputedStyle(document.body).getPropertyValue('--pm-bg'),
    }));
    expect(body.margin).toBe('0px');
    expect(body.bg.trim()).not.toBe('');
    const inner = visitor.locator('nav a[href$="/index.html"]:not([href="index.html"])').first();
    if ((await inner.count()) > 0) {
      await inner.click();
      await expect(visitor).toHaveURL(/^file:.*\/index\.html/);
      await expect(visitor.locator('main')).toBeVisible();
    }
    await visitor.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The same export as a Vite + Vue project: the format chosen, built by the same job, downloaded
  // the same way (its install and build are tested in lib/builds/vue-export.test.ts).
  await page.getByLabel('Format').selectOption({ label: 'Vue (Vite)' });
  await page.getByRole('button', { name: 'Export Vue project' }).click();
  const vueRow = page.getByRole('listitem').filter({ hasText: 'Vue export · version 1' });
  await expect(vueRow).toContainText('Succeeded', { timeout: 30_000 });
  const [vueDownload] = await Promise.all([page.waitForEvent('download'), vueRow.getByRole('link', { name: 'Download ZIP' }).click()]);
  expect(vueDownload.suggestedFilename()).toMatch(/^[a-z0-9-]+-v1-vue\.zip$/);
  const vueZip = unzipSync(new Uint8Array(Buffer.concat(await (await vueDownload.createReadStream()).toArray())));
  expect(Object.keys(vueZip)).toEqual(expect.arrayContaining(['package.json', 'README.md', 'src/pages/HomePage.vue', 'src/content/home.json']));

  // On a phone the tab fits and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(exportRow).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'builds-tab-phone');
});
