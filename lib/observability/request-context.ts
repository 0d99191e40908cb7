// The request a piece of work belongs to: server.ts runs each app request inside it, so every log
// line written while it runs carries the request id (logger.ts's mixin), and so does every span
// (tracing.ts's span processor, and the HTTP request's own span, set here).
import { AsyncLocalStorage } from 'node:async_hooks';
import { trace } from '@opentelemetry/api';

// The span attribute naming the request (the x-request-id header server.ts answers with).
export const REQUEST_ID_ATTRIBUTE = 'request.id';

type RequestContext = { requestId: string };

// server.ts and the code inside Next's bundle each load this module; they share one store.
const shared = globalThis as unknown as { pmRequestContext?: AsyncLocalStorage<RequestContext> };
const store = (shared.pmRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function withRequestId<T>(requestId: string, run: () => T): T {
  // The HTTP instrumentation's server span is active here (it started before server.ts's handler).
  trace.getActiveSpan()?.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  return store.run({ requestId }, run);
}

export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}
