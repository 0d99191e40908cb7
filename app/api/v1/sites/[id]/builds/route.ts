// GET /api/v1/sites/:id/builds → { builds, nextCursor }: the site's publishes and exports, newest
// first, each with its status, log and figures (?limit=1..100, default 50; ?cursor=).
// POST /api/v1/sites/:id/builds { kind: 'export-static' | 'export-vue' | 'export-react' | 'export-angular' } → 202 { buildId, isNew }: an
// export of the live version in that format, built as a job (one at a time per site and format: a
// second request answers the one under way, isNew false). An Idempotency-Key header makes a retry
// answer the first response.
import { apiOwner } from '@/lib/api/authenticate';
import { idempotent } from '@/lib/api/idempotency';
import { buildRequestSchema } from '@/lib/api/sites';
import { listBuildsPage } from '@/lib/builds/records';
import { requestExport } from '@/lib/builds/site-export';
import { readJson, route } from '@/lib/http';
import { pageQuerySchema } from '@/lib/page-cursor';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  const page = pageQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json(await listBuildsPage(owner, (await params).id, page), { headers: { 'Cache-Control': 'no-store' } });
});

export const POST = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'write');
  const siteId = (await params).id;
  return idempotent(req, owner, async (request) => {
    const { kind } = await readJson(request, buildRequestSchema);
    return Response.json(await requestExport(owner, siteId, kind), { status: 202 });
  });
});
