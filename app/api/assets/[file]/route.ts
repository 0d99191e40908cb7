// An uploaded image's bytes on the app host, for the owner's own screens (thumbnails, the editor
// canvas): /api/assets/<id>-<width>.<webp|avif>. Published sites serve theirs from their own host.
import { getApiUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { route } from '@/lib/http';
import { readOwnerAssetFile } from '@/lib/media/assets';

type Ctx = { params: Promise<{ file: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const file = await readOwnerAssetFile(user, (await params).file);
  if (!file) throw new AppError('NOT_FOUND', 'Image not found');
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      // A file name names fixed bytes (an asset is never changed, only replaced by a new one).
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
