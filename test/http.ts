// A raw HTTP client for tests that must set the Host header (fetch refuses to) and see the
// bytes as sent (no automatic decompression).
import { request } from 'node:http';

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
