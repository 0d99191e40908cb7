// Certificates for custom domains through the built-in ACME client: one CertificateInfo per domain,
// issued when the domain turns active (requestCertificate), renewed 30 days before it expires
// (renewDueCertificates), its key sealed under DOMAINS_KEY_SECRET. With ACME off (Caddy in front),
// nothing here runs and the Domains page says TLS is handled in front of the app.
import { X509Certificate } from 'node:crypto';
import type { CurrentUser } from '@/lib/auth/require-user';
import { db } from '@/lib/db';
import { features } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { enqueue } from '@/lib/queue';
import { keyBox, obtainCertificate } from './acme';
import { checkCertificateHealth, readChain, type CertificateHealth } from './certificate-health';
import { hostnamesOf } from './hostname';
import { announceCertificate } from './tls';

export const RENEW_BEFORE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

type CertificateRow = NonNullable<Awaited<ReturnType<typeof db.certificateInfo.findFirst>>>;

// The first CA message line is what the owner sees; the CA's whole answer goes to the log.
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 500);
}

// The domain's one certificate row, made when missing, naming the hostnames it must cover now.
async function certificateRowFor(domainId: string, hostnames: string[]): Promise<CertificateRow> {
  const existing = await db.certificateInfo.findFirst({ where: { domainId }, orderBy: { createdAt: 'desc' }, select: { id: true, status: true } });
  if (!existing) return db.certificateInfo.create({ data: { domainId, hostnames } });
  return db.certificateInfo.update({
    where: { id: existing.id },
    data: { hostnames, status: existing.status === 'failed' ? 'pending' : existing.status, lastError: null },
  });
}

