// The meter reporter: sends pending UsageRecords to Stripe's Billing Meter. The work is billing's
// (lib/billing/meter.ts: records claimed with FOR UPDATE SKIP LOCKED, each with its own backoff);
// this runs it every minute and whenever a metered credit is committed (reportUsageSoon).
import { reportPendingUsage, REPORT_BATCH } from '@/lib/billing/meter';
import { isBillingEnabled } from '@/lib/billing/stripe';
import { enqueue } from '@/lib/queue';
import type { JobDefinition } from './types';

export const meterReport: JobDefinition = {
  schedule: { cron: '* * * * *', isOn: isBillingEnabled },
  batchSize: 1, // one run claims many records; the queue keeps one waiting anyway
  handle: async () => {
    const counts = await reportPendingUsage();
    // A full batch means more may be waiting: go on at once rather than at the next minute.
    if (counts.sent + counts.failed >= REPORT_BATCH) await enqueue('meter-report', {});
    return counts;
  },
};
