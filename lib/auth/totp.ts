// Two-factor sign-in with an authenticator app: 30-second, 6-digit TOTP codes, each accepted
// once (the last accepted time step is stored), and ten single-use recovery codes.
import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { open, seal } from './secret-box';

const PERIOD_SECONDS = 30;

function totpFor(secretBase32: string, label = 'Page Magic') {
  return new OTPAuth.TOTP({
    issuer: 'Page Magic',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

// For tests and for the setup screen: the code an authenticator would show now.
export function currentTotpCode(secretBase32: string, timestamp = Date.now()): string {
  return totpFor(secretBase32).generate({ timestamp });
}

export function sealTotpSecret(secretBase32: string): string {
  return seal(secretBase32);
}

export function openTotpSecret(sealed: string): string {
  return open(sealed);
}

// Returns the time step the code belongs to (allowing one step of clock drift), or null.
export function matchTotpStep(secretBase32: string, code: string, timestamp = Date.now()): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp, window: 1 });
  if (delta === null) return null;
  return Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
}

// Accepts a code once: the step is stored atomically, so a replay (even a concurrent one) fails.
export async function consumeTotpCode(userId: string, sealedSecret: string, code: string): Promise<boolean> {
  const step = matchTotpStep(openTotpSecret(sealedSecret), code);
  if (step === null) return false;
  const updated = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return updated.count === 1;
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(
      code
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .digest('hex');
}

export function isRecoveryCodeShaped(code: string): boolean {
  return /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());
}

export async function replaceRecoveryCodes(userId: string): Promise<string[]> {
  const codes = Array.from({ length: 10 }, () => {
    const raw = randomBytes(8).toString('hex').slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) }),
  ]);
  return codes;
}

export async function consumeRecoveryCode(userId: string, code: string): Promise<boolean> {
  const used = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}

// A second factor from the sign-in form: an authenticator code or a recovery code.
export async function verifySecondFactor(user: { id: string; totpSecret: string | null }, code: string): Promise<boolean> {
  if (!user.totpSecret) throw new AppError('CONFLICT', 'Two-factor sign-in is not turned on.');
  if (isRecoveryCodeShaped(code)) return consumeRecoveryCode(user.id, code);
  return consumeTotpCode(user.id, user.totpSecret, code);
}
