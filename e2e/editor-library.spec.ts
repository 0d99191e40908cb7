// What the editor loads on first use (section components by type, the sections' defaults) works as
// if it had always been there: another page opens whole, a section dragged in from the library
// shows and saves with its defaults, and a list's new item takes its shape from them.
import type { Page } from '@playwright/test';
import { canvas, createLandingSite, saved } from './support/editor';
import { expect, screenshot, signUp, test } from './support/fixtures';

// Drags with a pointer that moves in small steps, as Puck's drag and drop needs.
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 30; step++) {
    await page.mouse.move(from.x + (to.x - from.x) * (step / 30), from.y + (to.y - from.y) * (step / 30));
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(200);
  await page.mouse.up();
}

test('sections the site did not have, another page and a new list item all show and save', async ({ page }) => {
  test.setTimeout(300_000);
  await signUp(page);
  await createLandingSite(page);
  const frame = canvas(page);
  await expect(frame.locator('h1')).toBeVisible({ timeout: 30_000 });
  // The home page shows whole: no section waits for its code.
  await expect(frame.locator('.s-faq')).toBeVisible();
  await expect(frame.locator('.pm-loading')).toHaveCount(0);

  // 1. The About page (about, team: types the home page does not use) opens whole.
  const pages = page.getByRole('list', { name: 'Pages' });
  await pages.getByRole('button', { name: / \/about$/ }).click();
  await expect(frame.locator('.s-team')).toBeVisible();
  await expect(frame.locator('.s-about')).toBeVisible();
  await expect(frame.locator('.pm-loading')).toHaveCount(0);
  await pages.getByRole('button', { name: / \/$/ }).click();
  await expect(frame.locator('.s-faq')).toBeVisible();

  // 2. Contact, a type the site has not shown yet, dragged from the library above the footer.
  await page.getByRole('tab', { name: 'Add' }).click();
  // The library's draggable item (Puck names it by test id), not its category's heading of the same name.
  const contactItem = page.getByTestId('drawer-item:contact');
  await contactItem.scrollIntoViewIfNeeded({ timeout: 15_000 });
  // Its preview (in a shadow root, which locators pierce) draws the section with its defaults.
  await expect(page.locator('.pm-body .s-contact').first()).toBeVisible();
  await screenshot(page, 'editor-library');
  const footer = frame.locator('[data-puck-component]:has(footer.s-footer)');
  await footer.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const source = (await contactItem.boundingBox())!;
  const target = (await footer.boundingBox())!;
  await drag(page, { x: source.x + 20, y: source.y + source.height / 2 }, { x: target.x + target.width / 2, y: target.y + 8 });
  const contact = frame.locator('.s-contact');
  await expect(contact).toBeVisible({ timeout: 15_000 });
  await expect(contact).toContainText('Contact');
  await expect(frame.locator('.pm-loading')).toHaveCount(0);
  await saved(page);
  await screenshot(page, 'editor-library-added');

  // 3. A new feature: the list's new item takes the shape of the defaults' first item with its
  // words (and its icon) cleared. Not valid yet, so the server refuses it and the editor says so;
  // filled in from the inspector, it saves.
  await frame.locator('.s-features h3').first().click();
  await page.getByRole('tab', { name: 'Section' }).click();
  const inspector = page.getByRole('tabpanel');
  const features = frame.locator('.s-features li');
  const before = await features.count();
  await inspector.locator('[class*="ArrayField-addButton"]').first().click();
  await expect(features).toHaveCount(before + 1);
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'invalid', { timeout: 20_000 });
  await inspector.getByText(`Item ${before + 1}`, { exact: true }).click();
  await inspector.getByRole('combobox', { name: 'Icon' }).last().selectOption({ label: 'Rocket' });
  await inspector.getByRole('textbox', { name: 'Title' }).last().fill('Works offline');
  await expect(features.last()).toContainText('Works offline');
  await saved(page);

  // All of it was saved: after a reload the canvas shows it again.
  await page.reload();
  await expect(frame.locator('.s-contact')).toBeVisible({ timeout: 30_000 });
  await expect(frame.locator('.s-features li').last()).toContainText('Works offline');
});
