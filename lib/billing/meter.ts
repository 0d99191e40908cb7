// Reports generation credits beyond a paid plan's allowance to Stripe's Billing Meter, retrying
// until Stripe accepts. Each UsageRecord is claimed with FOR UPDATE SKIP LOCKED and held until
// its meter event is sent, so two runs (two instances, or a run and a kick) never send the same
// record twice; the record's id is also the meter event's identifier and idempotency key, so even
// a send whose answer was lost is counted once by Stripe. The job queue runs it (lib/jobs/meter-report.ts).
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { getStripe, isBillingEnabled } from './stripe';
import { logger } from '@/lib/observability/logger';
import { enqueue } from '@/lib/queue';

// Records one run sends at most; the job runs again at once after a full batch.
export const REPORT_BATCH = 50;

const MAX_BACKOFF_MS = 60 * 60 * 1000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** Math.max(0, attempts - 1));
}

type Claimed = { id: string; stripeCustomerId: string | null; credits: number; createdAt: Date; meterAttempts: number };

async function reportOne(): Promise<'sent' | 'failed' | null> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Claimed[]>`
        SELECT "id", "stripeCustomerId", "credits", "createdAt", "meterAttempts" FROM "UsageRecord"
        WHERE "meterStatus" = 'pending' AND "meterNextAt" <= now()
        ORDER BY "meterNextAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      const row = rows[0];
      if (!row) return null;
      try {
        if (!row.stripeCustomerId) throw new Error('The usage record has no Stripe customer.');
        await getStripe().billing.meterEvents.create(
          {
            event_name: env.STRIPE_METER_EVENT_NAME,
            identifier: row.id,
            timestamp: Math.floor(row.createdAt.getTime() / 1000),
            payload: { stripe_customer_id: row.stripeCustomerId, value: String(row.credits) },
          },
          { idempotencyKey: `meter-${row.id}` },
        );
        await tx.usageRecord.update({
          where: { id: row.id },
          data: { meterStatus: 'sent', meterSentAt: new Date(), meterAttempts: { increment: 1 }, meterError: null },
        });
        return 'sent';
      } catch (error) {
        const attempts = row.meterAttempts + 1;
        logger.warn({ err: error, usageRecordId: row.id, attempts }, 'meter event not accepted; will retry');
        await tx.usageRecord.update({
          where: { id: row.id },
          data: {
            meterAttempts: attempts,
            meterError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
            meterNextAt: new Date(Date.now() + backoffMs(attempts)),
          },
        });
        return 'failed';
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

export async function reportPendingUsage(opts: { limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 };
  if (!isBillingEnabled()) return counts;
  for (let i = 0; i < (opts.limit ?? REPORT_BATCH); i++) {
    const outcome = await reportOne();
    if (!outcome) break;
    counts[outcome]++;
  }
  return counts;
}

// Right after a credit is committed: a report run now rather than at the next minute. While one
// is already waiting the queue keeps just that one (enqueue returns null).
export function reportUsageSoon(): void {
  if (!isBillingEnabled()) return;
  enqueue('meter-report', {}).catch((error: unknown) => logger.error({ err: error }, 'could not queue a meter report; the next minute will send it'));
}
