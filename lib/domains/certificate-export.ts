// Export of a domain's certificate for its owner, to move it to another server: PEM (the chain,
// then the key) or PKCS#12 under a password they choose. PKCS#12 is made by the openssl CLI
// (node-forge handles RSA keys only, and ours are ECDSA).
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import type { CurrentUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { getIssuedPair } from './certificates';

export type PemExport = { filename: string; pem: string };
export type P12Export = { filename: string; p12: Buffer };

function baseName(hostname: string): string {
  return hostname.replace(/[^a-z0-9.-]/gi, '_');
}

export async function exportCertificatePem(user: Pick<CurrentUser, 'id'>, domainId: string): Promise<PemExport> {
  const { hostname, certificatePem, keyPem } = await getIssuedPair(user, domainId);
  return { filename: `${baseName(hostname)}.pem`, pem: `${certificatePem.trim()}\n${keyPem.trim()}\n` };
}

// openssl reads the key and every certificate from stdin (`-in -` fails in OpenSSL 3.0, so no -in)
// and the password from a pipe of its own (fd 3), never the command line, which `ps` shows.
export function toPkcs12(input: { certificatePem: string; keyPem: string; name: string; password: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', ['pkcs12', '-export', '-passout', 'fd:3', '-name', input.name], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (error) => reject(new AppError('UNAVAILABLE', `openssl is not available: ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`openssl pkcs12 failed (${code}): ${err.trim().slice(0, 300)}`))));
    const passwordPipe = child.stdio[3] as Writable;
    passwordPipe.on('error', () => {});
    passwordPipe.end(`${input.password}\n`);
    child.stdin.end(`${input.keyPem.trim()}\n${input.certificatePem.trim()}\n`);
  });
}

export async function exportCertificateP12(user: Pick<CurrentUser, 'id'>, domainId: string, password: string): Promise<P12Export> {
  const { hostname, certificatePem, keyPem } = await getIssuedPair(user, domainId);
  const p12 = await toPkcs12({ certificatePem, keyPem, name: hostname, password });
  return { filename: `${baseName(hostname)}.p12`, p12 };
}
