// Test helpers: each test makes its own user in the real test database.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';

export const TEST_PASSWORD = 'correct horse battery';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function createUser(opts: { email?: string; password?: string } = {}) {
  return db.user.create({
    data: {
      email: opts.email ?? uniqueEmail(),
      name: 'Test Owner',
      passwordHash: await hashPassword(opts.password ?? TEST_PASSWORD),
    },
  });
}

// Puts a user on a paid plan as the webhooks would: a Stripe customer and an active subscription.
export async function subscribe(
  userId: string,
  plan: 'pro' | 'business',
  opts: { status?: string; stripeCustomerId?: string; spendingCapCents?: number } = {},
) {
  const stripeCustomerId = opts.stripeCustomerId ?? `cus_test_${randomUUID().slice(0, 12)}`;
  await db.billingCustomer.upsert({
    where: { userId },
    create: { userId, stripeCustomerId, spendingCapCents: opts.spendingCapCents ?? 1000 },
    update: { spendingCapCents: opts.spendingCapCents ?? 1000 },
  });
  const start = new Date(Date.now() - 86_400_000);
  return db.subscription.create({
    data: {
      userId,
      stripeSubscriptionId: `sub_test_${randomUUID().slice(0, 12)}`,
      stripeCustomerId,
      status: opts.status ?? 'active',
      plan,
      priceId: 'price_test',
      interval: 'month',
      currency: 'usd',
      currentPeriodStart: start,
      currentPeriodEnd: new Date(start.getTime() + 30 * 86_400_000),
    },
  });
}
