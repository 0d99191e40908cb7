// The app's one entry point: a Node HTTP server. Every request's Host is routed first
// (lib/domains/hosts.ts): only the app's own host reaches Next. Published sites' addresses and
// verified custom domains are answered here directly (lib/publish/site-hosts.ts, serve.ts), and
// any other host gets a 404 without reaching Next, so the dashboard is never reachable on a site
// host and no site on the app host.
// First: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch http and pg before the
// imports below load them.
import '@/lib/observability/start-tracing';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import next from 'next';
import { stopCountingPageViews } from '@/lib/analytics/recorder';
import { db } from '@/lib/db';
import { answerRememberedRefusal } from '@/lib/api/refuse-early';
import { answerAcmeChallenge, isAcmeChallengeRequest } from '@/lib/domains/acme';
import { routeHost, routeHostNow, type HostRoute } from '@/lib/domains/hosts';
import { answerTlsAllowed, TLS_ALLOWED_PATH } from '@/lib/domains/tls-allowed';
import { createHttpsServer } from '@/lib/domains/tls';
import { gateServerAction } from '@/lib/action-gate';
import { appCsp, builtPageHashes, newNonce } from '@/lib/app-csp';
import { env } from '@/lib/env';
import { startWorkersInBackground } from '@/lib/jobs';
import { answerHealth, HEALTH_PATH } from '@/lib/observability/health';
import { logger } from '@/lib/observability/logger';
import { withRequestId } from '@/lib/observability/request-context';
import { stopTracing } from '@/lib/observability/tracing';
import { loadRouteTemplates, metrics } from '@/lib/observability/metrics';
import { isTimelineOn, withTimeline } from '@/lib/observability/timeline';
import '@/lib/publish/engine-node';
import { listenForPublishes } from '@/lib/publish/serve';
import { isBuiltMarketingPath, marketingPagePath, varyAlso } from '@/lib/i18n/marketing-paths';
import { loadMarketingPages, type MarketingPages } from '@/lib/marketing/pages';
import { answerSiteHost, answerSiteHostNow, answerUnknownHost } from '@/lib/publish/site-hosts';
import { answerKeptPage, keepRenderedPage, pageCacheKey } from '@/lib/page-cache';

// Requests refused in a burst, from memory (lib/api/refuse-early.ts): counted in the metrics, and
// their log lines are debug, like the sites' (thousands a second would flood the log).
const refusedEarly = new WeakSet<ServerResponse>();

// What an IP address (a load balancer's health check, Caddy's ask) may reach: nothing else.
const APP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const ADDRESS_PATHS = new Set([HEALTH_PATH, '/api/metrics', TLS_ALLOWED_PATH]);

