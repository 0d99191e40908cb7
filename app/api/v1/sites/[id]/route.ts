// GET /api/v1/sites/:id → { site }: one of the owner's sites with its draft document and revision.
// Another owner's id answers 404.
import { apiOwner } from '@/lib/api/authenticate';
import { getSiteWithDraft } from '@/lib/api/sites';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  return Response.json({ site: await getSiteWithDraft(owner, (await params).id) }, { headers: { 'Cache-Control': 'no-store' } });
});
