// POST /api/v1/sites/:id/rollback { versionId } → { version }: one of the site's earlier versions is
// live again (the draft is untouched). An Idempotency-Key header makes a retry answer the first
// response (lib/api/idempotency.ts).
import { apiOwner } from '@/lib/api/authenticate';
import { idempotent } from '@/lib/api/idempotency';
import { rollbackInputSchema } from '@/lib/api/sites';
import { readJson, route } from '@/lib/http';
import { rollbackSite } from '@/lib/publish/publish';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'publish');
  const siteId = (await params).id;
  return idempotent(req, owner, async (request) => {
    const { versionId } = await readJson(request, rollbackInputSchema);
    const { number } = await rollbackSite(owner, siteId, versionId);
    return Response.json({ version: number });
  });
});
