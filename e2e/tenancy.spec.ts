// Tenants never see each other's data: a second account tries every route that names a site.
import type { APIRequestContext } from '@playwright/test';
import { expect, signUp, test } from './support/fixtures';

async function generateSite(request: APIRequestContext, prompt: string) {
  const res = await request.post('/api/generate', { data: { prompt, seed: 1 } });
  expect(res.status()).toBe(200);
  const events = (await res.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const done = events.find((e) => e.type === 'done');
  expect(done, JSON.stringify(events.at(-1))).toBeTruthy();
  return done as { siteId: string; slug: string };
}

test("another owner's site, draft, preview and leads are never readable or writable", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = await browser.newPage();
  await signUp(owner);
  const site = await generateSite(owner.request, 'Floricultura chamada Flor de Lis em Recife');
  const draft = await owner.request.get(`/api/sites/${site.siteId}/draft`);
  expect(draft.status()).toBe(200);
  const { revision, document } = await draft.json();
  // The owner's preview runs no script: the published pages' strict CSP, framed only by the app.
  const preview = await owner.request.get(`/api/sites/${site.siteId}/preview?path=/`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()['content-security-policy']).toMatch(/^default-src 'none';.*frame-ancestors 'self'; style-src 'sha256-/);
  expect(preview.headers()['content-security-policy']).not.toContain('unsafe-inline');

  const intruder = await browser.newPage();
  await signUp(intruder);
  const tries = [
    intruder.request.get(`/api/sites/${site.siteId}/draft`),
    intruder.request.put(`/api/sites/${site.siteId}/draft`, { data: { revision, document } }),
    intruder.request.get(`/api/sites/${site.siteId}/preview?path=/`),
    intruder.request.get(`/api/sites/${site.siteId}/leads`),
  ];
  for (const res of await Promise.all(tries)) {
    expect(res.status(), res.url()).toBe(404);
    expect(await res.text()).not.toContain('Flor de Lis');
  }
  // The dashboard streams its loading shell first, so the page cannot change its status to 404
  // by then; it shows the not-found page and nothing of the site.
  await intruder.goto(`/dashboard/sites/${site.siteId}`);
  await expect(intruder.getByRole('heading', { name: /find that page/ })).toBeVisible();
  await expect(intruder.getByText('Flor de Lis')).toHaveCount(0);
  // Nothing changed for the owner.
  const after = await owner.request.get(`/api/sites/${site.siteId}/draft`);
  expect((await after.json()).revision).toBe(revision);

  // Signed out, the same routes ask for a sign-in.
  const anonymous = await browser.newContext();
  const res = await anonymous.request.get(`/api/sites/${site.siteId}/draft`);
  expect(res.status()).toBe(401);
  await anonymous.close();
});

test('a stale save gets 409 and loses nothing; a malformed or invalid save is refused', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  const site = await generateSite(page.request, 'Pet shop called Happy Paws in Miami');
  const { revision, document } = await (await page.request.get(`/api/sites/${site.siteId}/draft`)).json();
  const first = await page.request.put(`/api/sites/${site.siteId}/draft`, { data: { revision, document } });
  expect(first.status()).toBe(200);
  expect((await first.json()).revision).toBe(revision + 1);
  const stale = await page.request.put(`/api/sites/${site.siteId}/draft`, { data: { revision, document } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe('CONFLICT');

  const malformed = await page.request.put(`/api/sites/${site.siteId}/draft`, {
    data: Buffer.from('{"revision": 2, "document": '),
    headers: { 'content-type': 'application/json' },
  });
  expect(malformed.status()).toBe(400);
  const broken = structuredClone(document);
  broken.pages[0].sections[1].props.layout = 'sideways';
  const invalid = await page.request.put(`/api/sites/${site.siteId}/draft`, { data: { revision: revision + 1, document: broken } });
  expect(invalid.status()).toBe(422);
  const current = await (await page.request.get(`/api/sites/${site.siteId}/draft`)).json();
  expect(current.revision).toBe(revision + 1);
});