// For lib/domains/run-check.ts when a domain turns active: makes (or refreshes) the domain's
// certificate row and starts its issuance. Returns null when the built-in ACME client is off.
export async function requestCertificate(domainId: string): Promise<CertificateRow | null> {
  if (!features.acme) return null;
  const domain = await db.domain.findUnique({ where: { id: domainId }, select: { id: true, hostname: true, withWww: true, status: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  if (domain.status !== 'active') throw new AppError('CONFLICT', 'A certificate can only be requested for a verified domain.');
  const cert = await certificateRowFor(domainId, hostnamesOf(domain));
  // The certificate-issue job (lib/jobs/) runs it on some instance, retried with backoff.
  await enqueue('certificate-issue', { certificateId: cert.id }, { singletonKey: cert.id });
  return cert;
}

// Orders the certificate from the CA and stores it. On failure the row keeps a certificate that is
// still good (status stays issued) and records the error; the error is thrown for the job to retry.
export async function issueCertificate(certificateId: string): Promise<CertificateRow> {
  const cert = await db.certificateInfo.findUnique({ where: { id: certificateId }, include: { domain: { select: { status: true } } } });
  if (!cert) throw new AppError('NOT_FOUND', 'Certificate not found');
  const startedAt = new Date();
  try {
    if (cert.domain.status !== 'active') throw new AppError('CONFLICT', 'The domain is not verified any more.');
    const { certificatePem, keyPem } = await obtainCertificate(cert.hostnames);
    const [leaf] = readChain(certificatePem);
    if (!leaf) throw new Error('The CA returned no certificate.');
    const updated = await db.certificateInfo.update({
      where: { id: cert.id },
      data: {
        status: 'issued',
        certificatePem,
        keyEncrypted: keyBox().seal(keyPem),
        issuer: issuerName(leaf),
        serial: leaf.serialNumber,
        notBefore: new Date(leaf.validFrom),
        notAfter: new Date(leaf.validTo),
        lastRenewalAt: startedAt,
        lastError: null,
      },
    });
    await announceCertificate(cert.hostnames);
    logger.info({ certificateId, hostnames: cert.hostnames, ms: Date.now() - startedAt.getTime() }, 'certificate issued');
    return updated;
  } catch (error) {
    const isStillGood = cert.status === 'issued' && cert.notAfter !== null && cert.notAfter > startedAt;
    const status = isStillGood ? 'issued' : cert.notAfter && cert.notAfter <= startedAt ? 'expired' : 'failed';
    await db.certificateInfo.update({ where: { id: cert.id }, data: { status, lastRenewalAt: startedAt, lastError: reasonOf(error) } });
    throw error;
  }
}

function issuerName(cert: X509Certificate): string {
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(cert.issuer)?.[1];
  return (cn ?? cert.issuer).slice(0, 200);
}

// Certificates that expire within 30 days (or already have), oldest first; a failed issuance of an
// active domain is retried with them. The renewal job runs this daily.
export async function listCertificatesDueForRenewal(now: Date = new Date()): Promise<{ id: string; hostnames: string[]; notAfter: Date | null }[]> {
  return db.certificateInfo.findMany({
    where: {
      domain: { status: 'active' },
      OR: [{ status: { in: ['issued', 'expired'] }, notAfter: { lt: new Date(now.getTime() + RENEW_BEFORE_DAYS * DAY_MS) } }, { status: 'failed' }],
    },
    orderBy: { notAfter: 'asc' },
    select: { id: true, hostnames: true, notAfter: true },
  });
}

// The daily certificate-renew job: one certificate-issue job per due certificate, each with its
// own retries (a job already waiting for the same certificate is not doubled). Returns their ids.
export async function queueDueRenewals(now: Date = new Date()): Promise<string[]> {
  const due = await listCertificatesDueForRenewal(now);
  for (const { id } of due) await enqueue('certificate-issue', { certificateId: id }, { singletonKey: id });
  return due.map(({ id }) => id);
}

export type CertificateSummary = {
  id: string;
  status: 'pending' | 'issued' | 'failed' | 'expired';
  hostnames: string[];
  issuer: string | null;
  serial: string | null;
  notBefore: string | null;
  notAfter: string | null;
  lastRenewalAt: string | null;
  lastError: string | null;
  health: CertificateHealth | null;
};

function toStatus(value: string): CertificateSummary['status'] {
  return value === 'issued' || value === 'failed' || value === 'expired' ? value : 'pending';
}

// The domain's certificate as its owner sees it, with its health; null when there is none.
export async function findCertificateSummary(user: Pick<CurrentUser, 'id'>, domainId: string, now: Date = new Date()): Promise<CertificateSummary | null> {
  const cert = await db.certificateInfo.findFirst({
    where: { domainId, domain: { ownerId: user.id } },
    orderBy: { createdAt: 'desc' },
    include: { domain: { select: { hostname: true, withWww: true } } },
  });
  if (!cert) return null;
  const health = cert.certificatePem
    ? checkCertificateHealth(
        { certificatePem: cert.certificatePem, keyPem: cert.keyEncrypted ? keyBox().open(cert.keyEncrypted) : undefined, hostnames: hostnamesOf(cert.domain) },
        now,
      )
    : null;
  return {
    id: cert.id,
    status: toStatus(cert.status),
    hostnames: cert.hostnames,
    issuer: cert.issuer,
    serial: cert.serial,
    notBefore: cert.notBefore?.toISOString() ?? null,
    notAfter: cert.notAfter?.toISOString() ?? null,
    lastRenewalAt: cert.lastRenewalAt?.toISOString() ?? null,
    lastError: cert.lastError,
    health,
  };
}

// "Renew now" from the Domains page: the owner's own domain only; runs the issuance and answers
// with its outcome (a few seconds at most against a CA that answers).
export async function renewCertificateNow(user: Pick<CurrentUser, 'id'>, domainId: string): Promise<void> {
  if (!features.acme) throw new AppError('UNAVAILABLE', 'Certificates are handled in front of this server, not by the app.');
  const domain = await db.domain.findFirst({ where: { id: domainId, ownerId: user.id }, select: { hostname: true, withWww: true, status: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  if (domain.status !== 'active') throw new AppError('CONFLICT', 'Verify the domain before asking for its certificate.');
  const cert = await certificateRowFor(domainId, hostnamesOf(domain));
  try {
    await issueCertificate(cert.id);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('UPSTREAM_FAILED', `The certificate authority refused: ${reasonOf(error)}`);
  }
}

// The owner's issued certificate and its key in the clear, for export.
export async function getIssuedPair(user: Pick<CurrentUser, 'id'>, domainId: string): Promise<{ hostname: string; certificatePem: string; keyPem: string }> {
  const cert = await db.certificateInfo.findFirst({
    where: { domainId, domain: { ownerId: user.id }, status: { in: ['issued', 'expired'] }, certificatePem: { not: null }, keyEncrypted: { not: null } },
    orderBy: { createdAt: 'desc' },
    include: { domain: { select: { hostname: true } } },
  });
  if (!cert?.certificatePem || !cert.keyEncrypted) throw new AppError('NOT_FOUND', 'This domain has no certificate yet.');
  return { hostname: cert.domain.hostname, certificatePem: cert.certificatePem, keyPem: keyBox().open(cert.keyEncrypted) };
}

// The owner's domain as the certificate page shows it; NOT_FOUND for anyone else's.
export async function getCertificateDomain(user: Pick<CurrentUser, 'id'>, domainId: string): Promise<{ id: string; hostname: string; status: string }> {
  const domain = await db.domain.findFirst({ where: { id: domainId, ownerId: user.id }, select: { id: true, hostname: true, status: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  return domain;
}
