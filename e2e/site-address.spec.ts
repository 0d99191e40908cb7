// Choosing and changing a site's address: chosen on the New site screen (prefilled from the name,
// checked as you type, reserved words refused), changed on the site page with a confirmation; the
// old address answers 301 to the new one, and another owner cannot take it within its 30 days.
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, randomIp, screenshot, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

const appPort = new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100').port;
const PROMPT = 'Floricultura chamada Jardim Aurora em Porto Alegre, flores frescas e arranjos para eventos';

// A site host's answer as a visitor's first request gets it: glibc does not resolve *.localhost, so
// the request goes to the app's port with the site's Host header, and redirects are not followed.
function getSiteHost(host: string, path = '/'): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: Number(appPort), path, headers: { host: `${host}:${appPort}` } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    });
    req.on('error', reject);
    req.end();
  });
}

async function describeBusiness(page: Page) {
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill(PROMPT);
  await expect(page.getByRole('textbox', { name: 'Address' })).toBeVisible({ timeout: 15_000 });
}

test('an owner chooses an address, changes it; the old one redirects and another owner cannot take it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const id = randomUUID().slice(0, 6);
  const [first, second] = [`aurora-${id}`, `aurora-flores-${id}`];
  await signUp(page);

  // New site: the address follows the understood name, and is checked as it is typed.
  await describeBusiness(page);
  const address = page.getByRole('textbox', { name: 'Address' });
  await expect(address).toHaveValue(/^jardim-aurora/);
  await address.fill('admin');
  await expect(page.getByText('That address is reserved. Choose another one.')).toBeVisible();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await address.fill('Aurora Flores');
  await expect(address).toHaveValue('aurora-flores');
  await address.fill(first);
  await expect(page.getByText('Available')).toBeVisible();
  await expect(page.getByText(`http://${first}.localhost:${appPort}`)).toBeVisible();
  await screenshot(page, 'site-address-new');
  await page.setViewportSize({ width: 390, height: 900 });
  await address.scrollIntoViewIfNeeded();
  await screenshot(page, 'site-address-new-mobile');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 60_000 });
  const siteId = page.url().split('/').pop()!;
  await page.goto(`/dashboard/sites/${siteId}`);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const viewSite = page.getByRole('link', { name: /View site/ }).first();
  await confirmSuggestedFacts(page, viewSite);
  await expect(viewSite).toBeVisible({ timeout: 30_000 });
  expect(await viewSite.getAttribute('href')).toBe(`http://${first}.localhost:${appPort}/`);
  expect((await getSiteHost(`${first}.localhost`)).status).toBe(200);

  // The site page: change the address, with the live check and a confirmation.
  const card = page.getByRole('region', { name: 'Address' });
  const field = card.getByRole('textbox', { name: 'Address' });
  await expect(field).toHaveValue(first);
  await expect(card.getByText('This is the site’s address now.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Change address' })).toBeDisabled();
  await field.fill(second);
  await expect(card.getByText('Available')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="address-title"]').analyze();
  expect(axe.violations).toEqual([]);
  // Keyboard: Enter submits the form, which asks first.
  await field.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Change the address to ${second}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Visitors of http://${first}.localhost:${appPort} are sent to http://${second}.localhost:${appPort} for 30 days`);
  await expect(dialog).toContainText('is free and anyone can take it');
  await expect(dialog).toContainText('until you publish again');
  await screenshot(page, 'site-address-confirm');
  await dialog.getByRole('button', { name: 'Change address' }).click();
  await expect(page.getByText(`Address changed to ${second}`, { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(card.getByText('Earlier addresses')).toBeVisible();
  await expect(field).toHaveValue(second);
  await expect(card.getByText('This is the site’s address now.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Change address' })).toBeDisabled();
  await expect(card.getByRole('listitem').filter({ hasText: `${first}.localhost` })).toContainText('Redirects here until');
  // The page now names the new address, and the last publish's notice no longer links to the old one.
  await expect(page.getByRole('link', { name: `http://${second}.localhost:${appPort}` })).toHaveAttribute('href', `http://${second}.localhost:${appPort}/`);
  await expect(page.locator(`a[href^="http://${first}."]`)).toHaveCount(0);
  await screenshot(page, 'site-address-changed');
  const axeAfter = await new AxeBuilder({ page }).include('section[aria-labelledby="address-title"]').analyze();
  expect(axeAfter.violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 900 });
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'site-address-changed-mobile');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The old address: 301 to the new one, same path; the new one serves the site.
  expect(await getSiteHost(`${first}.localhost`)).toEqual({ status: 301, location: `http://${second}.localhost:${appPort}/` });
  expect(await getSiteHost(`${first}.localhost`, '/contact?from=card')).toEqual({
    status: 301,
    location: `http://${second}.localhost:${appPort}/contact?from=card`,
  });
  expect((await getSiteHost(`${second}.localhost`)).status).toBe(200);
  const visitor = await page.context().newPage();
  const served = await visitor.goto(`http://${first}.localhost:${appPort}/`);
  expect(served?.status()).toBe(200);
  expect(visitor.url()).toBe(`http://${second}.localhost:${appPort}/`);
  await expect(visitor.getByText('Jardim Aurora').first()).toBeVisible();
  await visitor.close();

  // Another owner cannot take the old address: the New site screen says so, and so does the API.
  const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
  const otherPage = await other.newPage();
  await signUp(otherPage);
  await describeBusiness(otherPage);
  const otherAddress = otherPage.getByRole('textbox', { name: 'Address' });
  await otherAddress.fill(first);
  await expect(otherPage.getByText('Taken: another site has this address, or had it in the last 30 days.')).toBeVisible();
  await expect(otherAddress).toHaveAttribute('aria-invalid', 'true');
  await screenshot(otherPage, 'site-address-taken');
  await otherPage.getByRole('button', { name: 'Create my site' }).click();
  await expect(otherPage.getByText('That address is taken. Choose another one; nothing was generated')).toBeVisible();
  await expect(otherAddress).toBeFocused();
  const refused = await otherPage.request.post('/api/generate', { data: { prompt: PROMPT, slug: first } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.code).toBe('CONFLICT');
  await expect(otherPage).toHaveURL(/\/dashboard\/sites\/new$/);
  await other.close();
});
