// Starts Stripe Checkout for a plan; answers the Checkout URL to send the owner to.
import { getApiUser } from '@/lib/auth/require-user';
import { checkoutSchema, createCheckoutSession } from '@/lib/billing/checkout';
import { readJson, route } from '@/lib/http';

export const POST = route(async (req) => {
  const user = await getApiUser();
  const input = await readJson(req, checkoutSchema);
  return Response.json(await createCheckoutSession(user, input));
});
