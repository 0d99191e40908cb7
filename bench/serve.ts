// npm run bench:serve: one published page served through the full app (server.ts, the same path
// every visitor takes) against the same bytes from a bare Node http server, under the same load
// on 127.0.0.1 in one run; then every template's home page weight in gzip bytes.
// Load comes from wrk (C, /usr/bin/wrk): a Node load generator (autocannon) on the same two cores
// slows the bare server as much as the app and hides the app's own cost (0.69 against 0.33).
// Each request looks like a browser's page view (user agent, referrer, CF-IPCountry), so visitor
// counting (lib/analytics) does its whole work on every request; the app started again with
// counting off (VISITOR_ANALYTICS=false), between two runs with it on, shows what counting costs
// (issue 14: at most 5 %).
import { execFile, fork, spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureBuild } from '../scripts/build';
import { ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv, confirmedSite } from './support';

// BENCH_PORT moves both servers (the app on it, the bare server on the next), so two checkouts
// can run the bench at once.
const APP_PORT = Number(process.env.BENCH_PORT ?? 3191);
const BARE_PORT = APP_PORT + 1;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CPU_PROF = process.env.BENCH_CPU_PROF;
const WARMUP_S = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const CONNECTIONS = 50;
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
  const startApp = async (extra: Record<string, string> = {}) => {
    // BENCH_CPU_PROF=<dir>: each start of the app writes its CPU profile there as it stops (node
    // itself runs server.ts, with tsx as its loader: --cpu-prof is refused in NODE_OPTIONS).
    const [command, args] = CPU_PROF
      ? [process.execPath, ['--cpu-prof', '--cpu-prof-dir', CPU_PROF, '--import', 'tsx', 'server.ts']]
      : [join(ROOT, 'node_modules/.bin/tsx'), ['server.ts']];
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env, ...extra }, stdio: 'ignore' });
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
    child.kill(CPU_PROF ? 'SIGINT' : 'SIGTERM');
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
  const load = async (target: string) => {
    // "Host" as wrk spells it: given as "host", wrk adds its own "Host: 127.0.0.1:…" too, and which of the
    // two comes first (the one Node keeps) depends on the order of a Lua table in each wrk thread.
    const headers = Object.entries({ Host: host, ...VISITOR_HEADERS }).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
    const args = ['-t', '2', '-c', String(CONNECTIONS), '--timeout', '10s', '--latency', ...headers, target];
    // Warm up long enough for the app to open its database pool: a burst that finds the host
    // cache empty (its 30 s expiry, or the publish listener's first connect) opens up to 10
    // connections, which takes seconds on a busy machine and stalls every request meanwhile.
    await run(WRK, ['-d', `${WARMUP_S}s`, ...args]);
    const result = parseWrk((await run(WRK, ['-d', `${DURATION_S}s`, ...args])).stdout);
    if (result.non2xx || result.errors) throw new Error(`${target}: ${result.non2xx} non-2xx or 3xx, ${result.errors} socket errors`);
    return result;
  };
  const baseline = await load(`http://127.0.0.1:${BARE_PORT}/`);
  const full = await load(appUrl);
  // Counting off and on in turns, each in a fresh app on the same port (on, off, on, off), so drift in
  // the machine's speed and a restart's luck weigh on both sides.
  const runWith = async (extra: Record<string, string>) => {
    await stopApp(app);
    app = await startApp(extra);
    return load(appUrl);
  };
  const off1 = await runWith({ VISITOR_ANALYTICS: 'false' });
  const on2 = await runWith({});
  const off2 = await runWith({ VISITOR_ANALYTICS: 'false' });
  const countingOn = (full.rps + on2.rps) / 2;
  const countingOff = (off1.rps + off2.rps) / 2;
  // The counting call alone, in this process: what it adds to each request, against the time one
  // request takes on the app (the two cores' time divided by the requests served).
  const { countPageView } = await import('../lib/analytics/recorder');
  const views = 200_000;
  const started = performance.now();
  for (let i = 0; i < views; i++) {
    // Fresh strings, as the HTTP parser makes for each request.
    const headers = Object.fromEntries(Object.entries({ host, ...VISITOR_HEADERS }).map(([k, v]) => [k, `${v} `.trimEnd()]));
    countPageView({ method: 'GET', headers }, { statusCode: 200 }, { siteId: 'bench', path: '/', contentType: 'text/html; charset=utf-8' });
  }
  const perViewUs = ((performance.now() - started) * 1000) / views;
  const perRequestUs = (2 * 1e6) / countingOn;
  console.log(`\nServing one published page (${sample.body.length} B brotli, wrk, ${CONNECTIONS} connections, ${DURATION_S} s each, 127.0.0.1):`);
  console.log(
    `  bare Node http (baseline): ${baseline.rps.toFixed(0).padStart(7)} req/s   p99 ${baseline.p99Ms.toFixed(2)} ms   timeouts ${baseline.timeouts}`,
  );
  console.log(`  Page Magic server.ts:      ${full.rps.toFixed(0).padStart(7)} req/s   p99 ${full.p99Ms.toFixed(2)} ms   timeouts ${full.timeouts}`);
  console.log(
    `  ratio app/bare: ${(full.rps / baseline.rps).toFixed(3)}   (with wrk the app reaches about a third of bare Node; a Next route handler about 0.024)`,
  );
  console.log(
    `  visitor counting on/off: ${countingOn.toFixed(0)} / ${countingOff.toFixed(0)} req/s (on ${full.rps.toFixed(0)}, off ${off1.rps.toFixed(0)}, on ${on2.rps.toFixed(0)}, off ${off2.rps.toFixed(0)}; each a fresh start)   ratio ${(countingOn / countingOff).toFixed(3)}   (target: at least 0.95)`,
  );
  console.log(
    `  the counting call alone: ${perViewUs.toFixed(2)} µs per page view, ${((100 * perViewUs) / perRequestUs).toFixed(1)} % of a request's ${perRequestUs.toFixed(0)} µs of CPU (two cores)`,
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
