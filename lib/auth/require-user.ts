// Who is signed in. Pages and actions call requireUser() (redirects to sign-in); route handlers
// call getApiUser() (throws UNAUTHENTICATED). Both check the device session is still live.
import type { JWT } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { timed } from '@/lib/observability/timeline';
import { checkSessionToken, SessionEnded } from './options';
import { decodeSessionCookies } from './session-token';

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  locale: string | null;
  sessionId: string;
  hasTwoFactor: boolean;
  hasPassword: boolean;
};

// Once per request: the layout, the page and its metadata all ask, and each check decrypts the
// session token, reads the device session and the user (React's cache lasts one server render;
// a server action's own call, outside any render, is not cached).
const loadCurrentUser = cache(() => timed('session', readCurrentUser));

// What getServerSession() gives a server component, without its work for a response it has none
// of: next-auth's request set-up (CSRF token, URLs, providers) and a new token, encrypted and then
// dropped (a server component cannot set cookies). The same cookie, the same decryption and the
// same check of the device session (the jwt callback's, `checkSessionToken`).
async function readSession(): Promise<{ userId: string; sessionId: string; twoFactorPending: boolean; unverified: boolean } | null> {
  const jar = await cookies();
  const token = await decodeSessionCookies(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));
  if (!token) return null;
  let checked: JWT;
  try {
    checked = await checkSessionToken(token);
  } catch (error) {
    // Ended, or no session id: signed out, as next-auth answers then.
    if (!(error instanceof SessionEnded)) throw error;
    return null;
  }
  if (typeof checked.sub !== 'string' || typeof checked.sid !== 'string') return null;
  return { userId: checked.sub, sessionId: checked.sid, twoFactorPending: Boolean(checked.twoFactorPending), unverified: Boolean(checked.unverified) };
}

async function readCurrentUser(): Promise<{ user: CurrentUser; twoFactorPending: boolean } | null> {
  const session = await readSession();
  if (!session) return null;
  if (session.unverified) throw new AppError('UNAVAILABLE', 'The database is not answering. Try again in a moment.');
  const row = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, locale: true, totpEnabledAt: true, passwordHash: true, deletingAt: true },
  });
  // An account being deleted is signed out (its sessions were ended too; this closes any race).
  if (!row || row.deletingAt) return null;
  return {
    twoFactorPending: session.twoFactorPending,
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      locale: row.locale,
      sessionId: session.sessionId,
      hasTwoFactor: Boolean(row.totpEnabledAt),
      hasPassword: Boolean(row.passwordHash),
    },
  };
}

export async function findCurrentUser(): Promise<CurrentUser | null> {
  const current = await loadCurrentUser();
  return current && !current.twoFactorPending ? current.user : null;
}

export async function requireUser(): Promise<CurrentUser> {
  const current = await loadCurrentUser();
  if (!current) redirect('/sign-in');
  if (current.twoFactorPending) redirect('/sign-in/two-factor');
  return current.user;
}

// For the second-factor step after a magic-link or OAuth sign-in.
export async function requirePendingTwoFactorUser(): Promise<CurrentUser> {
  const current = await loadCurrentUser();
  if (!current) redirect('/sign-in');
  if (!current.twoFactorPending) redirect('/dashboard');
  return current.user;
}

export async function getApiUser(): Promise<CurrentUser> {
  const current = await loadCurrentUser();
  if (!current || current.twoFactorPending) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return current.user;
}
