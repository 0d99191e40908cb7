// The second step of a magic-link or OAuth sign-in for an account with two-factor sign-in on: a
// right code completes the session; wrong codes count toward the same limit as password
// sign-ins, so codes cannot be guessed.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { audit } from './audit';
import { currentRequestInfo } from './request-info';
import { completeTwoFactor } from './sessions';
import { isIpBlocked, recordSignInFailure } from './sign-in-limit';
import { verifySecondFactor } from './totp';

export async function passSecondFactor(user: { id: string; email: string; sessionId: string }, code: string): Promise<void> {
  const { ip } = await currentRequestInfo();
  if (await isIpBlocked(ip)) throw new AppError('RATE_LIMITED', 'Too many failed sign-ins.');
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, totpSecret: true } });
  if (!(await verifySecondFactor(row, code))) {
    await recordSignInFailure(user.email, ip);
    await audit(user.id, 'signin.failure', { reason: 'second-factor' });
    throw new AppError('INVALID_INPUT', 'That code is not right.');
  }
  await completeTwoFactor(user.id, user.sessionId);
}
