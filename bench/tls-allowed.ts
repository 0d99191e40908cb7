// npm run bench:tls-allowed: Caddy's on-demand TLS ask (`GET /api/domains/tls-allowed?domain=`)
// against the production server (server.ts, the same path Caddy takes), with /api/health (answered
// by server.ts too, from its last check of the database, at most 500 ms old) in the same run as the
// baseline. Latency p50/p99 for an
// active custom domain, for one unknown name asked again and again (answered from the host
// cache's negative entry), and for a flood of names never seen before (each one costs one query,
// the worst case). Load from wrk (/usr/bin/wrk), 50 connections, on 127.0.0.1: the Host is an IP
// address, as when Caddy asks. Target (issue 14): p99 under 5 ms for unknown names.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureBuild } from '../scripts/build';
import { ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv } from './support';

// BENCH_PORT moves the app, so two checkouts can run benches at once.
const APP_PORT = Number(process.env.BENCH_PORT ?? 3193);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const CONNECTIONS = 50;
const WRK = process.env.WRK ?? '/usr/bin/wrk';
const base = `http://127.0.0.1:${APP_PORT}`;

type Result = { rps: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; errors: number };

function toMs(value: string, unit: string): number {
  return Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit as 'us' | 'ms' | 's'];
}

// wrk --latency's summary: requests per second, the latency distribution, non-2xx, socket errors.
function parseWrk(output: string): Result {
  const rps = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p50 = output.match(/^\s+50%\s+([\d.]+)(us|ms|s)\s*$/m);
  const p99 = output.match(/^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m);
  const requests = Number(output.match(/(\d+) requests in/)?.[1]);
  const non2xx = Number(output.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) + Number(socket[4]) : 0;
  if (!Number.isFinite(rps) || !p50 || !p99) throw new Error(`could not read wrk's output:\n${output}`);
  return { rps, p50Ms: toMs(p50[1]!, p50[2]!), p99Ms: toMs(p99[1]!, p99[2]!), requests, non2xx, errors };
}

const run = promisify(execFile);

async function load(target: string, opts: { script?: string; warmup?: boolean } = {}): Promise<Result> {
  const args = ['-t', '2', '-c', String(CONNECTIONS), '--timeout', '10s', '--latency', ...(opts.script ? ['-s', opts.script] : []), target];
  if (opts.warmup !== false) await run(WRK, ['-d', `${WARMUP_S}s`, ...args]);
  return parseWrk((await run(WRK, ['-d', `${DURATION_S}s`, ...args])).stdout);
}

const { url, server } = await benchDatabase('bench_tls_allowed');
const env = benchEnv(url, APP_PORT);
Object.assign(process.env, env);
let app: ChildProcess | undefined;
try {
  ensureBuild({ ...process.env, ...env }, () => {});
  const { db } = await import('../lib/db');
  const user = await db.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: 'Bench' } });
  const site = await db.site.create({ data: { ownerId: user.id, name: 'Bench', slug: `bench-${randomUUID().slice(0, 8)}`, draft: {} } });
  const known = `shop-${randomUUID().slice(0, 8)}.example.test`;
  await db.domain.create({
    data: { ownerId: user.id, siteId: site.id, hostname: known, withWww: true, status: 'active', verificationToken: randomUUID(), verifiedAt: new Date() },
  });
  const unknown = `nobody-${randomUUID().slice(0, 8)}.example.test`;

  app = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const ask = (domain: string) => `${base}/api/domains/tls-allowed?domain=${domain}`;
  // The answers first: yes for the domain and its www form, no for the stranger.
  for (const [domain, status] of [
    [known, 200],
    [`www.${known}`, 200],
    [unknown, 404],
  ] as const) {
    const got = (await fetch(ask(domain))).status;
    if (got !== status) throw new Error(`tls-allowed for ${domain}: ${got}, expected ${status}`);
  }

  // Every request a name never asked before: one query each (the cache cannot help).
  const floodScript = join(ROOT, '.data/bench-tls-allowed-flood.lua');
  writeFileSync(
    floodScript,
    `local counter = 0
local prefix = ""
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  prefix = "f" .. os.time() .. "-" .. id .. "-"
end
function request()
  counter = counter + 1
  return wrk.format("GET", "/api/domains/tls-allowed?domain=" .. prefix .. counter .. ".flood.example.test")
end
`,
  );

  const health = await load(`${base}/api/health`);
  const knownResult = await load(ask(known));
  const unknownResult = await load(ask(unknown));
  const flood = await load(`${base}/`, { script: floodScript, warmup: false });
  for (const [name, result, expectNon2xx] of [
    ['/api/health', health, false],
    ['known', knownResult, false],
    ['unknown', unknownResult, true],
    ['flood', flood, true],
  ] as const) {
    if (result.errors) throw new Error(`${name}: ${result.errors} socket errors or timeouts`);
    if (expectNon2xx ? result.non2xx !== result.requests : result.non2xx) throw new Error(`${name}: ${result.non2xx} of ${result.requests} not 2xx`);
  }

  const line = (label: string, r: Result) =>
    `  ${label.padEnd(46)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50Ms.toFixed(2).padStart(6)} ms   p99 ${r.p99Ms.toFixed(2).padStart(7)} ms`;
  console.log(`\ntls-allowed (wrk, ${CONNECTIONS} connections, ${DURATION_S} s each, 127.0.0.1, production build):`);
  console.log(line('/api/health (baseline: answered from memory)', health));
  console.log(line('tls-allowed, active custom domain (200)', knownResult));
  console.log(line('tls-allowed, unknown name, asked again (404)', unknownResult));
  console.log(line('tls-allowed, a new unknown name every time (404)', flood));
  console.log(`  target: p99 under 5 ms for unknown names -> ${unknownResult.p99Ms < 5 ? 'met' : 'NOT met'} (${unknownResult.p99Ms.toFixed(2)} ms)`);
  await db.$disconnect();
} finally {
  app?.kill('SIGTERM');
  await server.stop();
}
process.exit(0);
