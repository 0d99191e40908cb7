// Account operations: sign-up, password change, two-factor on/off, deletion's first
// and last steps (the whole of it, billing first, is lib/billing/account-deletion.ts).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { isUiLocale, type UiLocale } from '@/lib/i18n/languages';
import { addressesFreed } from '@/lib/serving-channels';
import { removeStoredFiles, storedFilesOf } from '@/lib/storage/stored-files';
import { audit } from './audit';
import { hashPassword, passwordSchema, verifyPassword } from './password';
import { revokeAllSessions } from './sessions';
import { consumeTotpCode, newTotpSecret, replaceRecoveryCodes, sealTotpSecret, totpUri } from './totp';

export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(320),
  password: passwordSchema,
});

// Makes the account at once (seed, tests, benchmarks); the sign-up form goes through
// lib/auth/sign-up-request.ts, which proves the address first.
export async function signUp(input: z.input<typeof signUpSchema>) {
  const { name, email, password } = signUpSchema.parse(input);
  return createAccount({ name, email, passwordHash: await hashPassword(password) });
}

export async function createAccount({ name, email, passwordHash, locale }: { name: string; email: string; passwordHash: string; locale?: UiLocale }) {
  try {
    const user = await db.user.create({ data: { name, email, passwordHash, locale } });
    await audit(user.id, 'account.created', { method: 'password' });
    return { id: user.id, email: user.email };
  } catch (error) {
    // The unique index decides, so two sign-ups racing for one email still make one account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', 'An account with this email already exists. Sign in instead.');
    }
    throw error;
  }
}

async function checkPassword(userId: string, password: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('INVALID_INPUT', 'That password is not right.', { field: 'password' });
  }
  return user;
}

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(200).default(''),
  newPassword: passwordSchema,
});

export async function changePassword(userId: string, currentSessionId: string, input: unknown) {
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  // Accounts made by magic link or OAuth have no password yet and may set one.
  if (user.passwordHash) await checkPassword(userId, currentPassword);
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
  // A new password ends every other device's session: one entry in the activity says both.
  const ended = await revokeAllSessions(userId, { except: currentSessionId, silent: true });
  await audit(userId, 'password.changed', { ended });
}

export async function startTwoFactorSetup(userId: string, password: string) {
  const user = await checkPassword(userId, password);
  if (user.totpEnabledAt) throw new AppError('CONFLICT', 'Two-factor sign-in is already on.');
  const secret = newTotpSecret();
  await db.user.update({ where: { id: userId }, data: { totpSecret: sealTotpSecret(secret), totpLastStep: null } });
  return { secret, uri: totpUri(secret, user.email) };
}

export async function confirmTwoFactorSetup(userId: string, code: string): Promise<string[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.totpEnabledAt) throw new AppError('CONFLICT', 'Two-factor sign-in is already on.');
  if (!user.totpSecret) throw new AppError('CONFLICT', 'Start the setup again.');
  if (!(await consumeTotpCode(userId, user.totpSecret, code))) {
    throw new AppError('INVALID_INPUT', 'That code is not right. Check the time on your phone and try the newest code.', {
      field: 'code',
    });
  }
  await db.user.update({ where: { id: userId }, data: { totpEnabledAt: new Date() } });
  const codes = await replaceRecoveryCodes(userId);
  await audit(userId, 'twofactor.enabled');
  return codes;
}

export async function disableTwoFactor(userId: string, password: string) {
  await checkPassword(userId, password);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } }),
    db.recoveryCode.deleteMany({ where: { userId } }),
  ]);
  await audit(userId, 'twofactor.disabled');
}

export async function setLocale(userId: string, locale: string) {
  if (!isUiLocale(locale)) throw new AppError('INVALID_INPUT', 'Unknown language.');
  await db.user.update({ where: { id: userId }, data: { locale } });
}

// Deleting the account, step one (lib/billing/account-deletion.ts runs the whole of it): the
// typed email is checked, then the account is locked: marked deleting and signed out on every
// device, so that no one uses it while its billing is cancelled, which may wait for Stripe.
export async function lockAccountForDeletion(userId: string, confirmEmail: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (confirmEmail.trim().toLowerCase() !== user.email) {
    throw new AppError('INVALID_INPUT', 'Type your email exactly as shown to confirm.', { field: 'email' });
  }
  if (!user.deletingAt) await db.user.update({ where: { id: userId }, data: { deletingAt: new Date() } });
  await audit(userId, 'account.deletion_requested');
  await revokeAllSessions(userId);
}

// Deleting the account, the last step, once its billing is cancelled: removes the data.
export async function removeAccountData(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  // Cascades remove sessions, linked accounts, recovery codes, sites and their images (whose
  // stored files are removed after); the audit
  // entry keeps only a hash of the email, so nothing personal survives.
  const files = await storedFilesOf({ ownerId: userId });
  // The sites' addresses are freed on every instance at once, as when a site is deleted.
  const freed = await addressesFreed({ ownerId: userId });
  await db.$transaction([db.verificationToken.deleteMany({ where: { identifier: user.email } }), db.user.delete({ where: { id: userId } }), ...freed]);
  await removeStoredFiles(files);
  await audit(null, 'account.deleted', { emailSha256: createHash('sha256').update(user.email).digest('hex') });
}
