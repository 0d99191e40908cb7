'use server';
// The Domains page's certificate actions: status, renew now, export as PEM or PKCS#12. Each checks
// who is calling and parses what they sent; the ownership check is in the lib/domains call.
import { z } from 'zod';
import { audit } from '@/lib/auth/audit';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { p12PasswordSchema } from './api-input';
import { exportCertificateP12, exportCertificatePem } from './certificate-export';
import { findCertificateSummary, renewCertificateNow } from './certificates';

const domainSchema = z.object({ domainId: z.string().trim().min(1).max(100) });
const p12Schema = domainSchema.extend({ password: p12PasswordSchema });

export const certificateStatusAction = action(async (input: { domainId: string }) => {
  const user = await requireUser();
  const { domainId } = domainSchema.parse(input);
  return findCertificateSummary(user, domainId);
});

export const renewCertificateAction = action(async (input: { domainId: string }) => {
  const user = await requireUser();
  const { domainId } = domainSchema.parse(input);
  await renewCertificateNow(user, domainId);
  return findCertificateSummary(user, domainId);
});

export const exportCertificatePemAction = action(async (input: { domainId: string }) => {
  const user = await requireUser();
  const { domainId } = domainSchema.parse(input);
  const exported = await exportCertificatePem(user, domainId);
  await audit(user.id, 'certificate.exported', { domainId, format: 'pem' });
  return exported;
});

export const exportCertificateP12Action = action(async (input: { domainId: string; password: string }) => {
  const user = await requireUser();
  const { domainId, password } = p12Schema.parse(input);
  const { filename, p12 } = await exportCertificateP12(user, domainId, password);
  await audit(user.id, 'certificate.exported', { domainId, format: 'p12' });
  return { filename, base64: p12.toString('base64') };
});
