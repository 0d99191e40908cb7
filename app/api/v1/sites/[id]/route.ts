// GET /api/v1/sites/:id → { site }: one of the owner's sites with its draft document and revision.
// PUT { revision, document } → { revision }: replaces the draft, if nobody saved since `revision`
// (409 CONFLICT otherwise, and nothing changes; an invalid document is 422 with its `fields`).
// DELETE → 204: the site, its versions, leads and images go, and its addresses are free again.
// Another owner's id answers 404.
import { apiOwner } from '@/lib/api/authenticate';
import { getSiteWithDraft } from '@/lib/api/sites';
import { readJson, route } from '@/lib/http';
import { deleteSite, saveDraft, saveDraftSchema } from '@/lib/sites/mutations';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  return Response.json({ site: await getSiteWithDraft(owner, (await params).id) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const PUT = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'write');
  const input = await readJson(req, saveDraftSchema);
  return Response.json(await saveDraft(owner, (await params).id, input));
});

export const DELETE = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'write');
  await deleteSite(owner, (await params).id);
  return new Response(null, { status: 204 });
});
