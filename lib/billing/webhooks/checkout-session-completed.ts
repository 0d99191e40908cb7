// checkout.session.completed: re-read the session, then the subscription it created. The plan is
// granted by the subscription's state in Stripe, never by the redirect back to the app.
import type Stripe from 'stripe';
import { getStripe } from '../stripe';
import { idOf, syncPaymentMethods, syncSubscription } from '../sync';
import type { HandlerResult } from './types';

export async function checkoutSessionCompleted(event: Stripe.Event): Promise<HandlerResult> {
  const payload = event.data.object as Stripe.Checkout.Session;
  const session = await getStripe().checkout.sessions.retrieve(payload.id);
  const subscriptionId = idOf(session.subscription);
  const customerId = idOf(session.customer);
  if (session.mode !== 'subscription' || !subscriptionId || !customerId) return { outcome: 'ignored' };
  const { userId } = await syncSubscription(subscriptionId, customerId);
  await syncPaymentMethods(customerId);
  return { outcome: 'processed', userId };
}
