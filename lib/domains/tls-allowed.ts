// Caddy's on-demand TLS asks `GET /api/domains/tls-allowed?domain=<host>` before it gets a
// certificate for a name it was asked for in a handshake (docs/deploy.md, "(a) Caddy in front").
// Yes (200) for a custom domain that is active or being verified, its www form when connected, a
// site's address under SITES_DOMAIN and a renamed site's old address; no (404) for anything else.
// Answered from routeHost's cache, so a flood of made-up names costs one query per name per minute
// at most. server.ts answers the path itself, before Next: a Next route handler's p99 under load
// is two orders of magnitude over the few milliseconds a handshake can wait.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeHost, routeHostNow, type HostRoute } from './hosts';

export const TLS_ALLOWED_PATH = '/api/domains/tls-allowed';

const isCertified = (route: HostRoute) => route.kind === 'custom' || route.kind === 'unverified' || route.kind === 'site' || route.kind === 'moved';

// A port or an address is never a name a certificate is issued for.
const isNameless = (domain: string) => !domain || domain.length > 253 || domain.includes(':');

export async function isTlsAllowed(domain: string): Promise<boolean> {
  if (isNameless(domain)) return false;
  return isCertified(await routeHost(domain));
}

const NO_STORE = { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' };

function answer(req: IncomingMessage, res: ServerResponse, status: number, body: string, extra?: Record<string, string>) {
  res.writeHead(status, extra ? { ...NO_STORE, ...extra } : NO_STORE);
  res.end(req.method === 'HEAD' ? undefined : body);
}

// Answers at once when the name's answer is cached (the usual case under a flood: the same names
// asked again), else after the one query routeHost makes for it.
export function answerTlsAllowed(req: IncomingMessage, res: ServerResponse): Promise<void> | void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  const url = req.url ?? '';
  const query = url.slice(url.indexOf('?') + 1 || url.length);
  const domains = new URLSearchParams(query).getAll('domain');
  if (domains.length !== 1) return answer(req, res, 400, 'Name one domain: ?domain=<hostname>');
  const domain = domains[0]!;
  const finish = (isAllowed: boolean) => answer(req, res, isAllowed ? 200 : 404, isAllowed ? 'OK' : 'Not Found');
  if (isNameless(domain)) return finish(false);
  const known = routeHostNow(domain);
  if (known) return finish(isCertified(known));
  return routeHost(domain).then((route) => finish(isCertified(route)));
}
