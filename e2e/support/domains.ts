// What the custom-domain journeys share: a generated site, the Pro plan (bought through the Stripe
// stand-in, or written as its webhooks leave it), and a domain's card on the Domains page.
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import pg from 'pg';
import { expect } from './fixtures';

export async function generateSite(request: APIRequestContext, prompt: string): Promise<string> {
  const res = await request.post('/api/generate', { data: { prompt, seed: 1 } });
  expect(res.status()).toBe(200);
  const done = (await res.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    .find((e) => e.type === 'done');
  expect(done).toBeTruthy();
  return (done as { siteId: string }).siteId;
}

export async function upgradeToPro(page: Page) {
  await page.goto('/dashboard/billing');
  await page.getByRole('button', { name: /Upgrade to Pro/ }).click();
  await page.getByRole('button', { name: 'Pay and subscribe' }).click();
  await expect(page.getByRole('heading', { name: 'Pro plan' })).toBeVisible({ timeout: 30_000 });
}

// The Pro subscription row as Stripe's webhooks leave it, for journeys about something else than buying it.
export async function subscribeToPro(email: string) {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
    await db.query(
      `INSERT INTO "Subscription" (id, "userId", "stripeSubscriptionId", "stripeCustomerId", status, plan, "priceId", interval, currency, "currentPeriodStart", "currentPeriodEnd", "updatedAt")
       VALUES ($1, $2, $3, $4, 'active', 'pro', 'price_e2e', 'month', 'usd', now() - interval '1 day', now() + interval '29 days', now())`,
      [`sub_${randomUUID()}`, rows[0]!.id, `sub_e2e_${randomUUID()}`, `cus_e2e_${randomUUID()}`],
    );
  } finally {
    await db.end();
  }
}

export const domainCard = (page: Page, hostname: string) =>
  page.getByTestId('domain-card').filter({ has: page.getByRole('heading', { name: hostname, exact: true }) });
