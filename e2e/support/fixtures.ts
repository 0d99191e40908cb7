// Playwright fixtures: each test is its own client (its own IP, so sign-in limits do not leak
// between tests) and can sign up a fresh account through the UI.
import { randomInt, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

export const PASSWORD = 'a long test password';

export function uniqueEmail(prefix = 'e2e') {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export function randomIp() {
  return `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;
}

// The browser's reports of what a Content-Security-Policy refused ("Refused to execute inline
// script…"): any in a test fails it, so every journey also proves the policies let the app work.
const CSP_REFUSAL = /Content Security Policy/i;

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': randomIp() });
    const refusals: string[] = [];
    context.on('console', (message) => {
      if (CSP_REFUSAL.test(message.text())) refusals.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
    });
    await use(context);
    expect(refusals, 'the Content-Security-Policy refused something the page needs').toEqual([]);
  },
});

export { expect };

// With no SMTP the server writes each emailed link to its log (scripts/test.ts keeps it in .data/):
// the links of one kind ("sign-up link", "magic sign-in link") sent to one address, oldest first.
export function loggedLinks(email: string, kind: string, log = () => readFileSync('.data/e2e-server.log', 'utf8')): string[] {
  return log()
    .split('\n')
    .filter((line) => line.includes(kind) && line.includes(`"email":"${email}"`))
    .map((line) => (JSON.parse(line) as { url: string }).url);
}

// Sign up as a person does: the form, then the link in the email, which makes the account and signs in.
export async function signUp(page: Page, opts: { name?: string; email?: string; password?: string; base?: string; log?: () => string } = {}) {
  const email = opts.email ?? uniqueEmail();
  await page.goto(`${opts.base ?? ''}/sign-up`);
  await page.getByLabel('Name').fill(opts.name ?? 'Test Owner');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(opts.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/, { timeout: 30_000 });
  await expect.poll(() => loggedLinks(email, 'sign-up link', opts.log).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.goto(loggedLinks(email, 'sign-up link', opts.log).at(-1)!);
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync('e2e/screenshots', { recursive: true });
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

// Next adds its own (empty) role="alert" route announcer, so find alerts by what they say.
export function alert(page: Page, text: string | RegExp) {
  return page.getByRole('alert').filter({ hasText: text });
}
