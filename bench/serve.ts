// npm run bench:serve: one published page served through the full app (server.ts, the same path
// every visitor takes) against the same bytes from a bare Node http server, under the same load
// on 127.0.0.1 in one run; then every template's home page weight in gzip bytes.
// Load comes from wrk (C, /usr/bin/wrk): a Node load generator (autocannon) on the same two cores
// slows the bare server as much as the app and hides the app's own cost (0.69 against 0.33).
// Each request looks like a browser's page view (user agent, referrer, CF-IPCountry), so visitor
// counting (lib/analytics) does its whole work on every request; fresh starts of the app with
// counting off (VISITOR_ANALYTICS=false) and on, in turns, show what counting costs (issue 14: at
// most 5 %). Every comparison runs in rounds, in turns, and reports medians, with each server's
// own CPU time per request beside wrk's figures.
import { execFile, fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureBuild } from '../scripts/build';
import { ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv, confirmedSite } from './support';

// BENCH_PORT moves both servers (the app on it, the bare server on the next), so two checkouts
// can run the bench at once.
const APP_PORT = Number(process.env.BENCH_PORT ?? 3191);
const BARE_PORT = APP_PORT + 1;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CPU_PROF = process.env.BENCH_CPU_PROF;
const WARMUP_S = Number(process.env.BENCH_WARMUP_SECONDS ?? 6);
const CONNECTIONS = 50;
// wrk's threads: one, as the issue measured (`wrk -t1 -c50`), leaves one core to wrk and one to the
// single-threaded server; BENCH_WRK_THREADS=2 to compare.
const WRK_THREADS = Number(process.env.BENCH_WRK_THREADS ?? 1);
// Rounds of each comparison, in turns; the figures are their medians.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
// /proc's clock ticks (USER_HZ), 100 on Linux.
const TICKS_PER_SECOND = 100;
const WRK = process.env.WRK ?? '/usr/bin/wrk';
const VISITOR_HEADERS = {
  'accept-encoding': 'br',
  'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  referer: 'https://www.google.com/',
  'cf-ipcountry': 'BR',
};

