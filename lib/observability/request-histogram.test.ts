// The hand-kept request histogram writes exactly what prom-client's Histogram writes for the same
// observations (random, seeded: durations across and on the bucket bounds, many series).
import client from 'prom-client';
import { describe, expect, it } from 'vitest';
import { RequestHistogram } from './request-histogram';

const bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('RequestHistogram', () => {
  it('writes the same text as prom-client for the same observations', async () => {
    for (const seed of [1, 2, 3]) {
      const ours = new client.Registry();
      const theirs = new client.Registry();
      const histogram = new RequestHistogram('x_duration_seconds', 'Requests', bounds, ours);
      const reference = new client.Histogram({
        name: 'x_duration_seconds',
        help: 'Requests',
        labelNames: ['method', 'route', 'status'],
        buckets: bounds,
        registers: [theirs],
      });
      const next = random(seed);
      const methods = ['GET', 'POST', 'other'];
      const routes = ['site', '/dashboard', '/api/v1/sites/[id]', 'unknown'];
      for (let i = 0; i < 5_000; i++) {
        const method = methods[Math.floor(next() * methods.length)]!;
        const route = routes[Math.floor(next() * routes.length)]!;
        const status = [200, 304, 404, 500][Math.floor(next() * 4)]!;
        // A third exactly on a bound (counted in that bucket), the rest anywhere up to 20 s.
        const seconds = next() < 0.33 ? bounds[Math.floor(next() * bounds.length)]! : next() ** 3 * 20;
        histogram.observe(method, route, status, seconds);
        reference.labels(method, route, String(status)).observe(seconds);
      }
      const lines = (text: string) => text.split('\n').sort();
      expect(lines(await ours.metrics())).toEqual(lines(await theirs.metrics()));
    }
  });

  it('starts again empty after reset', async () => {
    const registry = new client.Registry();
    const histogram = new RequestHistogram('y_seconds', 'Requests', bounds, registry);
    histogram.observe('GET', 'site', 200, 0.001);
    expect(await registry.metrics()).toContain('y_seconds_count{method="GET",route="site",status="200"} 1');
    histogram.reset();
    expect(await registry.metrics()).not.toContain('y_seconds_count');
  });
});
