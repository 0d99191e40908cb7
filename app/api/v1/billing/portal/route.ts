// Opens the Stripe customer portal (plan, card, cancellation, invoices); answers its URL.
import { apiOwner } from '@/lib/api/authenticate';
import { createPortalSession } from '@/lib/billing/checkout';
import { route } from '@/lib/http';

export const POST = route(async (req: Request) => {
  const user = await apiOwner(req, 'billing');
  return Response.json(await createPortalSession(user));
});
