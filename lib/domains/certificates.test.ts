// Certificates through the built-in ACME client, against pebble (the ACME test CA) started by
// `npm test unit`: a real HTTP-01 issuance answered by the app's own challenge handler, the key
// sealed in the database, the HTTPS listener choosing it by SNI, renewal, health and export.
import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate, createPrivateKey, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { Agent, get, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type PeerCertificate } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { createUser } from '@/test/factories';
import { answerAcmeChallenge, isAcmeChallengeRequest, keyBox } from './acme';
import { exportCertificateP12, exportCertificatePem } from './certificate-export';
import { checkCertificateHealth, splitPemChain } from './certificate-health';
import { startWorkers } from '@/lib/jobs';
import { certificateIssue } from '@/lib/jobs/certificate-issue';
import { startTestQueue } from '@/test/queue';
import { findCertificateSummary, listCertificatesDueForRenewal, queueDueRenewals, requestCertificate } from './certificates';
import { createHttpsServer } from './tls';

const DAY_MS = 24 * 60 * 60 * 1000;
const challengePort = Number(process.env.TEST_ACME_HTTP_PORT);
const rootsUrl = process.env.TEST_PEBBLE_ROOTS_URL ?? '';

let challengeServer: Server;
let queue: Awaited<ReturnType<typeof startTestQueue>>;
let httpsServer: HttpsServer;
let httpsPort: number;
let rootPem: string;
let owner: { id: string };
let domainId: string;
let certificateId: string;
const hostname = `shop-${randomUUID().slice(0, 8)}.example.test`;

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

// A TLS handshake with the HTTPS listener naming `servername`, trusting only pebble's root; then
// one HTTP request. Resolves with the peer certificate and the answer, rejects on a failed handshake.
function handshake(
  servername: string | undefined,
  { rejectUnauthorized = true } = {},
): Promise<{ peer: PeerCertificate; authorized: boolean; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: httpsPort, servername, ca: [rootPem], rejectUnauthorized }, () => {
      const peer = socket.getPeerCertificate(true);
      const authorized = socket.authorized;
      const ms = performance.now() - started;
      let body = '';
      socket.on('data', (chunk) => (body += chunk));
      socket.on('end', () => resolve({ peer, authorized, body, ms }));
      socket.write(`GET / HTTP/1.1\r\nHost: ${servername}\r\nConnection: close\r\n\r\n`);
    });
    socket.on('error', (error) => reject(Object.assign(error, { ms: performance.now() - started })));
  });
}

async function waitForStatus(id: string, statuses: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db.certificateInfo.findUniqueOrThrow({ where: { id } });
    if (statuses.includes(row.status)) return row;
    if (Date.now() > deadline) throw new Error(`certificate stayed ${row.status}: ${row.lastError}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function openssl(args: string[], input?: string) {
  return spawnSync('openssl', args, { input, encoding: 'utf8' });
}

beforeAll(async () => {
  if (!challengePort || !rootsUrl || !env.ACME_DIRECTORY_URL || !env.DOMAINS_KEY_SECRET) {
    throw new Error(
      'Run through `npm test unit`: it starts pebble and sets ACME_DIRECTORY_URL, TEST_ACME_HTTP_PORT, TEST_PEBBLE_ROOTS_URL and DOMAINS_KEY_SECRET.',
    );
  }
  rootPem = await fetchRoot();
  // Issuance runs as the certificate-issue job, on this process's workers.
  queue = await startTestQueue();
  await startWorkers({ definitions: { 'certificate-issue': certificateIssue }, pollingIntervalSeconds: 0.5 });
  // pebble validates HTTP-01 by connecting to the name's address (127.0.0.1 through the DNS
  // stand-in) on this port: the app's own challenge handler answers there, as server.ts does.
  challengeServer = createServer((req, res) => {
    if (isAcmeChallengeRequest(req.url)) void answerAcmeChallenge(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => challengeServer.listen(challengePort, '127.0.0.1', resolve));
  httpsServer = createHttpsServer((req, res) => res.end(`hello ${req.headers.host}`));
  await new Promise<void>((resolve) => httpsServer.listen(0, '127.0.0.1', resolve));
  httpsPort = (httpsServer.address() as AddressInfo).port;

  owner = await createUser();
  const site = await db.site.create({ data: { ownerId: owner.id, name: 'Shop', slug: `shop-${randomUUID().slice(0, 8)}`, draft: {} } });
  const domain = await db.domain.create({
    data: { ownerId: owner.id, siteId: site.id, hostname, withWww: true, status: 'active', verificationToken: randomUUID(), verifiedAt: new Date() },
  });
  domainId = domain.id;
});

afterAll(async () => {
  await queue?.stop();
  await new Promise((resolve) => challengeServer?.close(resolve));
  httpsServer?.closeAllConnections();
  await new Promise((resolve) => httpsServer?.close(resolve));
});

describe('the ACME challenge responder', () => {
  it('answers a pending token, and 404 for unknown or malformed tokens', async () => {
    const token = `tok_${randomUUID().replaceAll('-', '')}`;
    await db.acmeChallenge.create({ data: { token, keyAuthorization: `${token}.thumb`, hostname, expiresAt: new Date(Date.now() + 60_000) } });
    const base = `http://127.0.0.1:${challengePort}/.well-known/acme-challenge/`;
    const found = await fetch(base + token, { headers: { host: 'any-host.example.test' } });
    expect(found.status).toBe(200);
    expect(await found.text()).toBe(`${token}.thumb`);
    expect((await fetch(`${base}unknown_token_0123456789abcdef`)).status).toBe(404);
    expect((await fetch(`${base}..%2F..%2Fetc`)).status).toBe(404);
    expect((await fetch(base + token, { method: 'POST' })).status).toBe(405);
    await db.acmeChallenge.update({ where: { token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await fetch(base + token)).status).toBe(404);
    await db.acmeChallenge.delete({ where: { token } });
  });
});

