// Leaving the editor at once after an edit keeps the edit, and asks nothing: a keystroke in the
// inspector still waiting for its frame when the page goes away, and an edit to a document too
// large for one keepalive request (64 KiB).
import type { APIRequestContext, Page } from '@playwright/test';
import { canvas, createLandingSite, saved } from './support/editor';
import { expect, signUp, test } from './support/fixtures';

type Draft = { revision: number; document: { pages: Array<{ path: string; sections: Array<{ id: string; type: string; props: Record<string, unknown> }> }> } };

async function storedDraft(request: APIRequestContext, siteId: string): Promise<Draft> {
  return (await (await request.get(`/api/sites/${siteId}/draft`)).json()) as Draft;
}

async function storedHeadline(request: APIRequestContext, siteId: string): Promise<unknown> {
  const { document } = await storedDraft(request, siteId);
  return document.pages.find((p) => p.path === '/')?.sections.find((s) => s.type === 'hero')?.props.headline;
}

// Frames stop coming (a busy machine, or a reload within the same 16 ms): what is typed in the
// inspector waits for its frame, in the canvas's window and the editor's alike.
async function holdFrames(page: Page) {
  await page.evaluate(() => {
    const iframe = document.querySelector<HTMLIFrameElement>('.pm-editor-canvas iframe');
    for (const view of [window, iframe?.contentWindow]) if (view) view.requestAnimationFrame = () => 0;
  });
}

function recordDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  return dialogs;
}

test('a keystroke in the inspector still waiting for its frame is saved on a reload', async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page);
  const siteId = await createLandingSite(page);
  const frame = canvas(page);
  const headline = frame.locator('h1 [data-pm-inline]');
  await expect(headline).toBeVisible({ timeout: 30_000 });
  const dialogs = recordDialogs(page);
  await headline.click();
  const field = page.getByRole('tabpanel').getByRole('textbox', { name: 'Headline' }).first();
  await field.click();
  await field.press('ControlOrMeta+A');
  await saved(page);
  await holdFrames(page);
  await page.keyboard.type('Plan it all');
  await page.reload();
  await expect(frame.locator('h1')).toHaveText('Plan it all', { timeout: 30_000 });
  expect(await storedHeadline(page.request, siteId)).toBe('Plan it all');
  expect(dialogs).toEqual([]);
});

test('an edit to a document over 64 KiB is saved on leaving, with no prompt', async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page);
  const siteId = await createLandingSite(page);
  // The second page grows to hundreds of sections (copies of the site's own), through the API.
  const draft = await storedDraft(page.request, siteId);
  const all = draft.document.pages.flatMap((p) => p.sections).filter((s) => s.type !== 'navbar' && s.type !== 'footer');
  const other = draft.document.pages.find((p) => p.path !== '/')!;
  for (let i = 0; JSON.stringify(draft.document).length < 100_000; i++) other.sections.push({ ...structuredClone(all[i % all.length]), id: `copy-${i}` });
  const grown = await page.request.put(`/api/sites/${siteId}/draft`, { data: { revision: draft.revision, document: draft.document } });
  expect(grown.status()).toBe(200);
  await page.reload();
  const frame = canvas(page);
  const headline = frame.locator('h1 [data-pm-inline]');
  await expect(headline).toBeVisible({ timeout: 30_000 });
  const dialogs = recordDialogs(page);
  await headline.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Big and kept');
  await page.reload();
  await expect(frame.locator('h1')).toHaveText('Big and kept', { timeout: 30_000 });
  expect(await storedHeadline(page.request, siteId)).toBe('Big and kept');
  expect(dialogs).toEqual([]);
});
