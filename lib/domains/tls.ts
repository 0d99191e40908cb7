// The built-in HTTPS listener's certificates: SNICallback picks the certificate for the name the
// client asks for, from CertificateInfo, with one SecureContext cached per hostname. A name with no
// certificate fails the handshake at once, and is remembered for a minute, so a flood of unknown
// names costs at most one query per name per minute.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSecureContext, type SecureContext } from 'node:tls';
import pg from 'pg';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { keyBox } from './acme';

const POSITIVE_TTL_MS = 10 * 60 * 1000;
const NEGATIVE_TTL_MS = 60 * 1000;
const MAX_ENTRIES = 10_000;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

type Entry = { context: SecureContext | null; expiresAt: number };

const contexts = new Map<string, Entry>();
const loading = new Map<string, Promise<SecureContext | null>>();

export function normalizeServername(servername: string): string | null {
  const name = servername.toLowerCase().replace(/\.$/, '');
  return HOSTNAME.test(name) ? name : null;
}

// The newest usable certificate covering the hostname, as a SecureContext, or null.
async function loadContext(hostname: string): Promise<SecureContext | null> {
  const cert = await db.certificateInfo.findFirst({
    // An expired certificate is still served: the browser then says why, instead of a bare reset.
    where: { hostnames: { has: hostname }, status: { in: ['issued', 'expired'] }, certificatePem: { not: null }, keyEncrypted: { not: null } },
    orderBy: { notAfter: 'desc' },
    select: { certificatePem: true, keyEncrypted: true },
  });
  if (!cert?.certificatePem || !cert.keyEncrypted) return null;
  return createSecureContext({ cert: cert.certificatePem, key: keyBox().open(cert.keyEncrypted) });
}

export async function secureContextFor(servername: string, now = Date.now()): Promise<SecureContext | null> {
  const hostname = normalizeServername(servername);
  if (!hostname) return null;
  const cached = contexts.get(hostname);
  if (cached && cached.expiresAt > now) return cached.context;
  // Concurrent handshakes for one name share one query.
  let pending = loading.get(hostname);
  if (!pending) {
    pending = loadContext(hostname).finally(() => loading.delete(hostname));
    loading.set(hostname, pending);
  }
  const context = await pending;
  if (contexts.size >= MAX_ENTRIES) {
    // Map keeps insertion order: drop the oldest tenth.
    let n = MAX_ENTRIES / 10;
    for (const key of contexts.keys()) {
      contexts.delete(key);
      if (--n <= 0) break;
    }
  }
  contexts.delete(hostname);
  contexts.set(hostname, { context, expiresAt: now + (context ? POSITIVE_TTL_MS : NEGATIVE_TTL_MS) });
  return context;
}

// After an issuance or renewal every instance forgets the names' cached contexts: the issuing code
// may run in another copy of this module (Next's bundle, for "Renew now") or another instance.
export const CERTIFICATE_CHANNEL = 'pm_certificate_issued';

function forgetHostnames(hostnames: string[]): void {
  for (const hostname of hostnames) contexts.delete(hostname);
}

export async function announceCertificate(hostnames: string[]): Promise<void> {
  forgetHostnames(hostnames);
  await db.$executeRaw`SELECT pg_notify(${CERTIFICATE_CHANNEL}, ${hostnames.join(',')})`;
}

// LISTENs on its own connection, reconnecting with backoff; while it is down (and on reconnect)
// the whole cache is dropped, so nothing stale outlives a missed notification.
function listenForCertificates(): () => Promise<void> {
  let client: pg.Client | null = null;
  let isStopped = false;
  let delayMs = 250;
  const retry = (c: pg.Client) => {
    c.end().catch(() => {});
    if (client === c) client = null;
    if (isStopped) return;
    setTimeout(connect, delayMs).unref();
    delayMs = Math.min(delayMs * 2, 10_000);
  };
  const connect = async () => {
    if (isStopped) return;
    const c = new pg.Client({ connectionString: env.DATABASE_URL });
    c.on('notification', (msg) => {
      if (msg.channel === CERTIFICATE_CHANNEL && msg.payload) forgetHostnames(msg.payload.split(','));
    });
    c.on('error', (error) => {
      if (!isStopped) logger.warn({ err: error }, 'certificate listener lost its connection');
      retry(c);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CERTIFICATE_CHANNEL}`);
      client = c;
      contexts.clear();
      delayMs = 250;
    } catch {
      retry(c);
    }
  };
  void connect();
  return async () => {
    isStopped = true;
    await client?.end().catch(() => {});
  };
}

export function sniCallback(servername: string, callback: (error: Error | null, context?: SecureContext) => void): void {
  secureContextFor(servername).then(
    (context) => (context ? callback(null, context) : callback(new Error(`No certificate for ${servername.slice(0, 253)}`))),
    (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
  );
}

// The HTTPS listener: the same request handler as the HTTP one, certificates by SNI. A client that
// sends no server name gets no certificate and the handshake fails.
export function createHttpsServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Server {
  if (!env.DOMAINS_KEY_SECRET) throw new Error('HTTPS_PORT needs DOMAINS_KEY_SECRET: certificate keys are stored sealed under it.');
  const server = createServer({ SNICallback: sniCallback, minVersion: 'TLSv1.2' }, handler);
  // As the HTTP listener (server.ts): idle keep-alive outlasts a load balancer's 60 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // A failed handshake (unknown name, scanner) is routine: nothing to log per connection.
  server.on('tlsClientError', (_error, socket) => socket.destroy());
  const stopListening = listenForCertificates();
  server.on('close', () => void stopListening());
  return server;
}
