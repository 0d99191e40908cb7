'use server';
// Sign-up, and the second step of a magic-link or OAuth sign-in for an account with two-factor
// sign-in on. lib/auth does the work; these only say who is calling and what they sent.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signUp } from '@/lib/auth/accounts';
import { audit } from '@/lib/auth/audit';
import { currentRequestInfo } from '@/lib/auth/request-info';
import { requirePendingTwoFactorUser } from '@/lib/auth/require-user';
import { completeTwoFactor } from '@/lib/auth/sessions';
import { isSignInBlocked, recordSignInFailure } from '@/lib/auth/sign-in-limit';
import { verifySecondFactor } from '@/lib/auth/totp';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { action, type ActionResult } from '@/lib/http';

// signUp parses the input with its zod schema; a taken email is a CONFLICT.
export const signUpAction = action(async (input: { name: string; email: string; password: string }) => {
  await signUp(input);
});

const twoFactorCodeSchema = z.object({ code: z.string().trim().min(1).max(20) });

const verifyTwoFactor = action(async (input: unknown) => {
  const user = await requirePendingTwoFactorUser();
  const { code } = twoFactorCodeSchema.parse(input);
  // Wrong codes count toward the same limit as password sign-ins, so codes cannot be guessed.
  const { ip } = await currentRequestInfo();
  if (await isSignInBlocked(user.email, ip)) throw new AppError('RATE_LIMITED', 'Too many failed sign-ins.');
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, totpSecret: true } });
  if (!(await verifySecondFactor(row, code))) {
    await recordSignInFailure(user.email, ip);
    await audit(user.id, 'signin.failure', { reason: 'second-factor' });
    throw new AppError('INVALID_INPUT', 'That code is not right.');
  }
  await completeTwoFactor(user.id, user.sessionId);
});

export async function verifyTwoFactorAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  const result = await verifyTwoFactor({ code: form.get('code') });
  if (result.ok) redirect('/dashboard');
  return result;
}
