// From a prompt to a live site: type a Portuguese prompt, watch the sections arrive, publish,
// and open the site on its own host. Also: hostile content stays inert in the browser.
import { expect, screenshot, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

const appPort = new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100').port;

test('a Portuguese prompt becomes a published, finished-looking site', async ({ page, context }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('Padaria artesanal chamada Pão da Serra em Curitiba, tons de terracota');
  await page.getByRole('button', { name: 'Create my site' }).click();
  // Sections stream onto the screen before the site opens.
  await expect(page.getByText('Pão da Serra').first()).toBeVisible();
  await screenshot(page, 'new-site-streaming');
  // Then the site opens in the editor; this journey publishes from the site's page.
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 60_000 });
  await page.goto(`/dashboard/sites/${page.url().split('/').pop()}`);
  await screenshot(page, 'site-page-draft');

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const viewSite = page.getByRole('link', { name: /View site/ }).first();
  await confirmSuggestedFacts(page, viewSite);
  await expect(viewSite).toBeVisible({ timeout: 30_000 });
  const href = await viewSite.getAttribute('href');
  expect(href).toMatch(new RegExp(`^http://[a-z0-9-]+\\.localhost:${appPort}/$`));

  // The site has no JavaScript: any script that ran would be a bug.
  const site = await context.newPage();
  const errors: string[] = [];
  site.on('pageerror', (e) => errors.push(e.message));
  for (const width of [390, 1280]) {
    await site.setViewportSize({ width, height: 900 });
    const res = await site.goto(href!);
    expect(res?.status()).toBe(200);
    await expect(site.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await expect(site.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(site.getByText('Pão da Serra').first()).toBeVisible();
    await screenshot(site, `published-site-${width}`);
  }
  expect(await site.evaluate(() => document.scripts.length)).toBeLessThanOrEqual(1); // JSON-LD only
  expect(await site.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  expect(errors).toEqual([]);
  // The dashboard is never served on a site host.
  const onSiteHost = await site.goto(`${new URL(href!).origin}/dashboard`);
  expect(onSiteHost?.status()).toBe(404);
  await expect(site.locator('body')).not.toContainText('Sign in');
});

test('scripts typed into a prompt never run on the published site', async ({ page, context }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('Bakery called "<script>window.__pwned=2</script>" in Lisbon <img src=x onerror=window.__pwned=1>');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 60_000 });
  await page.goto(`/dashboard/sites/${page.url().split('/').pop()}`);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const viewSite = page.getByRole('link', { name: /View site/ }).first();
  await confirmSuggestedFacts(page, viewSite);
  await expect(viewSite).toBeVisible({ timeout: 30_000 });
  const site = await context.newPage();
  let dialogs = 0;
  site.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await site.goto((await viewSite.getAttribute('href'))!);
  await expect(site.getByText('<script>window.__pwned=2</script>', { exact: false }).first()).toBeVisible();
  expect(await site.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});
