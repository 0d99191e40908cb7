// GET /api/v1/domains/search?q= → { results }: availability and price per name at the registrar.
// 503 when no registrar is configured.
import { apiOwner } from '@/lib/api/authenticate';
import { domainSearchSchema } from '@/lib/domains/api-input';
import { searchDomains } from '@/lib/domains/registration';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const user = await apiOwner(req, 'read');
  const { q } = domainSearchSchema.parse({ q: new URL(req.url).searchParams.get('q') ?? '' });
  return Response.json({ results: await searchDomains(user, q) }, { headers: { 'Cache-Control': 'no-store' } });
});
