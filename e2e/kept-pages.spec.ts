// The signed-in pages kept in memory (lib/page-cache.ts): opened again, the sites list and a
// site's page come from memory and still work (React takes over the page, whose policy names its
// scripts' hashes instead of a nonce, with no policy violation), and a change the owner makes
// shows on the next visit, on both pages.
import type { Page, Response } from '@playwright/test';
import { expect, screenshot, signUp, test } from './support/fixtures';

// A document's policy, and whether React has taken over an element that only a client component draws.
async function visit(page: Page, path: string, how: 'goto' | 'reload' = 'goto') {
  const res = (how === 'goto' ? await page.goto(path) : await page.reload()) as Response;
  expect(res.status()).toBe(200);
  return res.headers()['content-security-policy'] ?? '';
}

const isHydrated = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber') || key.startsWith('__reactProps')));

test("pages opened again come from memory, work, and show the owner's change at once", async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { pmViolations: string[] }).pmViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await signUp(page);
  await page.goto('/dashboard/sites/new?template=landing');
  await page.getByLabel('Describe your business').fill('Floricultura chamada Jardim Azul em Porto Alegre, arranjos para casamentos');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 90_000 });
  const siteId = page.url().split('/').pop()!;

  for (const path of ['/dashboard', `/dashboard/sites/${siteId}`]) {
    expect(await visit(page, path)).toMatch(/'nonce-/);
    // The same page again (a reload, as a person does): from memory, with hashes and no nonce (once
    // the new site's own background work has stopped changing its rows).
    let kept = '';
    await expect
      .poll(async () => {
        kept = await visit(page, path, 'reload');
        return /nonce/.test(kept);
      })
      .toBe(false);
    expect(kept).toMatch(/'sha256-/);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    // React took over the page: its inline scripts ran under the hashes' policy.
    await expect.poll(() => isHydrated(page, 'main button, main input, main a')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { pmViolations: string[] }).pmViolations)).toEqual([]);
  }
  await screenshot(page, 'kept-site-page');

  // A change the owner makes: both pages show it on the next visit, though both were kept.
  const name = `Jardim Azul ${Date.now().toString(36)}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Name saved', { exact: true })).toBeVisible();
  await visit(page, `/dashboard/sites/${siteId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await visit(page, '/dashboard');
  await expect(page.getByText(name).first()).toBeVisible();
  // And kept again from there on.
  await expect.poll(async () => /nonce/.test(await visit(page, '/dashboard', 'reload'))).toBe(false);
  await expect(page.getByText(name).first()).toBeVisible();
});
