// Who is signed in. Pages and actions call requireUser() (redirects to sign-in); route handlers
// call getApiUser() (throws UNAUTHENTICATED). Both check the device session is still live.
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { timed } from '@/lib/observability/timeline';
import { authOptions } from './options';

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  locale: string | null;
  sessionId: string;
  hasTwoFactor: boolean;
  hasPassword: boolean;
};

const loadCurrentUser = () => timed('session', readCurrentUser);

async function readCurrentUser(): Promise<{ user: CurrentUser; twoFactorPending: boolean } | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.sessionId) return null;
  if (session.unverified) throw new AppError('UNAVAILABLE', 'The database is not answering. Try again in a moment.');
  const row = await db.user.findUnique({
    where: { id: session.user.id },
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
