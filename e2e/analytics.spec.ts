// Visitor analytics: a published site's page shows no visits, then a few visits from a desktop
// and a phone, with referrers and a country, show up as charts in the owner's language.
import { expect, screenshot, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const desktop = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

test('visits to a published site show as charts on its page', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('Padaria artesanal chamada Pão da Serra em Curitiba, tons de terracota');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 60_000 });
  const sitePage = `/dashboard/sites/${page.url().split('/').pop()}`;
  await page.goto(sitePage);
  const visitors = page.getByRole('region', { name: 'Visitors' });
  await expect(visitors.getByText('Publish your site to start counting visits.')).toBeVisible();

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const viewSite = page.getByRole('link', { name: /View site/ }).first();
  await confirmSuggestedFacts(page, viewSite);
  await expect(viewSite).toBeVisible({ timeout: 30_000 });
  const home = (await viewSite.getAttribute('href'))!;
  await page.reload();
  await expect(visitors.getByText('No visits yet')).toBeVisible();
  await expect(visitors.getByTestId('views-total')).toHaveText('No page views');

  // Three visitors: two on a computer (from Google, in Brazil; from Instagram), one on a phone who
  // also opens a second page from the home page's menu (an internal referrer: not a referrer).
  const visit = async (userAgent: string, referer: string | undefined, headers: Record<string, string> = {}) => {
    const context = await browser.newContext({ userAgent, extraHTTPHeaders: headers });
    const tab = await context.newPage();
    const res = await tab.goto(home, referer ? { referer } : {});
    expect(res?.status()).toBe(200);
    return { tab, context };
  };
  await (await visit(desktop, 'https://www.google.com/', { 'cf-ipcountry': 'BR' })).context.close();
  await (await visit(desktop, 'https://l.instagram.com/?u=x')).context.close();
  const phone = await visit(iphone, undefined);
  const firstPageLink = phone.tab.locator('header nav a[href^="/"]:not([href="/"])').first();
  const second = (await firstPageLink.getAttribute('href'))!;
  await phone.tab.goto(new URL(second, home).href, { referer: home });
  await phone.context.close();

  // Counts are written every few seconds; the page shows them after the next write.
  await expect(async () => {
    await page.reload();
    await expect(visitors.getByTestId('views-total')).toHaveText('4 page views', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(visitors.getByTestId('views-per-day').locator('.bg-brand-600')).toHaveCount(1);
  const list = (title: string) => visitors.locator('div', { has: page.getByRole('heading', { name: title, exact: true }) }).last();
  await expect(list('Top pages')).toContainText('/');
  await expect(list('Top pages')).toContainText(second);
  await expect(list('Referrers')).toContainText('google.com');
  await expect(list('Referrers')).toContainText('l.instagram.com');
  await expect(list('Referrers')).toContainText('Direct or unknown');
  await expect(list('Devices')).toContainText('Desktop2');
  await expect(list('Devices')).toContainText('Mobile2');
  await expect(list('Countries')).toContainText('Brazil1');
  await expect(list('Countries')).toContainText('Unknown3');
  // The table behind the daily chart, for screen readers.
  await expect(visitors.getByRole('table', { name: 'Page views per day, as a table' })).toBeAttached();

  // The section alone, from a full-page shot (an element shot would scroll it under the sticky header).
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await visitors.boundingBox())!;
    await page.screenshot({ path: `e2e/screenshots/analytics-${width}.png`, fullPage: true, clip: box });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // A date range: the last 7 days, and a range before the site existed.
  await visitors.getByRole('link', { name: '7 days' }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(visitors.getByTestId('views-total')).toHaveText('4 page views');
  await visitors.getByLabel('From').fill('2026-01-01');
  await visitors.getByLabel('To').fill('2026-01-31');
  await visitors.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/from=2026-01-01&to=2026-01-31/);
  await expect(visitors.getByTestId('views-total')).toHaveText('No page views');

  // In the owner's language.
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'pt-BR', url: new URL(page.url()).origin }]);
  await page.goto(sitePage);
  const visitantes = page.getByRole('region', { name: 'Visitantes' });
  await expect(visitantes.getByTestId('views-total')).toHaveText('4 visualizações');
  await expect(visitantes).toContainText('Brasil');
  await expect(visitantes).toContainText('Celular');
  await screenshot(page, 'analytics-site-page-pt-BR');

  // The privacy page says what is and is not kept.
  await page.goto('/legal/privacy');
  await expect(page.getByRole('heading', { name: '6. Contagem de visitas do seu site' })).toBeVisible();
});
