// Reads for the Billing and Usage pages and the billing API, each scoped to the owner.
import { db } from '@/lib/db';
import { creditBalance } from './credits';
import { getEntitlements, isGranting } from './entitlements';
import { isBillingEnabled } from './stripe';

export async function getBillingOverview(userId: string) {
  const [entitlements, credits, paymentMethod, invoices, events, lastSubscription, siteCount, customer] = await Promise.all([
    getEntitlements(userId),
    creditBalance(userId),
    db.paymentMethod.findFirst({ where: { userId }, orderBy: [{ isDefault: 'desc' }, { createdAt: 'desc' }] }),
    listInvoices(userId, 12),
    db.billingEvent.findMany({ where: { userId }, orderBy: { receivedAt: 'desc' }, take: 10 }),
    db.subscription.findFirst({ where: { userId }, orderBy: { updatedAt: 'desc' } }),
    db.site.count({ where: { ownerId: userId } }),
    db.billingCustomer.findUnique({ where: { userId } }),
  ]);
  const { plan, subscription } = entitlements;
  // A subscription that ended (cancelled after failed payments, or by the owner) leaves the owner
  // on the fallback plan; the page says so, and which sites became read-only.
  const endedSubscription = !subscription && lastSubscription && !isGranting(lastSubscription.status) ? lastSubscription : null;
  return {
    isBillingEnabled: isBillingEnabled(),
    plan,
    subscription,
    endedSubscription,
    hasPaymentProblem: subscription?.status === 'past_due' || lastSubscription?.status === 'unpaid',
    paymentMethod,
    invoices,
    events,
    credits,
    spendingCapCents: customer?.spendingCapCents ?? null,
    hasCustomer: Boolean(customer),
    sites: { count: siteCount, readOnly: Math.max(0, siteCount - plan.limits.sites) },
  };
}

export async function listInvoices(userId: string, take = 50) {
  return db.invoice.findMany({
    where: { userId, status: { not: 'draft' } },
    orderBy: { issuedAt: 'desc' },
    take,
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      amountDue: true,
      amountPaid: true,
      total: true,
      hostedInvoiceUrl: true,
      invoicePdf: true,
      periodStart: true,
      periodEnd: true,
      issuedAt: true,
    },
  });
}

// Credits used per day this period, and the overage if the rest of the period goes the same way.
export async function getUsage(userId: string, now = new Date()) {
  const entitlements = await getEntitlements(userId);
  const { period, plan } = entitlements;
  const [records, credits] = await Promise.all([
    db.usageRecord.findMany({ where: { userId, createdAt: { gte: period.start } }, select: { credits: true, createdAt: true, isOverage: true } }),
    creditBalance(userId),
  ]);
  const days: Array<{ date: string; credits: number }> = [];
  // Every day of the period, the ones still to come as empty bars, so the chart shows the pace.
  const lastDay = new Date(period.end.getTime() - 1);
  for (
    let d = new Date(Date.UTC(period.start.getUTCFullYear(), period.start.getUTCMonth(), period.start.getUTCDate()));
    d <= lastDay;
    d = new Date(d.getTime() + 86_400_000)
  ) {
    days.push({ date: d.toISOString().slice(0, 10), credits: 0 });
  }
  for (const record of records) {
    const day = days.find((d) => d.date === record.createdAt.toISOString().slice(0, 10));
    if (day) day.credits += record.credits;
  }
  const used = records.reduce((sum, r) => sum + r.credits, 0);
  const elapsedMs = Math.max(86_400_000, now.getTime() - period.start.getTime());
  const totalMs = period.end.getTime() - period.start.getTime();
  const projected = Math.round((used * totalMs) / elapsedMs);
  const projectedOverage = Math.max(0, projected - plan.limits.monthlyCredits);
  const overage = credits.overage;
  return {
    plan,
    period: { start: period.start.toISOString(), end: period.end.toISOString() },
    days,
    used,
    allowance: plan.limits.monthlyCredits,
    projected,
    projectedOverageCredits: overage ? projectedOverage : 0,
    projectedOverageCents: overage ? Math.min(overage.capCents, projectedOverage * overage.creditCents) : 0,
    currency: overage?.currency ?? null,
    overageCredits: records.filter((r) => r.isOverage).reduce((sum, r) => sum + r.credits, 0),
  };
}
