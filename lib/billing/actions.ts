'use server';
// Billing actions: start Checkout, open the portal, set the spending cap. Each checks who is
// calling and leaves validation and the work to lib/billing.
import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/require-user';
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
