// The API key journey (issue 16) against the running production server: a key made in Settings
// (shown once, copied from its field) creates a site from a prompt over /api/v1 with no cookie,
// publishes it, and the site answers live on its host; usage shows the credit; the key is revoked
// in Settings with the keyboard, and its next request is a 401. Screenshots of the Settings section
// on a desktop and at 390 px.
import { rawRequest } from '../test/http';
import { expect, signUp, test } from './support/fixtures';

const appUrl = new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100');
const direct = `http://127.0.0.1:${appUrl.port}`;

test('a key made in Settings creates, publishes and reads a site over the API; revoked, it is refused', async ({ page, request }) => {
  test.setTimeout(60_000);
  await signUp(page);
  await page.goto('/dashboard/settings');
  const card = page.locator('section').filter({ has: page.getByRole('heading', { name: 'API keys', level: 2 }) });
  await expect(card.getByText('No API keys yet')).toBeVisible();

  await card.getByLabel('Name').fill('Deploy script');
  await expect(card.getByRole('checkbox', { name: /^Read/ })).toBeChecked();
  await card.getByRole('checkbox', { name: /^Write/ }).check();
  await card.getByRole('checkbox', { name: /^Publish/ }).check();
  await card.getByRole('button', { name: 'Create key' }).click();
  const created = card.getByRole('region', { name: 'Your new key “Deploy script”' });
  await expect(created).toBeFocused();
  const token = await created.getByLabel('API key').inputValue();
  expect(token).toMatch(/^pm_live_[A-Za-z0-9]{43}$/);
  const row = card.getByTestId('api-key-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(token.slice(0, 16));
  await expect(row).toContainText('Never used');
  await card.screenshot({ path: 'e2e/screenshots/api-keys-created.png' });

  // The API, as a script calls it: the key and nothing else.
  const auth = { authorization: `Bearer ${token}` };
  const made = await request.post('/api/v1/sites', { headers: auth, data: { prompt: 'Barbearia chamada Navalha de Ouro em Recife' } });
  expect(made.status(), await made.text()).toBe(201);
  const { site } = (await made.json()) as { site: { id: string; url: string } };
  let published = await request.post(`/api/v1/sites/${site.id}/publish`, { headers: auth });
  if (published.status() === 409) {
    // A generated draft shows suggested facts: confirming the sections the refusal lists.
    const { error } = (await published.json()) as { error: { code: string; details: { pendingFacts: Array<{ sectionId: string }> } } };
    expect(error.code).toBe('UNCONFIRMED_FACTS');
    published = await request.post(`/api/v1/sites/${site.id}/publish`, {
      headers: auth,
      data: { confirm: error.details.pendingFacts.map((p) => p.sectionId) },
    });
  }
  expect(published.status(), await published.text()).toBe(200);
  const live = await rawRequest(direct, { host: new URL(site.url).host, rawPath: '/', headers: { 'accept-encoding': 'identity' } });
  expect(live.status).toBe(200);
  expect(live.text()).toContain('Navalha de Ouro');
  const usage = await request.get('/api/v1/usage', { headers: auth });
  expect(await usage.json()).toMatchObject({ used: 1 });
  expect((await request.get('/api/v1/billing/subscription', { headers: auth })).status()).toBe(403);

  // Settings shows the use; the key is revoked with the keyboard alone.
  await page.reload();
  await expect(row).toContainText(/Last used .* from /);
  await page.setViewportSize({ width: 390, height: 844 });
  await card.screenshot({ path: 'e2e/screenshots/api-keys-phone.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await card.getByRole('button', { name: 'Revoke the key “Deploy script”' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Revoke “Deploy script”?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Revoke key' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(card.getByText('No API keys yet')).toBeVisible();

  const refused = await request.get('/api/v1/sites', { headers: auth });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'This API key has been revoked.' } });
});
