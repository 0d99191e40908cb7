// Host routing against the running production server: a published site on the owner's verified
// domain (the same pages, naming that domain as canonical), its www form and plain HTTP behind a
// TLS proxy redirected by the owner's settings, HSTS when asked for, redirects that never leave
// the host (issue 19: `/%2Fevil.com/` answered `Location: //evil.com`), unknown hosts and IP
// addresses answered with a 404 that never reaches Next, and no dashboard on any site host.
// Requests go to 127.0.0.1 with a Host header; Chromium reaches *.example.test through a host
// resolver rule.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { findChromium } from '../scripts/chromium';
import { rawRequest } from '../test/http';
import { expect, signUp, test } from './support/fixtures';
import { confirmSuggestedFacts } from './support/publish';

const appUrl = new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100');
const port = appUrl.port;
const direct = `http://127.0.0.1:${port}`;

test.use({
  launchOptions: {
    executablePath: findChromium(),
    args: ['--disable-quic', '--no-first-run', '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
  },
});

test.skip(!process.env.E2E_DATABASE_URL, 'needs npm test e2e (the database)');

const HOSTILE_PATHS = ['/%2Fevil.com/', '/%2F%2Fevil.com/', '/%5Cevil.com/', '//evil.com/', '/\\evil.com/', '/%2F%5Cevil.com/?x=//evil.com'];

function get(host: string, path: string, headers: Record<string, string> = {}) {
  return rawRequest(direct, { host, rawPath: path, headers: { 'accept-encoding': 'identity', ...headers } });
}

// What the Domains flow leaves behind for a verified domain, and its announcement (domainChanged).
async function connectDomain(email: string, siteId: string, hostname: string) {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
    const domainId = `dom_${randomUUID()}`;
    await db.query(
      `INSERT INTO "Domain" (id, "ownerId", "siteId", hostname, "withWww", status, "verificationToken", "verifiedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, true, 'active', $5, now(), now())`,
      [domainId, rows[0]!.id, siteId, hostname, randomUUID()],
    );
    await db.query(`INSERT INTO "DomainSettings" ("domainId", "wwwRedirect", hsts, "hstsMaxAge") VALUES ($1, 'to-apex', true, 600)`, [domainId]);
    await db.query(`SELECT pg_notify('pm_hosts_changed', $1)`, [hostname]);
  } finally {
    await db.end();
  }
}

