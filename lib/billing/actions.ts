'use server';
// Billing actions: start Checkout, open the portal, set the spending cap, delete the account
// (which cancels its billing first). Each checks who is calling and leaves the work to lib/billing.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { deleteAccount } from './account-deletion';
import { createCheckoutSession, createPortalSession, setSpendingCap } from './checkout';
import { action } from '@/lib/http';

export const checkoutAction = action(async (input: { plan: string; period: string }) => {
  const user = await requireUser();
  return createCheckoutSession(user, input);
});

export const portalAction = action(async () => {
  const user = await requireUser();
  return createPortalSession(user);
});

export const spendingCapAction = action(async (input: { capCents: number }) => {
  const user = await requireUser();
  await setSpendingCap(user, input);
  revalidatePath('/dashboard/billing');
});

const confirmEmailSchema = z.object({ email: z.string().max(320) });

// 'deleted', or 'deleting' while Stripe cannot be reached (the account is locked and a job
// finishes it); either way this device is signed out and the client calls signOut next.
export const deleteAccountAction = action(async (input: { email: string }) => {
  const user = await requireUser();
  const { email } = confirmEmailSchema.parse(input);
  return { status: await deleteAccount(user.id, email) };
});
