// next-auth configuration: JWT sessions whose id is checked against UserSession on every
// request; credentials (with 2FA), magic links, and GitHub/Google when their keys are set.
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { AuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import type { JWT } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { db } from '@/lib/db';
import { env, features } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { audit } from './audit';
import { authorizeCredentials, SignInError } from './credentials';
import { MAGIC_LINK_MAX_AGE_S, sendMagicLink } from './magic-link';
import { currentRequestLocale } from './request-info';
import { createSession, findLiveSession, revokeSession } from './sessions';

export class SessionEnded extends Error {}

// A token issued earlier, on every request: its device session must still be live. Called by the
// jwt callback below and by requireUser(), which reads the token itself (lib/auth/require-user.ts).
export async function checkSessionToken(token: JWT): Promise<JWT> {
  if (typeof token.sid !== 'string' || typeof token.sub !== 'string') throw new SessionEnded('no session id');
  let session: Awaited<ReturnType<typeof findLiveSession>>;
  try {
    session = await findLiveSession(token.sid, token.sub);
  } catch (error) {
    // The database is down: do not sign the person out for it. requireUser() refuses an
    // unverified session, so the page shows the friendly error instead.
    logger.warn({ err: error }, 'could not verify the session');
    return { ...token, unverified: true };
  }
  if (!session) throw new SessionEnded('session ended');
  token.twoFactorPending = session.twoFactorPending;
  delete token.unverified;
  return token;
}

const providers: AuthOptions['providers'] = [
  CredentialsProvider({
    id: 'credentials',
    name: 'Email and password',
    credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
    authorize: (credentials) => authorizeCredentials(credentials),
  }),
  EmailProvider({
    server: 'smtp://localhost:25', // unused: sendMagicLink decides how the link travels
    from: env.EMAIL_FROM,
    maxAge: MAGIC_LINK_MAX_AGE_S,
    sendVerificationRequest: ({ identifier, url, token }) => sendMagicLink({ identifier, url, token }),
  }),
];
if (features.github) providers.push(GitHubProvider({ clientId: env.GITHUB_ID!, clientSecret: env.GITHUB_SECRET! }));
if (features.google) providers.push(GoogleProvider({ clientId: env.GOOGLE_ID!, clientSecret: env.GOOGLE_SECRET! }));

export const authOptions: AuthOptions = {
  adapter: PrismaAdapter(db) as Adapter,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  secret: env.NEXTAUTH_SECRET,
  providers,
  pages: { signIn: '/sign-in', error: '/sign-in', verifyRequest: '/sign-in/check-email' },
  callbacks: {
    // An account being deleted signs in no way (credentials refuse it themselves, with the reason).
    async signIn({ user }) {
      const row = await db.user.findUnique({ where: { id: user.id }, select: { deletingAt: true } });
      return row?.deletingAt ? `/sign-in?error=${SignInError.deleting}` : true;
    },
    async jwt({ token, user, account }) {
      if (user) {
        // A fresh sign-in: open a device session. Credentials already checked the second
        // factor; a magic link or OAuth sign-in of a 2FA account must still give a code.
        const row = await db.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true } });
        const twoFactorPending = Boolean(row?.totpEnabledAt) && account?.provider !== 'credentials';
        const session = await createSession(user.id, { twoFactorPending });
        await audit(user.id, 'signin.success', { provider: account?.provider ?? 'unknown' });
        token.sid = session.id;
        token.twoFactorPending = twoFactorPending;
        return token;
      }
      return checkSessionToken(token);
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.sub! };
      session.sessionId = token.sid as string;
      session.twoFactorPending = Boolean(token.twoFactorPending);
      session.unverified = Boolean(token.unverified);
      return session;
    },
  },
  events: {
    // An account made by a magic link or OAuth keeps the language of the page it was made from, as a
    // signed-up one does (lib/auth/accounts.ts): emails sent later, outside any request, use it.
    async createUser({ user }) {
      const locale = await currentRequestLocale();
      await db.user.updateMany({ where: { id: user.id, locale: null }, data: { locale } });
    },
    // Signing out ends this device's session on the server too: the old cookie, replayed, is refused.
    async signOut({ token }) {
      if (typeof token?.sid === 'string' && typeof token.sub === 'string') await revokeSession(token.sub, token.sid).catch(() => {}); // already ended: nothing to do
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is expected, not an error.
      const cause = (metadata as { message?: string } | undefined)?.message;
      if (code === 'JWT_SESSION_ERROR' && (cause === 'session ended' || cause === 'no session id')) return;
      logger.error({ code, metadata }, 'next-auth error');
    },
    warn(code) {
      if (code !== 'NEXTAUTH_URL' && code !== 'DEBUG_ENABLED') logger.warn({ code }, 'next-auth warning');
    },
    debug() {},
  },
};
