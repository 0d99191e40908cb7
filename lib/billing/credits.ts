// Generation credits, in one place: reserve one before generating, commit it on success,
// release it on any failure, so no failure ever costs a credit. Reservations are serialized
// per owner with an advisory lock, so two generations cannot both take the last credit.
// The allowance comes from the owner's plan; beyond it, paid plans go on up to the owner's
// spending cap and each extra credit is reported to Stripe's meter (meter.ts).
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { inSpan } from '@/lib/observability/spans';
import type { BillingCurrency } from '@/lib/i18n/languages';
import { getEntitlements, type Entitlements } from './entitlements';
import { planLimitError } from './limits';
import { reportUsageSoon } from './meter';
import { toCurrency } from './plans';

// A reservation older than this belongs to a generation that died with its process.
const STALE_RESERVATION_MS = 15 * 60 * 1000;
// What one generation costs; every site generation is one credit today.
export const GENERATION_COST = 1;

export async function creditAllowance(userId: string): Promise<number> {
  return (await getEntitlements(userId)).plan.limits.monthlyCredits;
}

// A batch's credits are reserved when the batch is made, one per prompt, under the prompt's own key
// (`batchCreditKey`); such a reservation waits for its job as long as the queue takes, so it never
// goes stale: the job moves it to its generation (then the usual rule applies) or releases it.
const BATCH_KEY_PREFIX = 'batch-item:';

export function batchCreditKey(itemId: string): string {
  return `${BATCH_KEY_PREFIX}${itemId}`;
}

function countedWhere(userId: string, since: Date) {
  return {
    userId,
    createdAt: { gte: since },
    OR: [
      { status: 'committed' },
      { status: 'reserved', createdAt: { gt: new Date(Date.now() - STALE_RESERVATION_MS) } },
      { status: 'reserved', generationId: { startsWith: BATCH_KEY_PREFIX } },
    ],
  };
}

type Overage = { creditCents: number; currency: BillingCurrency; capCents: number; spentCents: number };

// client: the transaction when called under the owner's credit lock (see assertCanCreateSite).
async function overageFor(userId: string, entitlements: Entitlements, used: number, client: Prisma.TransactionClient = db): Promise<Overage | null> {
  const { plan, subscription, canBillOverage } = entitlements;
  if (!canBillOverage || !plan.overageCreditCents || !subscription) return null;
  const currency = toCurrency(subscription.currency);
  const customer = await client.billingCustomer.findUnique({ where: { userId }, select: { spendingCapCents: true } });
  const creditCents = plan.overageCreditCents[currency];
  const extra = Math.max(0, used - plan.limits.monthlyCredits);
  return { creditCents, currency, capCents: customer?.spendingCapCents ?? 0, spentCents: extra * creditCents };
}

export type CreditBalance = {
  allowance: number;
  used: number;
  remaining: number;
  periodEnd: string;
  overage: Overage | null;
};

export async function creditBalance(userId: string): Promise<CreditBalance> {
  const entitlements = await getEntitlements(userId);
  const used = await db.creditReservation.count({ where: countedWhere(userId, entitlements.period.start) });
  const allowance = entitlements.plan.limits.monthlyCredits;
  return {
    allowance,
    used,
    remaining: Math.max(0, allowance - used),
    periodEnd: entitlements.period.end.toISOString(),
    overage: await overageFor(userId, entitlements, used),
  };
}

// What the New-site screen shows before a generation: its cost, what is left, and whether the
// next credit would be refused (out of credits on Free, or past the spending cap).
export type CreditEstimate = CreditBalance & { cost: number; isOverage: boolean; blockedBy: 'credits' | 'spendingCap' | null };

export async function creditEstimate(userId: string): Promise<CreditEstimate> {
  const balance = await creditBalance(userId);
  const isOverage = balance.used + GENERATION_COST > balance.allowance;
  let blockedBy: CreditEstimate['blockedBy'] = null;
  if (isOverage) {
    if (!balance.overage) blockedBy = 'credits';
    else if (balance.overage.spentCents + balance.overage.creditCents * GENERATION_COST > balance.overage.capCents) blockedBy = 'spendingCap';
  }
  return { ...balance, cost: GENERATION_COST, isOverage, blockedBy };
}

