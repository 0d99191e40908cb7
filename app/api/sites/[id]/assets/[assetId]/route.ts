// One uploaded image: PATCH its alt text, DELETE it (refused while the site still shows it).
import { z } from 'zod';
import { getApiUser } from '@/lib/auth/require-user';
import { readJson, route } from '@/lib/http';
import { deleteAsset, updateAssetAlt } from '@/lib/media/assets';

type Ctx = { params: Promise<{ id: string; assetId: string }> };

const patchSchema = z.object({ alt: z.string().max(200) });

export const PATCH = route(async (req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const { alt } = await readJson(req, patchSchema);
  const { id, assetId } = await params;
  return Response.json({ asset: await updateAssetAlt(user, id, assetId, alt) });
});

export const DELETE = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const { id, assetId } = await params;
  await deleteAsset(user, id, assetId);
  return new Response(null, { status: 204 });
});
