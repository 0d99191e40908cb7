// Lighthouse per publish: with LIGHTHOUSE=on, each successful publish queues a `lighthouse` job that
// measures the live home page (mobile, default config) through the app's own server, and keeps the
// five category scores and the failing audits on the publish's Build row. A run that cannot happen
// (no Chromium, the runner's install failing, a timeout) says why in the build's log; the live
// site is never touched. The site's Builds tab shows the latest scores against earlier versions.
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { enqueue } from '@/lib/queue';
import { LighthouseError, runLighthouse } from './lighthouse';
import { lighthouseCategories, type LighthouseRecord, type LighthouseResult } from './lighthouse-scores';
import type { BuildLogLine } from './log';

async function writeRecord(buildId: string, record: LighthouseRecord, line?: Omit<BuildLogLine, 'at'>) {
  const lines: BuildLogLine[] = line ? [{ at: new Date().toISOString(), ...line }] : [];
  await db.$executeRaw`
    UPDATE "Build" SET lighthouse = ${JSON.stringify(record)}::jsonb, log = COALESCE(log, '[]'::jsonb) || ${JSON.stringify(lines)}::jsonb
    WHERE id = ${buildId} AND kind = 'publish'`;
}

// After a publish went live: queue its Lighthouse run when LIGHTHOUSE is on. Never throws, so the
// publish it follows cannot fail because of it.
export async function requestLighthouseAudit(buildId: string, isOn = env.LIGHTHOUSE): Promise<void> {
  if (!isOn) return;
  try {
    await writeRecord(buildId, { status: 'queued', since: new Date().toISOString() });
    await enqueue('lighthouse', { buildId }, { singletonKey: buildId });
  } catch (error) {
    logger.warn({ err: error, buildId }, 'could not queue the Lighthouse run');
    await writeRecord(
      buildId,
      { status: 'failed', error: 'Lighthouse could not be queued.' },
      { step: 'lighthouse', message: 'Lighthouse could not be queued, so this version was not measured.', ms: 0 },
    ).catch(() => {});
  }
}

// The site's home page as Chromium reaches it through this server: the site's own host name, so
// server.ts answers it as the site, on the app's port. `<slug>.localhost` resolves to loopback by
// itself; any other host is mapped to this machine with Chromium's --host-resolver-rules, so the
// run measures what this server sends, not whatever DNS or a CDN would answer.
export function lighthouseTarget(slug: string, appPort = env.PORT): { url: string; chromeFlags: string[] } {
  const host = `${slug}.${env.SITES_DOMAIN}`;
  const flags = env.SITES_DOMAIN === 'localhost' ? [] : [`--host-resolver-rules=MAP ${host} 127.0.0.1`];
  return { url: `http://${host}:${appPort}/`, chromeFlags: flags };
}

// Keeps a finished run on the build, with a log line naming the scores.
export async function recordLighthouseResult(buildId: string, url: string, result: LighthouseResult, ms: number) {
  const summary = lighthouseCategories
    .filter((id) => result.scores[id] !== null)
    .map((id) => `${id} ${result.scores[id]}`)
    .join(', ');
  await writeRecord(
    buildId,
    {
      status: 'succeeded',
      url,
      lighthouseVersion: result.lighthouseVersion,
      scores: result.scores,
      failingAudits: result.failingAudits,
      measuredAt: new Date().toISOString(),
      durationMs: ms,
    },
    { step: 'lighthouse', message: `Lighthouse ${result.lighthouseVersion} (mobile) on ${url}: ${summary}; ${result.failingAudits.length} audits failed`, ms },
  );
}

type AuditOptions = { appPort?: number; chromePath?: string; timeoutMs?: number; runnerDir?: string };

// The job's work. Returns what happened; expected failures are recorded, not thrown.
export async function runLighthouseAudit(buildId: string, options: AuditOptions = {}): Promise<{ status: string; reason?: string }> {
  const build = await db.build.findUnique({
    where: { id: buildId },
    select: { kind: true, status: true, versionId: true, versionNumber: true, site: { select: { slug: true, publishedVersionId: true } } },
  });
  if (!build || build.kind !== 'publish' || build.status !== 'succeeded') return { status: 'gone' };
  const fail = async (reason: string, message: string) => {
    await writeRecord(buildId, { status: 'failed', error: message }, { step: 'lighthouse', message, ms: 0 });
    return { status: 'failed', reason };
  };
  // Only the live version can be measured on the live host.
  if (build.site.publishedVersionId !== build.versionId) {
    return fail('not-live', `Version ${build.versionNumber} was no longer live when Lighthouse could run, so it was not measured.`);
  }
  const { url, chromeFlags } = lighthouseTarget(build.site.slug, options.appPort);
  await writeRecord(buildId, { status: 'running', url, since: new Date().toISOString() });
  const started = performance.now();
  try {
    const result = await runLighthouse(url, {
      chromePath: options.chromePath ?? env.LIGHTHOUSE_CHROME_PATH,
      timeoutMs: options.timeoutMs ?? 120_000,
      extraChromeFlags: chromeFlags,
      runnerDir: options.runnerDir,
    });
    await recordLighthouseResult(buildId, url, result, Math.round(performance.now() - started));
    return { status: 'succeeded' };
  } catch (error) {
    if (error instanceof LighthouseError) return fail(error.reason, `${error.message} The live site is unchanged.`);
    logger.error({ err: error, buildId }, 'Lighthouse run failed');
    return fail('error', 'Lighthouse could not measure this version because of an error on our side. The live site is unchanged.');
  }
}
