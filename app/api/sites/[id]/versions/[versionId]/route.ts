// One published version with its document (the editor previews it, compares with it, restores it).
import { getApiUser } from '@/lib/auth/require-user';
import { route } from '@/lib/http';
import { getVersion } from '@/lib/sites/queries';

type Ctx = { params: Promise<{ id: string; versionId: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const { id, versionId } = await params;
  const version = await getVersion(user, id, versionId);
  return Response.json({ version }, { headers: { 'Cache-Control': 'private, max-age=3600' } });
});
