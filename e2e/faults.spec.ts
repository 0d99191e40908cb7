// Faults: with PostgreSQL stopped, /api/health says 503 and pages show a friendly error; when it
// comes back, the same running app works again without a restart. Runs its own PostgreSQL and app,
// with billing off (no Stripe keys).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { applyMigrations } from '../scripts/migrate';
import { startEmbeddedPostgres, type RunningPostgres } from '../scripts/postgres';
import { expect, signUp, test, uniqueEmail } from './support/fixtures';

const root = join(import.meta.dirname, '..');
const pgPort = Number(process.env.E2E_FAULTS_PG_PORT ?? 54349);
const appPort = Number(new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100').port) + 1;
const appUrl = `http://localhost:${appPort}`;
let pg: RunningPostgres;
let app: ChildProcess;
// The app's log: with no SMTP the sign-up link is written there.
let appLog = '';

function withoutStripe(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('STRIPE_'))) as NodeJS.ProcessEnv;
}

async function health(): Promise<number> {
  return fetch(`${appUrl}/api/health`).then(
    (r) => r.status,
    () => 0,
  );
}

async function startPostgres() {
  pg = await startEmbeddedPostgres({ databaseDir: join(root, '.data/test-faults-postgres'), port: pgPort, quiet: true });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await startPostgres();
  await pg.createDatabase('faults');
  await applyMigrations(pg.url('faults'));
  app = spawn(join(root, 'node_modules/.bin/tsx'), ['server.ts'], {
    cwd: root,
    // No Stripe keys: this app also shows that billing off keeps everything working.
    env: { ...withoutStripe(process.env), DATABASE_URL: pg.url('faults'), PORT: String(appPort), NEXTAUTH_URL: appUrl },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  app.stdout?.on('data', (chunk: Buffer) => (appLog += chunk.toString('utf8')));
  await expect.poll(health, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  app?.kill('SIGTERM');
  await pg?.stop().catch(() => {});
});

test('the app survives PostgreSQL going away and recovers by itself', async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('faults');
  await signUp(page, { name: 'Fault Tester', email, base: appUrl, log: () => appLog });
  await page.goto(`${appUrl}/dashboard/billing`);
  await expect(page.getByText('Payments are not configured on this server')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Free plan' })).toBeVisible();

  await pg.stop();
  await expect.poll(health, { timeout: 15_000 }).toBe(503);
  const body = await (await fetch(`${appUrl}/api/health`)).json();
  expect(body).toMatchObject({ status: 'unavailable', database: 'down' });

  await page.goto(`${appUrl}/dashboard/settings`);
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/ECONNREFUSED|Prisma|stack/i);

  await startPostgres();
  await expect.poll(health, { timeout: 30_000 }).toBe(200);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.goto(`${appUrl}/dashboard/settings`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(email).first()).toBeVisible();
});
