// Account journeys, as a person does them in the browser.
import * as OTPAuth from 'otpauth';
import pg from 'pg';
import { alert, expect, loggedLinks, PASSWORD, randomIp, screenshot, signIn, signUp, test, uniqueEmail } from './support/fixtures';

function codeFor(secret: string, offsetSteps = 0) {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

test('sign up, sign out, fail a sign-in, sign in', async ({ page, playwright, baseURL }) => {
  const email = await signUp(page, { name: 'Marina Souza' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const cookies = await page.context().cookies();

  await page.getByRole('button', { name: /account menu/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);

  // Signing out ended the session on the server: the old cookie, replayed elsewhere, gets nothing.
  const replay = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  expect((await replay.get('/api/account/export')).status()).toBe(401);
  expect((await replay.get('/api/v1/billing/subscription')).status()).toBe(401);
  expect((await replay.get('/dashboard', { maxRedirects: 0 })).status()).not.toBe(200);
  await replay.dispose();

  await signIn(page, email, 'not the password');
  await expect(alert(page, 'Email or password is not right')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);

  // A callback that resolves to another host (`/.//evil.com` is the path `//evil.com`) stays on the app.
  for (const callback of ['/.//evil.com', '/./\\evil.com', '/dashboard/..//evil.com']) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/dashboard$/);
  }
});

test('sign-up tells a stranger nothing about which addresses have accounts; the owner still gets in', async ({ page }) => {
  const email = await signUp(page);
  await page.context().clearCookies();
  const signUpAs = async (address: string, password: string) => {
    await page.goto('/sign-up');
    await page.getByLabel('Name').fill('Someone Else');
    await page.getByLabel('Email').fill(address);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
  };
  // A stranger with the owner's address, and one with a new address: the same page, word for word.
  await signUpAs(email, 'a stranger guessing here');
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  const known = await page.locator('main').innerText();
  const fresh = uniqueEmail('fresh');
  await signUpAs(fresh, 'a stranger guessing here');
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  expect(await page.locator('main').innerText()).toBe(known);
  // The owner's email says they have an account, with a link that signs in to it; no second account.
  await expect.poll(() => linksFor(email).length).toBe(1);
  await page.goto(linksFor(email)[0]);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText('Someone Else')).toHaveCount(0);
  // The owner on the wrong form with their own password goes straight in.
  await page.context().clearCookies();
  await signUpAs(email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  // The fresh address's link is the only way its account is made; a second use is refused with a message.
  const [link] = loggedLinks(fresh, 'sign-up link');
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-up\?error=link$/);
  await expect(alert(page, 'expired or was already used')).toBeVisible();
});

test('the 11th wrong password gets 429', async ({ page }) => {
  const email = await signUp(page);
  await page.context().clearCookies();
  const csrf = async () => (await (await page.request.get('/api/auth/csrf')).json()).csrfToken as string;
  const attempt = async (password: string) =>
    page.request.post('/api/auth/callback/credentials', {
      form: { email, password, csrfToken: await csrf(), json: 'true' },
      maxRedirects: 0,
    });
  for (let i = 0; i < 10; i++) {
    const res = await attempt(`wrong password ${i}`);
    expect(res.status(), `attempt ${i + 1}`).not.toBe(429);
  }
  const blocked = await attempt('wrong password 11');
  expect(blocked.status()).toBe(429);
  expect((await blocked.json()).error.code).toBe('RATE_LIMITED');
  // The right password is refused too until the window passes.
  expect((await attempt(PASSWORD)).status()).toBe(429);

  await signIn(page, email);
  await expect(alert(page, 'Too many')).toBeVisible();
});

test('ten wrong passwords from a stranger do not lock the owner out: from another IP the right password gets a sign-in link', async ({ page, browser }) => {
  const email = await signUp(page);
  await page.context().clearCookies();
  // The stranger, from their own IP, guesses ten times.
  const stranger = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': randomIp() } });
  const csrf = async () => (await (await stranger.request.get('/api/auth/csrf')).json()).csrfToken as string;
  for (let i = 0; i < 10; i++) {
    await stranger.request.post('/api/auth/callback/credentials', {
      form: { email, password: `guess ${i}`, csrfToken: await csrf(), json: 'true' },
      maxRedirects: 0,
    });
  }
  // A wrong password now, from the owner's IP: the same answer as the right one, and no link.
  await signIn(page, email, 'not my password');
  await expect(alert(page, 'too many wrong passwords')).toBeVisible();
  expect(linksFor(email)).toHaveLength(0);
  // The right one: a link by email (logged here, with no SMTP), which signs the owner in.
  await signIn(page, email);
  await expect(alert(page, 'we have emailed you a sign-in link')).toBeVisible();
  await expect.poll(() => linksFor(email).length).toBe(1);
  await page.goto(linksFor(email)[0]);
  await expect(page).toHaveURL(/\/dashboard$/);
  await stranger.close();
});

test('two-factor sign-in: turn on, sign in with a code, reused and wrong codes refused, recovery code works once', async ({ page }) => {
  const email = await signUp(page);
  await page.goto('/dashboard/settings');
  await page.getByRole('button', { name: 'Turn on' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  const secret = (await dialog.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  const usedCode = codeFor(secret);
  await dialog.getByLabel('6-digit code').fill(usedCode);
  await dialog.getByRole('button', { name: 'Turn on' }).click();
  const codes = dialog.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = await codes.first().innerText();
  const setupCode = usedCode;
  await screenshot(page, 'settings-two-factor-recovery-codes');
  await dialog.getByRole('button', { name: /saved them/i }).click();
  await expect(page.getByText('Two-factor sign-in is on', { exact: true })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, email);
  const codeField = page.getByLabel('Authentication code');
  await expect(codeField).toBeVisible();
  // The code the setup used is spent: replaying it is refused.
  await codeField.fill(setupCode);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(alert(page, /code/i)).toBeVisible();
  await codeField.fill('000000');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(alert(page, /code/i)).toBeVisible();
  await codeField.fill(codeFor(secret, 1));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.context().clearCookies();
  await signIn(page, email);
  await page.getByLabel('Authentication code').fill(recovery);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.context().clearCookies();
  await signIn(page, email);
  await page.getByLabel('Authentication code').fill(recovery);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(alert(page, /code/i)).toBeVisible();
});

test('sessions: ending another device signs it out on its next request; sign out everywhere', async ({ browser, page }) => {
  const email = await signUp(page);
  const other = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile Safari/537.36' });
  const phone = await other.newPage();
  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/dashboard$/);

  await page.goto('/dashboard/settings');
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  const phoneRow = rows.filter({ hasText: 'Android' });
  await phoneRow.getByRole('button', { name: /^End session/ }).click();
  await expect(rows).toHaveCount(1);

  await phone.goto('/dashboard/settings');
  await expect(phone).toHaveURL(/\/sign-in/);

  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/dashboard$/);
  await page.reload();
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const confirm = page.getByRole('dialog');
  if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button', { name: /sign out everywhere/i }).click();
  await expect(page).toHaveURL(/\/$|\/sign-in/);
  await phone.goto('/dashboard');
  await expect(phone).toHaveURL(/\/sign-in/);
  await other.close();
});

test('download my data, then delete the account, which then cannot sign in', async ({ page }) => {
  const email = await signUp(page, { name: 'Export Person' });
  await page.goto('/dashboard/settings');
  // The export is prepared by a job, then downloaded as a ZIP (its parts are checked in account-export.spec.ts).
  const card = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Download my data' }) });
  await card.getByRole('button', { name: 'Prepare my data' }).click();
  const link = card.getByRole('link', { name: /^Download ZIP/ });
  await expect(link).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  const zip = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(zip.includes(Buffer.from('argon2'))).toBe(false);

  await page.getByRole('button', { name: 'Delete my account' }).click();
  const dialog = page.getByRole('dialog');
  // Until the email is typed exactly, nothing can be deleted (the server checks it again).
  await dialog.getByLabel(/to confirm/).fill('wrong@example.test');
  await expect(dialog.getByRole('button', { name: 'Delete my account forever' })).toBeDisabled();
  await dialog.getByLabel(/to confirm/).fill(email);
  await dialog.getByRole('button', { name: 'Delete my account forever' }).click();
  await expect(page).toHaveURL(/\/(\?deleted=1)?$/);

  await signIn(page, email);
  await expect(alert(page, 'Email or password is not right')).toBeVisible();
});

test('the demo account signs in', async ({ page }) => {
  await signIn(page, 'demo@pagemagic.dev', 'demo-password-2026');
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('a malformed JSON body gets 400 with a message, never 500', async ({ request }) => {
  const res = await request.post('/api/locale', { data: Buffer.from('{"locale": '), headers: { 'content-type': 'application/json' } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toBeTruthy();
  const bad = await request.post('/api/locale', { data: { locale: 'xx' } });
  expect(bad.status()).toBe(422);
});

const linksFor = (email: string) => loggedLinks(email, 'magic sign-in link');

test('an account made by a magic link keeps the language of the page it was asked from', async ({ browser }) => {
  const email = uniqueEmail('magic-pt');
  // A Portuguese-speaking visitor: the browser asks for Portuguese, and the sign-in page answers in it.
  const context = await browser.newContext({ locale: 'pt-BR' });
  const page = await context.newPage();
  try {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail para receber o link').fill(email);
    await page.getByRole('button', { name: 'Enviar link por e-mail' }).click();
    await expect(page).toHaveURL(/\/sign-in\/check-email/);
    await expect.poll(() => linksFor(email).length).toBe(1);
    await page.goto(linksFor(email)[0]!);
    await expect(page).toHaveURL(/\/dashboard$/);
  } finally {
    await context.close();
  }
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ locale: string | null }>('SELECT "locale" FROM "User" WHERE "email" = $1', [email]);
    expect(rows).toEqual([{ locale: 'pt-BR' }]);
  } finally {
    await db.end();
  }
});

test('magic links: only the newest works, and a fourth within a quarter hour is refused', async ({ page }) => {
  const email = uniqueEmail('magic');
  const ask = async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email for the sign-in link').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
  };
  await ask();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  await ask();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  await expect.poll(() => linksFor(email).length).toBe(2);
  const [first, second] = linksFor(email);
  // The first link stopped working when the second was sent.
  await page.goto(first);
  await expect(page).toHaveURL(/\/sign-in\?error=Verification/);
  await page.goto(second);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.context().clearCookies();
  await ask();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  // A fourth in the window: refused, with a message that says to wait, and no link is sent.
  await ask();
  await expect(alert(page, 'wait a quarter of an hour')).toBeVisible();
  expect(linksFor(email)).toHaveLength(3);
});