// wrk's summary: requests per second, the 99th percentile of latency, non-2xx/3xx and socket errors.
function parseWrk(output: string) {
  const rps = Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
  const p99 = output.match(/^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m);
  const p99Ms = p99 ? Number(p99[1]) * { us: 0.001, ms: 1, s: 1000 }[p99[2] as 'us' | 'ms' | 's'] : NaN;
  const non2xx = Number(output.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  const socket = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const errors = socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0;
  const timeouts = socket ? Number(socket[4]) : 0;
  if (!Number.isFinite(rps)) throw new Error(`could not read wrk's output:\n${output}`);
  return { rps, p99Ms, non2xx, errors, timeouts };
}

const { url, server } = await benchDatabase('bench_serve');
const env = benchEnv(url, APP_PORT);
Object.assign(process.env, env);
const children: ChildProcess[] = [];
try {
  ensureBuild({ ...process.env, ...env }, () => {});
  const { OfflineGenerator } = await import('../lib/generate/offline/generator');
  const { templateIds, templates } = await import('../lib/sites/templates');
  const { promptCases } = await import('../test/fixtures/prompts');
  const { findKind } = await import('../lib/generate/catalogue/load');
  await import('../lib/publish/engine-node');
  const { publishSite } = await import('../lib/publish/publish');
  const { createSite } = await import('../lib/sites/mutations');
  const { db } = await import('../lib/db');

  const user = await db.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: 'Bench' } });
  const generator = new OfflineGenerator();
  const weights: Array<{ template: string; pages: number; html: number; gzip: number; brotli: number }> = [];
  const slugs: Record<string, string> = {};
  for (const id of templateIds) {
    const prompt = promptCases.find((c) => findKind(c.kind)?.template === id)!.prompt;
    const { document } = await generator.generate({ prompt, seed: 1, templateId: id }, () => {});
    const site = await createSite(user, { name: document.business.name, document: confirmedSite(document) });
    const published = await publishSite(user, site.id);
    const home = await db.publishedFile.findFirstOrThrow({ where: { versionId: published.versionId, path: '/' } });
    weights.push({ template: templates[id].id, pages: document.pages.length, html: home.body.length, gzip: home.gzip.length, brotli: home.brotli.length });
    slugs[id] = site.slug;
  }

  // The app, started again with other settings for the counting-off runs (one instance at a time).
  // node runs server.ts itself, with tsx as its loader (what the tsx command does, less its wrapper
  // process), so the process measured is the server: its CPU time is read from /proc.
  const startApp = async (extra: Record<string, string> = {}) => {
    // BENCH_CPU_PROF=<dir>: each start of the app writes its CPU profile there as it stops
    // (--cpu-prof is refused in NODE_OPTIONS).
    const profile = CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF] : [];
    const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env, ...extra },
      stdio: 'ignore',
    });
    children.push(child);
    for (let i = 0; i < 240; i++) {
      const ok = await fetch(`http://127.0.0.1:${APP_PORT}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    return child;
  };
  const stopApp = async (child: ChildProcess) => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // SIGINT: the server closes cleanly, and node writes the profile as it exits.
    child.kill('SIGINT');
    await exited;
  };
  let app = await startApp();
  const host = `${slugs.restaurant}.localhost`;
  const appUrl = `http://127.0.0.1:${APP_PORT}/`;
  // The exact bytes and headers the app sends for the page, for the bare server to repeat.
  const sample = await new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
    import('node:http').then(({ request }) => {
      const req = request(appUrl, { headers: { host, ...VISITOR_HEADERS } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const name of [
            'content-type',
            'content-encoding',
            'etag',
            'cache-control',
            'vary',
            'content-security-policy',
            'x-content-type-options',
            'referrer-policy',
          ]) {
            const value = res.headers[name];
            if (typeof value === 'string') headers[name] = value;
          }
          resolve({ headers, body: Buffer.concat(chunks) });
        });
      });
      req.on('error', reject);
      req.end();
    });
  });
  const bodyFile = join(ROOT, '.data/bench-page.br');
  writeFileSync(bodyFile, sample.body);
  const bare = fork(join(ROOT, 'bench/bare-server.mjs'), [bodyFile, JSON.stringify(sample.headers), String(BARE_PORT)], { stdio: 'ignore' });
  children.push(bare);
  await new Promise((resolve) => bare.once('message', resolve));

  const run = promisify(execFile);
  // A process's CPU time so far (user + system, all its threads), in seconds, from /proc.
  const cpuSeconds = (pid: number) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  };
  // One measured run against a server: wrk's figures, and the server's own CPU per request (what
  // the load generator cannot flatter: it does not depend on how fast wrk asks).
  const load = async (target: string, pid: number, warmupS: number) => {
    // "Host" as wrk spells it: given as "host", wrk adds its own "Host: 127.0.0.1:…" too, and which of the
    // two comes first (the one Node keeps) depends on the order of a Lua table in each wrk thread.
    const headers = Object.entries({ Host: host, ...VISITOR_HEADERS }).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
    const args = ['-t', String(WRK_THREADS), '-c', String(CONNECTIONS), '--timeout', '10s', '--latency', ...headers, target];
    await run(WRK, ['-d', `${warmupS}s`, ...args]);
    const cpuBefore = cpuSeconds(pid);
    const result = parseWrk((await run(WRK, ['-d', `${DURATION_S}s`, ...args])).stdout);
    const cpuUsPerRequest = ((cpuSeconds(pid) - cpuBefore) * 1e6) / (result.rps * DURATION_S);
    if (result.non2xx || result.errors) throw new Error(`${target}: ${result.non2xx} non-2xx or 3xx, ${result.errors} socket errors`);
    return { ...result, cpuUsPerRequest };
  };
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  type Run = Awaited<ReturnType<typeof load>>;
  const show = (r: Run) =>
    `${r.rps.toFixed(0).padStart(6)} req/s  p99 ${r.p99Ms.toFixed(2).padStart(6)} ms  ${r.cpuUsPerRequest.toFixed(1).padStart(5)} µs CPU/req`;

  // The app against bare Node in turns (bare, app, bare, app…), so drift in the machine's speed
  // weighs on both; the ratio is the median of the rounds' ratios. The first app run warms it up
  // longer: a burst that finds the host cache empty (its 30 s expiry, or the publish listener's
  // first connect) opens up to 10 database connections, which takes seconds on a busy machine.
  const pairs: Array<{ bare: Run; app: Run }> = [];
  // The machine's speed drifts (a virtual machine's neighbours: the same server's CPU per request
  // moves by half within a minute), so runs are short and many, and each round swaps which goes first.
  const runBare = () => load(`http://127.0.0.1:${BARE_PORT}/`, bare.pid!, 2);
  const runApp = (round: number) => load(appUrl, app.pid!, round === 0 ? WARMUP_S : 2);
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      const bareRun = await runBare();
      pairs.push({ bare: bareRun, app: await runApp(round) });
    } else {
      const appRun = await runApp(round);
      pairs.push({ app: appRun, bare: await runBare() });
    }
  }
  // Counting off and on in turns, each in a fresh app on the same port (off, on, on, off, off, on…),
  // so drift and a restart's luck weigh on both sides.
  const counting: Array<{ on: Run; off: Run }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    const measure = async (isOn: boolean) => {
      await stopApp(app);
      app = await startApp(isOn ? {} : { VISITOR_ANALYTICS: 'false' });
      return load(appUrl, app.pid!, WARMUP_S);
    };
    if (round % 2 === 0) {
      const off = await measure(false);
      counting.push({ off, on: await measure(true) });
    } else {
      const on = await measure(true);
      counting.push({ on, off: await measure(false) });
    }
  }
  // The counting call alone, in this process: the same loop of fresh header objects (as the HTTP
  // parser makes for each request) with and without the call, so the loop's own cost is left out.
  const { countPageView } = await import('../lib/analytics/recorder');
  const views = 300_000;
  const timeLoop = (withCall: boolean) => {
    const started = performance.now();
    for (let i = 0; i < views; i++) {
      const headers = Object.fromEntries(Object.entries({ host, ...VISITOR_HEADERS }).map(([k, v]) => [k, `${v} `.trimEnd()]));
      if (withCall) countPageView({ method: 'GET', headers }, { statusCode: 200 }, { siteId: 'bench', path: '/', contentType: 'text/html; charset=utf-8' });
    }
    return performance.now() - started;
  };
  timeLoop(true);
  const perViewUs = Math.max(
    0,
    ((median([timeLoop(true), timeLoop(true), timeLoop(true)]) - median([timeLoop(false), timeLoop(false), timeLoop(false)])) * 1000) / views,
  );
  const ratios = pairs.map((p) => p.app.rps / p.bare.rps);
  const onCpu = median(counting.map((c) => c.on.cpuUsPerRequest));
  // CPU per request with counting on against off, a ratio per round (the two runs of a round are
  // the nearest in time), then their median.
  const cpuCost = median(counting.map((c) => c.on.cpuUsPerRequest / c.off.cpuUsPerRequest)) - 1;
  console.log(
    `\nServing one published page (${sample.body.length} B brotli, wrk -t${WRK_THREADS} -c${CONNECTIONS}, ${DURATION_S} s each, 127.0.0.1; ${ROUNDS} rounds in turns):`,
  );
  pairs.forEach((p, i) => console.log(`  round ${i + 1}: bare ${show(p.bare)}   app ${show(p.app)}   ratio ${ratios[i]!.toFixed(3)}`));
  console.log(
    `  bare Node http (baseline): ${median(pairs.map((p) => p.bare.rps))
      .toFixed(0)
      .padStart(7)} req/s (median)   ${median(pairs.map((p) => p.bare.cpuUsPerRequest)).toFixed(1)} µs CPU per request`,
  );
  console.log(
    `  Page Magic server.ts:      ${median(pairs.map((p) => p.app.rps))
      .toFixed(0)
      .padStart(7)} req/s (median)   ${median(pairs.map((p) => p.app.cpuUsPerRequest)).toFixed(1)} µs CPU per request`,
  );
  console.log(
    `  ratio app/bare: ${median(ratios).toFixed(3)} (median of the rounds; target at least 0.6)   CPU per request bare/app: ${(median(pairs.map((p) => p.bare.cpuUsPerRequest)) / median(pairs.map((p) => p.app.cpuUsPerRequest))).toFixed(3)}`,
  );
  console.log('\nVisitor counting, on and off, each run a fresh start of the app:');
  counting.forEach((c, i) => console.log(`  round ${i + 1}: on ${show(c.on)}   off ${show(c.off)}   ratio ${(c.on.rps / c.off.rps).toFixed(3)}`));
  console.log(
    `  on/off req/s: ${median(counting.map((c) => c.on.rps / c.off.rps)).toFixed(3)} (median of the rounds; target at least 0.95)   CPU per request, on against off: ${cpuCost >= 0 ? '+' : ''}${(100 * cpuCost).toFixed(1)} % (median of the rounds)`,
  );
  console.log(
    `  the counting call alone: ${perViewUs.toFixed(2)} µs per page view, ${((100 * perViewUs) / onCpu).toFixed(1)} % of a served page's ${onCpu.toFixed(1)} µs of CPU`,
  );

  console.log('\nHome page weight per template (HTML with its inlined CSS, before images; target 20 KB gzip or less):');
  console.log('  template        pages   html      gzip      brotli');
  for (const w of weights) {
    console.log(
      `  ${w.template.padEnd(15)} ${String(w.pages).padStart(5)} ${String(w.html).padStart(7)} B ${String(w.gzip).padStart(7)} B ${String(w.brotli).padStart(7)} B`,
    );
  }
  const worst = Math.max(...weights.map((w) => w.gzip));
  console.log(`  heaviest: ${(worst / 1024).toFixed(1)} KB gzip`);
  await db.$disconnect();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await server.stop();
}
process.exit(0);
