// The built-in HTTPS listener's certificates: SNICallback picks the certificate for the name the
// client asks for, from CertificateInfo, with one SecureContext cached per hostname. A name with no
// certificate fails the handshake at once, and is remembered for a minute, so a flood of unknown
// names costs at most one query per name per minute.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSecureContext, type SecureContext } from 'node:tls';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
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

// Called on this instance after a certificate is issued or renewed; other instances pick it up
// when their entry expires (a minute for a name they had no certificate for, ten for a renewal,
// which happens 30 days early).
export function forgetHostnames(hostnames: string[]): void {
  for (const hostname of hostnames) contexts.delete(hostname);
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
  return server;
}