// A batch: one credit reserved per key (batchCreditKey of each prompt), all or none, inside the
// caller's transaction (the one that creates the batch) under the owner's credit lock; refused
// unless they all fit this period (the allowance, then on paid plans the spending cap), so a single
// generation meanwhile cannot take them, and a refusal leaves nothing behind.
export async function reserveCredits(tx: Prisma.TransactionClient, userId: string, entitlements: Entitlements, keys: string[]): Promise<void> {
  const { plan, period } = entitlements;
  const allowance = plan.limits.monthlyCredits;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`credits:${userId}`}))`;
  const used = await tx.creditReservation.count({ where: countedWhere(userId, period.start) });
  const needed = keys.length * GENERATION_COST;
  if (used + needed > allowance) {
    const overage = await overageFor(userId, entitlements, used, tx);
    if (!overage) {
      const left = Math.max(0, allowance - used);
      throw planLimitError(`This needs ${needed} generation credits and ${left} of your ${allowance} are left this period.`, {
        limit: 'credits',
        allowed: allowance,
        plan: plan.id,
      });
    }
    const extra = used + needed - Math.max(used, allowance);
    if (overage.spentCents + overage.creditCents * extra > overage.capCents) {
      throw planLimitError('These generations would go past the spending cap you set. Raise the cap on the Billing page, or send fewer prompts.', {
        limit: 'spendingCap',
        allowed: overage.capCents,
        plan: plan.id,
      });
    }
  }
  await tx.creditReservation.createMany({ data: keys.map((generationId) => ({ userId, generationId, status: 'reserved' })) });
}

export async function reserveCredit(userId: string, generationId: string): Promise<void> {
  const entitlements = await getEntitlements(userId);
  const { plan, period } = entitlements;
  const allowance = plan.limits.monthlyCredits;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`credits:${userId}`}))`;
    const used = await tx.creditReservation.count({ where: countedWhere(userId, period.start) });
    if (used + GENERATION_COST > allowance) {
      const overage = await overageFor(userId, entitlements, used, tx);
      if (!overage) {
        throw planLimitError(`You have used all ${allowance} generation credits for this period.`, { limit: 'credits', allowed: allowance, plan: plan.id });
      }
      if (overage.spentCents + overage.creditCents * GENERATION_COST > overage.capCents) {
        throw planLimitError('This generation would go past the spending cap you set. Raise the cap on the Billing page to continue.', {
          limit: 'spendingCap',
          allowed: overage.capCents,
          plan: plan.id,
        });
      }
    }
    await tx.creditReservation.create({ data: { userId, generationId, status: 'reserved' } });
  });
}

// Gives a reserved credit back. Also for a batch prompt's credit when its job ends without having
// used it (a cached answer, a refusal before generating, a batch cut short): one moved to a
// generation is no longer under the prompt's key, so it is not touched.
export async function releaseCredit(generationId: string): Promise<void> {
  await db.creditReservation.updateMany({ where: { generationId, status: 'reserved' }, data: { status: 'released', settledAt: new Date() } });
}

// Commits the credit and writes its UsageRecord in one transaction; a credit beyond a paid
// plan's allowance is queued for the meter, with the record's id as the meter event identifier.
async function commit(userId: string, generationId: string) {
  const entitlements = await getEntitlements(userId);
  const pending = await db.$transaction(async (tx) => {
    const { count } = await tx.creditReservation.updateMany({
      where: { generationId, status: 'reserved' },
      data: { status: 'committed', settledAt: new Date() },
    });
    if (count === 0) return false;
    const committed = await tx.creditReservation.count({ where: { userId, status: 'committed', createdAt: { gte: entitlements.period.start } } });
    const isOverage = entitlements.canBillOverage && committed > entitlements.plan.limits.monthlyCredits;
    const customer = isOverage ? await tx.billingCustomer.findUnique({ where: { userId } }) : null;
    await tx.usageRecord.create({
      data: {
        userId,
        generationId,
        credits: GENERATION_COST,
        isOverage,
        stripeCustomerId: customer?.stripeCustomerId ?? null,
        meterStatus: isOverage && customer ? 'pending' : 'none',
        meterNextAt: isOverage && customer ? new Date() : null,
      },
    });
    return isOverage && Boolean(customer);
  });
  if (pending) reportUsageSoon();
}

// Moves a batch prompt's reservation to the generation that uses it, which then commits or releases
// it as any other; its time becomes the generation's start, so the stale rule applies from there.
async function takeReserved(key: string, generationId: string): Promise<boolean> {
  const { count } = await db.creditReservation.updateMany({
    where: { generationId: key, status: 'reserved' },
    data: { generationId, createdAt: new Date() },
  });
  return count > 0;
}

// reservedAs: the key a credit was reserved under ahead of time (a batch prompt); when it is no
// longer there (a retry after its generation died), a credit is reserved as for any generation.
export async function withCredit<T>(userId: string, generationId: string, work: () => Promise<T>, opts: { reservedAs?: string } = {}): Promise<T> {
  await inSpan('credits.reserve', { 'generation.id': generationId }, async () => {
    if (!opts.reservedAs || !(await takeReserved(opts.reservedAs, generationId))) await reserveCredit(userId, generationId);
  });
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await inSpan('credits.release', { 'generation.id': generationId }, () => releaseCredit(generationId));
    throw error;
  }
  await inSpan('credits.commit', { 'generation.id': generationId }, () => commit(userId, generationId));
  return result;
}
