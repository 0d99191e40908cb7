'use server';
// Account settings: password, two-factor sign-in and devices (deleting the account cancels its
// billing first, so its action is lib/billing/actions.ts). Each action checks who is
// calling, parses what they sent, and leaves the work to lib/auth.
import { revalidatePath } from 'next/cache';
import QRCode from 'qrcode';
import { z } from 'zod';
import { changePassword, confirmTwoFactorSetup, disableTwoFactor, startTwoFactorSetup } from './accounts';
import { requireUser } from './require-user';
import { revokeAllSessions, revokeSession } from './sessions';
import { action } from '@/lib/http';

const SETTINGS_PATH = '/dashboard/settings';

const passwordSchema = z.object({ password: z.string().min(1).max(200) });
const codeSchema = z.object({ code: z.string().trim().min(1).max(20) });
const sessionSchema = z.object({ sessionId: z.string().min(1).max(100) });

// changePassword parses { currentPassword, newPassword } itself.
export const changePasswordAction = action(async (input: { currentPassword?: string; newPassword: string }) => {
  const user = await requireUser();
  await changePassword(user.id, user.sessionId, input);
  revalidatePath(SETTINGS_PATH);
});

export const startTwoFactorAction = action(async (input: { password: string }) => {
  const user = await requireUser();
  const { password } = passwordSchema.parse(input);
  const { secret, uri } = await startTwoFactorSetup(user.id, password);
  const qrDataUrl = await QRCode.toDataURL(uri, { margin: 1, width: 220 });
  return { secret, uri, qrDataUrl };
});

// Returns the ten recovery codes, shown once.
export const confirmTwoFactorAction = action(async (input: { code: string }) => {
  const user = await requireUser();
  const { code } = codeSchema.parse(input);
  const recoveryCodes = await confirmTwoFactorSetup(user.id, code);
  revalidatePath(SETTINGS_PATH);
  return { recoveryCodes };
});

export const disableTwoFactorAction = action(async (input: { password: string }) => {
  const user = await requireUser();
  const { password } = passwordSchema.parse(input);
  await disableTwoFactor(user.id, password);
  revalidatePath(SETTINGS_PATH);
});

// Ending this device's own session signs it out: the client then calls next-auth's signOut.
export const revokeSessionAction = action(async (input: { sessionId: string }) => {
  const user = await requireUser();
  const { sessionId } = sessionSchema.parse(input);
  await revokeSession(user.id, sessionId);
  const isCurrent = sessionId === user.sessionId;
  if (!isCurrent) revalidatePath(SETTINGS_PATH);
  return { isCurrent };
});

export const revokeOtherSessionsAction = action(async () => {
  const user = await requireUser();
  const ended = await revokeAllSessions(user.id, { except: user.sessionId });
  revalidatePath(SETTINGS_PATH);
  return { ended };
});

// Ends every session including this one; the client signs out next.
export const revokeAllSessionsAction = action(async () => {
  const user = await requireUser();
  await revokeAllSessions(user.id);
});
