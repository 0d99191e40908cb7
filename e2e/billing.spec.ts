// Billing journey against the local Stripe stand-in that scripts/test.ts starts: a Free owner hits
// the site limit, upgrades through Checkout, becomes Pro only when Stripe's signed events arrive,
// sees a failed renewal, cancels, and is back on Free with nothing deleted.
import AxeBuilder from '@axe-core/playwright';
import { expect, screenshot, signUp, test } from './support/fixtures';

const stripeUrl = process.env.E2E_STRIPE_URL;

// scripts/test.ts starts the Stripe stand-in; without it these journeys cannot run, and must not pass.
if (!stripeUrl) throw new Error('E2E_STRIPE_URL is not set: run the journeys through npm test, which starts the Stripe stand-in.');

// Cards are <section>s titled by their heading.
function card(page: import('@playwright/test').Page, title: string) {
  return page.locator('section', { has: page.getByRole('heading', { name: title, exact: true }) });
}

async function generate(page: import('@playwright/test').Page, seed: number) {
  return page.request.post('/api/generate', { data: { prompt: 'Bicycle repair workshop in Porto, friendly and fast', seed } });
}

test('upgrade through Checkout, a failed renewal, then cancellation back to Free', async ({ page }) => {
  test.setTimeout(180_000);
  const email = await signUp(page);

  // Free includes one site: the first generation makes it, the second is refused by the API itself.
  const first = await generate(page, 1);
  expect(first.status()).toBe(200);
  expect(await first.text()).toContain('"type":"done"');
  const refused = await generate(page, 2);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({
    error: { code: 'PLAN_LIMIT', details: { limit: 'sites', allowed: 1, plan: 'free', upgradeUrl: '/dashboard/billing' } },
  });

  await page.goto('/dashboard/sites/new');
  await expect(page.getByRole('heading', { name: /reached your plan’s limit of 1 site/ })).toBeVisible();
  await page.getByRole('link', { name: 'Upgrade', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/billing$/);
  await expect(page.getByRole('heading', { name: 'Free plan' })).toBeVisible();
  await screenshot(page, 'billing-free-1280');

  // Checkout in the stand-in; back in the app the plan waits for Stripe's signed events.
  await page.getByRole('button', { name: /Upgrade to Pro/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${stripeUrl}/checkout/`));
  await page.getByRole('button', { name: 'Pay and subscribe' }).click();
  await expect(page).toHaveURL(/\/dashboard\/billing\?checkout=success/);
  await expect(page.getByText('Waiting for Stripe to confirm your subscription')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Free plan' })).toBeVisible();
  // No reload: the page polls and refreshes itself once checkout.session.completed and
  // customer.subscription.created have been applied.
  await expect(page.getByRole('heading', { name: 'Pro plan' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Your Pro plan is active')).toBeVisible();
  await expect(page.getByText(/^Renews on /)).toBeVisible();
  await expect(page.getByText('Visa ending in 4242')).toBeVisible();
  const invoices = card(page, 'Invoices');
  // The invoice events come three deliveries after the subscription: until they land the card says the
  // first invoice is on its way, and it shows without a reload (on a loaded machine, after the plan).
  await expect(invoices.getByText(/first invoice is on its way/).or(invoices.getByRole('cell', { name: /^PM-\d{4}$/ }))).toBeVisible();
  await expect(invoices.getByText('No invoices yet')).toHaveCount(0);
  await expect(invoices.getByRole('cell', { name: /^PM-\d{4}$/ })).toBeVisible({ timeout: 30_000 });
  await expect(invoices.getByRole('link', { name: 'View' })).toHaveAttribute('href', new RegExp(`^${stripeUrl}/invoices/in_`));
  const events = card(page, 'Recent billing events');
  await expect(events.getByRole('row').filter({ hasText: 'checkout.session.completed' })).toContainText('Applied');
  await expect(events.getByRole('row').filter({ hasText: 'customer.subscription.created' })).toContainText('Applied');
  // A generation on Pro: the new period's first credit, on the Usage page and in the estimate.
  const onPro = await generate(page, 3);
  expect(await onPro.text()).toContain('"type":"done"');
  await page.reload();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/dashboard/billing');
    await expect(page.getByRole('heading', { name: 'Pro plan' })).toBeVisible();
    await screenshot(page, `billing-pro-${width}`);
    await page.goto('/dashboard/usage');
    await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
    await expect(page.getByText('1 of 200')).toBeVisible();
    await screenshot(page, `usage-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Pro allows more sites: the New-site form is back, with the credit estimate.
  await page.goto('/dashboard/sites/new');
  await expect(page.getByText('Uses 1 credit · 199 left this month')).toBeVisible();

  // A renewal fails: the banner asks for a new card.
  expect((await fetch(`${stripeUrl}/test/fail-payment?email=${encodeURIComponent(email)}`, { method: 'POST' })).status).toBe(200);
  await expect(async () => {
    await page.goto('/dashboard/billing');
    await expect(page.getByRole('alert').filter({ hasText: 'Your last payment failed' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText('Payment overdue')).toBeVisible();
  await screenshot(page, 'billing-past-due-1280');

  // Cancelled in the portal: back on Free, told what happened, nothing deleted.
  await page.getByRole('button', { name: 'Update payment method' }).click();
  await expect(page).toHaveURL(new RegExp(`^${stripeUrl}/portal/`));
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  await expect(page).toHaveURL(/\/dashboard\/billing$/);
  await expect(async () => {
    await page.goto('/dashboard/billing');
    await expect(page.getByRole('heading', { name: 'Free plan' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText('Your Pro subscription has ended')).toBeVisible();
  await expect(page.getByText('Nothing was deleted and your published sites stay live.')).toBeVisible();
  await expect(card(page, 'Invoices').getByRole('cell', { name: /^PM-\d{4}$/ })).toHaveCount(2);
  await screenshot(page, 'billing-ended-1280');
  const state = await (await page.request.get('/api/v1/billing/subscription')).json();
  expect(state).toMatchObject({ billingEnabled: true, plan: { id: 'free' }, subscription: null, sites: { count: 2, readOnly: 1 } });
  await expect(page.getByText('1 site is beyond the Free plan’s limit and read-only until you upgrade or delete some.')).toBeVisible();
  const list = await (await page.request.get('/api/v1/billing/invoices')).json();
  expect(list.invoices).toHaveLength(2);

  // The newer site is the one beyond Free's limit: its editor says so and shows the way out.
  const second = /"siteId":"([^"]+)"/.exec(await onPro.text())![1];
  await page.goto(`/editor/${second}`);
  await expect(page.getByRole('heading', { level: 1, name: /is read-only$/ })).toBeVisible();
  await expect(page.getByText('Your Free plan includes 1 site, and this one is beyond it.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See plans and upgrade' })).toHaveAttribute('href', '/dashboard/billing');
  const readOnlyAxe = await new AxeBuilder({ page }).analyze();
  expect(readOnlyAxe.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
  await screenshot(page, 'editor-read-only');
});

test('the billing API answers the signed-in owner only, in the one error shape', async ({ page, request }) => {
  const anonymous = await request.get('/api/v1/billing/subscription');
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  await signUp(page);
  const bad = await page.request.post('/api/v1/billing/checkout', { data: { plan: 'enterprise' } });
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  const malformed = await page.request.post('/api/v1/billing/checkout', { data: Buffer.from('{nope'), headers: { 'content-type': 'application/json' } });
  expect(malformed.status()).toBe(400);
  const portal = await page.request.post('/api/v1/billing/portal');
  expect(portal.status()).toBe(404);
  const checkout = await page.request.post('/api/v1/billing/checkout', { data: { plan: 'business', period: 'yearly' } });
  expect(checkout.status()).toBe(200);
  expect((await checkout.json()).url).toMatch(new RegExp(`^${stripeUrl}/checkout/cs_test_`));
  const unsigned = await request.post('/api/webhooks/stripe', { data: { id: 'evt_1', type: 'invoice.paid' } });
  expect(unsigned.status()).toBe(400);
});
