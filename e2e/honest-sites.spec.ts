// Honest sites: the reviews, team and figures a generator writes are suggestions. The editor marks
// them, publishing lists them and refuses until each is replaced, removed or confirmed as true,
// and the live site carries only what the owner kept.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { canvas, saved, savedAfterEdit } from './support/editor';
import { expect, screenshot, signUp, test } from './support/fixtures';

const factsList = (page: Page) => page.getByRole('dialog').getByRole('region', { name: 'Only true facts go live' });
const factRow = (page: Page, type: string) => factsList(page).getByRole('listitem').filter({ hasText: type });

test('suggested reviews, team and figures go live only once the owner replaces, removes or confirms them', async ({ page, context }) => {
  test.setTimeout(240_000);
  await signUp(page);
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('Crumb & Co, a small sourdough bakery in Bristol');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 90_000 });
  const siteId = page.url().split('/').pop()!;

  // Publishing from the site page is refused, with the sections listed.
  await page.goto(`/dashboard/sites/${siteId}`);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(factsList(page)).toBeVisible({ timeout: 30_000 });
  await expect(factsList(page).getByRole('listitem')).toHaveCount(3);
  for (const type of ['Reviews', 'Team', 'Figures']) await expect(factRow(page, type)).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Publish now' })).toBeDisabled();
  await screenshot(page, 'facts-refused-site-page');
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await page.getByText('Version 1 is live').count()).toBe(0);

  // In the editor, each such section carries a notice.
  await page.goto(`/editor/${siteId}`);
  const frame = canvas(page);
  await expect(frame.locator('.s-testimonials')).toHaveCount(1, { timeout: 30_000 });
  const reviewsNote = frame.getByRole('note').filter({ hasText: 'These reviews were written as an example' });
  await expect(reviewsNote).toBeVisible({ timeout: 30_000 });
  await reviewsNote.scrollIntoViewIfNeeded();
  await screenshot(page, 'facts-editor-notice');

  // The owner puts a real review in place of the first one: that review is theirs now.
  const firstQuote = frame.locator('.s-testimonials [data-pm-inline="items[0].quote"]');
  const keptQuote = (await frame.locator('.s-testimonials [data-pm-inline="items[1].quote"]').innerText()).trim();
  await firstQuote.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('They made our wedding cake and it was perfect.', { delay: 10 });
  await savedAfterEdit(page);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(factsList(page)).toBeVisible({ timeout: 30_000 });
  await expect(factRow(page, 'Reviews')).toContainText('2 of 3 still as suggested');
  await factRow(page, 'Reviews').getByRole('checkbox', { name: 'This is true about my business' }).check();
  await factRow(page, 'Figures').getByRole('checkbox').check();
  // The team is still unconfirmed: nothing can be published yet.
  await expect(page.getByRole('dialog')).toContainText('Confirm or replace 1 more section to publish.');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Publish now' })).toBeDisabled();
  await screenshot(page, 'facts-editor-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // The owner has no team photos yet: the team section goes.
  await page
    .getByRole('list', { name: 'Pages' })
    .getByRole('button', { name: /^Our Bakery/ })
    .click();
  const team = frame.locator('[data-puck-component]', { has: frame.locator('.s-team') });
  await expect(team).toBeVisible({ timeout: 30_000 });
  const invented = (await team.locator('[data-pm-inline="members[0].name"]').innerText()).trim();
  expect(invented.length).toBeGreaterThan(2);
  await team.click({ position: { x: 8, y: 40 } });
  await page.keyboard.press('Delete');
  await expect(team).toHaveCount(0);
  await savedAfterEdit(page);

  // Now the two left are confirmed, and the site goes live.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(factsList(page).getByRole('listitem')).toHaveCount(2, { timeout: 30_000 });
  for (const box of await factsList(page).getByRole('checkbox').all()) await box.check();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish now' }).click();
  const live = page.getByRole('dialog').getByRole('link');
  await expect(live).toBeVisible({ timeout: 30_000 });
  const home = (await live.getAttribute('href'))!;
  await page.getByRole('dialog').press('Escape');

  const site = await context.newPage();
  await site.goto(home);
  await expect(site.locator('body')).toContainText('They made our wedding cake and it was perfect.');
  await expect(site.locator('body')).toContainText(keptQuote);
  await site.goto(new URL('/our-bakery', home).href);
  await expect(site.locator('main')).toBeVisible();
  await expect(site.locator('body')).not.toContainText(invented);
  await expect(site.locator('.s-team')).toHaveCount(0);

  // The confirmations are remembered: the editor no longer marks those sections.
  await saved(page);
  await page.reload();
  await page
    .getByRole('list', { name: 'Pages' })
    .getByRole('button', { name: /^Our Bakery/ })
    .click();
  await expect(frame.locator('.s-stats')).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByRole('note')).toHaveCount(0);
});
