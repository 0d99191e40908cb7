// POST /api/v1/domains/[id]/certificate/renew → { certificate }: issues a certificate now (the
// domain must be active) and answers its status.
import { apiOwner } from '@/lib/api/authenticate';
import { findCertificateSummary, renewCertificateNow } from '@/lib/domains/certificates';
import { route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'write');
  const { id } = await params;
  await renewCertificateNow(user, id);
  return Response.json({ certificate: await findCertificateSummary(user, id) });
});
