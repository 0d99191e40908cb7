// POST /api/v1/sites/:id/builds/:buildId/cancel → { build }: stops an export that is queued or
// running (nothing from it is kept); 409 when it has finished, or for a publish.
import { apiOwner } from '@/lib/api/authenticate';
import { idempotent } from '@/lib/api/idempotency';
import { cancelBuild } from '@/lib/builds/records';
import { route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string; buildId: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'write');
  const { id, buildId } = await params;
  return idempotent(req, owner, async () => Response.json({ build: await cancelBuild(owner, id, buildId) }));
});
