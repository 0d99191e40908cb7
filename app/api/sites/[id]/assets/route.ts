// A site's uploaded images: GET lists them (for the image picker), POST uploads one
// (multipart/form-data, field "file", optional "alt"). lib/media checks, converts and stores it.
import { getApiUser } from '@/lib/auth/require-user';
import { route } from '@/lib/http';
import { listAssets, uploadAsset } from '@/lib/media/assets';
import { readUploadedFile } from '@/lib/media/read-upload';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const assets = await listAssets(user, (await params).id);
  return Response.json({ assets }, { headers: { 'Cache-Control': 'no-store' } });
});

export const POST = route(async (req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const upload = await readUploadedFile(req);
  const asset = await uploadAsset(user, (await params).id, upload);
  return Response.json({ asset }, { status: 201 });
});
