// npm test: typecheck, lint, dead code (knip), unit + integration tests on a fresh PostgreSQL
// database, then the Playwright journeys against a production build served by server.ts on another
// fresh database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { PortTakenError, startDnsStandIn, type DnsStandIn } from '../test/stand-ins/dns';
import { startPebble, type PebbleStandIn } from '../test/stand-ins/pebble';
import { startStripeStandIn, type StripeStandIn } from '../test/stand-ins/stripe';
import { ensureBuild } from './build';
import { findChromium } from './chromium';
import { ensurePrismaClient } from './generate-client';
import { ensureDataDir, ROOT } from './local-env';
import { applyMigrations } from './migrate';
import { startEmbeddedPostgres, type RunningPostgres } from './postgres';

const started = Date.now();
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const only = positional[0];
// `npm test unit lib/publish` runs only the vitest files matching the filter; `npm test e2e e2e/x.spec.ts`
// only those journeys.
const filters = positional.slice(1);
const steps = new Set(only ? only.split(',') : ['typecheck', 'format', 'lint', 'deadcode', 'unit', 'e2e']);
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

function step(title: string) {
  console.log(`\n=== ${title} (${((Date.now() - started) / 1000).toFixed(0)}s) ===`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${[command.split('/').pop(), ...args].join(' ')} failed`);
}

// For steps during which this process must keep serving (the Stripe stand-in lives here).
function runAsync(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command.split('/').pop()} ${args.join(' ')} failed`))));
  });
}

// Runs the checks at once; prints each one's output, in order, as it ends; fails naming those that failed.
async function runChecks(checks: Array<{ title: string; command: string; args: string[] }>) {
  const results = checks.map(
    ({ command, args }) =>
      new Promise<{ ok: boolean; output: string; seconds: number }>((resolve) => {
        const began = Date.now();
        const child = spawn(command, args, { cwd: ROOT, env: process.env });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk));
        const done = (ok: boolean) => resolve({ ok, output, seconds: (Date.now() - began) / 1000 });
        child.on('error', (error) => {
          output += String(error);
          done(false);
        });
        child.on('close', (code) => done(code === 0));
      }),
  );
  const failed: string[] = [];
  for (const [i, check] of checks.entries()) {
    const result = await results[i]!;
    step(`${check.title}: ${result.ok ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(0)} s`);
    if (result.output.trim()) process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
    if (!result.ok) failed.push(check.title);
  }
  if (failed.length) throw new Error(`${failed.join(', ')} failed`);
}

