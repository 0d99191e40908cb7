// The site's draft: GET it with its revision; PUT a new one naming the revision it started from
// (409 when someone saved since, and nothing changes).
import { getApiUser } from '@/lib/auth/require-user';
import { readJson, route } from '@/lib/http';
import { saveDraft, saveDraftSchema } from '@/lib/sites/mutations';
import { getSite } from '@/lib/sites/queries';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const site = await getSite(user, (await params).id);
  return Response.json({ revision: site.revision, document: site.draft }, { headers: { 'Cache-Control': 'no-store' } });
});

export const PUT = route(async (req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const body = await readJson(req, saveDraftSchema);
  const result = await saveDraft(user, (await params).id, body);
  return Response.json(result);
});
