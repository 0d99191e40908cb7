// Lighthouse per publish against the real PostgreSQL, without running Lighthouse (the one test that
// does is lighthouse.test.ts): the job is queued only when it is on, scores are kept on the
// publish's build, the trend and the warning come from earlier versions, and a run that cannot
// happen says why in the build's log while the live site stays as it was.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { db } from '@/lib/db';
import { publishSite } from '@/lib/publish/publish';
import { listJobs } from '@/lib/queue';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { startTestQueue } from '@/test/queue';
import { parseLighthouseResult, RUNNER_DIR } from './lighthouse';
import { lighthouseTarget, recordLighthouseResult, requestLighthouseAudit, runLighthouseAudit } from './lighthouse-audit';
import { compareScores, isLighthouseActive, lighthouseTrend, type LighthouseScores } from './lighthouse-scores';
import { getBuild, listBuilds } from './records';

let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  queue = await startTestQueue();
});

afterAll(async () => {
  await queue?.stop();
});

async function publishedSite() {
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria Lighthouse', document: testDocument() });
  return { user, site };
}

async function publishBuild(user: { id: string }, siteId: string) {
  await publishSite(user, siteId);
  const [build] = await listBuilds(user, siteId, 1);
  return build;
}

const scores = (performance: number, accessibility: number, bestPractices: number, seo: number, agentic: number | null): LighthouseScores => ({
  performance,
  accessibility,
  'best-practices': bestPractices,
  seo,
  'agentic-browsing': agentic,
});

// A Lighthouse result reduced to the fields the app reads, as the runner writes it.
function lhr(categoryScores: Record<string, number>) {
  return {
    lighthouseVersion: '13.5.0',
    categories: {
      performance: {
        score: categoryScores.performance,
        auditRefs: [
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'render-blocking-insight', weight: 0 },
          { id: 'dom-size', weight: 0 },
        ],
      },
      accessibility: {
        score: categoryScores.accessibility,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'tabindex', weight: 0 },
        ],
      },
      'best-practices': { score: categoryScores['best-practices'], auditRefs: [] },
      seo: { score: categoryScores.seo, auditRefs: [{ id: 'meta-description', weight: 1 }] },
    },
    audits: {
      'largest-contentful-paint': { score: 0.62, scoreDisplayMode: 'numeric', title: 'Largest Contentful Paint', displayValue: '3.1 s' },
      'render-blocking-insight': { score: 0.5, scoreDisplayMode: 'metricSavings', title: 'Render blocking requests', displayValue: 'Est savings of 150 ms' },
      'dom-size': { score: 0.5, scoreDisplayMode: 'informative', title: 'Avoids an excessive DOM size' },
      'color-contrast': { score: 0, scoreDisplayMode: 'binary', title: 'Background and foreground colors do not have a sufficient contrast ratio.' },
      tabindex: { score: 0, scoreDisplayMode: 'binary', title: 'Some elements have a tabindex value greater than 0' },
      'meta-description': { score: 1, scoreDisplayMode: 'binary', title: 'Document has a meta description' },
    },
  };
}

describe('reading a Lighthouse result', () => {
  it('keeps the five scores out of 100 and only the audits that cost points', () => {
    const result = parseLighthouseResult(lhr({ performance: 0.87, accessibility: 0.93, 'best-practices': 1, seo: 1 }));
    expect(result.scores).toEqual(scores(87, 93, 100, 100, null));
    // Weighted failures, and in performance the insights with savings; not weightless diagnostics.
    expect(result.failingAudits).toEqual([
      { id: 'largest-contentful-paint', category: 'performance', title: 'Largest Contentful Paint', displayValue: '3.1 s', score: 62 },
      { id: 'render-blocking-insight', category: 'performance', title: 'Render blocking requests', displayValue: 'Est savings of 150 ms', score: 50 },
      {
        id: 'color-contrast',
        category: 'accessibility',
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        displayValue: null,
        score: 0,
      },
    ]);
  });

  it('refuses something that is not a Lighthouse result', () => {
    expect(() => parseLighthouseResult({ categories: {} })).toThrow();
  });

  it('compares each category with the previous version', () => {
    const changes = compareScores(scores(90, 100, 96, 100, null), scores(95, 98, 96, 100, 80));
    expect(changes.map((c) => [c.category, c.delta])).toEqual([
      ['performance', -5],
      ['accessibility', 2],
      ['best-practices', 0],
      ['seo', 0],
      ['agentic-browsing', null],
    ]);
  });
});

