// GET /api/v1/sites/[id]/subdomains → { address, subdomains }: the site's free address
// (<slug>.<SITES_DOMAIN>) and the old labels that still redirect to it. Read-only.
import { apiOwner } from '@/lib/api/authenticate';
import { getSiteSubdomains } from '@/lib/domains/site-subdomains';
import { route } from '@/lib/http';
import { siteOrigin } from '@/lib/publish/origin';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'read');
  const { slug, subdomains } = await getSiteSubdomains(user, (await params).id);
  return Response.json({ address: { slug, origin: siteOrigin(slug) }, subdomains }, { headers: { 'Cache-Control': 'no-store' } });
});
