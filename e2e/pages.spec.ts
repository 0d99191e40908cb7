// The public pages, the dashboard shell and settings: screenshots at phone and desktop widths,
// accessibility, the language switch, security headers and the 404 page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { withoutClientRuntime } from '@/lib/marketing/pages';
import { expect, randomIp, screenshot, signUp, test } from './support/fixtures';

const widths = [390, 1280] as const;

test('landing and pricing at 390 and 1280 px, with no accessibility violations', async ({ page }) => {
  test.setTimeout(180_000);
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await screenshot(page, `landing-${width}`);
    await page.goto('/pricing');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Business').first()).toBeVisible();
    await screenshot(page, `pricing-${width}`);
  }
  for (const path of ['/', '/pricing', '/sign-in', '/sign-up']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});

test('the API reference shows every operation of the OpenAPI document, in English and Portuguese, accessibly', async ({ page, request }) => {
  const openapi = (await (await request.get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const operations = Object.entries(openapi.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
  expect(operations.length).toBeGreaterThan(20);
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
  const shown = await page.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(shown.map((text) => text.replace(/\s+/g, ' ').trim()).sort()).toEqual(operations.sort());
  // An operation with a body lists its fields, the required ones marked.
  const create = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'POST /sites', exact: true }) });
  await expect(create.getByRole('table', { name: 'Request body (JSON)' }).getByRole('cell', { name: /^prompt\s*required$/ })).toBeVisible();
  await screenshot(page, 'api-reference-1280');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 900 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'api-reference-390');
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'pt-BR', url: page.url() }]);
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { level: 1, name: 'Referência da API' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Referência da API' })).toHaveAttribute('href', '/docs/api');
});

test('dashboard and settings at 390 and 1280 px, with no accessibility violations', async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await screenshot(page, `dashboard-${width}`);
    await page.goto('/dashboard/settings');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await screenshot(page, `settings-${width}`);
  }
  for (const path of ['/dashboard', '/dashboard/domains', '/dashboard/billing', '/dashboard/usage', '/dashboard/settings']) {
    await page.goto(path);
    // The page as the owner sees it, not the loading skeleton a slow answer shows first (a clean-clone
    // run once checked /dashboard/billing before its heading had streamed in).
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});

test('the dashboard navigation reaches every section, on a phone too', async ({ page }) => {
  await signUp(page);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/dashboard');
  await page.getByRole('button', { name: /menu/i }).first().click();
  await page.getByRole('dialog').getByRole('link', { name: 'Billing' }).click();
  await expect(page).toHaveURL(/\/dashboard\/billing$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
  // scripts/test.ts runs the app with billing on (a local Stripe stand-in); faults.spec.ts checks it off.
  if (process.env.E2E_STRIPE_URL) await expect(page.getByRole('button', { name: /Upgrade to Pro/ })).toBeVisible();
  else await expect(page.getByText('Payments are not configured on this server')).toBeVisible();
});

test('the whole UI switches between English and Portuguese', async ({ page }) => {
  await page.goto('/');
  const englishHeading = await page.getByRole('heading', { level: 1 }).innerText();
  await page.getByLabel('Language').selectOption('pt-BR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(englishHeading);
  await page.goto('/pricing');
  await expect(page.getByRole('link', { name: 'Entrar' }).first()).toBeVisible();

  await page.goto('/sign-up');
  await expect(page.getByRole('button', { name: 'Criar conta' })).toBeVisible();
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('button', { name: 'Create account' })).toBeVisible();
});

test('the browser language picks the first language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'pt-BR', extraHTTPHeaders: { 'accept-language': 'pt-BR,pt;q=0.9' } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await context.close();

  // A Spanish browser from Argentina gets Spanish, though English is its second choice.
  const spanish = await browser.newContext({ locale: 'es-AR', extraHTTPHeaders: { 'accept-language': 'es-AR,es;q=0.9,en;q=0.8' } });
  const spanishPage = await spanish.newPage();
  await spanishPage.goto('/pricing');
  await expect(spanishPage.locator('html')).toHaveAttribute('lang', 'es');
  await expect(spanishPage.getByRole('link', { name: 'Iniciar sesión' }).first()).toBeVisible();
  await spanish.close();
});