test('a site on its verified domain; redirects stay on the host; unknown hosts 404; no dashboard on site hosts', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = await signUp(page);
  await page.goto('/dashboard/sites/new');
  await page.getByLabel('Describe your business').fill('Floricultura chamada Flor do Campo em Recife, tons de verde');
  await page.getByRole('button', { name: 'Create my site' }).click();
  await expect(page).toHaveURL(/\/editor\/[\w-]+$/, { timeout: 60_000 });
  const siteId = page.url().split('/').pop()!;
  const hostname = `flores-${randomUUID().slice(0, 8)}.example.test`;

  // Before it is connected, the name is nobody's: the styled 404, not the app.
  const before = await get(`${hostname}:${port}`, '/');
  expect(before.status).toBe(404);
  expect(before.text()).toContain('Nothing here yet');

  // Connected and verified first, then published: the pages name the domain.
  await connectDomain(email, siteId, hostname);
  await page.goto(`/dashboard/sites/${siteId}`);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const viewSite = page.getByRole('link', { name: /View site/ }).first();
  await confirmSuggestedFacts(page, viewSite);
  await expect(viewSite).toBeVisible({ timeout: 30_000 });
  const siteHost = new URL((await viewSite.getAttribute('href'))!).host;

  // The same pages on both addresses.
  await expect.poll(async () => (await get(`${hostname}:${port}`, '/')).status, { timeout: 5000 }).toBe(200);
  const onDomain = await get(`${hostname}:${port}`, '/');
  const onSiteHost = await get(siteHost, '/');
  expect(onDomain.headers.etag).toBe(onSiteHost.headers.etag);
  expect(onDomain.text()).toContain(`<link rel="canonical" href="http://${hostname}:${port}/">`);
  expect((await get(hostname, '/sitemap.xml')).text()).toContain(`<loc>http://${hostname}:${port}/</loc>`);
  // HSTS only over HTTPS (a TLS proxy in front says so), and only the owner's, never the app's.
  expect(onDomain.headers['strict-transport-security']).toBeUndefined();
  const overHttps = await get(hostname, '/', { 'x-forwarded-proto': 'https' });
  expect(overHttps.status).toBe(200);
  expect(overHttps.headers['strict-transport-security']).toBe('max-age=600');

  // www goes to the apex; plain HTTP through the proxy goes to HTTPS; one redirect for both.
  const www = await get(`www.${hostname}:${port}`, '/?ref=x');
  expect(www.status).toBe(301);
  expect(www.headers.location).toBe(`http://${hostname}:${port}/?ref=x`);
  expect((await get(hostname, '/', { 'x-forwarded-proto': 'http' })).headers.location).toBe(`https://${hostname}/`);
  expect((await get(`www.${hostname}`, '/a', { 'x-forwarded-proto': 'http' })).headers.location).toBe(`https://${hostname}/a`);

  // Redirects built from hostile paths stay on the host that answered.
  for (const host of [siteHost, `${hostname}:${port}`, `www.${hostname}:${port}`]) {
    for (const path of HOSTILE_PATHS) {
      const res = await get(host, path);
      const why = `${host}${path}`;
      expect(res.status, why).toBe(301);
      const location = new URL(res.headers.location as string, `http://${host}/`);
      expect(location.host, why).toBe(host.startsWith('www.') ? `${hostname}:${port}` : host);
      expect(res.headers.location, why).not.toMatch(/^(\/\/|\/\\|\\)/);
    }
  }
  // Chromium follows the redirect and stays on the site.
  const tab = await browser.newPage();
  await tab.goto(`http://${siteHost}/%2Fexample.org/`);
  expect(new URL(tab.url()).host).toBe(siteHost);
  await tab.goto(`http://www.${hostname}:${port}/%2F%2Fexample.org/`);
  expect(new URL(tab.url()).host).toBe(`${hostname}:${port}`);
  // And shows the site on the owner's domain.
  const res = await tab.goto(`http://${hostname}:${port}/`);
  expect(res?.status()).toBe(200);
  await expect(tab.getByText('Flor do Campo').first()).toBeVisible();
  await tab.close();

  // Unknown hosts and addresses: the 404, on any path, never a redirect, never the app.
  for (const host of [`nobody-${randomUUID().slice(0, 6)}.example.test`, `nobody-${randomUUID().slice(0, 6)}.localhost:${port}`, `a.${siteHost}`]) {
    for (const path of ['/', '/dashboard', '/sign-in', ...HOSTILE_PATHS]) {
      const answer = await get(host, path);
      expect(answer.status, `${host}${path}`).toBe(404);
      expect(answer.headers.location).toBeUndefined();
      expect(answer.text()).toContain('Nothing here yet');
    }
  }
  for (const path of ['/', '/dashboard', '/sign-in', '/api/auth/csrf']) expect((await get(`127.0.0.1:${port}`, path)).status, path).toBe(404);
  expect((await get(`127.0.0.1:${port}`, '/api/health')).status).toBe(200);
  expect((await get(`127.0.0.1:${port}`, `/api/domains/tls-allowed?domain=${hostname}`)).status).toBe(200);
  expect((await get(`127.0.0.1:${port}`, `/api/domains/tls-allowed?domain=www.${hostname}`)).status).toBe(200);
  expect((await get(`127.0.0.1:${port}`, '/api/domains/tls-allowed?domain=nobody.example.test')).status).toBe(404);

  // Signed in, the dashboard is still never served on a site host or a custom domain.
  const cookie = (await page.context().cookies(appUrl.origin)).map((c) => `${c.name}=${c.value}`).join('; ');
  expect(cookie).toContain('next-auth.session-token');
  for (const host of [siteHost, `${hostname}:${port}`, `www.${siteHost}`]) {
    for (const path of ['/dashboard', '/api/account/export', '/sign-in']) {
      const answer = await get(host, path, { cookie });
      expect([301, 404], `${host}${path}`).toContain(answer.status);
      expect(answer.text()).not.toContain('Sign out');
      if (answer.status === 301) expect(new URL(answer.headers.location as string).host).toBe(siteHost);
    }
  }
  // The app itself still answers on its own host.
  expect((await get(`localhost:${port}`, '/api/health')).status).toBe(200);
});
