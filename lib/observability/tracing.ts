// OpenTelemetry traces, exported over OTLP/HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT is set:
// incoming and outgoing HTTP, fetch (undici), every PostgreSQL query, Next's own spans, and the
// generation's (lib/generate/tracing.ts). Unset, nothing of the SDK is loaded and
// @opentelemetry/api's calls elsewhere are no-ops.
//
// The SDK is in tracing-sdk.ts; this is its start with the app's settings.
import { env } from '@/lib/env';
import { startTracingWith, type TracingSettings } from './tracing-sdk';

export { stopTracing } from './tracing-sdk';

// Starts tracing once per process; null (and nothing loaded) when no endpoint is set.
export function startTracing(settings: TracingSettings = { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME }) {
  return startTracingWith(settings);
}
