// The Stripe client and whether billing is on. Billing is on when both STRIPE_SECRET_KEY and
// STRIPE_WEBHOOK_SECRET are set; STRIPE_API_BASE points the SDK at another server (tests use
// test/stand-ins/stripe.ts). Integration tests swap the configuration with configureBilling().
import Stripe from 'stripe';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

export type BillingConfig = { secretKey: string; webhookSecret: string; apiBase?: string };

let override: BillingConfig | null | undefined;
let client: { key: string; stripe: Stripe } | undefined;

export function billingConfig(): BillingConfig | null {
  if (override !== undefined) return override;
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  return { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, apiBase: env.STRIPE_API_BASE };
}

export function isBillingEnabled(): boolean {
  return billingConfig() !== null;
}

// For tests only: undefined goes back to the settings.
export function configureBilling(config: BillingConfig | null | undefined): void {
  override = config;
  client = undefined;
}

export function requireBillingConfig(): BillingConfig {
  const config = billingConfig();
  if (!config) throw new AppError('UNAVAILABLE', 'Payments are not configured on this server.');
  return config;
}

export function getStripe(): Stripe {
  const config = requireBillingConfig();
  const key = `${config.secretKey}|${config.apiBase ?? ''}`;
  if (client?.key === key) return client.stripe;
  const base = config.apiBase ? new URL(config.apiBase) : null;
  const stripe = new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'Page Magic' },
    ...(base
      ? { host: base.hostname, port: base.port || (base.protocol === 'https:' ? 443 : 80), protocol: base.protocol === 'https:' ? 'https' : 'http' }
      : {}),
  });
  client = { key, stripe };
  return stripe;
}

export type { Stripe };
