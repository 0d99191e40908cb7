// Signed-in devices. Each JWT carries a session id; a session ended here stops working on its next request.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { audit } from './audit';
import { currentRequestInfo } from './request-info';

const TOUCH_EVERY_MS = 60_000;

export async function createSession(userId: string, opts: { twoFactorPending: boolean }) {
  const { ip, userAgent } = await currentRequestInfo();
  return db.userSession.create({ data: { userId, ip, userAgent, twoFactorPending: opts.twoFactorPending } });
}

// Returns the live session, or null when it was ended; refreshes "last seen" at most once a minute.
export async function findLiveSession(sessionId: string, userId: string) {
  const session = await db.userSession.findFirst({ where: { id: sessionId, userId, revokedAt: null } });
  if (!session) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  return session;
}

export async function listSessions(userId: string) {
  return db.userSession.findMany({
    where: { userId, revokedAt: null },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
}

export async function revokeSession(userId: string, sessionId: string) {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'That session was not found or has already ended.');
  await audit(userId, 'session.revoked', { sessionId });
}

// `silent` is for a caller that writes its own entry with the count (a password change).
export async function revokeAllSessions(userId: string, opts: { except?: string; silent?: boolean } = {}) {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(opts.except ? { id: { not: opts.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  if (!opts.silent) await audit(userId, 'signout.everywhere', { ended: count, keptCurrent: Boolean(opts.except) });
  return count;
}

export async function completeTwoFactor(userId: string, sessionId: string) {
  await db.userSession.updateMany({ where: { id: sessionId, userId }, data: { twoFactorPending: false } });
}

// The browser and system a user agent names, in words ("Chrome", "Android"); '' for what it does not say.
export function deviceOf(userAgent: string): { browser: string; os: string } {
  const ua = userAgent.toLowerCase();
  const browser = ua.includes('edg/')
    ? 'Edge'
    : ua.includes('firefox/')
      ? 'Firefox'
      : ua.includes('chrome/') || ua.includes('chromium/')
        ? 'Chrome'
        : ua.includes('safari/')
          ? 'Safari'
          : '';
  const os = ua.includes('android')
    ? 'Android'
    : ua.includes('iphone') || ua.includes('ipad')
      ? 'iOS'
      : ua.includes('mac os')
        ? 'macOS'
        : ua.includes('windows')
          ? 'Windows'
          : ua.includes('linux')
            ? 'Linux'
            : '';
  return { browser, os };
}

// A friendly device name from a user agent ("Chrome · Android").
export function describeDevice(userAgent: string): string {
  const { browser, os } = deviceOf(userAgent);
  if (browser && os) return `${browser} · ${os}`;
  return browser || os || 'Unknown device';
}
