// GET /api/v1/usage → the owner's generation credits this billing period: used, allowance, per day,
// the projection and any overage (the Usage page's figures).
import { apiOwner } from '@/lib/api/authenticate';
import { getUsage } from '@/lib/billing/queries';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const owner = await apiOwner(req, 'read');
  const { plan, ...usage } = await getUsage(owner.id);
  return Response.json({ plan: { id: plan.id }, ...usage }, { headers: { 'Cache-Control': 'no-store' } });
});
