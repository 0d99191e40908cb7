// A raw HTTP client for tests that must set the Host header (fetch refuses to) and see the
// bytes as sent (no automatic decompression).
import { once } from 'node:events';
import { createServer, request, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routeHost, routeHostNow } from '@/lib/domains/hosts';
import { handleSiteRequest } from '@/lib/publish/serve';
import { answerSiteHost, answerSiteHostNow } from '@/lib/publish/site-hosts';

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; text: () => string };

// `rawPath` is sent as the request target byte for byte (a URL string would have its backslashes
// turned into slashes and its dot segments resolved first).
export function rawRequest(
  url: string,
  opts: { host: string; method?: string; headers?: Record<string, string>; body?: string; rawPath?: string } = { host: 'localhost' },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = opts.rawPath === undefined ? {} : { path: opts.rawPath };
    const req = request(url, { method: opts.method ?? 'GET', headers: { host: opts.host, ...opts.headers }, ...target }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: () => body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

// A server on a free loopback port, for tests that reach a handler over HTTP.
export async function listenOnLoopback(handler: RequestListener): Promise<{ server: Server; port: number; base: string }> {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, port, base: `http://127.0.0.1:${port}` };
}

// Published sites by the first label of the Host (`<slug>.localhost`), the serving handler alone.
export const siteBySlug: RequestListener = (req, res) => void handleSiteRequest(req, res, (req.headers.host ?? '').split('.')[0]!);

// Hosts routed as server.ts routes them: the app's own host answers "the app", every other host
// goes to the sites' handler (addresses, custom domains, renamed sites, unknown hosts).
// How many answers hostsLikeServer gave at once (answerSiteHostNow), as server.ts does for a page
// already in memory, rather than after routeHost and answerSiteHost.
export const answeredAtOnce = { count: 0 };

export const hostsLikeServer: RequestListener = (req, res) => {
  const known = routeHostNow(req.headers.host);
  if (known && known.kind !== 'app' && known.kind !== 'address' && answerSiteHostNow(req, res, known, [])) {
    answeredAtOnce.count++;
    return;
  }
  void routeHost(req.headers.host).then((route) => {
    if (route.kind === 'app' || route.kind === 'address') res.end('the app');
    else return answerSiteHost(req, res, route);
  });
};
