// npm run bench:app: the app's own pages on a production build (server.ts), under load from wrk
// (C, /usr/bin/wrk) on 127.0.0.1: the landing page and pricing signed out, and the dashboard, a
// site's page, billing and the editor signed in as a realistic owner (10 sites, 200 generations,
// 50 versions of one site). Each row: req/s, p50/p95/p99 at 20 connections, with its target; the
// health endpoint (server.ts, one query, no rendering) is the baseline of the same run.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureBuild } from '../scripts/build';
import { ensureDataDir, ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv, confirmedSite } from './support';

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3196);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const WRK = process.env.WRK ?? '/usr/bin/wrk';
const EMAIL = `bench-app-${Date.now()}@example.test`;
// BENCH_ONLY=dashboard,editor measures only the rows whose name contains one of the words (the
// health baseline always runs). BENCH_CPU_PROF=<dir> runs the server under --cpu-prof and writes
// its profile there when the bench ends (open it in Chrome's DevTools or speedscope).
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean) ?? [];
const CPU_PROF = process.env.BENCH_CPU_PROF;
const PASSWORD = 'bench app password';
if (!existsSync(WRK)) {
  console.error(`bench:app needs wrk (${WRK}): apt-get install -y wrk`);
  process.exit(1);
}

// wrk prints p50/p75/p90/p99 only; this script prints p95 too (milliseconds) and the error counts.
const LUA = join(ROOT, '.data/bench-app.lua');
// A fresh checkout has no .data/ yet (the database, made below, would create it after this file).
ensureDataDir();
writeFileSync(
  LUA,
  `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %f %f %f %f %d %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
`,
);

// The same, asking for a new address every time (`?fresh=<thread>-<n>`): the page is rendered by
// Next for every request, as after each change of the owner's data (lib/page-cache.ts keeps it
// otherwise). Its rows show what rendering costs.
const FRESH_LUA = join(ROOT, '.data/bench-app-fresh.lua');
writeFileSync(
  FRESH_LUA,
  `local threads = 0
local counter = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?fresh=" .. id .. "-" .. counter)
end
${readFileSync(LUA, 'utf8')}`,
);