test('app pages carry security headers', async ({ request }) => {
  const res = await request.get('/');
  const headers = res.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
});

// Every inline script on a page is allowed by the page's policy, and only by a nonce or hash it names.
async function inlineScriptsAllowed(page: import('@playwright/test').Page, policy: string) {
  const scripts = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scripts).not.toContain('unsafe-inline');
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((nodes) => nodes.map((n) => ({ nonce: (n as HTMLScriptElement).nonce, text: n.textContent ?? '' })));
  expect(inline.length).toBeGreaterThan(0);
  const { createHash } = await import('node:crypto');
  for (const script of inline) {
    const hash = `'sha256-${createHash('sha256').update(script.text, 'utf8').digest('base64')}'`;
    expect(scripts.includes(hash) || (script.nonce !== '' && scripts.includes(`'nonce-${script.nonce}'`)), script.text.slice(0, 80)).toBe(true);
  }
}

// An injected inline script (what an injection on an app page would add) does not run.
async function injectedScriptRefused(page: import('@playwright/test').Page) {
  const ran = await page.evaluate(async () => {
    const refused = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return { directive: await refused, ran: (window as unknown as { __injected?: boolean }).__injected === true };
  });
  expect(ran).toEqual({ directive: expect.stringMatching(/^script-src/), ran: false });
}

