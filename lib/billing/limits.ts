// Plan limits, checked on the server at the moment they matter: creating a site, writing to a
// site beyond the plan's count, adding a custom domain. Each refusal is PLAN_LIMIT naming the
// limit and where to upgrade.
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getEntitlements } from './entitlements';
import type { Plan, PlanId } from './plans';

export const UPGRADE_URL = '/dashboard/billing';

export type PlanLimitDetails = {
  limit: 'sites' | 'customDomains' | 'credits' | 'spendingCap' | 'batchPrompts';
  allowed: number;
  plan: PlanId;
  upgradeUrl: string;
};

export function planLimitError(message: string, details: Omit<PlanLimitDetails, 'upgradeUrl'>): AppError {
  return new AppError('PLAN_LIMIT', message, { ...details, upgradeUrl: UPGRADE_URL } satisfies PlanLimitDetails);
}

function siteLimitError(plan: { id: PlanId; limits: { sites: number } }): AppError {
  return planLimitError(`Your ${plan.id} plan includes ${plan.limits.sites} ${plan.limits.sites === 1 ? 'site' : 'sites'}. Upgrade to create more.`, {
    limit: 'sites',
    allowed: plan.limits.sites,
    plan: plan.id,
  });
}

export async function siteAllowance(userId: string): Promise<{ allowed: number; used: number; isAtLimit: boolean; plan: PlanId }> {
  const [{ plan }, used] = await Promise.all([getEntitlements(userId), db.site.count({ where: { ownerId: userId } })]);
  return { allowed: plan.limits.sites, used, isAtLimit: used >= plan.limits.sites, plan: plan.id };
}

// A quick check before starting work that would create a site (a generation), so an owner at the
// limit is refused before any credit is reserved. createSite checks again under the lock.
export async function assertCanAddSite(userId: string): Promise<void> {
  const { plan } = await getEntitlements(userId);
  if ((await db.site.count({ where: { ownerId: userId } })) >= plan.limits.sites) throw siteLimitError(plan);
}

// Call inside the transaction that creates the site: the advisory lock makes two concurrent
// creations take turns, so both cannot pass the count. The plan is read before the transaction:
// a read through the pool under the lock waited for connections that the creations queued on
// the lock were holding (more creations at once than the pool's ten connections timed out).
export async function assertCanCreateSite(tx: Prisma.TransactionClient, userId: string, plan: Plan): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sites:${userId}`}))`;
  const count = await tx.site.count({ where: { ownerId: userId } });
  if (count >= plan.limits.sites) throw siteLimitError(plan);
}

// For work that will create `count` sites later (a batch): refused unless they all fit, under the
// same lock as assertCanCreateSite. `pending` sites are already promised to earlier work.
export async function assertSitesFit(tx: Prisma.TransactionClient, userId: string, plan: Plan, count: number, pending = 0): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sites:${userId}`}))`;
  const existing = (await tx.site.count({ where: { ownerId: userId } })) + pending;
  if (existing + count <= plan.limits.sites) return;
  const left = Math.max(0, plan.limits.sites - existing);
  throw planLimitError(
    `Your ${plan.id} plan includes ${plan.limits.sites} ${plan.limits.sites === 1 ? 'site' : 'sites'}; ${left} more ${left === 1 ? 'fits' : 'fit'}, and this would make ${count}. Upgrade, or send fewer prompts.`,
    { limit: 'sites', allowed: plan.limits.sites, plan: plan.id },
  );
}

// After a downgrade nothing is deleted: the oldest sites up to the plan's count stay editable,
// the rest are read-only (still live if published) until the owner upgrades or deletes some.
export async function isSiteReadOnly(userId: string, siteId: string): Promise<boolean> {
  const { plan } = await getEntitlements(userId);
  const writable = await db.site.findMany({
    where: { ownerId: userId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: plan.limits.sites,
    select: { id: true },
  });
  if (writable.some((site) => site.id === siteId)) return false;
  return (await db.site.count({ where: { ownerId: userId } })) > plan.limits.sites;
}

export async function assertSiteWritable(userId: string, siteId: string): Promise<void> {
  if (!(await isSiteReadOnly(userId, siteId))) return;
  const { plan } = await getEntitlements(userId);
  throw planLimitError(
    `This site is read-only: your ${plan.id} plan includes ${plan.limits.sites} ${plan.limits.sites === 1 ? 'site' : 'sites'}. Upgrade, or delete a site, to edit it again.`,
    { limit: 'sites', allowed: plan.limits.sites, plan: plan.id },
  );
}

// For the custom-domains code: call with the number of domains the owner already has.
export async function assertCanAddDomain(userId: string, existingDomains: number): Promise<void> {
  assertDomainAllowance((await getEntitlements(userId)).plan, existingDomains);
}

// The same check with the plan already read, for use inside a transaction (see assertCanCreateSite).
export function assertDomainAllowance(plan: Plan, existingDomains: number): void {
  if (existingDomains >= plan.limits.customDomains) {
    throw planLimitError(
      plan.limits.customDomains === 0
        ? `Custom domains are not included in the ${plan.id} plan. Upgrade to add one.`
        : `Your ${plan.id} plan includes ${plan.limits.customDomains} custom domains. Upgrade to add more.`,
      { limit: 'customDomains', allowed: plan.limits.customDomains, plan: plan.id },
    );
  }
}
