// npm run bench:lighthouse: every template's sample site, published through the app and served by
// server.ts on its own host, scored by Lighthouse (mobile, default config) in Debian's Chromium.
// Each page is measured BENCH_RUNS times (default 3), each in a fresh browser, and the median run
// (Lighthouse's own choice, by FCP and TTI) is reported, as Lighthouse advises for lab variance.
// Prints the scores per template, the lowest per category, and the audits that cost points. Beside
// the templates: a site whose every section has an entrance effect ("animated") and our landing page.
// BENCH_ONLY=<names> measures only those rows.
// The median runs' full reports go to .data/lighthouse/<template>.json.
//
// Lighthouse runs through lib/builds/lighthouse.ts (the per-publish job's own way): under the Node.js
// 22 of tools/lighthouse-runner/, installed there on demand, since Lighthouse 13 needs Node.js 22.19.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LighthouseScores } from '../lib/builds/lighthouse-scores';
import { isUiLocale, type UiLocale } from '../lib/i18n/languages';
import { ensureBuild } from '../scripts/build';
import { ROOT } from '../scripts/local-env';
import { benchDatabase, benchEnv, confirmedSite } from './support';

const APP_PORT = Number(process.env.BENCH_LIGHTHOUSE_PORT ?? 3193);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const REPORT_DIR = join(ROOT, '.data/lighthouse');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

const { url: databaseUrl, server: postgres } = await benchDatabase('bench_lighthouse');
const env = benchEnv(databaseUrl, APP_PORT);
Object.assign(process.env, env);
// Loaded once the settings are in place (lighthouse-scores.ts reads the database's).
const { lighthouseInfo, RUNNER_DIR, runLighthouse } = await import('../lib/builds/lighthouse');
const { lighthouseCategories } = await import('../lib/builds/lighthouse-scores');

console.log(`Lighthouse runner: ${RUNNER_DIR} (installed on first use)…`);
const info = await lighthouseInfo();
const available = new Set(info.categories);
const categories = lighthouseCategories.filter((id) => available.has(id));
const missing = lighthouseCategories.filter((id) => !available.has(id));

type Row = { template: string; language: string; url: string; scores: LighthouseScores; perfRuns: number[]; losses: string[] };

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
  // A site whose every section has an entrance effect (CSS animations, scroll-driven where the
  // browser has them): issue 17 wants performance unchanged by them.
  {
    const language: UiLocale = 'pt-BR';
    const sample = await templateSample('local-service', language);
    const effects = ['fade', 'rise', 'zoom'] as const;
    const document = {
      ...sample,
      pages: sample.pages.map((page) => ({
        ...page,
        sections: page.sections.map((section, i) => ({ ...section, props: { ...section.props, entrance: effects[i % effects.length], entranceDelay: 100 } })),
      })),
    };
    const site = await createSite(user, { name: document.business.name, document: confirmedSite(document), templateId: 'local-service' });
    const { url } = await publishSite(user, site.id);
    sites.push({ template: 'animated', language, url });
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
    `Lighthouse ${info.version} on Node.js ${info.node}, mobile (default config), Chromium at ${CHROME_PATH}, ${sites.length - 2} templates' home pages, a site with an entrance effect on every section and our landing page, median of ${RUNS} run(s) each.`,
  );
  if (missing.length) console.log(`No such category in this Lighthouse: ${missing.join(', ')}.`);

  mkdirSync(REPORT_DIR, { recursive: true });
  const rows: Row[] = [];
  // BENCH_ONLY=animated,app-landing measures only the rows named.
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
  for (const site of sites.filter((s) => !only || only.includes(s.template))) {
    const report = join(REPORT_DIR, `${site.template}.json`);
    const result = await runLighthouse(site.url, { chromePath: CHROME_PATH, runs: RUNS, reportPath: report, timeoutMs: RUNS * 120_000 });
    const losses = result.failingAudits.map(
      (audit) => `${audit.category}: ${audit.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}: ${audit.title}`,
    );
    rows.push({ ...site, scores: result.scores, perfRuns: result.perfRuns, losses });
  }
  process.stderr.write('\n');

  const short: Record<string, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best-pr', seo: 'seo', 'agentic-browsing': 'agentic' };
  const cell = (score: number | null) => (score === null ? '–' : String(score)).padStart(8);
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
