// POST /api/v1/generations/batch { prompts: [{ prompt, templateId?, language?, paletteId?, seed? }…] }
// → 202 { batch: { id, status, items: [{ index, status }] } }: every prompt becomes a site, as
// POST /sites makes one, run as jobs two at a time (lib/generate/batch.ts). Refused whole, with
// nothing created, when it is larger than the plan allows or the credits or sites for every prompt
// are not there. An Idempotency-Key header makes a retry answer the first response.
import { apiOwner } from '@/lib/api/authenticate';
import { idempotent } from '@/lib/api/idempotency';
import { batchRequestSchema, createBatch } from '@/lib/generate/batch';
import { readJson, route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = route(async (req: Request) => {
  const owner = await apiOwner(req, 'write');
  return idempotent(req, owner, async (request) => {
    const input = await readJson(request, batchRequestSchema);
    return Response.json(await createBatch(owner, input), { status: 202 });
  });
});
