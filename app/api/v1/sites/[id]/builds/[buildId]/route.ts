// GET /api/v1/sites/:id/builds/:buildId → { build }: one build's status, times, log, figures and,
// for a finished export, whether its ZIP can be downloaded (…/download).
import { apiOwner } from '@/lib/api/authenticate';
import { getBuild } from '@/lib/builds/records';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string; buildId: string }> };

export const GET = route(async (req: Request, { params }: Ctx) => {
  const owner = await apiOwner(req, 'read');
  const { id, buildId } = await params;
  return Response.json({ build: await getBuild(owner, id, buildId) }, { headers: { 'Cache-Control': 'no-store' } });
});
