// Prometheus metrics (prom-client): one registry per process, kept on globalThis so Next's dev
// reloads, and the two copies of this module a production process loads (server.ts through tsx,
// the route handlers from Next's build), all count into the same series. Served at /api/metrics
// behind METRICS_TOKEN (app/api/metrics/route.ts); docs/grafana/page-magic.json charts them.
import { timingSafeEqual, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import client from 'prom-client';
import { poolUse } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from './logger';
import { RequestHistogram } from './request-histogram';

const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    // Kept by hand: it is observed on every request, published pages included (request-histogram.ts).
    httpRequests: new RequestHistogram(
      'pagemagic_http_request_duration_seconds',
      'HTTP requests answered, by method, route template (or "site" for published sites) and status',
      seconds,
      registry,
    ),
    siteServes: new client.Counter({
      name: 'pagemagic_site_serves_total',
      help: 'Published-site files served, by whether the in-memory cache had them',
      labelNames: ['cache'] as const,
      registers,
    }),
    generations: new client.Histogram({
      name: 'pagemagic_generation_duration_seconds',
      help: 'Generations finished, by generator, kind (site or section) and outcome',
      labelNames: ['generator', 'kind', 'outcome'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    }),
    publishes: new client.Histogram({
      name: 'pagemagic_publish_duration_seconds',
      help: 'Publishes, by outcome (published, refused: a 4xx, failed: a bug or an outage)',
      labelNames: ['outcome'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    webhookEvents: new client.Counter({
      name: 'pagemagic_webhook_events_total',
      help: 'Stripe webhook events, by event type and outcome (processed, ignored, duplicate, failed)',
      labelNames: ['type', 'outcome'] as const,
      registers,
    }),
    jobFailures: new client.Counter({
      name: 'pagemagic_job_failures_total',
      help: 'Job runs that failed (each retried with backoff until its retry limit), by queue',
      labelNames: ['queue'] as const,
      registers,
    }),
    jobQueueDepth: new client.Gauge({
      name: 'pagemagic_job_queue_depth',
      help: 'Jobs waiting (created), waiting to retry or running (active), by queue, read at each scrape',
      labelNames: ['queue', 'state'] as const,
      registers,
    }),
    dbPool: new client.Gauge({
      name: 'pagemagic_db_pool_connections',
      help: "This process's database pool: connections open (total), idle, queries waiting for one, and the pool's size (max)",
      labelNames: ['state'] as const,
      registers,
      collect() {
        const use = poolUse();
        for (const state of ['total', 'idle', 'waiting', 'max'] as const) this.set({ state }, use[state]);
      },
    }),
    apiRateLimited: new client.Counter({
      name: 'pagemagic_api_rate_limited_total',
      help: '/api/v1 requests refused with 429, by the limit met (apiKey or owner)',
      labelNames: ['limit'] as const,
      registers,
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;
const slot = Symbol.for('page-magic.metrics');
const holder = globalThis as typeof globalThis & { [slot]?: Metrics };

export const metrics: Metrics = (holder[slot] ??= createMetrics());

// The scrape: the bearer token must match METRICS_TOKEN (compared in constant time); without the
// setting the endpoint does not exist. `refresh` sets the gauges read from the database (the job
// queue's depth), once the caller is known; a failure there leaves them as they were.
export async function scrapeMetrics(authorization: string | null, refresh?: () => Promise<void>): Promise<{ body: string; contentType: string }> {
  const token = env.METRICS_TOKEN;
  if (!token) throw new AppError('NOT_FOUND', 'Not found.');
  const sent = /^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  if (!timingSafeEqual(digest(sent), digest(token))) throw new AppError('UNAUTHENTICATED', 'Send the metrics token as "Authorization: Bearer <token>".');
  await refresh?.().catch((error: unknown) => logger.warn({ err: error }, 'metrics: a database gauge was not refreshed'));
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}

// Route templates for the HTTP histogram ("/api/v1/sites/[id]", never the id itself, so the
// series stay few): from the build's routes manifest. Addresses no route matches are "other".
type ManifestRoute = { page: string; regex: string };

export function routeTemplates(routes: ManifestRoute[]): (path: string) => string {
  const compiled = routes.map(({ page, regex }) => ({ page, pattern: new RegExp(regex) }));
  return (path) => {
    if (path.startsWith('/_next/')) return '/_next';
    return compiled.find(({ pattern }) => pattern.test(path))?.page ?? 'other';
  };
}

// The production build's routes (.next/routes-manifest.json); in development, none (every app
// request is "other" until a build exists).
export function loadRouteTemplates(buildDir: string): (path: string) => string {
  try {
    const manifest = JSON.parse(readFileSync(join(buildDir, 'routes-manifest.json'), 'utf8')) as {
      staticRoutes?: ManifestRoute[];
      dynamicRoutes?: ManifestRoute[];
    };
    return routeTemplates([...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])]);
  } catch {
    return routeTemplates([]);
  }
}
