'use server';
// Sign-up, and the second step of a magic-link or OAuth sign-in for an account with two-factor
// sign-in on. lib/auth does the work; these only say who is calling and what they sent.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action, type ActionResult } from '@/lib/http';
import { signUp } from './accounts';
import { requirePendingTwoFactorUser } from './require-user';
import { passSecondFactor } from './two-factor-sign-in';

// signUp parses the input with its zod schema; a taken email is a CONFLICT.
export const signUpAction = action(async (input: { name: string; email: string; password: string }) => {
  await signUp(input);
});

const twoFactorCodeSchema = z.object({ code: z.string().trim().min(1).max(20) });

const verifyTwoFactor = action(async (input: unknown) => {
  const user = await requirePendingTwoFactorUser();
  const { code } = twoFactorCodeSchema.parse(input);
  await passSecondFactor(user, code);
});

export async function verifyTwoFactorAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  const result = await verifyTwoFactor({ code: form.get('code') });
  if (result.ok) redirect('/dashboard');
  return result;
}
