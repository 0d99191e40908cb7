// Stripe events. The signature is checked on the raw body, so it is read as text, never parsed first.
import { handleStripeEvent, verifyStripeEvent } from '@/lib/billing/webhooks';
import { route } from '@/lib/http';

export const POST = route(async (req) => {
  const event = verifyStripeEvent(await req.text(), req.headers.get('stripe-signature'));
  const outcome = await handleStripeEvent(event);
  return Response.json({ received: true, outcome });
});
