// GET /api/metrics through the real route: 404 without METRICS_TOKEN, 401 without or with a wrong
// token, and with it Prometheus text that parse-prometheus-text-format reads, with every family
// the dashboard charts; a publish, two serves (a miss, then a hit), a generation and a webhook
// event move their series.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleStripeEvent } from '@/lib/billing/webhooks';
import { env } from '@/lib/env';
import { recordFailure, startGeneration } from '@/lib/generate/records';
import { publishSite } from '@/lib/publish/publish';
import { handleSiteRequest } from '@/lib/publish/serve';
import { cancelJob, enqueue, stopQueue } from '@/lib/queue';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { rawRequest } from '@/test/http';
import { routeTemplates } from './metrics';

const metricsRoute = await import('@/app/api/metrics/route');
const settings = env as { METRICS_TOKEN?: string };
const TOKEN = 'scrape-token-for-tests';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => void handleSiteRequest(req, res, (req.headers.host ?? '').split('.')[0]!));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await stopQueue();
  server.close();
  delete settings.METRICS_TOKEN;
});

const scrape = (authorization?: string) =>
  metricsRoute.GET(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }), undefined);

type Scrape = { families: Map<string, MetricFamily>; text: string };

async function families(): Promise<Scrape> {
  const res = await scrape(`Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  return { families: new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family])), text };
}

// A counter's value for the series with these labels (0 when absent). A histogram's count is read
// from its `_count` line: the parser keeps a histogram's buckets but drops its labels.
function valueOf({ families: all, text }: Scrape, name: string, labels: Record<string, string>): number {
  if (all.get(name)?.type === 'HISTOGRAM') {
    const line = text.split('\n').find((l) => l.startsWith(`${name}_count{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
    return Number(line?.split(' ').at(-1) ?? 0);
  }
  const sample = all.get(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  return Number(sample?.value ?? 0);
}

describe('/api/metrics', () => {
  it('does not exist without METRICS_TOKEN, and refuses a missing or wrong token', async () => {
    delete settings.METRICS_TOKEN;
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
    settings.METRICS_TOKEN = TOKEN;
    for (const header of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`]) {
      const res = await scrape(header);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers Prometheus text with every family, and a publish, serves, a generation and a webhook move them', async () => {
    settings.METRICS_TOKEN = TOKEN;
    const before = await families();
    for (const [name, type] of [
      ['pagemagic_http_request_duration_seconds', 'HISTOGRAM'],
      ['pagemagic_site_serves_total', 'COUNTER'],
      ['pagemagic_generation_duration_seconds', 'HISTOGRAM'],
      ['pagemagic_publish_duration_seconds', 'HISTOGRAM'],
      ['pagemagic_webhook_events_total', 'COUNTER'],
      ['pagemagic_job_failures_total', 'COUNTER'],
      ['pagemagic_api_rate_limited_total', 'COUNTER'],
      ['process_cpu_user_seconds_total', 'COUNTER'],
      ['nodejs_eventloop_lag_seconds', 'GAUGE'],
      ['nodejs_heap_size_used_bytes', 'GAUGE'],
    ] as const) {
      expect(before.families.get(name)?.type, name).toBe(type);
    }

    const user = await createUser();
    const site = await createSite(user, { name: 'Padaria', document: testDocument() });
    await publishSite(user, site.id);
    for (let i = 0; i < 2; i++) {
      const res = await rawRequest(`${base}/`, { host: `${site.slug}.localhost:3000` });
      expect(res.status).toBe(200);
    }
    const record = await startGeneration({
      userId: user.id,
      kind: 'section',
      prompt: 'a hero',
      options: {},
      seed: 1,
      generator: 'offline',
      model: 'offline',
      cacheKey: `metrics-${site.id}`,
    });
    await recordFailure(record, new Error('the model went away'), 'Try again.');
    await handleStripeEvent({ id: `evt_metrics_${site.id}`, type: 'metrics.test_event' } as unknown as Stripe.Event);

    const after = await families();
    const moved = (name: string, labels: Record<string, string>) => valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(moved('pagemagic_publish_duration_seconds', { outcome: 'published' })).toBe(1);
    expect(moved('pagemagic_site_serves_total', { cache: 'miss' })).toBe(1);
    expect(moved('pagemagic_site_serves_total', { cache: 'hit' })).toBe(1);
    expect(moved('pagemagic_generation_duration_seconds', { generator: 'offline', kind: 'section', outcome: 'failed' })).toBe(1);
    expect(moved('pagemagic_webhook_events_total', { type: 'metrics.test_event', outcome: 'ignored' })).toBe(1);
  });

  it('reads the job queue depth and the database pool at each scrape', async () => {
    settings.METRICS_TOKEN = TOKEN;
    const before = await families();
    expect(before.families.get('pagemagic_job_queue_depth')?.type).toBe('GAUGE');
    expect(valueOf(before, 'pagemagic_db_pool_connections', { state: 'max' })).toBe(10);
    expect(valueOf(before, 'pagemagic_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    // A check set for an hour from now waits in the queue until then.
    const id = await enqueue(
      'domain-check',
      { domainId: `metrics-${Date.now()}` },
      { startAfter: new Date(Date.now() + 3_600_000), singletonKey: `metrics-${Date.now()}` },
    );
    expect(id).toBeTruthy();
    const after = await families();
    expect(valueOf(after, 'pagemagic_job_queue_depth', { queue: 'domain-check', state: 'created' })).toBe(
      valueOf(before, 'pagemagic_job_queue_depth', { queue: 'domain-check', state: 'created' }) + 1,
    );
    await cancelJob(id!);
    expect(valueOf(await families(), 'pagemagic_job_queue_depth', { queue: 'domain-check', state: 'created' })).toBe(
      valueOf(before, 'pagemagic_job_queue_depth', { queue: 'domain-check', state: 'created' }),
    );
  });

  it('labels requests by route template, never by id', () => {
    const templateOf = routeTemplates([
      { page: '/api/health', regex: '^/api/health(?:/)?$' },
      { page: '/api/v1/sites/[id]', regex: '^/api/v1/sites/([^/]+?)(?:/)?$' },
    ]);
    expect(templateOf('/api/v1/sites/clx123abc')).toBe('/api/v1/sites/[id]');
    expect(templateOf('/api/health')).toBe('/api/health');
    expect(templateOf('/_next/static/chunks/app.js')).toBe('/_next');
    expect(templateOf('/no/such/page')).toBe('other');
  });
});
