// npm run bench:lighthouse: every template's sample site, published through the app and served by
// server.ts on its own host, scored by Lighthouse (mobile, default config) in Debian's Chromium.
// Each page is measured BENCH_RUNS times (default 3), each in a fresh browser, and the median run
// (Lighthouse's own choice, by FCP and TTI) is reported, as Lighthouse advises for lab variance.
// Prints the scores per template, the lowest per category, and the audits that cost points.
// The median runs' full reports go to .data/lighthouse/<template>.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { defaultConfig, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { ensureBuild } from '../scripts/build';
import { ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv } from './support';

const APP_PORT = Number(process.env.BENCH_LIGHTHOUSE_PORT ?? 3193);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// machine's closed network refuses; they change nothing on the page being measured.
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const WANTED = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'] as const;
const REPORT_DIR = join(ROOT, '.data/lighthouse');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

const lighthouseVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
const available = new Set(Object.keys(defaultConfig.categories ?? {}));
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
  const sites: Array<{ template: string; language: 'en' | 'pt-BR'; url: string }> = [];
  for (const [index, id] of templateIds.entries()) {
    const language = process.env.BENCH_LANGUAGE === 'en' || process.env.BENCH_LANGUAGE === 'pt-BR' ? process.env.BENCH_LANGUAGE : index % 2 === 0 ? 'pt-BR' : 'en';
    const document = await templateSample(id, language);
    const site = await createSite(user, { name: document.business.name, document, templateId: id });
    const { url } = await publishSite(user, site.id);
    sites.push({ template: templates[id].id, language, url });
  }
  await db.$disconnect();

  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://127.0.0.1:${APP_PORT}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (app.exitCode !== null) throw new Error(`The app exited with code ${app.exitCode} before it was ready.`);
    await new Promise((r) => setTimeout(r, 250));
  }

  console.log(`Lighthouse ${lighthouseVersion}, mobile (default config), Chromium at ${CHROME_PATH}, ${sites.length} templates' home pages, median of ${RUNS} run(s) each.`);
  if (missing.length) {
    console.log(
      `No such category in this Lighthouse: ${missing.join(', ')}. (Agentic browsing arrived in Lighthouse 13.3, which needs Node.js 22.19 or newer; this is Node.js ${process.versions.node}.)`,
    );
  }

  mkdirSync(REPORT_DIR, { recursive: true });
  const rows: Row[] = [];
  for (const site of sites) {
    const runs: Result[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh browser and profile for every run, so no run warms the next one's cache.
      const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
      try {
        const result = await lighthouse(site.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${site.url}`);
        if (result.lhr.runtimeError) throw new Error(`${site.url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        runs.push(result.lhr);
        process.stderr.write('.');
      } finally {
        chrome.kill();
      }
    }
    const lhr = computeMedianRun(runs);
    writeFileSync(join(REPORT_DIR, `${site.template}.json`), JSON.stringify(lhr, null, 1));
    const scores = Object.fromEntries(categories.map((id) => [id, lhr.categories[id]?.score ?? null]));
    const perfRuns = runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100));
    rows.push({ ...site, scores, perfRuns, losses: lostPoints(lhr) });
  }
  process.stderr.write('\n');

  const short: Record<string, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best-pr', seo: 'seo', 'agentic-browsing': 'agentic' };
  const cell = (score: number | null) => (score === null ? '–' : String(Math.round(score * 100))).padStart(8);
  console.log(`\n${'template'.padEnd(15)} ${'lang'.padEnd(6)}${categories.map((id) => short[id].padStart(8)).join('')}   ${'perf runs'.padEnd(12)} url`);
  for (const row of rows) {
    console.log(`${row.template.padEnd(15)} ${row.language.padEnd(6)}${categories.map((id) => cell(row.scores[id])).join('')}   ${row.perfRuns.join('/').padEnd(12)} ${row.url}`);
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