describe('issuing a certificate from pebble through HTTP-01', () => {
  it('refuses a name it has no certificate for, fast, before issuance', async () => {
    const error = await handshake(hostname).then(
      () => null,
      (e: Error & { ms: number }) => e,
    );
    expect(error).not.toBeNull();
    expect(error!.ms).toBeLessThan(1000);
  });

  it('issues for the apex and www, and stores the key sealed', async () => {
    const started = Date.now();
    const pending = await requestCertificate(domainId);
    expect(pending).not.toBeNull();
    certificateId = pending!.id;
    const cert = await waitForStatus(certificateId, ['issued', 'failed']);
    console.log(`pebble issued a certificate for 2 names in ${Date.now() - started} ms`);
    expect(cert.lastError).toBeNull();
    expect(cert.status).toBe('issued');
    expect(cert.hostnames).toEqual([hostname, `www.${hostname}`]);
    expect(cert.issuer).toMatch(/Pebble/);
    expect(cert.notAfter!.getTime()).toBeGreaterThan(Date.now());
    expect(cert.serial).toMatch(/^[0-9A-F]+$/i);

    // The key is never in the row in the clear: not as PEM, not as its base64 body.
    const keyPem = keyBox().open(cert.keyEncrypted!);
    const keyBody = keyPem.split('\n').filter((line) => line && !line.startsWith('-----'))[0]!;
    const rowText = JSON.stringify(await db.certificateInfo.findUniqueOrThrow({ where: { id: certificateId } }));
    expect(rowText).not.toContain('PRIVATE KEY');
    expect(rowText).not.toContain(keyBody);
    const [leafPem] = splitPemChain(cert.certificatePem!);
    expect(new X509Certificate(leafPem!).checkPrivateKey(createPrivateKey(keyPem))).toBe(true);
    // Every challenge answer is gone once the order is done.
    expect(await db.acmeChallenge.count({ where: { hostname: { in: cert.hostnames } } })).toBe(0);
  });

  it('is served by the HTTPS listener for each of its names, chaining to pebble\u2019s root', async () => {
    for (const name of [hostname, `www.${hostname}`, `${hostname.toUpperCase()}.`]) {
      const { peer, authorized, body } = await handshake(name);
      expect(authorized).toBe(true);
      expect(peer.subjectaltname).toContain(`DNS:${hostname}`);
      expect(peer.serialNumber.toUpperCase()).toBe((await db.certificateInfo.findUniqueOrThrow({ where: { id: certificateId } })).serial!.toUpperCase());
      expect(body).toMatch(/^HTTP\/1\.1 200/);
      expect(body).toContain(`hello ${name}`);
    }
  });

  it('fails the handshake fast for an unknown name and for no name at all', async () => {
    for (const name of [`unknown-${randomUUID().slice(0, 6)}.example.test`, undefined, 'x'.repeat(300)]) {
      const error = await handshake(name).then(
        () => null,
        (e: Error & { ms: number }) => e,
      );
      expect(error, `handshake for ${String(name).slice(0, 40)}`).not.toBeNull();
      expect(error!.ms).toBeLessThan(1000);
    }
  });

  it('shows its owner a healthy certificate, and nothing to another owner', async () => {
    const summary = await findCertificateSummary(owner, domainId);
    expect(summary?.status).toBe('issued');
    expect(summary?.health?.problems).toEqual([]);
    expect(summary?.health?.daysLeft).toBeGreaterThan(30);
    const stranger = await createUser();
    expect(await findCertificateSummary(stranger, domainId)).toBeNull();
  });
});

