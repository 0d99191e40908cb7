// POST /api/v1/domains/[id]/certificate/export { format: 'pem' } → the chain and key as a PEM
// attachment; { format: 'p12', password } → a PKCS#12 attachment under that password.
import { apiOwner } from '@/lib/api/authenticate';
import { audit } from '@/lib/auth/audit';
import { certificateExportSchema } from '@/lib/domains/api-input';
import { exportCertificateP12, exportCertificatePem } from '@/lib/domains/certificate-export';
import { attachment, readJson, route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  const input = await readJson(req, certificateExportSchema);
  const domainId = (await params).id;
  if (input.format === 'pem') {
    const { filename, pem } = await exportCertificatePem(user, domainId);
    await audit(user.id, 'certificate.exported', { domainId, format: 'pem' });
    return attachment(pem, filename, 'application/x-pem-file');
  }
  const { filename, p12 } = await exportCertificateP12(user, domainId, input.password);
  await audit(user.id, 'certificate.exported', { domainId, format: 'p12' });
  return attachment(p12, filename, 'application/x-pkcs12');
});
