// pebble, the ACME test CA (Debian's package; recipe in SETUP-FACTS.md), for tests of the built-in
// ACME client and of Caddy's on-demand TLS. It validates HTTP-01 challenges by connecting to the
// name's address (from the DNS stand-in, 127.0.0.1 unless mocked) on `httpPort`, so the server
// answering /.well-known/acme-challenge/ must listen there. Its root changes at every start:
// `rootPem()` reads it from the management port.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:https';
import { join } from 'node:path';
import { stop, waitUntilUp } from './dns';

export type PebbleStandIn = {
  directoryUrl: string;
  // The certificate of pebble's own HTTPS API: trust it to talk to the directory (ACME_CA_FILE).
  apiCertFile: string;
  rootPem: () => Promise<string>;
  close: () => Promise<void>;
};

export async function startPebble({
  dir,
  port,
  managementPort,
  httpPort,
  dnsServer,
}: {
  dir: string;
  port: number;
  managementPort: number;
  httpPort: number;
  dnsServer: string;
}): Promise<PebbleStandIn> {
  mkdirSync(dir, { recursive: true });
  const apiCertFile = join(dir, 'api-cert.pem');
  const apiKeyFile = join(dir, 'api-key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      apiKeyFile,
      '-out',
      apiCertFile,
      '-days',
      '30',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    {
      stdio: 'ignore',
    },
  );
  const configFile = join(dir, 'pebble.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      pebble: {
        listenAddress: `127.0.0.1:${port}`,
        managementListenAddress: `127.0.0.1:${managementPort}`,
        certificate: apiCertFile,
        privateKey: apiKeyFile,
        httpPort,
        tlsPort: httpPort + 1,
        ocspResponderURL: '',
        externalAccountBindingRequired: false,
      },
    }),
  );
  const child = spawn('pebble', ['-config', configFile, '-dnsserver', dnsServer], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PEBBLE_VA_NOSLEEP: '1', PEBBLE_WFE_NONCEREJECT: '0' },
  });
  const agent = new Agent({ ca: readFileSync(apiCertFile) });
  const directoryUrl = `https://127.0.0.1:${port}/dir`;
  // Any answer (Go's 400 to plain HTTP on its HTTPS port) says it is listening.
  await waitUntilUp(child, `http://127.0.0.1:${port}/`, 'pebble');
  const rootPem = () =>
    new Promise<string>((resolve, reject) => {
      get(`https://127.0.0.1:${managementPort}/roots/0`, { agent }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`pebble roots: HTTP ${res.statusCode}`))));
      }).on('error', reject);
    });
  return { directoryUrl, apiCertFile, rootPem, close: () => stop(child) };
}
