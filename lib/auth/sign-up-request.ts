// Sign-up from the form, without telling strangers which addresses have accounts. Every request
// gets the same answer, "check your email": a new address gets a link that makes the account (its
// name and password hash travel sealed in the link, so nothing is stored before the address is
// proved), an address with an account gets a sign-in link and a note that it already has one. The
// owner who typed their own password on the wrong form goes straight in: only the password holder
// sees that, and a wrong password here counts toward the sign-in limit like any other.
import { z } from 'zod';
import { db } from '@/lib/db';
import { isEmailEnabled, sendEmail } from '@/lib/email/send';
import { signUpConfirmEmail } from '@/lib/email/templates';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { consume, type Limit } from '@/lib/rate-limit';
import type { UiLocale } from '@/lib/i18n/languages';
import { uiLocaleSchema } from '@/lib/i18n/schemas';
import { createAccount, signUpSchema } from './accounts';
import { emailSignInLink, signInUrlFor } from './magic-link';
import { hashPassword, verifyPassword } from './password';
import { secretBox } from './secret-box';
import { isAccountLocked, recordSignInFailure } from './sign-in-limit';

export const SIGN_UP_LINK_MAX_AGE_MS = 60 * 60_000;
export const signUpLimits: { perIp: Limit; perAddress: Limit } = {
  perIp: { limit: 10, windowMs: 60 * 60_000 },
  perAddress: { limit: 3, windowMs: 15 * 60_000 },
};

export type SignUpOutcome = 'check-email' | 'signed-in';

const box = secretBox(env.NEXTAUTH_SECRET, 'sign-up-link');
// `l` is the language of the sign-up page (links sealed before it was kept have none).
const sealedSchema = z.object({ n: z.string(), e: z.string(), p: z.string(), x: z.number(), l: uiLocaleSchema.optional() });

// `locale` is the language of the page the form was sent from: the emails go out in it (an existing
// account's saved language first), and the new account keeps it, for the emails it gets later.
export async function requestSignUp(input: unknown, ip: string, locale: UiLocale): Promise<SignUpOutcome> {
  const { name, email, password } = signUpSchema.parse(input);
  if (ip && !(await consume(`signup:ip:${ip}`, signUpLimits.perIp))) {
    throw new AppError('RATE_LIMITED', 'Too many sign-ups from this network. Try again in an hour.');
  }
  // Past the address's limit the answer stays the same and no more email goes out.
  const mayEmail = () => consume(`signup:email:${email}`, signUpLimits.perAddress);
  const user = await db.user.findUnique({ where: { email } });
  if (user) {
    const locked = await isAccountLocked(email);
    const right = !locked && (await verifyPassword(user.passwordHash, password));
    if (right) return 'signed-in';
    if (user.passwordHash && !locked) await recordSignInFailure(email, ip);
    if (await mayEmail()) await emailSignInLink(user.email, 'sign-up-existing', locale).catch((err) => logger.warn({ err }, 'sign-up: link not sent'));
    return 'check-email';
  }
  // Hashing here too keeps the two answers about as slow as each other.
  const passwordHash = await hashPassword(password);
  if (await mayEmail()) {
    const token = box.seal(JSON.stringify({ n: name, e: email, p: passwordHash, x: Date.now() + SIGN_UP_LINK_MAX_AGE_MS, l: locale }));
    await sendConfirmation(email, `${env.NEXTAUTH_URL.replace(/\/$/, '')}/sign-up/confirm?${new URLSearchParams({ token })}`, locale);
  }
  return 'check-email';
}

async function sendConfirmation(email: string, url: string, locale: UiLocale) {
  if (!isEmailEnabled()) {
    logger.warn({ email, url }, 'sign-up link (no SMTP configured, so it is logged instead of sent)');
    return;
  }
  await sendEmail({ to: email, ...(await signUpConfirmEmail(locale, { url })) });
}

// The link from the confirmation email: makes the account and gives the URL that signs it in, or null
// when the link is not one of ours, has expired, or was already used (the account exists).
export async function confirmSignUp(token: string, now = Date.now()): Promise<string | null> {
  let sealed: z.infer<typeof sealedSchema>;
  try {
    sealed = sealedSchema.parse(JSON.parse(box.open(token)));
  } catch {
    return null;
  }
  if (sealed.x < now) return null;
  try {
    await createAccount({ name: sealed.n, email: sealed.e, passwordHash: sealed.p, locale: sealed.l });
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') return null;
    throw error;
  }
  return signInUrlFor(sealed.e);
}