test('no inline script runs on app pages unless the page’s policy names it (hashes on built and kept pages, a nonce per request on the rest)', async ({
  page,
  browser,
}) => {
  const landing = await page.goto('/');
  const landingPolicy = landing!.headers()['content-security-policy']!;
  // A built page carries no nonce (nothing on it could use one): its scripts' hashes.
  expect(landingPolicy).toMatch(/script-src 'self' 'sha256-/);
  expect(landingPolicy).not.toContain('nonce-');
  await inlineScriptsAllowed(page, landingPolicy);
  // The page still works: the landing page's one script, its language picker's, is allowed.
  await page.getByLabel('Language').selectOption('pt-BR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // A choice that cannot be saved is put back, and the picker says so.
  await page.route('**/api/locale', (route) => route.fulfill({ status: 503, json: { error: { code: 'UNAVAILABLE', message: 'down' } } }));
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('status')).toHaveText('Could not change the language. Try again.');
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await expect(page.getByLabel('Language')).toBeEnabled();
  await page.unroute('**/api/locale');

  await signUp(page);
  // A page rendered for this request (settings is never kept in memory): a nonce on every script.
  const settings = await page.goto('/dashboard/settings');
  const settingsPolicy = settings!.headers()['content-security-policy']!;
  const nonce = /'nonce-([^']+)'/.exec(settingsPolicy)![1];
  await inlineScriptsAllowed(page, settingsPolicy);
  expect(await page.locator('script:not([src])').evaluateAll((nodes) => nodes.filter((n) => (n as HTMLScriptElement).nonce === '').length)).toBe(0);
  // A new nonce for every request.
  const again = await page.request.get('/dashboard/settings');
  expect(again.headers()['content-security-policy']).not.toContain(nonce);
  // The sites list, rendered as the sign-up landed on it, comes from memory the next time: its
  // policy names its scripts' hashes (lib/page-cache.ts), and allows each of them all the same.
  const dashboard = await page.goto('/dashboard');
  await inlineScriptsAllowed(page, dashboard!.headers()['content-security-policy']!);

  // The injections run in a context of their own: the fixture's fails a test on any refusal.
  const other = await browser.newContext({ storageState: await page.context().storageState(), extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
  const probe = await other.newPage();
  for (const path of ['/', '/pricing', '/dashboard', '/dashboard/settings']) {
    await probe.goto(path);
    await injectedScriptRefused(probe);
  }
  await other.close();
});

test('unknown pages get a friendly 404', async ({ page }) => {
  const res = await page.goto('/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /home/i }).first()).toBeVisible();
});

test('odd methods and odd bytes get a clear 4xx, never a 500', async ({ request }) => {
  for (const method of ['TRACE', 'PROPFIND', 'MKCOL'])
    for (const path of ['/api/health', '/api/v1/domains', '/', '/dashboard']) {
      const res = await request.fetch(path, { method, maxRedirects: 0 });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(res.headers()['allow']).toContain('GET');
    }
  // A method HTTP does not know is refused by Node's parser before the app.
  expect((await request.fetch('/api/health', { method: 'FOO' })).status()).toBe(400);
  for (const path of ['/%00', '/api/health%00', '/dashboard/%00', '/%C0%AF'])
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBeLessThan(500);
});

test('health answers 200 with the database state', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
});

test('the public pages are built ahead: one address each, in the visitor’s language and signed-in state', async ({ page, request }) => {
  const landing = async (headers: Record<string, string>) => {
    const res = await request.get('/', { headers });
    expect(res.status()).toBe(200);
    expect(res.headers()['vary']).toMatch(/Accept-Language/i);
    return res.text();
  };
  const portuguese = await landing({ 'accept-language': 'pt-BR,pt;q=0.9' });
  expect(portuguese).toContain('<html lang="pt-BR"');
  // Served as built (server.ts answers it from the build: lib/marketing/pages.ts), the landing page
  // without Next's scripts (it needs no React in the browser), compressed ahead, and unchanged next time (304).
  const built = (route: string) => readFileSync(join(import.meta.dirname, '../.next/server/app', `${route}.html`), 'utf8');
  expect(portuguese).toBe(withoutClientRuntime(built('pt-BR/guest')));
  expect(portuguese.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
  const brotli = await request.get('/pricing', { headers: { 'accept-encoding': 'br' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(brotli.headers()['cache-control']).toContain('s-maxage=300');
  expect(await brotli.text()).toBe(built('en/guest/pricing'));
  const unchanged = await request.get('/pricing', { headers: { 'if-none-match': brotli.headers()['etag']! } });
  expect(unchanged.status()).toBe(304);
  const english = await landing({ 'accept-language': 'en-GB' });
  expect(english).toContain('<html lang="en"');
  // Only the translations its client components use travel with the page, not the dashboard's.
  expect(english).not.toContain('Loading the editor');
  expect(english.length).toBeLessThan(180_000);
  // The saved choice wins over the browser's.
  expect(await landing({ 'accept-language': 'pt-BR', cookie: 'NEXT_LOCALE=en' })).toContain('<html lang="en"');
  // A built page's own path is not a second address for it.
  for (const path of ['/en/guest', '/pt-BR/member/pricing', '/en/guest/legal/terms']) expect((await request.get(path)).status(), path).toBe(404);

  // The header knows someone is signed in; a link inside the built pages moves between them.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Pricing' }).click();
  await expect(page).toHaveURL(/\/pricing$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await signUp(page);
  await page.goto('/pricing');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toHaveCount(0);
});

test('the app host has its own robots.txt, sitemap, icons and social card', async ({ request, page }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const robotsText = await robots.text();
  expect(robotsText).toMatch(/Disallow: \/dashboard/);
  expect(robotsText).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/pricing', '/legal/privacy', '/legal/terms', '/docs/api']) expect(sitemap).toContain(`${path}</loc>`);
  expect((await request.get('/favicon.svg')).headers()['content-type']).toContain('image/svg+xml');
  expect((await request.get('/apple-touch-icon.png')).headers()['content-type']).toBe('image/png');
  const card = await request.get('/og.png');
  expect(card.headers()['content-type']).toBe('image/png');
  await page.goto('/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/^https?:\/\/.+\/og\.png$/);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
});
