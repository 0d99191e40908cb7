// Helpers for the editor journeys: a generated landing site opened in the editor, its canvas, and
// the save status.
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';

export async function createLandingSite(page: Page): Promise<string> {
  await page.goto('/dashboard/sites/new?template=landing');
  await page.getByLabel('Describe your business').fill('An app called TaskFlow that helps small teams plan their week');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 90_000 });
  return page.url().split('/').pop()!;
}

export function canvas(page: Page): FrameLocator {
  return page.frameLocator('.pm-editor-canvas iframe');
}

export async function saved(page: Page) {
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved', { timeout: 20_000 });
}

// After an edit, the status leaves "Saved" and comes back to it: the edit is in the document and
// saved. By then it is also a step of its own in the canvas's undo history (Puck records a change
// 250 ms after it; autosave waits for 700 ms without changes), so the next edit is another step.
export async function savedAfterEdit(page: Page) {
  await expect(page.locator('[data-save-status]')).not.toHaveAttribute('data-save-status', 'saved');
  await saved(page);
}