describe('queueing a run after a publish', () => {
  it('queues nothing while LIGHTHOUSE is off (the default)', async () => {
    const { user, site } = await publishedSite();
    const build = await publishBuild(user, site.id);
    expect(build.lighthouse).toBeNull();
    expect(await listJobs({ name: 'lighthouse', key: build.id, limit: 10 })).toEqual([]);
  });

  it('queues one job for the publish when on, and the build shows it queued', async () => {
    const { user, site } = await publishedSite();
    const build = await publishBuild(user, site.id);
    await requestLighthouseAudit(build.id, true);
    await requestLighthouseAudit(build.id, true);
    const jobs = await listJobs({ name: 'lighthouse', key: build.id, limit: 10 });
    expect(jobs.map((job) => [job.name, job.singletonKey, job.data])).toEqual([['lighthouse', build.id, { buildId: build.id }]]);
    const queued = (await getBuild(user, site.id, build.id)).lighthouse;
    expect(queued).toEqual({ status: 'queued', since: expect.any(String) });
    expect(isLighthouseActive(queued)).toBe(true);
    // A run whose instance died is not shown as under way for ever.
    expect(isLighthouseActive(queued, Date.parse(queued!.since!) + 26 * 60_000)).toBe(false);
  });
});

describe('the scores of each version', () => {
  it('are kept on the build and compared with the previous measured version, warning when one fell', async () => {
    const { user, site } = await publishedSite();
    const first = await publishBuild(user, site.id);
    const second = await publishBuild(user, site.id);
    const third = await publishBuild(user, site.id);
    const url = lighthouseTarget(site.slug).url;
    await recordLighthouseResult(first.id, url, { lighthouseVersion: '13.5.0', scores: scores(90, 95, 100, 100, 80), failingAudits: [] }, 9000);
    await recordLighthouseResult(second.id, url, { lighthouseVersion: '13.5.0', scores: scores(98, 95, 100, 100, 80), failingAudits: [] }, 9000);
    const audit = { id: 'color-contrast', category: 'accessibility' as const, title: 'Low contrast', displayValue: null, score: 0 };
    await recordLighthouseResult(third.id, url, { lighthouseVersion: '13.5.0', scores: scores(91, 88, 100, 100, 80), failingAudits: [audit] }, 9000);

    // The API's build carries the scores and failing audits, and the log says what was measured.
    const stored = await getBuild(user, site.id, third.id);
    expect(stored.lighthouse).toMatchObject({ status: 'succeeded', url, scores: scores(91, 88, 100, 100, 80), failingAudits: [audit], durationMs: 9000 });
    expect(stored.log.at(-1)).toMatchObject({ step: 'lighthouse', ms: 9000 });
    expect(stored.log.at(-1)!.message).toContain('performance 91, accessibility 88');

    const trend = await lighthouseTrend(user, site.id);
    expect(trend.latest?.versionNumber).toBe(3);
    expect(trend.measured).toMatchObject({ versionNumber: 3, previousVersionNumber: 2, failingAudits: [audit] });
    expect(trend.lowered.map((c) => [c.category, c.previous, c.score])).toEqual([
      ['performance', 98, 91],
      ['accessibility', 95, 88],
    ]);
    expect(trend.history.map((h) => [h.versionNumber, h.scores.performance])).toEqual([
      [1, 90],
      [2, 98],
      [3, 91],
    ]);

    // Another owner sees none of it.
    const stranger = await createUser();
    expect(await lighthouseTrend(stranger, site.id)).toEqual({ latest: null, measured: null, lowered: [], history: [] });
  });

  it('skip versions whose run failed when comparing, and say which one is pending', async () => {
    const { user, site } = await publishedSite();
    const first = await publishBuild(user, site.id);
    const second = await publishBuild(user, site.id);
    await recordLighthouseResult(first.id, 'http://x/', { lighthouseVersion: '13.5.0', scores: scores(90, 95, 100, 100, 80), failingAudits: [] }, 1);
    await requestLighthouseAudit(second.id, true);
    const trend = await lighthouseTrend(user, site.id);
    expect(trend.latest).toEqual({ versionNumber: 2, record: { status: 'queued', since: expect.any(String) } });
    expect(trend.measured).toMatchObject({ versionNumber: 1, previousVersionNumber: null });
    expect(trend.lowered).toEqual([]);
  });
});

