// GET /api/v1/domains/[id]/analytics?range=7d|30d|90d (or &from=&to=) → the site's page views on
// this domain's hostnames, by day, page, referrer, country and device.
import { apiOwner } from '@/lib/api/authenticate';
import { parseDayRange } from '@/lib/analytics/range';
import { analyticsQuerySchema } from '@/lib/domains/api-input';
import { getDomainAnalytics } from '@/lib/domains/domain-analytics';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const user = await apiOwner(req, 'read');
  const query = analyticsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const range = parseDayRange(query, new Date());
  return Response.json(await getDomainAnalytics(user, (await params).id, range), { headers: { 'Cache-Control': 'no-store' } });
});
