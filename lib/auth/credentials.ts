// Email + password (+ second factor) sign-in. Every failure looks the same from outside,
// whether or not the email exists; failures count toward the sign-in limit.
import { z } from 'zod';
import { db } from '@/lib/db';
import { audit } from './audit';
import { verifyPassword } from './password';
import { currentRequestInfo, type RequestInfo } from './request-info';
import { emailSignInLink } from './magic-link';
import { giveBackSignInTry, recordLockedAccountFailure, takeSignInTry } from './sign-in-limit';
import { verifySecondFactor } from './totp';

// Error messages next-auth passes back to the sign-in form as `error`.
export const SignInError = {
  invalid: 'INVALID_CREDENTIALS',
  codeRequired: 'TOTP_REQUIRED',
  codeInvalid: 'TOTP_INVALID',
  rateLimited: 'RATE_LIMITED',
  locked: 'ACCOUNT_LOCKED',
  deleting: 'ACCOUNT_DELETING',
} as const;

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
  code: z.string().trim().max(20).optional().default(''),
});

export class SignInFailure extends Error {}

// `info` is the request's (its IP); tests pass one, next-auth's call reads it from the request.
export async function authorizeCredentials(input: unknown, info?: RequestInfo): Promise<{ id: string; email: string; name: string | null }> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new SignInFailure(SignInError.invalid);
  const { email, password, code } = parsed.data;
  const { ip } = info ?? (await currentRequestInfo());
  // Counted as a failure from here on, unless it turns out right (then given back below).
  const taken = await takeSignInTry(email, ip);
  if (!taken.ip) throw new SignInFailure(SignInError.rateLimited);

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!taken.account) {
    // Too many wrong passwords for this account, from anywhere: the password alone no longer signs in.
    // When it is right, the owner gets a sign-in link by email (which still asks for the second factor
    // when the account has one). The answer is the same either way, so it tells a guesser nothing.
    if (user && ok) {
      await giveBackSignInTry(email, ip, taken);
      await emailSignInLink(user.email).catch(() => undefined);
    } else await recordLockedAccountFailure(email);
    if (user) await audit(user.id, 'signin.failure', { reason: ok ? 'locked-link-sent' : 'locked' });
    throw new SignInFailure(SignInError.locked);
  }
  if (!user || !ok) {
    if (user) await audit(user.id, 'signin.failure', { reason: 'password' });
    throw new SignInFailure(SignInError.invalid);
  }
  if (user.totpEnabledAt && user.totpSecret) {
    if (!code) {
      await giveBackSignInTry(email, ip, taken);
      throw new SignInFailure(SignInError.codeRequired);
    }
    if (!(await verifySecondFactor(user, code))) {
      await audit(user.id, 'signin.failure', { reason: 'second-factor' });
      throw new SignInFailure(SignInError.codeInvalid);
    }
  }
  await giveBackSignInTry(email, ip, taken);
  // Told only to whoever proves the account is theirs: it is being deleted and stays locked.
  if (user.deletingAt) {
    await audit(user.id, 'signin.failure', { reason: 'deleting' });
    throw new SignInFailure(SignInError.deleting);
  }
  return { id: user.id, email: user.email, name: user.name };
}