describe('a run that cannot happen', () => {
  it('says in the build log that Chromium is missing, and leaves the live site as it was', async () => {
    const { user, site } = await publishedSite();
    const build = await publishBuild(user, site.id);
    const before = await db.site.findUniqueOrThrow({ where: { id: site.id }, select: { publishedVersionId: true, publishedAt: true } });

    const outcome = await runLighthouseAudit(build.id, { chromePath: '/nonexistent/chromium' });

    expect(outcome).toEqual({ status: 'failed', reason: 'no-chromium' });
    const stored = await getBuild(user, site.id, build.id);
    expect(stored.status).toBe('succeeded');
    expect(stored.lighthouse).toEqual({
      status: 'failed',
      error: 'Chromium was not found at /nonexistent/chromium, so Lighthouse did not run. The live site is unchanged.',
    });
    expect(stored.log.at(-1)).toMatchObject({ step: 'lighthouse', message: stored.lighthouse!.error });
    expect(await db.site.findUniqueOrThrow({ where: { id: site.id }, select: { publishedVersionId: true, publishedAt: true } })).toEqual(before);
    expect((await lighthouseTrend(user, site.id)).measured).toBeNull();
  });

  it('says in the build log that the runner could not be installed', async () => {
    const { user, site } = await publishedSite();
    const build = await publishBuild(user, site.id);
    // The runner's package.json without its lock: npm ci refuses at once, without the registry.
    const runnerDir = mkdtempSync(join(tmpdir(), 'pm-lighthouse-runner-'));
    try {
      copyFileSync(join(RUNNER_DIR, 'package.json'), join(runnerDir, 'package.json'));
      const outcome = await runLighthouseAudit(build.id, { chromePath: env.LIGHTHOUSE_CHROME_PATH, runnerDir });
      expect(outcome).toEqual({ status: 'failed', reason: 'install' });
    } finally {
      rmSync(runnerDir, { recursive: true, force: true });
    }
    const stored = await getBuild(user, site.id, build.id);
    expect(stored.status).toBe('succeeded');
    expect(stored.lighthouse?.error).toMatch(
      /^Lighthouse could not be installed on the server \(npm ci in \/.*pm-lighthouse-runner-\w+ failed: .*package-lock.*\)\. The live site is unchanged\.$/,
    );
    expect(stored.log.at(-1)).toMatchObject({ step: 'lighthouse', message: stored.lighthouse!.error });
  });

  it('does not measure a version that is no longer live', async () => {
    const { user, site } = await publishedSite();
    const first = await publishBuild(user, site.id);
    await publishBuild(user, site.id);
    expect(await runLighthouseAudit(first.id, { chromePath: '/nonexistent/chromium' })).toEqual({ status: 'failed', reason: 'not-live' });
    expect((await getBuild(user, site.id, first.id)).lighthouse?.error).toBe('Version 1 was no longer live when Lighthouse could run, so it was not measured.');
  });

  it('ignores a build that is not a publish', async () => {
    expect(await runLighthouseAudit('no-such-build')).toEqual({ status: 'gone' });
  });
});