export async function startServer(opts: {
  dev: boolean;
  port?: number;
  hostname?: string;
}): Promise<Server & { stopWorkers: () => Promise<void>; drain: (timeoutMs?: number) => Promise<void> }> {
  const port = opts.port ?? env.PORT;
  const hostname = opts.hostname ?? '0.0.0.0';
  const app = next({ dev: opts.dev, dir: import.meta.dirname, port, hostname: 'localhost' });
  // The built marketing pages, answered here (in development Next renders them per request). Read
  // and compressed while Next prepares (about a second), so the first request already finds them.
  const loadingPages = opts.dev ? Promise.resolve(null) : loadMarketingPages(join(import.meta.dirname, '.next'), env.DEFAULT_LOCALE);
  await app.prepare();
  const marketingPages: MarketingPages | null = await loadingPages;
  if (marketingPages) logger.info({ pages: marketingPages.routes().length }, 'marketing pages served from the build');
  const handle = app.getRequestHandler();
  // The HTTP histogram's route label: the app route an address belongs to, from the build.
  const routeTemplate = loadRouteTemplates(join(import.meta.dirname, '.next'));
  const isHttps = env.NEXTAUTH_URL.startsWith('https:');
  const stopListening = listenForPublishes();
  // The built pages' inline script hashes (none in development, where every page renders per request).
  const builtPages = opts.dev ? new Map<string, string[]>() : builtPageHashes(join(import.meta.dirname, '.next'));
  // The built error page can answer any address whose rendering failed.
  const errorPageHashes = builtPages.get('/_global-error') ?? [];
  const setCsp = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    // Route handlers answer data, and the two that answer HTML (the owner's previews of site pages)
    // set the published pages' stricter policy themselves, which a header set here would override.
    if (path.startsWith('/api/')) return;
    const policy = appCsp({ nonce: newNonce(), hashes: [...(builtPages.get(path) ?? []), ...errorPageHashes], isDev: opts.dev });
    // Next reads the nonce from the request's policy and sets it on the scripts it writes.
    req.headers['content-security-policy'] = policy;
    res.setHeader('Content-Security-Policy', policy);
  };

  // The app's own host, or an IP address on one of ADDRESS_PATHS: Next (tls-allowed is answered
  // before this, in onRequest).
  const answerApp = (req: IncomingMessage, res: ServerResponse, route: HostRoute, path: string): Promise<void> => {
    if (!APP_METHODS.has(req.method ?? '')) {
      // TRACE, CONNECT and made-up methods: no page or route answers them (Next gave some a 500).
      res.statusCode = 405;
      res.setHeader('Allow', [...APP_METHODS].join(', '));
      res.end();
      return Promise.resolve();
    }
    if (route.kind === 'address' && !ADDRESS_PATHS.has(path)) {
      answerUnknownHost(req, res);
      return Promise.resolve();
    }
    // The load balancer's health check, without Next (lib/observability/health.ts).
    if (path === HEALTH_PATH) return answerHealth(req, res);
    // A key refused a moment ago, in a burst: refused again here, without Next (lib/api/refuse-early.ts;
    // usually at once, in onRequest, when the app's host is known without a lookup).
    if (route.kind === 'app' && answerRememberedRefusal(req, res, String(req.headers['x-request-id']))) {
      refusedEarly.add(res);
      return Promise.resolve();
    }
    // Server actions pass a gate first: Next answered a foreign Origin, an oversized or undecodable body with a 500 or a reset.
    if (req.method === 'POST' && req.headers['next-action']) {
      setCsp(req, res);
      return gateServerAction(req, res, () => handle(req, res));
    }
    // The signed-in pages owners open most, as Next rendered them for this visitor, until their data
    // changes (lib/page-cache.ts); otherwise Next renders it, and the answer may be kept.
    // Not in development, where every page is rendered again to show the code as it is now.
    const keptPage = opts.dev ? null : pageCacheKey(req, path);
    if (keptPage) {
      if (answerKeptPage(keptPage, res)) return Promise.resolve();
      return keepRenderedPage(keptPage, req, res).then(() => {
        setCsp(req, res);
        return handle(req, res);
      });
    }
    // The landing, pricing and legal pages, as built, in the visitor's language and signed-in state.
    if (marketingPages?.answer(req, res)) return Promise.resolve();
    if (isBuiltMarketingPath(path)) {
      // A built marketing page has one address (its plain one): asked for directly, it is not found.
      req.url = '/_not-found';
    } else {
      const built = marketingPagePath(req.url ?? '/', req.headers.cookie, req.headers['accept-language'], env.DEFAULT_LOCALE);
      if (built) {
        // The same address answers in the visitor's language and signed-in state: caches keep them apart.
        varyAlso(res, 'Accept-Language, Cookie');
        req.url = built;
      }
    }
    setCsp(req, res);
    return handle(req, res);
  };

  // The app's HSTS (with includeSubDomains) on its own host and the sites' addresses, never on an
  // owner's domain: that one follows the domain's own setting (site-hosts.ts).
  const APP_HSTS = 'max-age=63072000; includeSubDomains';
  const hasAppHsts = (route: HostRoute) => isHttps && (route.kind === 'app' || route.kind === 'site' || route.kind === 'moved');
  const setAppHsts = (res: ServerResponse, route: HostRoute) => {
    if (hasAppHsts(route)) res.setHeader('Strict-Transport-Security', APP_HSTS);
  };
  // The same headers for an answer written at once, in one writeHead (the request id, the app's HSTS).
  const headOf = (route: HostRoute, requestId: string): string[] =>
    hasAppHsts(route) ? ['x-request-id', requestId, 'Strict-Transport-Security', APP_HSTS] : ['x-request-id', requestId];

  // Every request's histogram observation, and its log line (published sites, Caddy's asks and stray
  // hosts take most of the traffic: their lines are debug, so serving stays fast; the app's own are info).
  const answered = (req: IncomingMessage, res: ServerResponse, route: HostRoute | undefined, path: string, requestId: string, started: number) => {
    const ms = performance.now() - started;
    // One label per app route, "site" for every published site's request, the host's kind otherwise.
    const label =
      route === undefined
        ? isAcmeChallengeRequest(req.url)
          ? 'acme'
          : 'other'
        : route.kind === 'app' || route.kind === 'address'
          ? path === HEALTH_PATH
            ? HEALTH_PATH
            : routeTemplate(path)
          : route.kind;
    metrics.httpRequests.observe(req.method && APP_METHODS.has(req.method) ? req.method : 'other', label, res.statusCode, ms / 1000);
    const isApp = (route?.kind === 'app' || route?.kind === 'address') && !refusedEarly.has(res);
    const level = isApp ? 'info' : 'debug';
    if (!logger.isLevelEnabled(level)) return;
    logger[level](
      {
        requestId,
        host: isApp ? undefined : req.headers.host,
        method: req.method,
        path: req.url,
        status: res.statusCode,
        ms: Math.round(ms),
      },
      'request',
    );
  };

  // Set by drain(): answers from then on close their connection.
  let isDraining = false;
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (isDraining) res.setHeader('Connection', 'close');
    const path = (req.url ?? '/').split('?')[0]!;
    // Caddy's ask, on the app's host or an address: answered here, with no request id or log line
    // (a handshake waits on it; a Next route handler is far slower). On any other host, the usual path.
    if (path === TLS_ALLOWED_PATH) {
      const failed = (error: unknown) => {
        logger.error({ err: error }, 'tls-allowed failed');
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end('Internal Server Error');
        }
      };
      // Caddy asks on an address or the app's host: answered without a promise when the name asked
      // about is cached too.
      const asked = routeHostNow(req.headers.host);
      if (asked?.kind === 'app' || asked?.kind === 'address') {
        try {
          answerTlsAllowed(req, res)?.catch(failed);
        } catch (error) {
          failed(error);
        }
        return;
      }
      void routeHost(req.headers.host)
        .then((found) => (found.kind === 'app' || found.kind === 'address' ? answerTlsAllowed(req, res) : answerSiteHost(req, res, found)))
        .catch(failed);
      return;
    }
    const started = performance.now();
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w-]{8,64}$/.test(header) ? header : randomUUID();
    req.headers['x-request-id'] = requestId;
    let route: HostRoute | undefined;
    // A published page already in memory, on a host already routed: answered now, with no promise
    // (lib/publish/serve.ts's answerSiteNow), its headers written in one go and its request
    // observed at once rather than on 'finish'; anything else takes the path below.
    if (!isAcmeChallengeRequest(req.url)) {
      const known = routeHostNow(req.headers.host);
      if (known && known.kind !== 'app' && known.kind !== 'address') {
        route = known;
        if (answerSiteHostNow(req, res, known, headOf(known, requestId))) {
          answered(req, res, known, path, requestId, started);
          return;
        }
      }
      // A key refused a moment ago, in a burst, on the app's host: refused again at once, from
      // memory (lib/api/refuse-early.ts), with no promise or request context either.
      if (known?.kind === 'app' && APP_METHODS.has(req.method ?? '')) {
        if (answerRememberedRefusal(req, res, requestId, headOf(known, requestId))) {
          refusedEarly.add(res);
          answered(req, res, known, path, requestId, started);
          return;
        }
      }
    }
    res.setHeader('x-request-id', requestId);
    // Only a trusted proxy may say who the client is; otherwise it is the socket's address (read by
    // the app's rate limits and audit log; a published page needs none of it).
    if (!env.TRUST_PROXY) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    res.on('finish', () => answered(req, res, route, path, requestId, started));
    // ACME HTTP-01 challenges, on any host (the CA asks on the domain being certified).
    const answer = () =>
      isAcmeChallengeRequest(req.url)
        ? answerAcmeChallenge(req, res)
        : routeHost(req.headers.host).then((found) => {
            route = found;
            setAppHsts(res, found);
            return found.kind === 'app' || found.kind === 'address' ? answerApp(req, res, found, path) : answerSiteHost(req, res, found);
          });
    // At debug level the app's requests also log their timeline (lib/observability/timeline.ts).
    // Every log line and span of the request carries its id (lib/observability/request-context.ts).
    const work = withRequestId(requestId, () =>
      isTimelineOn ? withTimeline(res, () => (route?.kind === 'app' ? { requestId, method: req.method, path } : null), answer) : answer(),
    );
    work.catch((error: unknown) => {
      logger.error({ err: error, requestId }, 'request handler failed');
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end('Internal Server Error');
      }
    });
  };
  const server = createServer(onRequest);
  // The built-in HTTPS listener (HTTPS_PORT): the same handler, certificates chosen by SNI from
  // CertificateInfo (lib/domains/tls.ts). Off at 0, and when Caddy terminates TLS in front.
  const httpsServer = env.HTTPS_PORT > 0 ? createHttpsServer(onRequest) : null;
  // Idle keep-alive connections stay open longer than a load balancer's or client's own idle
  // timeout (60 s at AWS, Cloudflare and most proxies). With Node's 5 s, the server could close a
  // connection just as the other side sent a request on it, which then failed (ECONNRESET: seen in
  // a journey's API request, and a 502 behind a load balancer). headersTimeout must exceed it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  if (httpsServer) {
    await new Promise<void>((resolve, reject) => {
      httpsServer.once('error', reject);
      httpsServer.listen(env.HTTPS_PORT, hostname, () => resolve());
    });
    logger.info({ port: env.HTTPS_PORT }, 'https listener: certificates by SNI');
  }
  // The job queue and its workers (lib/jobs/) start once the server answers, so they never delay
  // it; the first start creates pg-boss's schema.
  const stopWorkers = startWorkersInBackground();
  server.on('close', () => {
    void stopListening();
    // Writes the page views still counted in memory; the runners await it before the pool closes.
    void stopCountingPageViews();
    httpsServer?.close();
  });
  // Stopping behind a load balancer (SIGTERM): the listeners close, so new connections go to the
  // other instances; answers sent from then on say `Connection: close`, and keep-alive connections
  // are closed as soon as they are idle (looked at every 100 ms), so the balancer sends nothing
  // more here and the server closes once the requests it has are answered. A balancer's health
  // checks keep a connection busy: closing idle ones once (as close() does) left the instance
  // answering them until keepAliveTimeout. Connections still open after `timeoutMs` are cut.
  const drain = (timeoutMs = 10_000): Promise<void> => {
    isDraining = true;
    const listeners = httpsServer ? [server, httpsServer] : [server];
    const sweep = setInterval(() => listeners.forEach((listener) => listener.closeIdleConnections()), 100);
    const cut = setTimeout(() => listeners.forEach((listener) => listener.closeAllConnections()), timeoutMs);
    return Promise.all(listeners.map((listener) => new Promise<void>((resolve) => listener.close(() => resolve())))).then(() => {
      clearInterval(sweep);
      clearTimeout(cut);
    });
  };
  return Object.assign(server, { stopWorkers, drain });
}

// `tsx server.ts` runs it directly against DATABASE_URL (production); npm start goes through scripts/start.ts.
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer({ dev: env.NODE_ENV === 'development' });
  logger.info({ port: env.PORT }, 'server listening');
  // The server drains (the requests it has are answered, up to 10 s) while running jobs finish
  // (up to 10 s); then the page views counted in memory are written and the database pool closes.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.all([server.stopWorkers().catch((error: unknown) => logger.error({ err: error }, 'job workers did not stop cleanly')), server.drain()])
        .then(() => stopCountingPageViews())
        .then(() => db.$disconnect())
        // The spans still buffered go to the collector (a no-op when tracing is off).
        .then(() => stopTracing())
        .catch((error: unknown) => logger.error({ err: error }, 'shutdown did not finish cleanly'))
        .finally(() => process.exit(0));
    });
  }
}
