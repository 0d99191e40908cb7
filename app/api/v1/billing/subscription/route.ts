// The signed-in owner's plan, subscription and credits.
import { apiOwner } from '@/lib/api/authenticate';
import { getBillingOverview } from '@/lib/billing/queries';
import { route } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = route(async (req: Request) => {
  const user = await apiOwner(req, 'billing');
  const o = await getBillingOverview(user.id);
  return Response.json({
    billingEnabled: o.isBillingEnabled,
    plan: { id: o.plan.id, limits: o.plan.limits, hasBadge: o.plan.hasBadge },
    subscription: o.subscription && {
      status: o.subscription.status,
      plan: o.subscription.plan,
      interval: o.subscription.interval,
      currency: o.subscription.currency,
      currentPeriodEnd: o.subscription.currentPeriodEnd,
      cancelAtPeriodEnd: o.subscription.cancelAtPeriodEnd,
      trialEnd: o.subscription.trialEnd,
    },
    hasPaymentProblem: o.hasPaymentProblem,
    credits: o.credits,
    sites: o.sites,
  });
});