const { url, server } = await benchDatabase('bench_app');
const env = benchEnv(url, APP_PORT);
Object.assign(process.env, env);
const children: ChildProcess[] = [];
try {
  ensureBuild({ ...process.env, ...env }, () => {});
  const { OfflineGenerator } = await import('../lib/generate/offline/generator');
  const { templateIds } = await import('../lib/sites/templates');
  await import('../lib/publish/engine-node');
  const { publishSite } = await import('../lib/publish/publish');
  const { createSite } = await import('../lib/sites/mutations');
  const { signUp } = await import('../lib/auth/accounts');
  const { db } = await import('../lib/db');

  // The realistic owner.
  const { id: userId } = await signUp({ name: 'Bench Owner', email: EMAIL, password: PASSWORD });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const generator = new OfflineGenerator();
  const siteIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const templateId = templateIds[i % templateIds.length];
    const { document } = await generator.generate({ prompt: `Padaria artesanal número ${i + 1} em Curitiba`, seed: i + 1, templateId }, () => {});
    const site = await createSite(user, { name: `${document.business.name} ${i + 1}`, document: confirmedSite(document) });
    siteIds.push(site.id);
  }
  for (let v = 0; v < 50; v++) await publishSite(user, siteIds[0]);
  await db.generation.createMany({
    data: Array.from({ length: 200 }, (_, i) => ({
      userId,
      siteId: siteIds[i % siteIds.length],
      prompt: `Padaria artesanal número ${i} em Curitiba`,
      seed: i,
      generator: 'offline',
      model: 'offline',
      status: 'succeeded',
      cacheKey: `bench-${i}`,
      durationMs: 800,
      createdAt: new Date(Date.now() - i * 3_600_000),
    })),
  });

  // --cpu-prof is refused in NODE_OPTIONS: node itself runs the server, with tsx as its loader.
  const [command, args] = CPU_PROF
    ? [process.execPath, ['--cpu-prof', '--cpu-prof-dir', CPU_PROF, '--import', 'tsx', 'server.ts']]
    : [join(ROOT, 'node_modules/.bin/tsx'), ['server.ts']];
  const server_ = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(server_);
  const base = `http://127.0.0.1:${APP_PORT}`;
  // The app answers on its own host only (NEXTAUTH_URL's); fetch cannot set Host, so it asks by name.
  const app = `http://localhost:${APP_PORT}`;
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }

  // Signs in as a browser does (next-auth's CSRF token, then the credentials form), keeping the cookies.
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrfRes = await fetch(`${app}/api/auth/csrf`);
  keep(csrfRes);
  if (!csrfRes.ok) throw new Error(`csrf ${csrfRes.status}: ${(await csrfRes.text()).slice(0, 3000)}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const signIn = await fetch(`${app}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: 'true' }),
  });
  keep(signIn);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`sign-in failed (${signIn.status})`);

  const run = promisify(execFile);
  type Row = { what: string; path: string; signedIn: boolean; target?: string; isFresh?: boolean };
  const rows: Row[] = [
    { what: 'health (baseline)', path: '/api/health', signedIn: false },
    { what: 'landing /', path: '/', signedIn: false, target: '>= 1000 req/s' },
    { what: 'pricing', path: '/pricing', signedIn: false, target: '>= 1000 req/s' },
    { what: 'dashboard', path: '/dashboard', signedIn: true, target: 'p95 < 100 ms' },
    { what: "a site's page", path: `/dashboard/sites/${siteIds[0]}`, signedIn: true, target: 'p95 < 100 ms' },
    { what: 'billing', path: '/dashboard/billing', signedIn: true, target: 'p95 < 100 ms' },
    { what: 'editor', path: `/editor/${siteIds[0]}`, signedIn: true, target: 'p95 < 100 ms' },
    { what: 'dashboard, rendered', path: '/dashboard', signedIn: true, isFresh: true },
    { what: "site's page, rendered", path: `/dashboard/sites/${siteIds[0]}`, signedIn: true, isFresh: true },
    { what: 'billing, rendered', path: '/dashboard/billing', signedIn: true, isFresh: true },
    { what: 'editor, rendered', path: `/editor/${siteIds[0]}`, signedIn: true, isFresh: true },
  ];
  console.log(
    `\nThe app's pages (production build, wrk, ${CONNECTIONS} connections, ${DURATION_S} s each, 127.0.0.1; owner with 10 sites, 200 generations, 50 versions):`,
  );
  console.log(`  ${'page'.padEnd(22)} ${'req/s'.padStart(8)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)}   target`);
  for (const row of rows) {
    if (ONLY.length && row.path !== '/api/health' && !ONLY.some((word) => row.what.includes(word))) continue;
    const headers = ['-H', `Host: localhost:${APP_PORT}`, '-H', 'Accept-Encoding: br, gzip', '-H', 'Accept-Language: pt-BR,pt;q=0.9'];
    if (row.signedIn) headers.push('-H', `Cookie: ${cookie()}`);
    // The page must answer 200 (a redirect to sign-in would measure the wrong page).
    const probe = await fetch(`${app}${row.path}`, { redirect: 'manual', headers: row.signedIn ? { cookie: cookie() } : {} });
    if (probe.status !== 200) throw new Error(`${row.path}: ${probe.status}`);
    const args = ['-t', '2', '-c', String(CONNECTIONS), '--timeout', '10s', '-s', row.isFresh ? FRESH_LUA : LUA, ...headers, `${base}${row.path}`];
    await run(WRK, ['-d', '3s', ...args]); // warm up
    const { stdout } = await run(WRK, ['-d', `${DURATION_S}s`, ...args]);
    const m = stdout.match(/RESULT (\S+) (\S+) (\S+) (\S+) (\d+) (\d+)/);
    if (!m) throw new Error(`could not read wrk's output:\n${stdout}`);
    const [rps, p50, p95, p99, non2xx, errors] = m.slice(1).map(Number);
    const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
    // A row that got no answer in the whole run (every request timed out) has no latency at all: not met.
    const met = !row.target
      ? ''
      : rps === 0
        ? 'NOT met (no answer)'
        : row.target.startsWith('p95')
          ? p95 < 100
            ? 'met'
            : 'NOT met'
          : rps >= 1000
            ? 'met'
            : 'NOT met';
    console.log(
      `  ${row.what.padEnd(22)} ${rps.toFixed(0).padStart(8)} ${ms(p50)} ${ms(p95)} ${ms(p99)}   ${row.target ? `${row.target}: ${met}` : ''}${non2xx || errors ? `  (${non2xx} non-2xx, ${errors} socket errors)` : ''}`,
    );
  }
  await db.$disconnect();
} finally {
  // The server writes its CPU profile as it exits (SIGINT: it closes cleanly).
  const exits = children.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of children) child.kill(CPU_PROF ? 'SIGINT' : 'SIGTERM');
  if (CPU_PROF) await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 20_000))]);
  await server.stop();
}
process.exit(0);