async function freshDatabase(server: RunningPostgres, prefix: string): Promise<string> {
  // Drop what earlier runs left, then make a new database for this run.
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}_%`]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
  const name = `${prefix}_${Date.now()}`;
  await server.createDatabase(name);
  return server.url(name);
}

const testEnv = (databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: 'test-secret-for-page-magic-test-runs-only-0123456789',
  LOG_LEVEL: 'warn',
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
});

async function waitForHttp(url: string, timeoutMs: number, server: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode} before it was ready.`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer ${url} within ${timeoutMs} ms.`);
}

async function main() {
  ensureDataDir();
  ensurePrismaClient();
  // The static checks run side by side (each is mostly one process on one core; one after another
  // they took about two minutes of a CI run), each one's output printed whole once it ends.
  const checks = [
    // Every file, with the route types Next generates (`next typegen`, about a second), so that
    // the production build below need not check them again.
    { key: 'typecheck', title: 'typecheck', command: 'sh', args: ['-c', `"${bin('next')}" typegen >/dev/null && "${bin('tsc')}" --noEmit`] },
    // Every file as Prettier writes it (.prettierrc.json, .prettierignore); `npm run format` fixes it.
    { key: 'format', title: 'format (Prettier)', command: bin('prettier'), args: ['--check', '--log-level=warn', '.'] },
    { key: 'lint', title: 'lint', command: bin('eslint'), args: ['--max-warnings=0', '.'] },
    // Files nothing reaches, exports nothing uses, dependencies nothing imports (knip.jsonc).
    { key: 'deadcode', title: 'dead code (knip)', command: bin('knip'), args: [] },
  ].filter((check) => steps.has(check.key));
  if (checks.length) await runChecks(checks);
  if (!steps.has('unit') && !steps.has('e2e')) return;

  step('PostgreSQL for tests');
  const server = await startEmbeddedPostgres({
    databaseDir: join(ROOT, '.data/test-postgres'),
    port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339),
  });
  let app: ChildProcess | undefined;
  let stripe: StripeStandIn | undefined;
  let dns: DnsStandIn | undefined;
  let pebble: PebbleStandIn | undefined;
  const cleanup = async () => {
    if (app && app.exitCode === null) app.kill('SIGTERM');
    await stripe?.close().catch(() => {});
    await pebble?.close().catch(() => {});
    await dns?.close().catch(() => {});
    await server.stop().catch(() => {});
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  // The DNS server the domain checker asks, whose records tests change, and pebble (the ACME test
  // CA) validating through it. Ports follow PostgreSQL's (unit) or the app's (e2e), so parallel
  // runs on one machine do not clash. pebble connects for HTTP-01 on `httpPort`: the unit tests'
  // own challenge server there, the app itself in e2e.
  // A port taken meanwhile (these sit in Linux's ephemeral range, so an outgoing connection can
  // hold one for a moment) moves both to the next block of four, up to three times.
  const domainServices = async (first: number, httpPort: number): Promise<Record<string, string>> => {
    let base = first;
    for (let attempt = 1; ; attempt++, base += 4) {
      await pebble?.close();
      await dns?.close();
      [pebble, dns] = [undefined, undefined];
      try {
        dns = await startDnsStandIn({ dnsPort: base, managementPort: base + 1 });
        pebble = await startPebble({ dir: join(ROOT, `.data/pebble-${base}`), port: base + 2, managementPort: base + 3, httpPort, dnsServer: dns.server });
        break;
      } catch (error) {
        if (!(error instanceof PortTakenError) || attempt === 3) throw error;
        console.log(`A port near ${base} is taken; trying ${base + 4}.`);
      }
    }
    return {
      DNS_RESOLVER: dns.server,
      TEST_DNS_MANAGEMENT_URL: dns.managementUrl,
      // Where owners point their domains: the stand-in answers 127.0.0.1 for any name it was not
      // told otherwise, so a record test set elsewhere is what the checker finds wrong.
      DOMAINS_A: '127.0.0.1',
      ACME_DIRECTORY_URL: pebble.directoryUrl,
      ACME_CA_FILE: pebble.apiCertFile,
      TEST_ACME_HTTP_PORT: String(httpPort),
      TEST_PEBBLE_ROOTS_URL: `https://127.0.0.1:${base + 3}/roots/0`,
      // Seals certificate keys (the built-in ACME client is on with the directory above).
      DOMAINS_KEY_SECRET: 'test-domains-key-secret-for-page-magic-test-runs-only',
    };
  };
  try {
    if (steps.has('unit')) {
      step('unit and integration tests (vitest)');
      const url = await freshDatabase(server, 'unit');
      await applyMigrations(url);
      const pgPort = Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339);
      const domains = await domainServices(pgPort + 100, pgPort + 110);
      run(bin('vitest'), ['run', ...filters], testEnv(url, { NODE_ENV: 'test', ...domains }));
    }
    if (steps.has('e2e')) {
      step('production build');
      const url = await freshDatabase(server, 'e2e');
      await applyMigrations(url);
      const port = Number(process.env.E2E_PORT ?? 3100);
      // The app runs with billing on, against a local Stripe stand-in that signs and sends events
      // back to it; its port follows the app's so parallel runs on one machine do not clash.
      const webhookSecret = 'whsec_e2e_page_magic_stand_in';
      stripe = await startStripeStandIn({
        port: port + 50,
        webhookSecret,
        webhookUrl: `http://localhost:${port}/api/webhooks/stripe`,
        // Events arrive a moment after the redirect back, as they can from Stripe.
        eventDelayMs: 1500,
      });
      const domains = await domainServices(port + 60, port);
      const env = testEnv(url, {
        ...domains,
        STRIPE_SECRET_KEY: 'sk_test_page_magic_stand_in',
        STRIPE_WEBHOOK_SECRET: webhookSecret,
        STRIPE_API_BASE: stripe.url,
        NODE_ENV: 'production',
        PORT: String(port),
        NEXTAUTH_URL: `http://localhost:${port}`,
        // The built-in HTTPS listener, certificates by SNI (pebble validates HTTP-01 on PORT).
        HTTPS_PORT: String(port + 70),
        // A connecting domain is re-checked in the background after 0.1, 0.2, 0.5, 1, 1.5, 3, then every
        // 6 seconds instead of 1, 2, 5… minutes then hourly, so the journeys see it turn active by
        // itself within seconds of setting its records.
        DOMAINS_RECHECK_FIRST_MS: '100',
        // Each test context says which client IP it is, so the sign-in limit test does not block the others.
        TRUST_PROXY: 'true',
      });
      ensureBuild(steps.has('typecheck') ? { ...env, PM_TYPES_CHECKED: '1' } : env);
      run(bin('tsx'), ['scripts/seed-cli.ts'], env);

      step('end-to-end journeys (Playwright)');
      if (!findChromium()) console.log("No Chromium found (PLAYWRIGHT_CHROMIUM_EXECUTABLE, chromium-headless-shell or chromium); trying Playwright's own.");
      mkdirSync(join(ROOT, '.data'), { recursive: true });
      const logFile = join(ROOT, '.data/e2e-server.log');
      const log = createWriteStream(logFile);
      app = spawn(bin('tsx'), ['server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      app.stdout?.pipe(log);
      app.stderr?.pipe(log);
      await waitForHttp(`http://localhost:${port}/api/health`, 60_000, app);
      try {
        // `npm test e2e e2e/editor.spec.ts` runs only the journeys in the named files.
        const e2eFilters = only === 'e2e' ? filters : [];
        await runAsync(bin('playwright'), ['test', ...e2eFilters, ...process.argv.slice(2).filter((arg) => arg.startsWith('-'))], {
          ...env,
          E2E_BASE_URL: `http://localhost:${port}`,
          E2E_DATABASE_URL: url,
          E2E_STRIPE_URL: stripe.url,
          E2E_FAULTS_PG_PORT: String(Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339) + 10),
        });
      } catch (error) {
        if (existsSync(logFile)) {
          const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
          console.log(`\n--- last lines of the app's log (${logFile}) ---\n${tail}`);
        }
        throw error;
      }
    }
  } finally {
    await cleanup();
  }
  console.log(`\nAll test steps passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
}

main().catch((error) => {
  console.error(`\nnpm test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
