// The editor's page operations go through the same Undo and Redo as canvas edits, in order; and
// the editor works on a phone: its panels open as sheets that pass axe-core.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { canvas, createLandingSite, saved, savedAfterEdit } from './support/editor';
import { expect, screenshot, signUp, test } from './support/fixtures';

const pageList = (page: Page) => page.getByRole('list', { name: 'Pages' });

test('page operations are undone and redone with the canvas edits, in order', async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page);
  await createLandingSite(page);
  const frame = canvas(page);
  await expect(frame.locator('h1')).toBeVisible({ timeout: 30_000 });

  // A new page opens on the canvas with its title as the headline.
  await page.getByRole('button', { name: 'Add page' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Gallery');
  await dialog.getByLabel('Address').fill('/gallery');
  await dialog.getByRole('button', { name: 'Add page' }).click();
  await expect(pageList(page)).toContainText('Gallery');
  await expect(frame.locator('h1')).toHaveText('Gallery');

  // An edit on the new page's canvas, as one input (a paste): typed words become one undo step per
  // pause, and how many pauses there are depends on the machine's speed.
  await frame.locator('h1 [data-pm-inline]').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(' of our work');
  await expect(frame.locator('h1')).toHaveText('Gallery of our work');
  // Saved: the edit is in the canvas's history, a step after the new page.
  await savedAfterEdit(page);
  await frame.locator('body').press('Escape');
  await page.getByRole('button', { name: 'Undo', exact: true }).focus();

  // Undo: first the canvas edit, then the page itself.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(frame.locator('h1')).toHaveText('Gallery');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(pageList(page)).not.toContainText('Gallery');
  await screenshot(page, 'editor-page-undone');
  // Redo brings the page back, from the keyboard and from the toolbar.
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(pageList(page)).toContainText('Gallery');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(pageList(page)).not.toContainText('Gallery');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(pageList(page)).toContainText('Gallery');

  // The result is saved like any edit.
  await saved(page);
  await page.reload();
  await expect(pageList(page)).toContainText('Gallery', { timeout: 30_000 });
});

test('on a phone the panels open as sheets, pass axe-core, and edit the site', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  await createLandingSite(page);
  const frame = canvas(page);
  await expect(frame.locator('h1')).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'editor-phone');
  // Everything fits the phone's width: no sideways scrolling, the toolbar's buttons all on screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.locator('[data-viewport="390"]')).toBeVisible();
  for (const name of ['Undo', 'Version history', 'Inspector', 'Publish']) {
    const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  const axe = async () => {
    const results = await new AxeBuilder({ page }).exclude('.pm-editor-canvas').analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await axe()).toEqual([]);

  // The left sheet: pages, outline and the section library.
  await page.getByRole('button', { name: 'Pages and sections' }).click();
  const left = page.getByRole('dialog', { name: 'Pages and sections' });
  await expect(left.getByRole('list', { name: 'Pages' })).toBeVisible();
  await left.getByRole('tab', { name: 'Add' }).click();
  await expect(left.getByText('Hero').first()).toBeVisible();
  await screenshot(page, 'editor-phone-left');
  expect(await axe()).toEqual([]);
  await left.getByRole('button', { name: 'Close' }).click();
  await expect(left).toBeHidden();

  // Select the hero on the canvas, then change its headline from the inspector sheet.
  await frame.locator('h1 [data-pm-inline]').click();
  await page.getByRole('button', { name: 'Inspector' }).click();
  const right = page.getByRole('dialog', { name: 'Inspector' });
  const headline = right.getByRole('textbox', { name: 'Headline' }).first();
  await headline.fill('Plans that fit in your pocket');
  await expect(frame.locator('h1')).toHaveText('Plans that fit in your pocket');
  await screenshot(page, 'editor-phone-right');
  expect(await axe()).toEqual([]);
  await right.getByRole('tab', { name: 'Theme' }).click();
  await expect(right.getByRole('button', { name: /Midnight/ })).toBeVisible();
  expect(await axe()).toEqual([]);
  await right.getByRole('button', { name: 'Close' }).click();
  await saved(page);
});

test('the editor speaks Portuguese, Puck’s own labels included', async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page);
  const siteId = await createLandingSite(page);
  await page.goto('/dashboard');
  await page.getByLabel('Language').selectOption('pt-BR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.goto(`/editor/${siteId}`);
  const frame = canvas(page);
  await expect(frame.locator('h1')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Desfazer', exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Páginas' })).toBeVisible();

  // Selecting a section shows Puck's action bar, in Portuguese.
  await frame.locator('h1 [data-pm-inline]').click();
  const duplicate = frame.getByRole('button', { name: 'Duplicar' }).or(page.getByRole('button', { name: 'Duplicar' }));
  await expect(duplicate.first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Título principal' }).first()).toBeVisible();
  await screenshot(page, 'editor-pt-BR');
  const results = await new AxeBuilder({ page }).exclude('.pm-editor-canvas').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

// The section shortcuts, as an owner uses them on the canvas: a click selects a section, Delete
// removes it and Ctrl+Z brings it back; Ctrl+D duplicates it and Ctrl+Z takes the copy away; each
// step several times in a row, as an owner trying things out does.
test('deleting and duplicating sections from the keyboard are undone by Ctrl+Z, every time', async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await createLandingSite(page);
  const frame = canvas(page);
  await expect(frame.locator('h1')).toBeVisible({ timeout: 30_000 });
  const sections = frame.locator('[data-puck-component]');
  const count = await sections.count();
  expect(count).toBeGreaterThan(3);
  const ids = () => sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-puck-component')));
  const before = await ids();
  for (let round = 0; round < 3; round++) {
    await sections.nth(2).click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('Delete');
    await expect(sections).toHaveCount(count - 1);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(sections).toHaveCount(count);
    expect(await ids()).toEqual(before);
    await sections.nth(2).click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('ControlOrMeta+D');
    await expect(sections).toHaveCount(count + 1);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(sections).toHaveCount(count);
    expect(await ids()).toEqual(before);
  }
});
