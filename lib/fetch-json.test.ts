// fetchJson against a real HTTP server on 127.0.0.1: the app's error shape, bodies that are not
// JSON or not that shape, answers cut off, no server at all, and cancelled requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, fetchJson, fetchOk, toApiError } from './fetch-json';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

function send(res: ServerResponse, status: number, body: string, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const routes: Record<string, Handler> = {
  // What the client sent, so the test can see its headers and body.
  '/echo': (req, res, body) =>
    send(res, 200, JSON.stringify({ method: req.method, accept: req.headers.accept, contentType: req.headers['content-type'] ?? null, body })),
  '/no-content': (_req, res) => {
    res.writeHead(204);
    res.end();
  },
  '/html-ok': (_req, res) => send(res, 200, '<!doctype html><p>Welcome</p>', 'text/html'),
  '/conflict': (_req, res) => send(res, 409, JSON.stringify({ error: { code: 'CONFLICT', message: 'Someone else saved this page first' } })),
  '/invalid': (_req, res) =>
    send(res, 422, JSON.stringify({ error: { code: 'INVALID_INPUT', message: 'Name: too long', fields: { name: 'Keep it under 60 characters.' } } })),
  '/plan-limit': (_req, res) =>
    send(res, 403, JSON.stringify({ error: { code: 'PLAN_LIMIT', message: 'Your plan allows 1 site.', details: { limit: 'sites' } } })),
  '/internal': (_req, res) => send(res, 500, JSON.stringify({ error: { code: 'INTERNAL', message: 'Something went wrong on our side.', requestId: 'r1' } })),
  '/proxy-502': (_req, res) => send(res, 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html'),
  '/empty-500': (_req, res) => send(res, 500, ''),
  '/bare-403': (_req, res) => send(res, 403, 'Forbidden', 'text/plain'),
  '/bare-413': (_req, res) => send(res, 413, ''),
  '/unknown-code': (_req, res) => send(res, 429, JSON.stringify({ error: { code: 'TEAPOT', message: 'I am a teapot' } })),
  '/wrong-shape': (_req, res) => send(res, 404, JSON.stringify({ error: 'not found', message: 'gone' })),
  '/null-error': (_req, res) => send(res, 400, JSON.stringify({ error: null })),
  '/error-array': (_req, res) => send(res, 503, JSON.stringify([{ code: 'UNAVAILABLE', message: 'down' }])),
  // Headers promise 100 bytes; the connection ends after 10.
  '/cut-off': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': 100 });
    res.write('{"items": ');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  '/cut-off-error': (_req, res) => {
    res.writeHead(409, { 'content-type': 'application/json', 'content-length': 100 });
    res.write('{"error": ');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  // The connection is dropped before any answer.
  '/hang-up': (req) => req.socket.destroy(),
  '/slow': (_req, res) => {
    const timer = setTimeout(() => send(res, 200, '{"late":true}'), 5_000);
    res.on('close', () => clearTimeout(timer));
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => (routes[req.url ?? ''] ?? ((_q, r) => send(r, 404, '')))(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(ApiError);
  return outcome.error as ApiError;
}

describe('fetchJson', () => {
  it('returns the parsed answer, sending JSON with its content type and asking for JSON', async () => {
    const answer = await fetchJson<{ method: string; accept: string; contentType: string; body: string }>(`${base}/echo`, {
      method: 'PUT',
      json: { revision: 3, name: 'Café' },
    });
    expect(answer).toEqual({ method: 'PUT', accept: 'application/json', contentType: 'application/json', body: '{"revision":3,"name":"Café"}' });
  });

  it('keeps headers the caller set and sends no content type without a JSON body', async () => {
    const answer = await fetchJson<{ accept: string; contentType: string | null }>(`${base}/echo`, { headers: { accept: 'text/plain' } });
    expect(answer).toMatchObject({ accept: 'text/plain', contentType: null });
  });

  it('returns undefined for an answer with no body', async () => {
    expect(await fetchJson(`${base}/no-content`, { method: 'DELETE' })).toBeUndefined();
  });

  it('refuses a 2xx answer that is not JSON', async () => {
    const error = await failureOf(fetchJson(`${base}/html-ok`));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
    expect(error.message).toMatch(/could not be read/);
  });

  it("carries the app's error shape: code, message and status", async () => {
    expect(await failureOf(fetchJson(`${base}/conflict`))).toMatchObject({ code: 'CONFLICT', status: 409, message: 'Someone else saved this page first' });
    expect(await failureOf(fetchJson(`${base}/internal`))).toMatchObject({ code: 'INTERNAL', status: 500, message: 'Something went wrong on our side.' });
  });

  it('keeps the fields of invalid input and the details of a plan limit', async () => {
    const invalid = await failureOf(fetchJson(`${base}/invalid`, { method: 'POST', json: {} }));
    expect(invalid).toMatchObject({ code: 'INVALID_INPUT', status: 422, fields: { name: 'Keep it under 60 characters.' } });
    const limit = await failureOf(fetchJson(`${base}/plan-limit`, { method: 'POST', json: {} }));
    expect(limit).toMatchObject({ code: 'PLAN_LIMIT', status: 403, details: { limit: 'sites' } });
  });

  it('names an error that is not in the app shape by its status', async () => {
    const proxy = await failureOf(fetchJson(`${base}/proxy-502`));
    expect(proxy).toMatchObject({ code: 'UPSTREAM_FAILED', status: 502 });
    expect(proxy.message).toMatch(/502/);
    expect(proxy.message).not.toMatch(/html|Bad Gateway/i);
    expect(await failureOf(fetchJson(`${base}/empty-500`))).toMatchObject({ code: 'INTERNAL', status: 500 });
    expect(await failureOf(fetchJson(`${base}/bare-403`))).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(await failureOf(fetchJson(`${base}/bare-413`))).toMatchObject({ code: 'TOO_LARGE', status: 413 });
    expect(await failureOf(fetchJson(`${base}/unknown-code`))).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(await failureOf(fetchJson(`${base}/wrong-shape`))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(await failureOf(fetchJson(`${base}/null-error`))).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
    expect(await failureOf(fetchJson(`${base}/error-array`))).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
  });

  it('reports a connection that ends mid-answer as a network failure', async () => {
    expect(await failureOf(fetchJson(`${base}/cut-off`))).toMatchObject({ code: 'NETWORK', status: 200 });
    expect(await failureOf(fetchJson(`${base}/cut-off-error`))).toMatchObject({ code: 'NETWORK', status: 409 });
    expect(await failureOf(fetchJson(`${base}/hang-up`))).toMatchObject({ code: 'NETWORK', status: 0 });
  });

  it('reports a server that is not there as a network failure with a message a person can act on', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(fetchJson(`http://127.0.0.1:${port}/anything`));
    expect(error).toMatchObject({ code: 'NETWORK', status: 0 });
    expect(error.message).toMatch(/could not be reached/);
  });

  it('reports a cancelled request as ABORTED, before or while it waits', async () => {
    const controller = new AbortController();
    const pending = fetchJson(`${base}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    expect(await failureOf(pending)).toMatchObject({ code: 'ABORTED', status: 0 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await failureOf(fetchJson(`${base}/echo`, { signal: AbortSignal.abort() }))).toMatchObject({ code: 'ABORTED' });
  });
});

describe('fetchOk', () => {
  it('hands back a 2xx response unread, and throws the error shape otherwise', async () => {
    const response = await fetchOk(`${base}/html-ok`);
    expect(await response.text()).toContain('Welcome');
    expect(await failureOf(fetchOk(`${base}/plan-limit`, { method: 'POST', json: {} }))).toMatchObject({ code: 'PLAN_LIMIT', details: { limit: 'sites' } });
  });
});

describe('toApiError', () => {
  it('reads a body already parsed (XMLHttpRequest gives null for one that is not JSON)', () => {
    expect(toApiError(422, { error: { code: 'INVALID_INPUT', message: 'SVG images are not accepted' } })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'SVG images are not accepted',
    });
    expect(toApiError(413, null)).toMatchObject({ code: 'TOO_LARGE', status: 413 });
    expect(toApiError(418, 'teapot')).toMatchObject({ code: 'INTERNAL', status: 418 });
  });
});
