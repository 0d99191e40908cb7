// For operators: the most recent Stripe events this app received and how each ended, newest
// first, failures with their error. `npx tsx scripts/billing-events.ts [count] [--failed]`.
import { ensureAuthSecret, loadDotEnv } from './local-env';

loadDotEnv();
ensureAuthSecret(); // lib/env asks for it, though this script signs nothing
const { db } = await import('../lib/db');

const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 50);
const onlyFailed = process.argv.includes('--failed');
const events = await db.billingEvent.findMany({
  where: onlyFailed ? { outcome: 'failed' } : {},
  orderBy: { receivedAt: 'desc' },
  take: count,
  include: { user: { select: { email: true } } },
});
for (const e of events) {
  const line = [e.receivedAt.toISOString(), e.outcome.padEnd(10), e.type.padEnd(36), e.stripeEventId, e.user?.email ?? '-', `attempts=${e.attempts}`];
  console.log(line.join('  ') + (e.error ? `\n    ${e.error}` : ''));
}
if (events.length === 0) console.log(onlyFailed ? 'No failed events.' : 'No events yet.');
await db.$disconnect();
