// Every host that is not the app's, as routeHost (lib/domains/hosts.ts) names it: a site's address
// under SITES_DOMAIN, a renamed one (301 to the site's address), a verified custom domain (the
// owner's HTTPS, www and HSTS settings, then the same site and pages), and everything else (a
// styled 404 that never reaches Next). Every redirect built here is to a path made by sameHostPath.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomDomainRoute, HostRoute } from '@/lib/domains/hosts';
import { env } from '@/lib/env';
import { cspFor } from './cache';
import { siteOrigin } from './origin';
import { sameHostPath } from './same-host-path';
import { answerSiteNow, handleSiteRequest, splitRequestUrl } from './serve';

export type SiteHostRoute = Exclude<HostRoute, { kind: 'app' } | { kind: 'address' }>;

const unknownHostPage = Buffer.from(
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Nothing here yet</title>
<style>body{margin:0;min-height:100vh;display:grid;place-items:center;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#faf7f2;color:#2b2118}main{max-width:32rem;padding:2rem;text-align:center}h1{font-size:1.75rem;margin:0 0 .5rem}p{margin:0;color:#5c4d40}</style>
</head><body><main><h1>Nothing here yet</h1><p>No site is published at this address. If it is your domain, connect it to your site and check its DNS records; it can take a few minutes to show.</p></main></body></html>
`,
  'utf8',
);
const unknownHostCsp = cspFor('text/html; charset=utf-8', unknownHostPage);

// Unknown hosts, IP addresses outside the few paths they may reach, and domains not verified yet.
export function answerUnknownHost(req: IncomingMessage, res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', unknownHostCsp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // The name may be connected any minute: nobody should keep this answer.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', unknownHostPage.length);
  res.end(req.method === 'HEAD' ? undefined : unknownHostPage);
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 301;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', 0);
  res.end();
}

export type RequestScheme = {
  // The visitor reached us over HTTPS: the built-in listener, or a trusted proxy saying so.
  isHttps: boolean;
  // A trusted proxy (TRUST_PROXY) told us how the visitor came: it terminates TLS (Caddy).
  isProxied: boolean;
  // The Host header's port, digits only, or ''.
  port: string;
};

export function requestScheme(req: IncomingMessage): RequestScheme {
  const forwarded = env.TRUST_PROXY ? req.headers['x-forwarded-proto'] : undefined;
  const proto = typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim().toLowerCase() : '';
  const isEncrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  const port = /:(\d{1,5})$/.exec(req.headers.host ?? '')?.[1] ?? '';
  return { isHttps: proto ? proto === 'https' : isEncrypted, isProxied: proto !== '', port };
}

// Where a custom domain's request must go first, or null to serve it here: HTTP to HTTPS when the
// owner wants it and HTTPS is there (a certificate the built-in listener serves, or a TLS proxy in
// front, which has one for every active domain: tls-allowed says yes to them), and www <-> apex.
// One redirect does both, to the path asked for, on the domain's own host.
export function customDomainRedirect(route: CustomDomainRoute, scheme: RequestScheme, path: string, search: string): string | null {
  const { settings } = route;
  const hasHttps = scheme.isProxied || (route.hasCertificate && env.HTTPS_PORT > 0);
  const toHttps = settings.httpsRedirect && !scheme.isHttps && hasHttps;
  const www = `www.${route.domainHostname}`;
  let host = route.hostname;
  if (route.withWww && settings.wwwRedirect === 'to-apex' && host === www) host = route.domainHostname;
  if (route.withWww && settings.wwwRedirect === 'to-www' && host === route.domainHostname) host = www;
  if (!toHttps && host === route.hostname) return null;
  const isHttps = toHttps || scheme.isHttps;
  // Behind a proxy the visitor used the default ports; the built-in listener may use another.
  const port = scheme.isProxied ? '' : toHttps ? (env.HTTPS_PORT === 443 ? '' : `:${env.HTTPS_PORT}`) : scheme.port ? `:${scheme.port}` : '';
  return `${isHttps ? 'https' : 'http'}://${host}${port}${sameHostPath(path, search)}`;
}

// The same answer at once when it needs nothing from the database (answerSiteNow): a site's page,
// or a custom domain's when it redirects nowhere. false: answerSiteHost, which may wait. `head`:
// headers already decided for the answer (answerSiteNow), set by the caller itself when it is false.
export function answerSiteHostNow(req: IncomingMessage, res: ServerResponse, route: SiteHostRoute, head: string[]): boolean {
  if (route.kind === 'site') return answerSiteNow(req, res, route.slug, {}, head);
  if (route.kind !== 'custom') return false;
  const parts = splitRequestUrl(req.url);
  if (!parts) return false;
  const scheme = requestScheme(req);
  if (customDomainRedirect(route, scheme, parts.path, parts.search)) return false;
  if (scheme.isHttps && route.settings.hsts) head.push('Strict-Transport-Security', `max-age=${route.settings.hstsMaxAge}`);
  return answerSiteNow(req, res, route.slug, { cacheTtl: route.settings.cacheTtl }, head);
}

export async function answerSiteHost(req: IncomingMessage, res: ServerResponse, route: SiteHostRoute): Promise<void> {
  if (route.kind === 'unknown' || route.kind === 'unverified') return answerUnknownHost(req, res);
  if (route.kind === 'site') return handleSiteRequest(req, res, route.slug);
  const parts = splitRequestUrl(req.url);
  if (!parts) {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Bad request');
    return;
  }
  // A renamed site's old address (or www.<slug>): the same path at the site's address.
  if (route.kind === 'moved') return redirect(res, siteOrigin(route.slug) + sameHostPath(parts.path, parts.search));
  const scheme = requestScheme(req);
  const location = customDomainRedirect(route, scheme, parts.path, parts.search);
  if (location) return redirect(res, location);
  // HSTS only means something over HTTPS, and only the owner may turn it on for their domain.
  if (scheme.isHttps && route.settings.hsts) res.setHeader('Strict-Transport-Security', `max-age=${route.settings.hstsMaxAge}`);
  return handleSiteRequest(req, res, route.slug, { cacheTtl: route.settings.cacheTtl });
}
