// The one test that really runs Lighthouse: a published site served on its own host (routed as
// server.ts routes it) is measured by the Lighthouse job's logic in Debian's Chromium, through the
// runner installed on demand (about 20 s on the first run, from the registry), and the scores land
// on the publish's build. The run itself takes 10–20 s. The other Lighthouse tests
// (lighthouse-audit.test.ts) never start it.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { publishSite } from '@/lib/publish/publish';
import { listenForPublishes } from '@/lib/publish/serve';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { hostsLikeServer, listenOnLoopback } from '@/test/http';
import { runLighthouseAudit } from './lighthouse-audit';
import { lighthouseCategories, lighthouseTrend } from './lighthouse-scores';
import { getBuild, listBuilds } from './records';

let server: Server;
let appPort: number;
let stopListening: () => Promise<void>;

beforeAll(async () => {
  stopListening = listenForPublishes();
  ({ server, port: appPort } = await listenOnLoopback(hostsLikeServer));
});

afterAll(async () => {
  await stopListening();
  server.close();
});

describe('Lighthouse on a published site', () => {
  it('measures the live home page on its own host and keeps the five scores and failing audits on the build', { timeout: 300_000 }, async () => {
    const user = await createUser();
    const site = await createSite(user, { name: 'Padaria Lighthouse', document: testDocument() });
    await publishSite(user, site.id);
    const [build] = await listBuilds(user, site.id, 1);

    const started = performance.now();
    const outcome = await runLighthouseAudit(build.id, { appPort, chromePath: env.LIGHTHOUSE_CHROME_PATH });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(`Lighthouse job on ${site.slug}: ${seconds} s (including the runner's install on a first run)`);

    const stored = await getBuild(user, site.id, build.id);
    expect(outcome, stored.lighthouse?.error).toEqual({ status: 'succeeded' });
    const record = stored.lighthouse!;
    expect(record).toMatchObject({ status: 'succeeded', url: `http://${site.slug}.localhost:${appPort}/`, lighthouseVersion: '13.5.0' });
    // Lighthouse 13.5 has all five categories; each scored out of 100. Our published pages are
    // static, accessible and described, so these three cannot be low unless the page was not ours.
    for (const id of lighthouseCategories) expect(record.scores![id], id).toEqual(expect.any(Number));
    expect(record.scores!.accessibility).toBeGreaterThanOrEqual(90);
    expect(record.scores!.seo).toBeGreaterThanOrEqual(90);
    expect(record.scores!['best-practices']).toBeGreaterThanOrEqual(90);
    for (const audit of record.failingAudits!)
      expect(audit).toEqual({
        id: expect.any(String),
        category: expect.any(String),
        title: expect.any(String),
        displayValue: expect.toBeOneOf([null, expect.any(String)]),
        score: expect.any(Number),
      });
    expect(stored.log.at(-1)).toMatchObject({ step: 'lighthouse', message: expect.stringContaining(`Lighthouse 13.5.0 (mobile) on ${record.url}`) });

    const trend = await lighthouseTrend(user, site.id);
    expect(trend.measured).toMatchObject({ versionNumber: 1, previousVersionNumber: null });
  });

  it('stops a run that takes too long and says so in the log', { timeout: 300_000 }, async () => {
    const user = await createUser();
    const site = await createSite(user, { name: 'Padaria Lighthouse', document: testDocument() });
    await publishSite(user, site.id);
    const [build] = await listBuilds(user, site.id, 1);
    // The runner is installed by the test above; 500 ms is too short for Lighthouse to finish.
    expect(await runLighthouseAudit(build.id, { appPort, timeoutMs: 500 })).toEqual({ status: 'failed', reason: 'timeout' });
    const stored = await getBuild(user, site.id, build.id);
    expect(stored.lighthouse?.error).toBe('Lighthouse did not finish within 0.5 s and was stopped. The live site is unchanged.');
    expect(stored.log.at(-1)).toMatchObject({ step: 'lighthouse', message: stored.lighthouse!.error });
  });
});
