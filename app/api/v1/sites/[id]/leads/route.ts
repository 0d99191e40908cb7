// GET /api/v1/sites/:id/leads → { leads, nextCursor }: the site's contact-form submissions, newest
// first (?limit=1..100, default 50; ?cursor=). With ?format=csv, or Accept: text/csv, every lead as
// the dashboard's CSV download (quoted, and guarded against spreadsheet formulas).
import { apiOwner } from '@/lib/api/authenticate';
import { leadsQuerySchema, wantsCsv } from '@/lib/api/sites';
import { attachment, route } from '@/lib/http';
import { leadsCsv, listLeadsPage } from '@/lib/sites/queries';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  const { format, ...page } = leadsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const siteId = (await params).id;
  if (!wantsCsv(format, req.headers.get('accept'))) {
    return Response.json(await listLeadsPage(owner, siteId, page), { headers: { 'Cache-Control': 'no-store' } });
  }
  const { filename, csv } = await leadsCsv(owner, siteId);
  return attachment(csv, filename, 'text/csv; charset=utf-8');
});
