// payment_method.attached and .detached, customer.updated (a new default card): re-read the
// customer's payment methods and default from Stripe.
import type Stripe from 'stripe';
import { customerOfPaymentMethod, idOf, syncPaymentMethods } from '../sync';
import type { HandlerResult } from './types';

export async function paymentMethodChanged(event: Stripe.Event): Promise<HandlerResult> {
  const payload = event.data.object as Stripe.PaymentMethod;
  // A detached method no longer names its customer; our own row remembers whose it was.
  const customerId = idOf(payload.customer) ?? (await customerOfPaymentMethod(payload.id));
  if (!customerId) return { outcome: 'ignored' };
  const { userId } = await syncPaymentMethods(customerId);
  return { outcome: 'processed', userId };
}

export async function customerUpdated(event: Stripe.Event): Promise<HandlerResult> {
  const payload = event.data.object as Stripe.Customer;
  const { userId } = await syncPaymentMethods(payload.id);
  return { outcome: 'processed', userId };
}
