// customer.subscription.created, .updated, .deleted and .trial_will_end: whatever the order they
// arrive in, re-read the subscription from Stripe and store what it says now.
import type Stripe from 'stripe';
import { idOf, syncSubscription } from '../sync';
import type { HandlerResult } from './types';

export async function customerSubscriptionChanged(event: Stripe.Event): Promise<HandlerResult> {
  const payload = event.data.object as Stripe.Subscription;
  const { userId } = await syncSubscription(payload.id, idOf(payload.customer));
  return { outcome: 'processed', userId };
}