describe('renewal', () => {
  it('picks certificates within 30 days of expiry, and renews them with a new serial served at once', async () => {
    const before = await db.certificateInfo.findUniqueOrThrow({ where: { id: certificateId } });
    const notAfter = before.notAfter!.getTime();
    const due = (now: number) => listCertificatesDueForRenewal(new Date(now)).then((rows) => rows.some((row) => row.id === certificateId));
    expect(await due(Date.now())).toBe(false);
    expect(await due(notAfter - 31 * DAY_MS)).toBe(false);
    expect(await due(notAfter - 29 * DAY_MS)).toBe(true);
    expect(await due(notAfter + DAY_MS)).toBe(true);

    // The daily job's work, ten days before expiry: a certificate-issue job per due certificate.
    expect(await queueDueRenewals(new Date(notAfter - 10 * DAY_MS))).toContain(certificateId);
    await expect
      .poll(async () => (await db.certificateInfo.findUniqueOrThrow({ where: { id: certificateId } })).serial, { timeout: 20_000 })
      .not.toBe(before.serial);
    const after = await db.certificateInfo.findUniqueOrThrow({ where: { id: certificateId } });
    expect(after.status).toBe('issued');
    expect(after.lastError).toBeNull();
    expect(after.keyEncrypted).not.toBe(before.keyEncrypted);
    expect(after.lastRenewalAt!.getTime()).toBeGreaterThan(before.lastRenewalAt!.getTime());
    const { peer } = await handshake(hostname);
    expect(peer.serialNumber.toUpperCase()).toBe(after.serial!.toUpperCase());
  });

  it('serves a certificate issued by another instance once it is announced', async () => {
    // Another instance (or Next's own copy of these modules) stores a certificate for a name this
    // listener has just refused; only the announcement on PostgreSQL can make it forget that.
    const name = `other-${randomUUID().slice(0, 8)}.example.test`;
    const error = await handshake(name, { rejectUnauthorized: false }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error).not.toBeNull();
    const source = await db.certificateInfo.findUniqueOrThrow({ where: { id: certificateId } });
    const copy = await db.certificateInfo.create({
      data: {
        domainId,
        hostnames: [name],
        status: 'issued',
        certificatePem: source.certificatePem,
        keyEncrypted: source.keyEncrypted,
        notAfter: source.notAfter,
      },
    });
    // Still refused from the cache, until the announcement.
    await expect(handshake(name, { rejectUnauthorized: false })).rejects.toThrow();
    await db.$executeRaw`SELECT pg_notify('pm_certificate_issued', ${name})`;
    await expect
      .poll(
        () =>
          handshake(name, { rejectUnauthorized: false }).then(
            ({ peer }) => peer.serialNumber.toUpperCase(),
            () => null,
          ),
        { timeout: 5000 },
      )
      .toBe(source.serial!.toUpperCase());
    await db.certificateInfo.delete({ where: { id: copy.id } });
  });

  it('leaves a domain that is no longer verified alone', async () => {
    await db.domain.update({ where: { id: domainId }, data: { status: 'failed' } });
    const notAfter = (await db.certificateInfo.findUniqueOrThrow({ where: { id: certificateId } })).notAfter!.getTime();
    expect((await listCertificatesDueForRenewal(new Date(notAfter - DAY_MS))).some((row) => row.id === certificateId)).toBe(false);
    await db.domain.update({ where: { id: domainId }, data: { status: 'active' } });
  });
});

