// What the editor loads on first use (section components by type, the sections' defaults) works as
// if it had always been there: another page opens whole, a section dragged in from the library
// shows and saves with its defaults, a list's new item takes its shape from them, and a section's
// entrance effect is chosen in the inspector and kept.
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

  // 4. How the section enters, chosen in the inspector: every section type has the three fields.
  await inspector.getByRole('combobox', { name: 'Entrance effect' }).selectOption({ label: 'Rise' });
  await inspector.getByRole('spinbutton', { name: 'Entrance duration (ms)' }).fill('900');
  await saved(page);
  // Hidden on phones: at the phone's width the canvas says so over the section, dimmed; not at others.
  await inspector.getByRole('combobox', { name: 'On phones', exact: true }).selectOption({ label: 'Hidden' });
  await saved(page);
  const note = frame.locator('.pm-device-note');
  await expect(note).toHaveCount(1);
  await expect(note).toBeHidden();
  await page.getByRole('button', { name: /^Phone/ }).click();
  await expect(note).toBeVisible();
  await expect(note).toContainText('Hidden on phones');
  await screenshot(page, 'editor-hidden-on-phone');
  // Two columns on phones (a grid's columns per device): the phone-wide canvas lays the features out
  // in two; the desktop keeps the design's own.
  const columns = () => features.evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().left))).size);
  await expect.poll(columns).toBe(1);
  await inspector.getByRole('combobox', { name: 'Columns on phones' }).selectOption({ label: '2 columns' });
  await expect.poll(columns).toBe(2);
  await saved(page);
  await page.getByRole('button', { name: /^Desktop/ }).click();
  await expect(note).toBeHidden();
  await expect.poll(columns).toBeGreaterThan(2);

  // All of it was saved: after a reload the canvas shows it again.
  await page.reload();
  await expect(frame.locator('.s-contact')).toBeVisible({ timeout: 30_000 });
  await expect(frame.locator('.s-features li').last()).toContainText('Works offline');
  await frame.locator('.s-features h3').first().click();
  await page.getByRole('tab', { name: 'Section' }).click();
  // Puck keeps each option's value as JSON and its name in the label attribute: the chosen option is read by its label.
  await expect(page.getByRole('tabpanel').getByRole('combobox', { name: 'Entrance effect' }).locator('option:checked')).toHaveAttribute('label', 'Rise');
  await expect(page.getByRole('tabpanel').getByRole('spinbutton', { name: 'Entrance duration (ms)' })).toHaveValue('900');
  await expect(page.getByRole('tabpanel').getByRole('combobox', { name: 'Columns on phones' }).locator('option:checked')).toHaveAttribute('label', '2 columns');
});
