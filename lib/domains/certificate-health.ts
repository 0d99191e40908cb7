// What the owner needs to know about a certificate: days left, whether its chain holds together,
// whether it covers every hostname, and whether the stored key belongs to it. Pure: the caller
// passes the PEMs and the time.
import { createPrivateKey, X509Certificate } from 'node:crypto';

export type CertificateProblem = 'expired' | 'not-yet-valid' | 'expiring' | 'chain-invalid' | 'hostname-mismatch' | 'key-mismatch' | 'unreadable';

export type CertificateHealth = {
  daysLeft: number;
  isChainValid: boolean;
  // Hostnames the certificate does not cover.
  uncoveredHostnames: string[];
  problems: CertificateProblem[];
};

// Renewal starts 30 days before expiry and retries daily; under 21 days left means it has been
// failing for over a week, which the owner should hear about.
const EXPIRING_DAYS = 21;
const DAY_MS = 24 * 60 * 60 * 1000;

export function splitPemChain(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

export function readChain(pem: string): X509Certificate[] {
  return splitPemChain(pem).map((block) => new X509Certificate(block));
}

// Each certificate is issued and signed by the next one and in date. The last one's issuer (the
// CA's root) is the client's to trust; it is not sent and not checked here.
function isChainValid(chain: X509Certificate[], now: Date): boolean {
  if (chain.length === 0) return false;
  return chain.every((cert, i) => {
    const inDate = new Date(cert.validFrom) <= now && now <= new Date(cert.validTo);
    const next = chain[i + 1];
    return inDate && (!next || (cert.checkIssued(next) && cert.verify(next.publicKey)));
  });
}

export function checkCertificateHealth(input: { certificatePem: string; keyPem?: string; hostnames: string[] }, now: Date = new Date()): CertificateHealth {
  let chain: X509Certificate[];
  try {
    chain = readChain(input.certificatePem);
  } catch {
    chain = [];
  }
  const leaf = chain[0];
  if (!leaf) return { daysLeft: 0, isChainValid: false, uncoveredHostnames: input.hostnames, problems: ['unreadable'] };
  const notAfter = new Date(leaf.validTo);
  const daysLeft = Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
  const problems: CertificateProblem[] = [];
  if (notAfter < now) problems.push('expired');
  else if (new Date(leaf.validFrom) > now) problems.push('not-yet-valid');
  else if (daysLeft < EXPIRING_DAYS) problems.push('expiring');
  const chainValid = isChainValid(chain, now);
  // An expired leaf already says why; the chain problem would only repeat it.
  if (!chainValid && !problems.includes('expired')) problems.push('chain-invalid');
  // Only the subjectAltName counts, as in browsers; a common name alone covers nothing.
  const uncoveredHostnames = input.hostnames.filter((hostname) => leaf.checkHost(hostname, { subject: 'never' }) === undefined);
  if (uncoveredHostnames.length > 0) problems.push('hostname-mismatch');
  if (input.keyPem !== undefined) {
    let matches = false;
    try {
      matches = leaf.checkPrivateKey(createPrivateKey(input.keyPem));
    } catch {
      matches = false;
    }
    if (!matches) problems.push('key-mismatch');
  }
  return { daysLeft, isChainValid: chainValid, uncoveredHostnames, problems };
}
