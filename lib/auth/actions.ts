'use server';
// Sign-up, and the second step of a magic-link or OAuth sign-in for an account with two-factor
// sign-in on. lib/auth does the work; these only say who is calling and what they sent.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action, type ActionResult } from '@/lib/http';
import { currentRequestInfo, currentRequestLocale } from './request-info';
import { requirePendingTwoFactorUser } from './require-user';
import { requestSignUp } from './sign-up-request';
import { passSecondFactor } from './two-factor-sign-in';

// requestSignUp parses the input with its zod schema and answers the same for new and known addresses;
// its emails speak the language of the page the form is on.
export const signUpAction = action(async (input: { name: string; email: string; password: string }) => {
  const [{ ip }, locale] = await Promise.all([currentRequestInfo(), currentRequestLocale()]);
  return requestSignUp(input, ip, locale);
});

const twoFactorCodeSchema = z.object({ code: z.string().trim().min(1).max(20) });

const verifyTwoFactor = action(async (input: unknown) => {
  const user = await requirePendingTwoFactorUser();
  const { code } = twoFactorCodeSchema.parse(input);
  await passSecondFactor(user, code);
});

export async function verifyTwoFactorAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  // Called by hand with anything but the form's data: the same refusal as an empty code.
  const result = await verifyTwoFactor({ code: form instanceof FormData ? form.get('code') : null });
  if (result.ok) redirect('/dashboard');
  return result;
}
