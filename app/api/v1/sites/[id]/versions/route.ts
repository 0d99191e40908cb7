// GET /api/v1/sites/:id/versions → { versions, nextCursor }: the site's published versions, newest
// first, each with whether it is live (?limit=1..100, default 50; ?cursor= the previous nextCursor).
import { apiOwner } from '@/lib/api/authenticate';
import { route } from '@/lib/http';
import { pageQuerySchema } from '@/lib/page-cursor';
import { listVersionsPage } from '@/lib/sites/queries';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  const page = pageQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json(await listVersionsPage(owner, (await params).id, page), { headers: { 'Cache-Control': 'no-store' } });
});
