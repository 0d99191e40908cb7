// Caddy's on-demand TLS asks `GET /api/domains/tls-allowed?domain=<host>` before it gets a
// certificate for a name it was asked for in a handshake (docs/deploy.md, "(a) Caddy in front").
// Yes (200) for a custom domain that is active or being verified, its www form when connected, a
// site's address under SITES_DOMAIN and a renamed site's old address; no (404) for anything else.
// Answered from routeHost's cache, so a flood of made-up names costs one query per name per minute
// at most. server.ts answers the path itself, before Next: a Next route handler's p99 under load
// is two orders of magnitude over the few milliseconds a handshake can wait.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeHost } from './hosts';

export const TLS_ALLOWED_PATH = '/api/domains/tls-allowed';

export async function isTlsAllowed(domain: string): Promise<boolean> {
  // A port or an address is never a name a certificate is issued for.
  if (!domain || domain.length > 253 || domain.includes(':')) return false;
  const route = await routeHost(domain);
  return route.kind === 'custom' || route.kind === 'unverified' || route.kind === 'site' || route.kind === 'moved';
}

export async function answerTlsAllowed(req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, HEAD');
    res.end('Method Not Allowed');
    return;
  }
  const query = (req.url ?? '').split('?')[1] ?? '';
  const domains = new URLSearchParams(query).getAll('domain');
  if (domains.length !== 1) {
    res.statusCode = 400;
    res.end('Name one domain: ?domain=<hostname>');
    return;
  }
  const isAllowed = await isTlsAllowed(domains[0]);
  res.statusCode = isAllowed ? 200 : 404;
  res.end(req.method === 'HEAD' ? undefined : isAllowed ? 'OK' : 'Not Found');
}
