// A burst from an API key over its limit, answered before Next: server.ts calls this for every
// /api/v1 request on the app's host, and a key refused a moment ago (lib/api/rate-limit.ts, the
// memory the routes fill through lib/api/authenticate.ts) gets the same 429 the route would give:
// the one error shape, the RateLimit fields counted down, Retry-After, the app's security headers.
// Through Next each refusal still cost a few milliseconds of the event loop (routing, the request
// and response objects, the route's wrapper), and a burst of them left /api/health waiting seconds.
// Anything else (no key, a key not refused lately) returns false and goes on to Next unchanged, so
// this lets nothing through that the route would refuse, and refuses nothing the route would not
// have refused within the same 2 s.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appSecurityHeaders } from '@/lib/app-csp';
import { toErrorBody } from '@/lib/http';
import { metrics } from '@/lib/observability/metrics';
import { bearerToken } from './bearer';
import { rateLimitHeaders, recentRefusal } from './rate-limit';

// `head`: headers decided before (the request id, HSTS), written first; the answer goes out in one
// writeHead from an array, as a published page does (lib/publish/serve.ts).
export function answerRememberedRefusal(req: IncomingMessage, res: ServerResponse, requestId: string, head: string[] = []): boolean {
  const header = req.headers.authorization;
  if (header === undefined || !(req.url ?? '').startsWith('/api/v1/')) return false;
  const token = bearerToken(header);
  const remembered = token ? recentRefusal(token) : null;
  if (!remembered) return false;
  const { rateLimit, refusal } = remembered;
  metrics.apiRateLimited.inc({ limit: (refusal.details as { limit: string }).limit });
  const { status, body } = toErrorBody(refusal, requestId);
  const text = JSON.stringify(body);
  const headers = [...head];
  for (const { key, value } of appSecurityHeaders) headers.push(key, value);
  for (const [name, value] of Object.entries(rateLimitHeaders(rateLimit))) headers.push(name, value);
  headers.push('Retry-After', String(rateLimit.resetSeconds), 'Content-Type', 'application/json', 'Cache-Control', 'no-store');
  headers.push('Content-Length', String(Buffer.byteLength(text)));
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : text);
  return true;
}
