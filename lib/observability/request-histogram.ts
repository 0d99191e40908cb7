// The HTTP request histogram, kept by hand rather than by prom-client's Histogram: prom-client
// validates and hashes the label object and looks each bucket up by a number turned into a string
// on every observation, about 5 % of a published page's whole cost in a CPU profile of
// bench:serve. Here a series is found by one string and a bucket by a loop over an array; the
// registry reads the same families a prom-client Histogram would write (request-histogram.test.ts
// compares the two texts).
import type { Registry } from 'prom-client';

type Series = { labels: Record<string, string>; buckets: Float64Array; sum: number; count: number };

export class RequestHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
    registry: Registry,
  ) {
    registry.registerMetric(this as never);
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    let series = this.series.get(key);
    if (!series) {
      series = { labels: { method, route, status: String(status) }, buckets: new Float64Array(this.bounds.length), sum: 0, count: 0 };
      this.series.set(key, series);
    }
    for (let i = 0; i < this.bounds.length; i++) {
      if (seconds <= this.bounds[i]!) {
        series.buckets[i]!++;
        break;
      }
    }
    series.sum += seconds;
    series.count++;
  }

  // What the registry writes: per series, its cumulative buckets (le), +Inf, sum and count.
  get() {
    const values: Array<{ labels: Record<string, string | number>; value: number; metricName: string }> = [];
    for (const { labels, buckets, sum, count } of this.series.values()) {
      let total = 0;
      this.bounds.forEach((bound, i) => {
        total += buckets[i]!;
        values.push({ labels: { le: bound, ...labels }, value: total, metricName: `${this.name}_bucket` });
      });
      values.push({ labels: { le: '+Inf', ...labels }, value: count, metricName: `${this.name}_bucket` });
      values.push({ labels, value: sum, metricName: `${this.name}_sum` });
      values.push({ labels, value: count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  reset(): void {
    this.series.clear();
  }
}
