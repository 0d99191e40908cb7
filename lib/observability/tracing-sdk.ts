// The OpenTelemetry SDK itself, started with the settings given (tracing.ts gives lib/env's). Reads
// no settings of its own, so that scripts/start.ts can start it before anything loads `pg`, when
// lib/env cannot be read yet (the database's address comes later).
//
// The SDK is loaded with a synchronous require, not `await import()`: the instrumentations patch
// `http` and `pg` as they are first required, so they must be in place before server.ts's other
// imports are evaluated, and an ES module's top-level await does not hold back its siblings
// (start-tracing.ts, server.ts's first import).
import { createRequire } from 'node:module';
import type { Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { currentRequestId, REQUEST_ID_ATTRIBUTE } from './request-context';

type Tracing = { shutdown(): Promise<void> };
export type TracingSettings = { endpoint: string | undefined; serviceName: string };

// One SDK per process, whichever copy of this module starts it.
const shared = globalThis as unknown as { pmTracing?: Tracing | null };

// Every span started while a request runs carries its id, so a query or a section can be found
// from the id a user reports (x-request-id).
class RequestIdSpanProcessor implements SpanProcessor {
  onStart(span: Span) {
    const requestId = currentRequestId();
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  }
  onEnd() {}
  forceFlush() {
    return Promise.resolve();
  }
  shutdown() {
    return Promise.resolve();
  }
}

// Starts tracing once per process; null (and nothing loaded) when no endpoint is set.
export function startTracingWith(settings: TracingSettings): Tracing | null {
  if (shared.pmTracing !== undefined) return shared.pmTracing;
  if (!settings.endpoint) return (shared.pmTracing = null);
  const require = createRequire(import.meta.url);
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { ATTR_SERVICE_NAME } = require('@opentelemetry/semantic-conventions') as typeof import('@opentelemetry/semantic-conventions');

  // The generic endpoint gets the signal's path, as the OTLP exporter specification says.
  const url = `${settings.endpoint.replace(/\/+$/, '')}/v1/traces`;
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    spanProcessors: [new RequestIdSpanProcessor(), new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
    // Traces only: metrics are Prometheus's (lib/observability/metrics.ts), logs are pino's lines.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation(),
      // Queries outside any span (pg-boss polling its queues every few seconds) are not traced.
      new PgInstrumentation({ requireParentSpan: true }),
      new UndiciInstrumentation(),
    ],
  });
  sdk.start();
  return (shared.pmTracing = { shutdown: () => sdk.shutdown() });
}

// Sends the spans still buffered and stops; part of the shutdown on SIGTERM/SIGINT.
export async function stopTracing(): Promise<void> {
  const tracing = shared.pmTracing;
  if (!tracing) return;
  shared.pmTracing = undefined;
  await tracing.shutdown();
}