describe('health', () => {
  it('flags an expired certificate, a hostname it does not cover, a chain that does not hold and a key of another certificate', async () => {
    const cert = await db.certificateInfo.findUniqueOrThrow({ where: { id: certificateId } });
    const certificatePem = cert.certificatePem!;
    const keyPem = keyBox().open(cert.keyEncrypted!);
    expect(checkCertificateHealth({ certificatePem, keyPem, hostnames: [hostname] }).problems).toEqual([]);

    const expired = checkCertificateHealth({ certificatePem, keyPem, hostnames: [hostname] }, new Date(cert.notAfter!.getTime() + DAY_MS));
    expect(expired.problems).toContain('expired');
    expect(expired.daysLeft).toBeLessThan(0);
    expect(checkCertificateHealth({ certificatePem, hostnames: [hostname] }, new Date(cert.notAfter!.getTime() - 10 * DAY_MS)).problems).toEqual(['expiring']);

    const mismatch = checkCertificateHealth({ certificatePem, keyPem, hostnames: [hostname, 'other.example.test'] });
    expect(mismatch.problems).toEqual(['hostname-mismatch']);
    expect(mismatch.uncoveredHostnames).toEqual(['other.example.test']);

    // The leaf followed by the root instead of the intermediate that signed it.
    const [leafPem] = splitPemChain(certificatePem);
    const broken = checkCertificateHealth({ certificatePem: `${leafPem}\n${rootPem}`, hostnames: [hostname] });
    expect(broken.isChainValid).toBe(false);
    expect(broken.problems).toEqual(['chain-invalid']);

    const otherKey = execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'], { encoding: 'utf8' });
    expect(checkCertificateHealth({ certificatePem, keyPem: otherKey, hostnames: [hostname] }).problems).toEqual(['key-mismatch']);
    expect(checkCertificateHealth({ certificatePem: 'not a certificate', hostnames: [hostname] }).problems).toEqual(['unreadable']);
  });
});

describe('export', () => {
  it('gives the owner PEM (chain then key) and PKCS#12 under their password, which openssl reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cert-export-'));
    try {
      const { filename, pem } = await exportCertificatePem(owner, domainId);
      expect(filename).toBe(`${hostname}.pem`);
      const pemFile = join(dir, filename);
      writeFileSync(pemFile, pem);
      writeFileSync(join(dir, 'root.pem'), rootPem);
      const blocks = splitPemChain(pem);
      expect(blocks.length).toBeGreaterThanOrEqual(2);
      writeFileSync(join(dir, 'leaf.pem'), blocks[0]!);
      writeFileSync(join(dir, 'chain.pem'), blocks.slice(1).join('\n'));
      // The chain in the file verifies against pebble's root; the key in it is the leaf's.
      const verify = openssl(['verify', '-CAfile', join(dir, 'root.pem'), '-untrusted', join(dir, 'chain.pem'), join(dir, 'leaf.pem')]);
      expect(verify.stdout + verify.stderr).toContain(': OK');
      const certKey = openssl(['x509', '-in', pemFile, '-noout', '-pubkey']).stdout;
      const fileKey = openssl(['pkey', '-in', pemFile, '-pubout']).stdout;
      expect(fileKey).toContain('PUBLIC KEY');
      expect(fileKey).toBe(certKey);

      const password = 'correct battery staple 42';
      const { filename: p12Name, p12 } = await exportCertificateP12(owner, domainId, password);
      expect(p12Name).toBe(`${hostname}.p12`);
      const p12File = join(dir, p12Name);
      writeFileSync(p12File, p12);
      const info = openssl(['pkcs12', '-info', '-in', p12File, '-passin', `pass:${password}`, '-nokeys']);
      expect(info.status).toBe(0);
      expect(info.stdout).toContain(`friendlyName: ${hostname}`);
      expect(splitPemChain(info.stdout).length).toBe(blocks.length);
      const key = openssl(['pkcs12', '-in', p12File, '-passin', `pass:${password}`, '-nocerts', '-nodes']);
      expect(openssl(['pkey', '-pubout'], key.stdout).stdout).toBe(certKey);
      const wrong = openssl(['pkcs12', '-info', '-in', p12File, '-passin', 'pass:wrong password', '-nokeys']);
      expect(wrong.status).not.toBe(0);
      expect(wrong.stderr).toMatch(/mac verify failure|invalid password/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives another owner nothing', async () => {
    const stranger = await createUser();
    await expect(exportCertificatePem(stranger, domainId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportCertificateP12(stranger, domainId, 'whatever password')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
