// The site's published versions, newest first, with which one is live.
import { getApiUser } from '@/lib/auth/require-user';
import { route } from '@/lib/http';
import { listVersions } from '@/lib/sites/queries';

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (_req: Request, { params }: Ctx) => {
  const user = await getApiUser();
  const versions = await listVersions(user, (await params).id);
  return Response.json({ versions }, { headers: { 'Cache-Control': 'no-store' } });
});
