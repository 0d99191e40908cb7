// Every screen in each language, read as a user sees and hears it: no text or accessible name
// may look like a message key, and no page may show another language's message (a Portuguese or
// Spanish page an English one, and so on). The checks themselves are in support/i18n.ts.
import type { Page } from '@playwright/test';
import { uiLocales, type UiLocale } from '@/lib/i18n/languages';
import { canvas } from './support/editor';
import { expect, signUp, test } from './support/fixtures';
import { collectSeen, findings, keyLike, messageText } from './support/i18n';

const publicPaths = ['/', '/pricing', '/legal/privacy', '/legal/terms', '/sign-in', '/sign-up', '/sign-in/check-email', '/no-such-page'];
const dashboardPaths = [
  '/dashboard',
  '/dashboard/sites/new',
  '/dashboard/sites/templates',
  '/dashboard/generations',
  '/dashboard/batches',
  '/dashboard/domains',
  '/dashboard/billing',
  '/dashboard/usage',
  '/dashboard/settings',
];

// Each language's site is generated from a prompt in that language, so the owner's own words on
// the dashboard (site names, prompts) are in the language of the page.
const prompts: Record<UiLocale, string> = {
  en: 'An app called TaskFlow that helps small teams plan their week',
  'pt-BR': 'Floricultura Jardim Azul em Porto Alegre, arranjos para casamentos e entregas no mesmo dia',
  es: 'Floristería Jardín Azul en Medellín, arreglos para bodas y entregas el mismo día',
};

// Spanish came third and reads the same screens through the same namespaces; the suite is at its
// time budget, so its dashboard walk is the screens with the most of their own text (formatted
// money, dates and plurals among them) and the editor, not every page again.
const dashboardWalk: Record<UiLocale, { before: string[]; after: string[] }> = {
  en: { before: ['/dashboard', '/dashboard/generations', '/dashboard/usage'], after: dashboardPaths },
  'pt-BR': { before: ['/dashboard', '/dashboard/generations', '/dashboard/usage'], after: dashboardPaths },
  es: { before: ['/dashboard'], after: ['/dashboard/sites/new', '/dashboard/billing', '/dashboard/settings'] },
};

// The saved choice (the NEXT_LOCALE cookie), set the way the language menu sets it.
async function useLanguage(page: Page, locale: UiLocale) {
  const res = await page.request.post('/api/locale', { data: { locale } });
  expect(res.status()).toBe(200);
}

async function scan(page: Page, path: string, locale: UiLocale): Promise<string[]> {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  const heading = page.getByRole('heading', { level: 1 }).first();
  await expect(heading).toBeVisible({ timeout: 30_000 });
  // Outside production a missing message throws (i18n/request.ts), so the page is the error screen.
  if ((await heading.innerText()) === messageText(locale, 'common.error.title')) return [`${path}: the page failed to render`];
  const seen = await collectSeen(page);
  // A walk that saw next to nothing would pass whatever the page said.
  expect(seen.length, `texts read on ${path}`).toBeGreaterThan(10);
  return findings(path, seen, locale);
}

// next-intl reports a missing or broken message on the console of the browser that rendered it.
function watchConsole(page: Page, found: string[]) {
  page.on('console', (msg) => {
    const line = msg
      .text()
      .split('\n')
      .find((l) => /MISSING_MESSAGE|INSUFFICIENT_PATH|FORMATTING_ERROR|INVALID_MESSAGE/.test(l));
    if (line) found.push(`${new URL(page.url()).pathname}: console: ${line.trim()}`);
  });
}

async function visit(page: Page, path: string, locale: UiLocale): Promise<string[]> {
  // A dev server that recompiles after an edit aborts or fails a request now and then; a second
  // failure is real (and a production server does not do this at all).
  const res = await page.goto(path).then(
    (first) => (first && first.status() >= 500 ? page.goto(path) : first),
    () => page.goto(path),
  );
  expect(res?.status(), path).toBeLessThan(path === '/no-such-page' ? 500 : 400);
  return scan(page, path, locale);
}

async function createSite(page: Page, prompt: string): Promise<string> {
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill(prompt);
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 90_000 });
  return page.url().split('/').pop()!;
}

for (const locale of uiLocales) {
  test.describe(`in ${locale}`, () => {
    test('marketing and sign-in screens show no message keys and no other-language messages', async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('/');
      await useLanguage(page, locale);
      const found: string[] = [];
      watchConsole(page, found);
      for (const path of publicPaths) found.push(...(await visit(page, path, locale)));
      expect(found, found.join('\n')).toEqual([]);
    });

    test('dashboard and editor show no message keys and no other-language messages', async ({ page }) => {
      test.setTimeout(480_000);
      await signUp(page);
      // The pages that list sites and generations, before the first site: their empty states.
      await useLanguage(page, locale);
      const found: string[] = [];
      watchConsole(page, found);
      for (const path of dashboardWalk[locale].before) found.push(...(await visit(page, path, locale)));

      // The helpers fill the New site form by its English labels; the site's language follows the prompt.
      await useLanguage(page, 'en');
      const siteId = await createSite(page, prompts[locale]);
      await useLanguage(page, locale);
      for (const path of [...dashboardWalk[locale].after, `/dashboard/sites/${siteId}`]) found.push(...(await visit(page, path, locale)));

      await page.goto(`/editor/${siteId}`);
      const frame = canvas(page);
      await expect(frame.locator('h1')).toBeVisible({ timeout: 60_000 });
      found.push(...(await scan(page, '/editor', locale)));
      // Each of the editor's panels, with a section selected so the inspector shows its fields.
      await frame.locator('h1 [data-pm-inline]').first().click();
      const tabs = page.getByRole('tab');
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        found.push(...(await scan(page, `/editor (${await tabs.nth(i).innerText()} tab)`, locale)));
      }

      // The canvas is the owner's site, not the interface: a key-like text inside it is not read,
      // though the same check finds it when pointed at the canvas's own document.
      const planted = 'editor.canvas.plantedKey';
      await frame.locator('body').evaluate((body, text) => body.insertAdjacentHTML('beforeend', `<p>${text}</p>`), planted);
      await expect(frame.getByText(planted)).toBeVisible();
      const outside = await collectSeen(page);
      expect(outside.filter((s) => s.text.includes(planted))).toEqual([]);
      const canvasDocument = await (await page.locator('.pm-editor-canvas iframe').elementHandle())!.contentFrame();
      const inside = await collectSeen(canvasDocument!);
      expect(inside.flatMap((s) => keyLike(s.text))).toContain(planted);

      expect(found, found.join('\n')).toEqual([]);
    });
  });
}
