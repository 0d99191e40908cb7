// The site's draft: GET it with its revision; PUT a new one naming the revision it started from
// (409 when someone saved since, and nothing changes), whole or as a patch against that revision.
import { z } from 'zod';
import { getApiUser } from '@/lib/auth/require-user';
import { readJson, route } from '@/lib/http';
import { draftPatchSchema, saveDraft, saveDraftSchema } from '@/lib/sites/mutations';
import { getSite } from '@/lib/sites/queries';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const site = await getSite(user, (await params).id);
  return Response.json({ revision: site.revision, document: site.draft }, { headers: { 'Cache-Control': 'no-store' } });
});

// The whole document, or a patch against the draft of that revision (lib/sites/draft-patch.ts).
const saveSchema = z
  .object({ revision: saveDraftSchema.shape.revision, document: z.unknown().optional(), patch: draftPatchSchema.optional() })
  .refine((body) => (body.document === undefined) !== (body.patch === undefined), 'Send either the document or a patch');

export const PUT = route(async (req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const { revision, document, patch } = await readJson(req, saveSchema);
  const result = await saveDraft(user, (await params).id, patch ? { revision, patch } : { revision, document });
  return Response.json(result);
});
