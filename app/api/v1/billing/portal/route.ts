// Opens the Stripe customer portal (plan, card, cancellation, invoices); answers its URL.
import { getApiUser } from '@/lib/auth/require-user';
import { createPortalSession } from '@/lib/billing/checkout';
import { route } from '@/lib/http';

export const POST = route(async () => {
  const user = await getApiUser();
  return Response.json(await createPortalSession(user));
});
