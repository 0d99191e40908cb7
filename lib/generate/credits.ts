// Generation credits, in one place: reserve one before generating, commit it on success,
// release it on any failure, so no failure ever costs a credit. Reservations are serialized
// per owner with an advisory lock, so two generations cannot both take the last credit.
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

// A reservation older than this belongs to a generation that died with its process.
const STALE_RESERVATION_MS = 15 * 60 * 1000;

export function monthStart(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export async function creditAllowance(userId: string): Promise<number> {
  void userId; // billing will tie the allowance to the owner's plan
  return env.GENERATION_CREDITS_PER_MONTH;
}

function countedWhere(userId: string) {
  return {
    userId,
    createdAt: { gte: monthStart() },
    OR: [{ status: 'committed' }, { status: 'reserved', createdAt: { gt: new Date(Date.now() - STALE_RESERVATION_MS) } }],
  };
}

export async function creditBalance(userId: string) {
  const [allowance, used] = await Promise.all([creditAllowance(userId), db.creditReservation.count({ where: countedWhere(userId) })]);
  return { allowance, used, remaining: Math.max(0, allowance - used) };
}

export async function reserveCredit(userId: string, generationId: string): Promise<void> {
  const allowance = await creditAllowance(userId);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`credits:${userId}`}))`;
    const used = await tx.creditReservation.count({ where: countedWhere(userId) });
    if (used >= allowance) {
      throw new AppError('PLAN_LIMIT', `You have used all ${allowance} generation credits for this month.`, { limit: 'credits', allowance });
    }
    await tx.creditReservation.create({ data: { userId, generationId, status: 'reserved' } });
  });
}

async function settle(generationId: string, status: 'committed' | 'released') {
  await db.creditReservation.updateMany({ where: { generationId, status: 'reserved' }, data: { status, settledAt: new Date() } });
}

export async function withCredit<T>(userId: string, generationId: string, work: () => Promise<T>): Promise<T> {
  await reserveCredit(userId, generationId);
  try {
    const result = await work();
    await settle(generationId, 'committed');
    return result;
  } catch (error) {
    await settle(generationId, 'released');
    throw error;
  }
}
