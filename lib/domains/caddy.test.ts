// Deployment (a) of docs/deploy.md against the real thing: Caddy with on-demand TLS asking the
// app's tls-allowed endpoint, certificates from pebble (the ACME test CA that `npm test unit`
// starts). An active custom domain gets a certificate on its first handshake, chaining to pebble's
// root, and is proxied to the app; a name the app does not know is refused at the handshake.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { Agent, get } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type PeerCertificate } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { startCaddy, type CaddyStandIn } from '@/test/stand-ins/caddy';
import { createUser } from '@/test/factories';
import { answerTlsAllowed, TLS_ALLOWED_PATH } from './tls-allowed';

const rootsUrl = process.env.TEST_PEBBLE_ROOTS_URL ?? '';
// pebble validates TLS-ALPN-01 on its tlsPort, one above its HTTP-01 port (test/stand-ins/pebble.ts).
const httpsPort = Number(process.env.TEST_ACME_HTTP_PORT) + 1;

let app: Server;
let caddy: CaddyStandIn;
let rootPem: string;
let owner: { id: string };
let siteId: string;
const asks: string[] = [];

function fetchRoot(): Promise<string> {
  const agent = new Agent({ ca: readFileSync(env.ACME_CA_FILE!) });
  return new Promise((resolve, reject) => {
    get(rootsUrl, { agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`pebble roots: HTTP ${res.statusCode}`))));
    }).on('error', reject);
  });
}

async function freePort(): Promise<number> {
  const server = createNetServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// A handshake with Caddy naming `servername`, trusting only pebble's root, then one request.
function handshake(servername: string): Promise<{ peer: PeerCertificate; authorized: boolean; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: httpsPort, servername, ca: [rootPem] }, () => {
      const peer = socket.getPeerCertificate();
      const authorized = socket.authorized;
      const ms = performance.now() - started;
      let body = '';
      socket.on('data', (chunk) => (body += chunk));
      socket.on('end', () => resolve({ peer, authorized, body, ms }));
      socket.write(`GET /hello HTTP/1.1\r\nHost: ${servername}\r\nConnection: close\r\n\r\n`);
    });
    socket.setTimeout(30_000, () => socket.destroy(new Error('handshake timed out')));
    socket.on('error', (error) => reject(Object.assign(error, { ms: performance.now() - started })));
  });
}

async function newDomain(status: string) {
  return db.domain.create({
    data: {
      ownerId: owner.id,
      siteId,
      hostname: `caddy-${randomUUID().slice(0, 8)}.example.test`,
      withWww: true,
      status,
      verificationToken: randomUUID(),
      verifiedAt: status === 'active' ? new Date() : null,
    },
  });
}

beforeAll(async () => {
  if (!rootsUrl || !process.env.TEST_ACME_HTTP_PORT || !env.ACME_DIRECTORY_URL || !env.ACME_CA_FILE) {
    throw new Error('Run through `npm test unit`: it starts pebble and sets ACME_DIRECTORY_URL, ACME_CA_FILE, TEST_ACME_HTTP_PORT and TEST_PEBBLE_ROOTS_URL.');
  }
  rootPem = await fetchRoot();
  // The app's side, as server.ts answers it: tls-allowed, and an echo of what Caddy proxies.
  app = createServer((req, res) => {
    if (req.url?.startsWith(TLS_ALLOWED_PATH)) {
      asks.push(new URLSearchParams(req.url.split('?')[1]).get('domain') ?? '');
      void answerTlsAllowed(req, res);
      return;
    }
    res.end(`app answered ${req.headers.host} ${req.url} proto=${req.headers['x-forwarded-proto']}`);
  });
  app.listen(0, '127.0.0.1');
  await once(app, 'listening');
  const appPort = (app.address() as AddressInfo).port;
  // Caddy's HTTP port is any free one: a port found free can be taken by another process before
  // Caddy binds it, so a refused bind is tried again on another.
  for (let attempt = 1; ; attempt++) {
    try {
      caddy = await startCaddy({
        dir: join(tmpdir(), `caddy-${randomUUID().slice(0, 8)}`),
        httpPort: await freePort(),
        httpsPort,
        askUrl: `http://127.0.0.1:${appPort}${TLS_ALLOWED_PATH}`,
        upstream: `127.0.0.1:${appPort}`,
        directoryUrl: env.ACME_DIRECTORY_URL,
        caFile: env.ACME_CA_FILE,
      });
      break;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('address already in use')) throw error;
    }
  }
  owner = await createUser();
  siteId = (await db.site.create({ data: { ownerId: owner.id, name: 'Shop', slug: `shop-${randomUUID().slice(0, 8)}`, draft: {} } })).id;
});

afterAll(async () => {
  await caddy?.close();
  await new Promise((resolve) => app?.close(resolve));
});

describe('Caddy with on-demand TLS asking tls-allowed', () => {
  it('gets a certificate from pebble for an active custom domain on its first handshake, and proxies to the app', async () => {
    const domain = await newDomain('active');
    for (const name of [domain.hostname, `www.${domain.hostname}`]) {
      const { peer, authorized, body, ms } = await handshake(name);
      console.log(`Caddy: first handshake for ${name.split('.')[0]} with a pebble certificate in ${ms.toFixed(0)} ms`);
      expect(authorized).toBe(true);
      expect(peer.subjectaltname).toBe(`DNS:${name}`);
      expect(peer.issuer.CN).toMatch(/Pebble/);
      expect(body).toMatch(/^HTTP\/1\.1 200/);
      expect(body).toContain(`app answered ${name} /hello proto=https`);
      expect(asks).toContain(name);
    }
    // The second handshake uses the stored certificate: nothing to ask.
    const before = asks.length;
    expect((await handshake(domain.hostname)).authorized).toBe(true);
    expect(asks.length).toBe(before);
  });

  it('gets one for a domain being verified too, so HTTPS works the moment it turns active', async () => {
    const domain = await newDomain('verifying');
    expect((await handshake(domain.hostname)).authorized).toBe(true);
  });

  it('refuses names the app does not know, and pending domains, at the handshake', async () => {
    const pending = await newDomain('pending');
    for (const name of [`unknown-${randomUUID().slice(0, 8)}.example.test`, pending.hostname]) {
      const error = await handshake(name).then(
        () => null,
        (e: Error & { ms: number }) => e,
      );
      expect(error, name).not.toBeNull();
      expect(error!.message).toMatch(/alert|handshake|socket hang up|ECONNRESET/i);
      expect(error!.ms).toBeLessThan(2000);
      expect(asks).toContain(name);
    }
  });
});
