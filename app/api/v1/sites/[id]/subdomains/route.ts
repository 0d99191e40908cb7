// GET /api/v1/sites/[id]/subdomains → { address, subdomains }: the site's free address
// (<slug>.<SITES_DOMAIN>) and the old labels that still redirect to it. Read-only.
import { getApiUser } from '@/lib/auth/require-user';
import { getSiteSubdomains } from '@/lib/domains/site-subdomains';
import { route } from '@/lib/http';
import { siteOrigin } from '@/lib/publish/origin';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const { slug, subdomains } = await getSiteSubdomains(user, (await params).id);
  return Response.json({ address: { slug, origin: siteOrigin(slug) }, subdomains }, { headers: { 'Cache-Control': 'no-store' } });
});
