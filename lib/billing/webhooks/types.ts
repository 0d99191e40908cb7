import type Stripe from 'stripe';

export type HandlerResult = { outcome: 'processed' | 'ignored'; userId?: string };
export type EventHandler = (event: Stripe.Event) => Promise<HandlerResult>;
