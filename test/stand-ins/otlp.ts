// A collector's OTLP/HTTP endpoint on 127.0.0.1, JSON encoding (what
// @opentelemetry/exporter-trace-otlp-http sends to <endpoint>/v1/traces): keeps every span received.
import { createServer } from 'node:http';

type Attribute = { key: string; value: { stringValue?: string; intValue?: number | string; boolValue?: boolean } };
export type ReceivedSpan = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Attribute[];
  scope: string;
};
type TracesRequest = {
  resourceSpans: { resource: { attributes: Attribute[] }; scopeSpans: { scope: { name: string }; spans: Omit<ReceivedSpan, 'scope'>[] }[] }[];
};

export async function startOtlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const services = new Set<string>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      const request = JSON.parse(body) as TracesRequest;
      for (const resource of request.resourceSpans) {
        const service = resource.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue;
        if (service) services.add(service);
        for (const scoped of resource.scopeSpans) for (const span of scoped.spans) spans.push({ ...span, scope: scoped.scope.name });
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { endpoint, spans, services, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// A span attribute's value, whatever its type.
export function spanAttribute(span: ReceivedSpan, key: string): string | number | boolean | undefined {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue !== undefined ? Number(value.intValue) : value?.boolValue);
}
