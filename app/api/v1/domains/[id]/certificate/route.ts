// GET /api/v1/domains/[id]/certificate → { domain, certificate }: the latest certificate's status
// and health, or null before the first one.
import { apiOwner } from '@/lib/api/authenticate';
import { findCertificateSummary, getCertificateDomain } from '@/lib/domains/certificates';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'read');
  const domain = await getCertificateDomain(user, (await params).id);
  return Response.json({ domain, certificate: await findCertificateSummary(user, domain.id) }, { headers: { 'Cache-Control': 'no-store' } });
});
