// The section shortcuts pressed as owners press them, in quick bursts: a seeded random run of
// clicks that select a section, Alt+↑/↓, Ctrl+D and Delete (up to four keys with no pause between
// them), and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (up to three), checked after each burst against a model
// in which every shortcut is one step of the undo history; then, reloaded, the saved draft has the
// model's order. `npm test` plays a fixed seed; SHORTCUT_SEED=<seed> replays another and
// SHORTCUT_BURSTS=<n> plays more.
import type { FrameLocator, Page } from '@playwright/test';
import { seededRandom } from '../lib/random';
import { canvas, createLandingSite, saved } from './support/editor';
import { expect, signUp, test } from './support/fixtures';

const SEED = Number(process.env.SHORTCUT_SEED ?? 2026_12_07);
const BURSTS = Number(process.env.SHORTCUT_BURSTS ?? 30);

const sectionIds = (frame: FrameLocator) =>
  frame.locator('[data-puck-component]').evaluateAll((els) => els.map((el) => el.getAttribute('data-puck-component')!));

async function openCanvas(page: Page) {
  const frame = canvas(page);
  await expect(frame.locator('[data-puck-component]').first()).toBeVisible({ timeout: 30_000 });
  return frame;
}

test('quick bursts of section shortcuts are each a step of their own in undo, and saved in order', async ({ page }) => {
  test.setTimeout(180_000);
  console.log(`section shortcuts: ${BURSTS} bursts, seed ${SEED} (replay with SHORTCUT_SEED=${SEED})`);
  const random = seededRandom(SEED);
  const pick = (n: number) => Math.floor(random() * n);
  await signUp(page);
  await createLandingSite(page);
  let frame = await openCanvas(page);

  // The model: the order of section ids, the steps to undo and redo, the section selected. A copy
  // made by Ctrl+D gets its id from the page the first time the model is compared with it.
  let ids = await sectionIds(frame);
  const past: string[][] = [];
  const future: string[][] = [];
  let selected: number | null = null;
  let copies = 0;
  const step = (next: string[]) => {
    past.push(ids);
    future.length = 0;
    ids = next;
  };
  const resolveCopies = (onPage: string[]) => {
    const known = new Set([...ids, ...past.flat(), ...future.flat()].filter((id) => !id.startsWith('copy:')));
    ids.forEach((id, i) => {
      if (!id.startsWith('copy:') || !onPage[i] || known.has(onPage[i])) return;
      for (const list of [ids, ...past, ...future]) list.forEach((other, j) => other === id && (list[j] = onPage[i]));
    });
  };
  const matches = async () => {
    const onPage = await sectionIds(frame);
    resolveCopies(onPage);
    return onPage;
  };

  const log: string[] = [];
  for (let burst = 0; burst < BURSTS; burst++) {
    if (random() < 0.65 || past.length === 0) {
      // Select a section, then up to four shortcuts with no pause between them.
      selected = pick(ids.length);
      await frame
        .locator('[data-puck-component]')
        .nth(selected)
        .click({ position: { x: 6, y: 6 } });
      const keys: string[] = [];
      for (let k = 1 + pick(4); k > 0 && selected !== null; k--) {
        const r = random();
        if (r < 0.3 && selected < ids.length - 1) {
          keys.push('Alt+ArrowDown');
          const next = [...ids];
          [next[selected], next[selected + 1]] = [next[selected + 1], next[selected]];
          step(next);
          selected++;
        } else if (r < 0.6 && selected > 0) {
          keys.push('Alt+ArrowUp');
          const next = [...ids];
          [next[selected], next[selected - 1]] = [next[selected - 1], next[selected]];
          step(next);
          selected--;
        } else if (r < 0.85 && ids.length < 14) {
          keys.push('ControlOrMeta+D');
          step([...ids.slice(0, selected + 1), `copy:${++copies}`, ...ids.slice(selected + 1)]);
          selected++;
        } else if (ids.length > 3) {
          keys.push('Delete');
          step(ids.filter((_, i) => i !== selected));
          selected = null;
        }
      }
      for (const key of keys) await page.keyboard.press(key);
      log.push(`#${burst} select then ${keys.join(', ') || 'nothing'}`);
    } else {
      // Undo or redo, up to three times in a row, never past the steps this run made.
      const undo = future.length === 0 || random() < 0.6;
      const times = Math.min(1 + pick(3), undo ? past.length : future.length);
      const key = undo ? 'ControlOrMeta+Z' : random() < 0.5 ? 'ControlOrMeta+Shift+Z' : 'ControlOrMeta+Y';
      for (let k = 0; k < times; k++) {
        if (undo) {
          future.push(ids);
          ids = past.pop()!;
        } else {
          past.push(ids);
          ids = future.pop()!;
        }
        await page.keyboard.press(key);
      }
      selected = null;
      log.push(`#${burst} ${key} ×${times}`);
    }
    await expect.poll(matches, { message: `after ${log.join('; ')}` }).toEqual(ids);
  }

  // Delete and Backspace in the inspector's own fields (a select) are theirs, not the section's: the
  // next shortcut's step finds every section still there.
  await frame
    .locator('[data-puck-component]')
    .nth(1)
    .click({ position: { x: 6, y: 6 } });
  const effect = page.getByRole('combobox', { name: 'Entrance effect' });
  await effect.focus();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await expect(effect).toBeFocused();
  await frame
    .locator('[data-puck-component]')
    .nth(1)
    .click({ position: { x: 6, y: 6 } });
  await page.keyboard.press('Alt+ArrowDown');
  step([ids[0], ids[2], ids[1], ...ids.slice(3)]);
  await expect.poll(matches, { message: 'after Backspace and Delete in a select, then Alt+ArrowDown' }).toEqual(ids);

  // Saved, and the same order after a reload.
  await saved(page);
  await page.reload();
  frame = await openCanvas(page);
  await expect.poll(() => sectionIds(frame)).toEqual(ids);
});

test('a change by mouse followed at once by a shortcut is two steps of undo, in the order they were made', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  await createLandingSite(page);
  const frame = await openCanvas(page);
  const before = await sectionIds(frame);
  // Puck's Duplicate button on the second section, then Alt+↓ on the copy with no pause: Puck records the click's
  // change 250 ms late, the shortcut at once.
  await frame
    .locator('[data-puck-component]')
    .nth(1)
    .click({ position: { x: 6, y: 6 } });
  await frame.getByRole('button', { name: 'Duplicate' }).first().click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => sectionIds(frame)).toHaveLength(before.length + 1);
  const after = await sectionIds(frame);
  const copy = after.find((id) => !before.includes(id))!;
  expect(after).toEqual([...before.slice(0, 3), copy, ...before.slice(3)]);
  await page.waitForTimeout(400);
  // The first Ctrl+Z takes back the move, the second the copy.
  await page.keyboard.press('Control+z');
  await expect.poll(() => sectionIds(frame)).toEqual([...before.slice(0, 2), copy, ...before.slice(2)]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => sectionIds(frame)).toEqual(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => sectionIds(frame)).toEqual([...before.slice(0, 2), copy, ...before.slice(2)]);
});
