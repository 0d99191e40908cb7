// invoice.finalized, .paid and .payment_failed: re-read the invoice, then its subscription (a
// failed renewal makes it past_due, which shows the owner the "fix your card" banner).
import type Stripe from 'stripe';
import { idOf, syncInvoice, syncSubscription } from '../sync';
import type { HandlerResult } from './types';

export async function invoiceChanged(event: Stripe.Event): Promise<HandlerResult> {
  const payload = event.data.object as Stripe.Invoice;
  const customerId = idOf(payload.customer);
  const { userId, subscriptionId } = await syncInvoice(payload.id!, customerId);
  if (subscriptionId) await syncSubscription(subscriptionId, customerId);
  return { outcome: 'processed', userId };
}
