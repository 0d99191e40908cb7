// Built-in ACME, end to end: an active domain's owner asks for its certificate, pebble (the ACME
// test CA) validates HTTP-01 against the app itself (npm test points pebble's HTTP-01 port at the
// app's), the app's HTTPS listener then serves that certificate for the hostname, and the owner
// exports it as PEM and PKCS#12, both checked with openssl.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import pg from 'pg';
import { expect, signUp, test } from './support/fixtures';

const httpsPort = Number(process.env.HTTPS_PORT ?? 0);

function pebbleRoot(): Promise<string> {
  const agent = new Agent({ ca: readFileSync(process.env.ACME_CA_FILE ?? '') });
  return new Promise((resolve, reject) => {
    get(process.env.TEST_PEBBLE_ROOTS_URL ?? '', { agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

// One HTTPS request to the app's listener naming `hostname` by SNI, trusting only pebble's root.
function overHttps(hostname: string, path: string, root: string): Promise<{ authorized: boolean; serial: string; statusLine: string; answer: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: httpsPort, servername: hostname, ca: [root] }, () => {
      const serial = socket.getPeerCertificate().serialNumber;
      const authorized = socket.authorized;
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => resolve({ authorized, serial, statusLine: answer.split('\r\n')[0] ?? '', answer }));
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    socket.on('error', reject);
  });
}

test.skip(!httpsPort || !process.env.E2E_DATABASE_URL, 'needs npm test e2e (HTTPS_PORT, pebble, the database)');

test('an active domain gets its certificate from pebble, is served over HTTPS, and exports as PEM and PKCS#12', async ({ page }) => {
  test.setTimeout(120_000);
  const email = await signUp(page);
  const hostname = `shop-${randomUUID().slice(0, 8)}.example.test`;
  // The domain is connected and verified as the Domains flow leaves it (its own journey covers
  // getting there); this one starts at "active".
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  let domainId: string;
  try {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
    const ownerId = rows[0]!.id;
    const siteId = `site_${randomUUID()}`;
    await db.query('INSERT INTO "Site" (id, "ownerId", name, slug, draft, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())', [
      siteId,
      ownerId,
      'Shop',
      `shop-${randomUUID().slice(0, 8)}`,
      '{}',
    ]);
    domainId = `dom_${randomUUID()}`;
    await db.query(
      `INSERT INTO "Domain" (id, "ownerId", "siteId", hostname, "withWww", status, "verificationToken", "verifiedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, true, 'active', $5, now(), now())`,
      [domainId, ownerId, siteId, hostname, randomUUID()],
    );
  } finally {
    await db.end();
  }

  const root = await pebbleRoot();
  // No certificate yet: the listener refuses the name.
  await expect(overHttps(hostname, '/api/health', root)).rejects.toThrow();

  await page.goto(`/dashboard/domains/${domainId}/certificate`);
  await expect(page.getByRole('heading', { level: 1, name: hostname })).toBeVisible();
  await expect(page.getByTestId('certificate-status')).toHaveText('Not requested yet');
  await page.getByRole('button', { name: 'Renew now' }).click();
  await expect(page.getByTestId('certificate-status')).toHaveText('Active', { timeout: 60_000 });
  await expect(page.getByTestId('certificate-health')).toContainText('All good');
  await expect(page.getByText(`${hostname}, www.${hostname}`)).toBeVisible();

  // The domain serves its site (not the app) over HTTPS, though this one was never published; its
  // www form redirects to the apex (the default setting), over HTTPS too.
  const apex = await overHttps(hostname, '/', root);
  expect(apex.authorized).toBe(true);
  expect(apex.statusLine).toMatch(/^HTTP\/1\.1 404/);
  expect(apex.answer).toContain('There is no published site at this address.');
  const www = await overHttps(`www.${hostname}`, '/', root);
  expect(www.authorized).toBe(true);
  expect(www.statusLine).toMatch(/^HTTP\/1\.1 301/);
  // (This request's Host names no port, so neither does the Location.)
  expect(www.answer).toContain(`Location: https://${hostname}/\r\n`);

  const dir = mkdtempSync(join(tmpdir(), 'e2e-cert-'));
  try {
    const [pemDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PEM (chain and key)' }).click()]);
    expect(pemDownload.suggestedFilename()).toBe(`${hostname}.pem`);
    const pemFile = join(dir, 'export.pem');
    await pemDownload.saveAs(pemFile);
    const blocks = readFileSync(pemFile, 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    writeFileSync(join(dir, 'root.pem'), root);
    writeFileSync(join(dir, 'leaf.pem'), blocks[0] ?? '');
    writeFileSync(join(dir, 'chain.pem'), blocks.slice(1).join('\n'));
    const verify = spawnSync('openssl', ['verify', '-CAfile', join(dir, 'root.pem'), '-untrusted', join(dir, 'chain.pem'), join(dir, 'leaf.pem')], {
      encoding: 'utf8',
    });
    expect(verify.stdout).toContain(': OK');
    const certKey = spawnSync('openssl', ['x509', '-in', pemFile, '-noout', '-pubkey'], { encoding: 'utf8' }).stdout;
    expect(spawnSync('openssl', ['pkey', '-in', pemFile, '-pubout'], { encoding: 'utf8' }).stdout).toBe(certKey);

    const password = 'my export password';
    await page.getByLabel('Password for the PKCS#12 file').fill(password);
    const [p12Download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PKCS#12' }).click()]);
    expect(p12Download.suggestedFilename()).toBe(`${hostname}.p12`);
    const p12File = join(dir, 'export.p12');
    await p12Download.saveAs(p12File);
    const info = spawnSync('openssl', ['pkcs12', '-info', '-in', p12File, '-passin', `pass:${password}`, '-nokeys'], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect(info.stdout).toContain(`friendlyName: ${hostname}`);
    expect(spawnSync('openssl', ['pkcs12', '-info', '-in', p12File, '-passin', 'pass:not the password', '-nokeys']).status).not.toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
