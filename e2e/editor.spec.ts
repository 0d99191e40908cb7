// The visual editor as an owner uses it: edit in place, change the palette, reorder by drag and
// drop, switch to the phone viewport, undo and redo, autosave, reload, publish. And two tabs
// editing one site meet the conflict dialog instead of overwriting each other.
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, FrameLocator, Page } from '@playwright/test';
import sharp from 'sharp';
import { canvas, createLandingSite, saved, savedAfterEdit } from './support/editor';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { publishNowInEditor } from './support/publish';

// The order of section types on the canvas. During a drag, the section under the pointer is left
// out: the shaded slot where it will land stands in its place.
async function sectionOrder(frame: FrameLocator): Promise<string[]> {
  return frame.locator('[class*="s-"]').evaluateAll((els) =>
    els
      .filter((el) => !el.closest('[data-dnd-dragging]'))
      .map((el) => [...el.classList].find((c) => /^s-[a-z]+$/.test(c)))
      .filter((c): c is string => Boolean(c))
      .map((c) => c.slice(2)),
  );
}

async function typeInPlace(page: Page, target: ReturnType<FrameLocator['locator']>, text: string, opts: { paste?: boolean } = {}) {
  await target.click();
  await page.keyboard.press('ControlOrMeta+A');
  // Pasting is one input event: the save that follows carries the whole text, however slow the machine.
  if (opts.paste) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

test('an owner edits a generated site and publishes the changes', async ({ page, context }) => {
  test.setTimeout(360_000);
  await signUp(page);
  const siteId = await createLandingSite(page);
  const frame = canvas(page);
  await expect(frame.locator('h1')).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'editor-opened');
  // The editor around the canvas passes axe (the canvas is the site, checked with the templates).
  const axe = await new AxeBuilder({ page }).exclude('.pm-editor-canvas').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // 1. The hero headline, edited in place on the canvas.
  await typeInPlace(page, frame.locator('h1 [data-pm-inline]'), 'Plan your week in ten minutes');
  await expect(frame.locator('h1')).toHaveText('Plan your week in ten minutes');
  await screenshot(page, 'editor-headline');

  // 2. Another palette: the canvas restyles at once.
  await page.getByRole('tab', { name: 'Theme' }).click();
  await page.getByRole('button', { name: /Midnight/ }).click();
  await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(15, 18, 32)');
  await screenshot(page, 'editor-palette');

  // 3. An image: the hero shows one beside its text, uploaded from the inspector.
  await frame.locator('h1 [data-pm-inline]').click();
  await page.getByRole('tab', { name: 'Section' }).click();
  const inspector = page.getByRole('tabpanel');
  await inspector.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Text beside image' });
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3b5bdb' } })
    .composite([{ input: Buffer.from('<svg width="1600" height="1200"><rect x="300" y="250" width="1000" height="700" rx="40" fill="#f8f9fa"/></svg>') }])
    .jpeg()
    .toBuffer();
  await inspector.getByLabel('Image file for Image').setInputFiles({ name: 'planner.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(inspector.getByText('Image uploaded.')).toBeVisible({ timeout: 30_000 });
  await inspector.getByLabel('Alt text').fill('A weekly planner on a laptop screen');
  await expect(frame.locator('.s-hero img[srcset*="assets"]')).toBeVisible({ timeout: 15_000 });
  await screenshot(page, 'editor-image');
  // The headline again, from the inspector: the canvas shows the words as they are typed.
  const headlineField = inspector.getByRole('textbox', { name: 'Headline' }).first();
  await headlineField.click();
  await headlineField.press('End');
  await page.keyboard.type(', together');
  // While changes wait for the typing pause, nothing animates: an endless animation would keep
  // the page drawing at every display refresh and make each keystroke wait for a frame.
  const typing = await page.evaluate(() => ({
    status: document.querySelector<HTMLElement>('[data-save-status]')?.dataset.saveStatus,
    endless: document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations === Infinity).length,
  }));
  expect(typing.status === 'pending' ? typing.endless : 0).toBe(0);
  await expect(frame.locator('h1')).toHaveText('Plan your week in ten minutes, together');
  await expect(headlineField).toHaveValue('Plan your week in ten minutes, together');

  // 4. Testimonials dragged above features.
  const before = await sectionOrder(frame);
  expect(before.indexOf('testimonials')).toBeGreaterThan(before.indexOf('features'));
  // Puck's drag and drop needs a pointer that moves in small steps.
  const testimonials = frame.locator('[data-puck-component]:has(section.s-testimonials)').last();
  const features = frame.locator('[data-puck-component]:has(section.s-features)').last();
  // On a screen tall enough for Features, Stats and Testimonials at once, with Features in the middle:
  // a section grabbed or held near the canvas's top or bottom edge scrolls it (the drag library's
  // autoscroll), by how much depends on how busy the machine is, and the drop then lands elsewhere.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await features.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  // Where the two sections are once the canvas has settled (its fitted zoom follows the window's
  // size): the same boxes twice in a row, measured again before each lift.
  type Box = NonNullable<Awaited<ReturnType<typeof features.boundingBox>>>;
  let [from, to] = [{} as Box, {} as Box];
  const measure = async () => {
    let last = '';
    await expect
      .poll(
        async () => {
          [from, to] = [(await testimonials.boundingBox())!, (await features.boundingBox())!];
          const now = JSON.stringify([from, to]);
          const settled = now === last;
          last = now;
          return settled;
        },
        { intervals: [250] },
      )
      .toBe(true);
  };
  const testimonialsRightAboveFeatures = async () => {
    const order = await sectionOrder(frame);
    return order.indexOf('testimonials') === order.indexOf('features') - 1;
  };
  const lift = async () => {
    await measure();
    await page.mouse.move(from.x + 40, from.y + 40);
    await page.mouse.down();
    for (let step = 1; step <= 30; step++) {
      await page.mouse.move(from.x + 40, from.y + 40 + (to.y + to.height * 0.25 - (from.y + 40)) * (step / 30));
    }
  };
  await lift();
  // A section that did not lift (on a busy machine a clean-clone run once saw no drag begin at all
  // in ten seconds) is let go and dragged again, as a person would.
  const dragging = frame.locator('[data-dnd-dragging]');
  if (
    !(await dragging
      .first()
      .waitFor({ state: 'attached', timeout: 3_000 })
      .then(
        () => true,
        () => false,
      ))
  ) {
    await page.mouse.up();
    if (!(await testimonialsRightAboveFeatures())) await lift();
  }
  // Let go once the slot it will land in shows above Features, as a person would. A person's held
  // pointer is never quite still: it moves a pixel while waiting, which lets a drag that started late
  // on a busy machine catch up (a clean-clone run once waited 10 s on a pointer that never moved again).
  const holdY = from.y + 40 + (to.y + to.height * 0.25 - (from.y + 40));
  let nudge = 1;
  await expect
    .poll(async () => {
      if (await testimonialsRightAboveFeatures()) return true;
      nudge = -nudge;
      await page.mouse.move(from.x + 40 + nudge, holdY);
      return false;
    })
    .toBe(true);
  await page.mouse.up();
  await expect(frame.locator('[data-dnd-dragging]')).toHaveCount(0);
  await expect.poll(testimonialsRightAboveFeatures).toBe(true);
  await screenshot(page, 'editor-dragged');
  await page.setViewportSize({ width: 1280, height: 800 });

  // 5. The phone viewport.
  await page.getByRole('button', { name: 'Phone, 390 px' }).click();
  await expect(page.locator('[data-viewport="390"]')).toBeVisible();
  await screenshot(page, 'editor-390');

  // 6. Two small edits, undone twice and redone once with the keyboard.
  const sub = frame.locator('.s-hero .pm-lead [data-pm-inline]');
  await sub.click();
  await page.keyboard.press('ControlOrMeta+End');
  // Each edit saved before the next, so each is a step of its own.
  await page.keyboard.type('!');
  await savedAfterEdit(page);
  await page.keyboard.type('?');
  await savedAfterEdit(page);
  await expect(frame.locator('.s-hero .pm-lead')).toHaveText(/!\?$/);
  await frame.locator('body').press('Escape');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(frame.locator('.s-hero .pm-lead')).not.toHaveText(/[!?]$/);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(frame.locator('.s-hero .pm-lead')).toHaveText(/!$/);
  await saved(page);
  await screenshot(page, 'editor-saved');

  // Reload: everything is still there.
  await page.reload();
  const again = canvas(page);
  await expect(again.locator('h1')).toHaveText('Plan your week in ten minutes, together', { timeout: 30_000 });
  await expect(again.locator('body')).toHaveCSS('background-color', 'rgb(15, 18, 32)');
  await expect(again.locator('.s-hero .pm-lead')).toHaveText(/!$/);
  await expect(again.locator('.s-hero img[srcset*="assets"]')).toHaveAttribute('alt', 'A weekly planner on a laptop screen');
  const order = await sectionOrder(again);
  expect(order.indexOf('testimonials')).toBe(order.indexOf('features') - 1);
  expect(order.slice(0, 2)).toEqual(['navbar', 'hero']);

  // Publish from the editor: the dialog says what changed, and the public page shows it.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  // A first publish: every page is new.
  await expect(page.getByRole('dialog')).toContainText('TaskFlow /: new page');
  await publishNowInEditor(page);
  const live = page.getByRole('dialog').getByRole('link');
  await expect(live).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'editor-published');
  const site = await context.newPage();
  await site.goto((await live.getAttribute('href'))!);
  await expect(site.locator('h1')).toHaveText('Plan your week in ten minutes, together');
  await expect(site.locator('body')).toHaveCSS('background-color', 'rgb(15, 18, 32)');
  const published = await site.locator('main > section').evaluateAll((els) => els.map((el) => [...el.classList].find((c) => /^s-[a-z]+$/.test(c)) ?? ''));
  expect(published.indexOf('s-testimonials')).toBe(published.indexOf('s-features') - 1);
  await expect(site.locator('.s-hero img')).toHaveAttribute('alt', 'A weekly planner on a laptop screen');
  await expect(site.locator('.s-hero img')).toHaveAttribute('srcset', /\/assets\//);
  await screenshot(site, 'editor-published-site');
  expect(siteId).toBeTruthy();
});

test('two tabs editing one site meet the conflict dialog and lose nothing chosen', async ({ page, context }) => {
  test.setTimeout(180_000);
  await signUp(page);
  const siteId = await createLandingSite(page);
  const first = page;
  const second = await context.newPage();
  await second.goto(`/editor/${siteId}`);
  await expect(canvas(second).locator('h1')).toBeVisible({ timeout: 30_000 });
  await expect(canvas(first).locator('h1')).toBeVisible();

  // The first tab saves first.
  await typeInPlace(first, canvas(first).locator('h1 [data-pm-inline]'), 'Saved by the first tab', { paste: true });
  await saved(first);

  // The second tab's save is refused: the dialog offers both versions.
  await typeInPlace(second, canvas(second).locator('h1 [data-pm-inline]'), 'Written in the second tab', { paste: true });
  await expect(canvas(second).locator('h1')).toHaveText('Written in the second tab');
  const dialog = second.getByRole('dialog', { name: 'This site was changed somewhere else' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await screenshot(second, 'editor-conflict');

  // Keep mine: the second tab's words win and are saved.
  await dialog.getByRole('button', { name: 'Keep my version' }).click();
  await saved(second);
  await first.reload();
  await expect(canvas(first).locator('h1')).toHaveText('Written in the second tab', { timeout: 30_000 });

  // Now the first tab is current and the second is stale: load theirs instead.
  await typeInPlace(first, canvas(first).locator('h1 [data-pm-inline]'), 'First tab again', { paste: true });
  await saved(first);
  await typeInPlace(second, canvas(second).locator('.s-hero .pm-lead [data-pm-inline]'), 'A change the owner chose to drop', { paste: true });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Load their version' }).click();
  await expect(canvas(second).locator('h1')).toHaveText('First tab again');
  await expect(second.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
  const draft = await (await second.request.get(`/api/sites/${siteId}/draft`)).json();
  expect(JSON.stringify(draft.document)).toContain('First tab again');
  expect(JSON.stringify(draft.document)).not.toContain('A change the owner chose to drop');

  // A crafted save whose section props break the schema is refused and changes nothing.
  const broken = structuredClone(draft.document);
  const hero = broken.pages.find((p: { path: string }) => p.path === '/').sections.find((s: { type: string }) => s.type === 'hero');
  hero.props.layout = '<script>alert(1)</script>';
  const refused = await second.request.put(`/api/sites/${siteId}/draft`, { data: { revision: draft.revision, document: broken } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.message).toMatch(/hero/);
  const unchanged = await (await second.request.get(`/api/sites/${siteId}/draft`)).json();
  expect(unchanged.revision).toBe(draft.revision);
  expect(unchanged.document).toEqual(draft.document);
});

// The headline's hero section in the stored draft.
async function storedHeadline(request: APIRequestContext, siteId: string): Promise<unknown> {
  const { document } = (await (await request.get(`/api/sites/${siteId}/draft`)).json()) as {
    document: { pages: Array<{ path: string; sections: Array<{ type: string; props: { headline?: unknown } }> }> };
  };
  return document.pages.find((p) => p.path === '/')?.sections.find((s) => s.type === 'hero')?.props.headline;
}

// What was typed just before the owner went elsewhere, with no pause: another page of the site,
// another section, a reload, closing the tab. A reload or a closed tab within the autosave's pause
// lost the last words (the save waited for the pause, and the page was gone); leaving no longer asks
// whether to leave when the changes can go out on the way.
test('the last keystrokes before a page switch, another section, a reload or a closed tab are kept', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  const siteId = await createLandingSite(page);
  const frame = canvas(page);
  const headline = frame.locator('h1 [data-pm-inline]');
  await expect(headline).toBeVisible({ timeout: 30_000 });
  const pageEntry = (index: number) => page.getByRole('list', { name: 'Pages' }).getByRole('listitem').nth(index).getByRole('button').first();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });

  // On the canvas, then another page at once.
  await headline.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Plan your week fast');
  await pageEntry(1).click();
  await expect(pageEntry(1)).toHaveAttribute('aria-current', 'page');
  await saved(page);
  expect(await storedHeadline(page.request, siteId)).toBe('Plan your week fast');

  // In the inspector, then another section at once.
  await pageEntry(0).click();
  await expect(pageEntry(0)).toHaveAttribute('aria-current', 'page');
  await headline.click();
  const field = page.getByRole('tabpanel').getByRole('textbox', { name: 'Headline' }).first();
  await field.click();
  await field.press('End');
  await page.keyboard.type(' now');
  await frame.locator('[data-pm-inline]').nth(4).click();
  await saved(page);
  expect(await storedHeadline(page.request, siteId)).toBe('Plan your week fast now');

  // On the canvas, then a reload at once: the reloaded editor shows it, and nothing asked.
  await headline.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' go');
  await page.reload();
  await expect(frame.locator('h1')).toHaveText('Plan your week fast now go', { timeout: 30_000 });
  expect(await storedHeadline(page.request, siteId)).toBe('Plan your week fast now go');

  // On the canvas, then the tab closed at once.
  await headline.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' on');
  const request = page.context().request;
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => storedHeadline(request, siteId), { timeout: 10_000 }).toBe('Plan your week fast now go on');
  expect(dialogs).toEqual([]);
});
