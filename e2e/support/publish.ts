// Publishing in a journey that is not about suggested facts: when a publish dialog lists sections
// that still show suggested reviews, people, figures or client names, every one is confirmed as
// true and the publish goes on (e2e/honest-sites.spec.ts tests those dialogs themselves).
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

const factsTitle = /Only true facts go live|Só fatos verdadeiros vão ao ar/;
const publishNow = /^(Publish now|Publicar agora)$/;

const factsList = (page: Page) => page.getByRole('dialog').getByRole('region', { name: factsTitle });

async function confirmAll(page: Page) {
  for (const box of await factsList(page).getByRole('checkbox').all()) await box.check();
}

// The site page's Publish button was pressed: a refusal opens the facts dialog; `live` shows when it went through.
export async function confirmSuggestedFacts(page: Page, live: Locator) {
  await expect(factsList(page).or(live).first()).toBeVisible({ timeout: 30_000 });
  if (!(await factsList(page).isVisible())) return;
  await confirmAll(page);
  await page.getByRole('dialog').getByRole('button', { name: publishNow }).click();
}

// The editor's publish dialog is open: confirms what it lists, then presses Publish now.
export async function publishNowInEditor(page: Page) {
  const now = page.getByRole('dialog').getByRole('button', { name: publishNow });
  await expect(now).toBeVisible({ timeout: 30_000 });
  await confirmAll(page);
  await now.click();
}
