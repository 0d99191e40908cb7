// POST /api/v1/sites/:id/publish { confirm? } → { version, url, durationMs }: the draft goes live as a
// new version. 409 UNCONFIRMED_FACTS lists (details.pendingFacts) the sections whose suggested facts
// must be confirmed first; sending their ids as `confirm` confirms them. The body may be empty.
// An Idempotency-Key header makes a retry answer the first response (lib/api/idempotency.ts).
import { apiOwner } from '@/lib/api/authenticate';
import { idempotent } from '@/lib/api/idempotency';
import { publishInputSchema, publishSiteForApi } from '@/lib/api/sites';
import { readJson, route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'publish');
  const siteId = (await params).id;
  return idempotent(req, owner, async (request) => {
    const isEmpty = request.body === null || request.headers.get('content-length') === '0';
    const input = isEmpty ? {} : await readJson(request, publishInputSchema);
    return Response.json(await publishSiteForApi(owner, siteId, input));
  });
});
