// The reproduction of issue 13, as an owner does it, on three templates: click the hero headline,
// replace it by Ctrl+A, by a triple click, or by holding Backspace until it is empty, then type at
// 30 ms a key. The canvas, the saved draft after a reload and the published site all say exactly
// what was typed.
import { canvas, saved } from './support/editor';
import { expect, screenshot, signUp, test } from './support/fixtures';
import { publishNowInEditor } from './support/publish';

const sites = [
  {
    template: 'local-service',
    prompt: 'Floricultura Jardim Azul em Porto Alegre, arranjos para casamentos e entregas no mesmo dia',
    typed: 'Flores que encantam',
  },
  { template: 'restaurant', prompt: 'Cantina da Nonna em Curitiba, massas frescas e vinhos da serra', typed: 'Massa fresca todo dia, ã é ç' },
  { template: 'landing', prompt: 'An app called TaskFlow that helps small teams plan their week', typed: 'Plan the week in ten minutes' },
] as const;

for (const site of sites) {
  test(`the ${site.template} headline replaced three ways keeps every character, live`, async ({ page, context }) => {
    test.setTimeout(300_000);
    await signUp(page);
    await page.goto(`/dashboard/sites/new?template=${site.template}`);
    await page.getByLabel('Describe your business').fill(site.prompt);
    await page.getByRole('button', { name: 'Create my site' }).click();
    await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 90_000 });
    const headline = canvas(page).locator('.s-hero h1 [data-pm-inline]');
    await expect(headline).toBeVisible({ timeout: 30_000 });

    // 1. Ctrl+A, then typing.
    await headline.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(`${site.typed} 1`, { delay: 30 });
    await expect(canvas(page).locator('.s-hero h1')).toHaveText(`${site.typed} 1`);
    await saved(page);

    // 2. A triple click, then typing.
    await headline.click({ clickCount: 3 });
    await page.keyboard.type(`${site.typed} 2`, { delay: 30 });
    await expect(canvas(page).locator('.s-hero h1')).toHaveText(`${site.typed} 2`);

    // 3. Backspace held until the headline is empty (and a few times more), then typing.
    await headline.click();
    // (End alone goes to the end of the line clicked; a headline may wrap.)
    await page.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < `${site.typed} 2`.length + 5; i++) await page.keyboard.press('Backspace', { delay: 33 });
    await page.keyboard.type(site.typed, { delay: 30 });
    await expect(canvas(page).locator('.s-hero h1')).toHaveText(site.typed);
    // Nothing else on the page was touched by the extra presses.
    await expect(canvas(page).locator('.s-hero')).toHaveCount(1);
    await saved(page);
    await screenshot(page, `editor-headline-${site.template}`);

    await page.reload();
    await expect(canvas(page).locator('.s-hero h1')).toHaveText(site.typed, { timeout: 30_000 });

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await publishNowInEditor(page);
    const live = page.getByRole('dialog').getByRole('link');
    await expect(live).toBeVisible({ timeout: 30_000 });
    const published = await context.newPage();
    await published.goto((await live.getAttribute('href'))!);
    await expect(published.locator('.s-hero h1')).toHaveText(site.typed);
  });
}
