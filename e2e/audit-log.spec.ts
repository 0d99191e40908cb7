// Account activity in Settings: the owner's own audit log after a wrong password, a password
// change and a sign-out and sign-in, in English and in Portuguese, passing axe, on a phone too.
import AxeBuilder from '@axe-core/playwright';
import { request as playwrightRequest, type Page } from '@playwright/test';
import { expect, PASSWORD, randomIp, screenshot, signIn, signUp, test } from './support/fixtures';

const NEW_PASSWORD = 'another long test password';

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the owner reads their own account activity, in English and Portuguese', async ({ page }) => {
  test.setTimeout(120_000);
  const email = await signUp(page, { name: 'Helena Prado' });

  // A wrong password, then the right one, writes a refused and a successful sign-in.
  await page.getByRole('button', { name: /account menu/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await signIn(page, email, 'not the password at all');
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is not right' })).toBeVisible();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);

  // The password changes in Settings, where the activity page is linked.
  await page.goto('/dashboard/settings');
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed').first()).toBeVisible();

  // By keyboard from Settings to the activity page.
  const link = page.getByRole('link', { name: 'See account activity' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard\/settings\/activity$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Account activity' })).toBeVisible();

  const list = page.getByRole('list', { name: 'Account activity, newest first' });
  const rows = list.getByTestId('activity-row');
  // Newest first: the password change, the sign-in, the refused sign-in, then the sign-up's own.
  await expect(rows.nth(0)).toContainText('Password changed');
  await expect(rows.nth(1)).toContainText('Signed in');
  await expect(rows.nth(1)).toContainText('With email and password');
  await expect(rows.nth(2)).toContainText('Sign-in refused');
  await expect(rows.nth(2)).toContainText('Wrong password');
  await expect(rows.nth(2)).toContainText('Failed');
  await expect(list).toContainText('Account created');
  // Device in plain words, the IP, and a date in the owner's language.
  await expect(rows.nth(1)).toContainText(/Chrome on (Windows|Linux|macOS)/);
  await expect(rows.nth(1)).toContainText(/IP [\d.:a-f]+/);
  const year = String(new Date().getUTCFullYear());
  await expect(rows.nth(0).locator('time')).toContainText(year);
  await expect(rows.nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(page.getByRole('navigation', { name: 'More activity' })).toHaveCount(0);
  await screenshot(page, 'audit-log-en');
  await expectNoAxeViolations(page);

  // Portuguese: the same entries, worded and dated for Brazil.
  await page.goto('/dashboard');
  await page.getByLabel('Language').selectOption('pt-BR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.goto('/dashboard/settings/activity');
  await expect(page.getByRole('heading', { level: 1, name: 'Atividade da conta' })).toBeVisible();
  const ptRows = page.getByRole('list', { name: 'Atividade da conta, das mais recentes às mais antigas' }).getByTestId('activity-row');
  await expect(ptRows.nth(0)).toContainText('Senha alterada');
  await expect(ptRows.nth(1)).toContainText('Entrada na conta');
  await expect(ptRows.nth(1)).toContainText('Com e-mail e senha');
  await expect(ptRows.nth(1)).toContainText(/Chrome no (Windows|Linux|macOS)/);
  await expect(ptRows.nth(2)).toContainText('Entrada recusada');
  await expect(ptRows.nth(2)).toContainText('Senha errada');
  // pt-BR writes dates as "10 de jan. de 2027".
  await expect(ptRows.nth(0).locator('time')).toContainText(` de ${year}`);
  await screenshot(page, 'audit-log-pt');
  await expectNoAxeViolations(page);

  // On a phone the rows stack and nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.reload();
  await expect(ptRows.nth(0)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, 'audit-log-pt-phone');
  await expectNoAxeViolations(page);
});

test('activity pages by cursor: older entries on the next page, none repeated, and back to the newest', async ({ page }) => {
  test.setTimeout(120_000);
  const email = await signUp(page);
  // 22 sign-ins plus the sign-up's own entries: more than one page of 20. They are made through
  // the sign-in endpoint the form posts to, each from a device of its own (a request context with
  // its own cookies), as the UI's sign-out and sign-in cost about two seconds each; the form itself
  // is the journey of the test above.
  for (let i = 0; i < 22; i++) {
    const device = await playwrightRequest.newContext({ baseURL: page.url(), extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
    const { csrfToken } = (await (await device.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const res = await device.post('/api/auth/callback/credentials', { form: { email, password: PASSWORD, csrfToken, json: 'true' }, maxRedirects: 0 });
    expect(res.status(), `sign-in ${i + 1}`).toBeLessThan(400);
    await device.dispose();
  }
  await page.goto('/dashboard/settings/activity');
  const rows = page.getByTestId('activity-row');
  await expect(rows).toHaveCount(20);
  const firstPage = await rows.evaluateAll((els) => els.map((el) => el.querySelector('time')!.getAttribute('datetime')));
  await page.getByRole('link', { name: 'Older activity' }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(rows.first()).toBeVisible();
  const secondPage = await rows.evaluateAll((els) => els.map((el) => el.querySelector('time')!.getAttribute('datetime')));
  expect(secondPage.length).toBeGreaterThan(0);
  // Newest first across pages: everything on page two is no newer than the end of page one.
  expect(secondPage.every((at) => at! <= firstPage.at(-1)!)).toBe(true);
  await expect(page.getByText('Account created')).toBeVisible();
  await screenshot(page, 'audit-log-page-2');
  await page.getByRole('link', { name: 'Back to the newest' }).click();
  await expect(page).toHaveURL(/\/dashboard\/settings\/activity$/);
  await expect(rows).toHaveCount(20);
});
