// npm run bench:burst: a burst of API requests from one key whose minute is already spent (wrk, C,
// 100 connections, 10 s, on 127.0.0.1; thousands of requests) against a production build
// (server.ts): that every answer is a 429 with the RateLimit headers and Retry-After, how fast
// refusals go, and whether the app stays responsive meanwhile: /api/health's p50/p99 under light load
// (2 connections) alone, then during the burst (the same 10 s), and their ratio (the baseline is
// measured in the same run).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureBuild } from '../scripts/build';
import { ensureDataDir, ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv } from './support';

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3197);
const BURST_SECONDS = '10s';
const BURST_CONNECTIONS = 100;
const WRK = process.env.WRK ?? '/usr/bin/wrk';
if (!existsSync(WRK)) {
  console.error(`bench:burst needs wrk (${WRK}): apt-get install -y wrk`);
  process.exit(1);
}
ensureDataDir();

// The burst: two threads send for BURST_SECONDS, counting the answers by status.
const BURST_LUA = join(ROOT, '.data/bench-burst.lua');
writeFileSync(
  BURST_LUA,
  `local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function(args) ok, refused, other = 0, 0, 0 end
response = function(status, headers, body)
  if status == 200 then ok = ok + 1 elseif status == 429 then refused = refused + 1 else other = other + 1 end
end
done = function(summary, latency, requests)
  local o, r, x = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); r = r + t:get("refused"); x = x + t:get("other") end
  io.write(string.format("BURST %d %f %f %f %d %d %d\\n", summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000, o, r, x))
end
`,
);
// Health: latency percentiles of every request of the run.
const HEALTH_LUA = join(ROOT, '.data/bench-burst-health.lua');
writeFileSync(
  HEALTH_LUA,
  `done = function(summary, latency, requests)
  io.write(string.format("HEALTH %d %f %f %f\\n", summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
`,
);

const { url, server } = await benchDatabase('bench_burst');
const env = benchEnv(url, APP_PORT);
Object.assign(process.env, env);
const children: ChildProcess[] = [];
try {
  ensureBuild({ ...process.env, ...env }, () => {});
  const { signUp } = await import('../lib/auth/accounts');
  const { createApiKey } = await import('../lib/api/keys');
  const { getEntitlements } = await import('../lib/billing/entitlements');
  const { db } = await import('../lib/db');
  const { id: userId } = await signUp({ name: 'Burst Owner', email: `bench-burst-${Date.now()}@example.test`, password: 'bench burst password' });
  const { token } = await createApiKey({ id: userId }, { name: 'burst', scopes: ['read'] });
  const { plan } = await getEntitlements(userId);

  // node runs server.ts with tsx as its loader (the tsx command, less its wrapper process);
  // BENCH_CPU_PROF=<dir> writes the app's CPU profile there as it stops.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  const base = `http://127.0.0.1:${APP_PORT}`;
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
  const host = ['-H', `Host: localhost:${APP_PORT}`];
  const run = promisify(execFile);
  const health = (seconds: string) => ['-t', '1', '-c', '2', '-d', seconds, '--timeout', '10s', '-s', HEALTH_LUA, ...host, `${base}/api/health`];
  const readHealth = (stdout: string) => {
    const m = stdout.match(/HEALTH (\d+) (\S+) (\S+) (\S+)/);
    if (!m) throw new Error(`could not read wrk's output:\n${stdout}`);
    return { requests: Number(m[1]), p50: Number(m[2]), p99: Number(m[3]), max: Number(m[4]) };
  };
  // The key's whole minute is spent first (untimed, 20 at a time), so the burst is what a script
  // hammering past its limit sends: every answer a refusal.
  const api = `http://localhost:${APP_PORT}/api/v1/sites`;
  let spent = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (spent < plan.apiPerMinute.key) {
        spent += 1;
        await fetch(api, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer());
      }
    }),
  );
  await run(WRK, health('2s')); // warm up
  const alone = readHealth((await run(WRK, health('5s'))).stdout);

  // The burst, with health measured over the same seconds.
  const burstArgs = [
    '-t',
    '2',
    '-c',
    String(BURST_CONNECTIONS),
    '-d',
    BURST_SECONDS,
    '--timeout',
    '10s',
    '-s',
    BURST_LUA,
    ...host,
    '-H',
    `Authorization: Bearer ${token}`,
    `${base}/api/v1/sites`,
  ];
  const [{ stdout: burstOut }, { stdout: duringOut }] = await Promise.all([run(WRK, burstArgs), run(WRK, health(BURST_SECONDS))]);
  const m = burstOut.match(/BURST (\d+) (\S+) (\S+) (\S+) (\d+) (\d+) (\d+)/);
  if (!m) throw new Error(`could not read wrk's output:\n${burstOut}`);
  const [sent, seconds, p50, p99, ok, refused, other] = m.slice(1).map(Number);
  const withBurst = readHealth(duringOut);

  // What a refused request looks like.
  const refusedRes = await fetch(`http://localhost:${APP_PORT}/api/v1/sites`, { headers: { authorization: `Bearer ${token}` } });
  const headerNames = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after'];
  const headers = Object.fromEntries(headerNames.map((name) => [name, refusedRes.headers.get(name)]));

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `\nA ${BURST_SECONDS} burst of API requests from one key (plan ${plan.id}: ${plan.apiPerMinute.key} a minute per key), wrk, ${BURST_CONNECTIONS} connections, 127.0.0.1:`,
  );
  console.log(`  sent ${sent} requests in ${seconds.toFixed(2)} s (${(sent / seconds).toFixed(0)} req/s), answer p50 ${ms(p50)}, p99 ${ms(p99)}`);
  console.log(`  answers counted: ${ok} × 200, ${refused} × 429, ${other} other`);
  console.log(
    `  the request after it: ${refusedRes.status}, ${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v ?? '(missing)'}`)
      .join(', ')}`,
  );
  console.log(`  /api/health, 2 connections:    ${'requests'.padStart(8)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)}`);
  const line = (what: string, h: ReturnType<typeof readHealth>) =>
    console.log(`    ${what.padEnd(28)} ${String(h.requests).padStart(8)} ${ms(h.p50).padStart(9)} ${ms(h.p99).padStart(9)} ${ms(h.max).padStart(9)}`);
  line('alone (baseline)', alone);
  line('during the burst', withBurst);
  console.log(`  health p99 during the burst / alone: ${(withBurst.p99 / alone.p99).toFixed(2)}x`);
  await db.$disconnect();
} finally {
  // SIGINT: the server closes cleanly (and node writes the profile as it exits).
  await Promise.all(
    children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGINT'))))),
  );
  await server.stop();
}
process.exit(0);
