// POST /api/v1/generations/batch/:id/cancel → { cancelled, batch }: stops the prompts still waiting
// (their credits released); the ones being written finish. 409 once the batch has finished;
// another owner's id answers 404.
import { apiOwner } from '@/lib/api/authenticate';
import { idempotent } from '@/lib/api/idempotency';
import { cancelBatch } from '@/lib/generate/batch';
import { route } from '@/lib/http';

type Ctx = { params: Promise<{ id: string }> };

export const POST = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'write');
  const { id } = await params;
  return idempotent(req, owner, async () => Response.json(await cancelBatch(owner, id)));
});
