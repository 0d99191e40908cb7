// Starts Stripe Checkout for a plan; answers the Checkout URL to send the owner to.
import { apiOwner } from '@/lib/api/authenticate';
import { checkoutSchema, createCheckoutSession } from '@/lib/billing/checkout';
import { readJson, route } from '@/lib/http';

export const POST = route(async (req) => {
  const user = await apiOwner(req, 'billing');
  const input = await readJson(req, checkoutSchema);
  return Response.json(await createCheckoutSession(user, input));
});
