// The meter reporter's schedule: the work (claiming and sending UsageRecords) is billing's own,
// in lib/billing/meter.ts; this runs it every minute.
import { isBillingEnabled } from '@/lib/billing/stripe';
import { reportUsageSoon } from '@/lib/billing/meter';

// server.ts runs this on every instance; SKIP LOCKED lets them share the work.
export function startMeterReporter(intervalMs = 60_000): () => void {
  if (!isBillingEnabled()) return () => {};
  const timer = setInterval(reportUsageSoon, intervalMs);
  timer.unref();
  reportUsageSoon();
  return () => clearInterval(timer);
}
