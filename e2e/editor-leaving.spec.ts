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
