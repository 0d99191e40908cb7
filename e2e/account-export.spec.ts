// "Download my data": an owner makes a site, publishes it twice, a visitor sends a message from the
// published form, an image is uploaded; the export in Settings shows its progress, then a link
// with its expiry; the ZIP holds each part as the owner made it; an expired link answers 410.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import pg from 'pg';
import sharp from 'sharp';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

const PROMPT = 'Bakery called Forno Azul in Porto, warm colours';
const ALT = 'A wood-fired oven glowing orange';

async function publish(page: Page, button: 'Publish' | 'Publish again', version: number) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const live = page.getByText(`Version ${version} is live`).first();
  await confirmSuggestedFacts(page, live);
  await expect(live).toBeVisible({ timeout: 30_000 });
}

// The published site's contact form, on whichever page has it (home first, then the menu's pages).
async function openContactForm(visitor: Page, siteUrl: string) {
  await visitor.goto(siteUrl);
  const send = visitor.getByRole('button', { name: 'Send message' });
  if ((await send.count()) > 0) return;
  const paths = await visitor.locator('nav a[href^="/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  for (const path of paths) {
    await visitor.goto(new URL(path, siteUrl).href);
    if ((await send.count()) > 0) return;
  }
  throw new Error('the published site has no contact form');
}

test('the owner downloads a ZIP of their data, with each part as they made it', async ({ page, context }) => {
  test.setTimeout(240_000);
  const email = await signUp(page, { name: 'Marta Forno' });

  // A site, published once.
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill(PROMPT);
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 60_000 });
  const siteId = page.url().split('/').pop()!;
  await page.goto(`/dashboard/sites/${siteId}`);
  await publish(page, 'Publish', 1);

  // An image for the hero, then a second version with it.
  const hero = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('group', { name: /^Hero ·/ }) })
    .first();
  await hero.scrollIntoViewIfNeeded();
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#c8643c' } })
    .jpeg()
    .toBuffer();
  await hero.getByLabel(/^Image file for Hero/).setInputFiles({ name: 'forno.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(hero.getByText('Image uploaded.')).toBeVisible({ timeout: 30_000 });
  await hero.getByLabel('Alt text').fill(ALT);
  await hero.getByRole('button', { name: 'Save image' }).click();
  await expect(hero.getByText(/Image saved/)).toBeVisible();
  await page.reload();
  await publish(page, 'Publish again', 2);
  const siteUrl = (await page
    .getByRole('link', { name: /View site/ })
    .first()
    .getAttribute('href'))!;
  const slug = new URL(siteUrl).hostname.split('.')[0];

  // A visitor sends a message from the published site's form.
  const visitor = await context.newPage();
  await openContactForm(visitor, siteUrl);
  await visitor.getByLabel('Name').fill('Rui Visitante');
  await visitor.getByLabel('Email').fill('rui@example.test');
  await visitor.getByLabel('Message').fill('Do you bake on Sundays?');
  await visitor.getByRole('button', { name: 'Send message' }).click();
  await expect(visitor.getByText('Your message was sent.')).toBeVisible();
  await visitor.close();

  // Settings: start the export by keyboard, watch it, then the link with its expiry.
  await page.goto('/dashboard/settings');
  const card = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Download my data' }) });
  await expect(card.getByText(/A ZIP file with everything stored about your account/)).toBeVisible();
  await card.getByRole('button', { name: 'Prepare my data' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Preparing…' }).or(card.getByText('Your data is ready to download.'))).toBeVisible();
  // The focus stays on the button while it works, so the keyboard does not lose its place.
  await expect(card.getByRole('button', { name: /^(Preparing…|Prepare a new export)$/ })).toBeFocused();
  await expect(card.getByText('Your data is ready to download.')).toBeVisible({ timeout: 60_000 });
  // The expiry a day ahead, in words and with its time zone.
  await expect(card.getByText(/^The link works until [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d\s[AP]M\sUTC\.$/)).toBeVisible();
  await expect(card.getByRole('link', { name: /^Download ZIP \d+\.\d MB$/ })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Prepare a new export' })).toBeEnabled();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'account-export-ready');
  await card.screenshot({ path: 'e2e/screenshots/account-export-card.png' });
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const link = card.getByRole('link', { name: 'Download ZIP' });
  const downloadUrl = (await link.getAttribute('href'))!;
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^page-magic-data-\d{4}-\d\d-\d\d\.zip$/);
  const zipBytes = readFileSync((await download.path())!);
  const files = unzipSync(new Uint8Array(zipBytes));
  const data = JSON.parse(strFromU8(files['account.json']));

  // Profile, devices and activity.
  expect(data.profile).toMatchObject({ email, name: 'Marta Forno', hasPassword: true, twoFactor: { enabled: false } });
  expect(data.sessions.length).toBeGreaterThan(0);
  expect(data.auditLog.map((e: { action: string }) => e.action)).toContain('account.created');
  // The site with both versions, the second live and showing the image.
  expect(data.sites).toHaveLength(1);
  const [site] = data.sites;
  expect(site).toMatchObject({ id: siteId, slug, publishedVersion: 2 });
  expect(site.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
  expect(site.versions[0].document.business.name).toBe('Forno Azul');
  expect(JSON.stringify(site.versions[0].document)).not.toContain('/assets/');
  expect(JSON.stringify(site.versions[1].document)).toContain(ALT);
  // The visitor's message, the generation that made the site.
  expect(data.leads).toEqual([
    expect.objectContaining({ name: 'Rui Visitante', email: 'rui@example.test', message: 'Do you bake on Sundays?', siteSlug: slug }),
  ]);
  expect(data.generations).toEqual([expect.objectContaining({ siteId, prompt: PROMPT, status: 'succeeded' })]);
  expect(data.billing).toMatchObject({ subscriptions: [], invoices: [] });
  // The image: described, and its files in images/ and beside the static build.
  expect(data.images).toEqual([expect.objectContaining({ siteId, alt: ALT, name: 'forno.jpg' })]);
  const assetId: string = data.images[0].id;
  const imageFiles = Object.keys(files).filter((name) => name.startsWith('images/'));
  expect(imageFiles.length).toBeGreaterThan(0);
  expect(imageFiles.every((name) => name.startsWith(`images/${assetId}-`) && /\.(webp|avif)$/.test(name))).toBe(true);
  expect((await sharp(Buffer.from(files[imageFiles[0]])).metadata()).width).toBeGreaterThan(0);
  // The static build of version 2: plain HTML pages that show the business and name their image
  // files, which are in the folder too.
  const home = strFromU8(files[`sites/${slug}/index.html`]);
  expect(home).toMatch(/^<!doctype html>/i);
  expect(home).toContain('Forno Azul');
  expect(home).toContain(`alt="${ALT}"`);
  for (const [, src] of home.matchAll(/\/assets\/([\w-]+\.(?:webp|avif))/g)) expect(files[`sites/${slug}/assets/${src}`], src).toBeDefined();
  expect(files[`sites/${slug}/robots.txt`]).toBeDefined();
  expect(files[`sites/${slug}/sitemap.xml`]).toBeDefined();
  // No secret anywhere in the file.
  const everything = Buffer.concat([zipBytes, ...Object.values(files).map((f) => Buffer.from(f))]).toString('latin1');
  expect(everything).not.toContain('$argon2');
  expect(everything).not.toContain('passwordHash');

  // The activity page says the export was made.
  await page.goto('/dashboard/settings/activity');
  await expect(page.getByTestId('activity-row').first()).toContainText('Your data prepared for download');

  // On a phone the card fits and nothing scrolls sideways.
  await page.goto('/dashboard/settings');
  await page.setViewportSize({ width: 375, height: 740 });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByRole('link', { name: 'Download ZIP' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await card.screenshot({ path: 'e2e/screenshots/account-export-card-phone.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Once the link has expired it answers 410 with a clear message, and the card says so.
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    await db.query(`UPDATE "AccountExport" SET "expiresAt" = now() - interval '1 minute' WHERE "token" = $1`, [downloadUrl.split('/').pop()]);
  } finally {
    await db.end();
  }
  const expired = await page.request.get(downloadUrl);
  expect(expired.status()).toBe(410);
  expect((await expired.json()).error).toMatchObject({ code: 'GONE', message: 'This download link has expired. Start a new export in Settings.' });
  await page.reload();
  await expect(card.getByText(/Your last download link expired on/)).toBeVisible();
  await expect(card.getByRole('link', { name: 'Download ZIP' })).toHaveCount(0);
  await screenshot(page, 'account-export-expired');

  // Portuguese: the same card, worded for Brazil.
  await page.goto('/dashboard');
  await page.getByLabel('Language').selectOption('pt-BR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.goto('/dashboard/settings');
  const ptCard = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Baixar meus dados' }) });
  await expect(ptCard.getByRole('button', { name: 'Preparar meus dados' })).toBeVisible();
  await expect(ptCard.getByText(/^Seu último link de download expirou em \d{1,2} de [a-z]{3}\. de \d{4}, \d\d:\d\d UTC\./)).toBeVisible();
  await ptCard.screenshot({ path: 'e2e/screenshots/account-export-card-pt.png' });
});
