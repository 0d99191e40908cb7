// POST /api/v1/sites/:id/publish { confirm? } → { version, url, durationMs }: the draft goes live as a
// new version. 409 UNCONFIRMED_FACTS lists (details.pendingFacts) the sections whose suggested facts
// must be confirmed first; sending their ids as `confirm` confirms them. The body may be empty.
import { apiOwner } from '@/lib/api/authenticate';
import { publishInputSchema, publishSiteForApi } from '@/lib/api/sites';
import { readJson, route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'publish');
  const isEmpty = req.body === null || req.headers.get('content-length') === '0';
  const input = isEmpty ? {} : await readJson(req, publishInputSchema);
  return Response.json(await publishSiteForApi(owner, (await params).id, input));
});
