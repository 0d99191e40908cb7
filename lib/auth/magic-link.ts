// Sends the magic sign-in link: by SMTP when SMTP_URL is set, otherwise into the server log.
// Links are limited per address and per IP, live 15 minutes, and only the newest one works.
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { isEmailEnabled, sendEmail } from '@/lib/email/send';
import { signInLinkEmail, type LinkReason } from '@/lib/email/templates';
import { env } from '@/lib/env';
import type { UiLocale } from '@/lib/i18n/languages';
import { savedLocaleOr } from '@/lib/i18n/locales';
import { logger } from '@/lib/observability/logger';
import { consume, type Limit } from '@/lib/rate-limit';
import { currentRequestInfo, currentRequestLocale } from './request-info';

export const MAGIC_LINK_MAX_AGE_S = 15 * 60;
export const magicLinkLimits: { perAddress: Limit; perIp: Limit } = {
  perAddress: { limit: 3, windowMs: 15 * 60_000 },
  perIp: { limit: 10, windowMs: 15 * 60_000 },
};

// One link asked for: false once the address (or the IP) has asked too often in the window.
export async function allowMagicLink(identifier: string, ip: string): Promise<boolean> {
  if (!(await consume(`magic:email:${identifier.trim().toLowerCase()}`, magicLinkLimits.perAddress))) return false;
  return !ip || consume(`magic:ip:${ip}`, magicLinkLimits.perIp);
}

// next-auth stores sha256(token + secret); every other link of the address stops working.
export async function keepOnlyNewestLink(identifier: string, token: string): Promise<void> {
  const hashed = createHash('sha256').update(`${token}${env.NEXTAUTH_SECRET}`).digest('hex');
  await db.verificationToken.deleteMany({ where: { identifier, NOT: { token: hashed } } });
}

// The link's email goes out in the recipient's language: an account's saved one, else the language
// of the page the link was asked from (`requested`; next-auth's own sign-in form reaches here with
// none, and then the request's, as the page decided it, is read here, as the IP is).
export async function sendMagicLink(
  { identifier, url, token }: { identifier: string; url: string; token: string },
  reason: LinkReason = 'sign-in',
  requested?: UiLocale,
) {
  const { ip } = await currentRequestInfo();
  // Refused: next-auth answers "EmailSignin" and the link it stored is never sent.
  if (!(await allowMagicLink(identifier, ip))) throw new Error('RATE_LIMITED: too many sign-in links asked for');
  await keepOnlyNewestLink(identifier, token);
  if (!isEmailEnabled()) {
    logger.warn({ email: identifier, url, reason }, 'magic sign-in link (no SMTP configured, so it is logged instead of sent)');
    return;
  }
  const account = await db.user.findUnique({ where: { email: identifier }, select: { locale: true } });
  const locale = savedLocaleOr(account?.locale, requested ?? (await currentRequestLocale()));
  await sendEmail({ to: identifier, ...(await signInLinkEmail(locale, { url, reason })) });
}

// A sign-in link made here rather than by next-auth's sign-in form: the same token next-auth stores and
// checks at /api/auth/callback/email.
async function newLink(identifier: string, callbackPath: string): Promise<{ url: string; token: string }> {
  const token = randomBytes(32).toString('hex');
  const hashed = createHash('sha256').update(`${token}${env.NEXTAUTH_SECRET}`).digest('hex');
  await db.verificationToken.create({ data: { identifier, token: hashed, expires: new Date(Date.now() + MAGIC_LINK_MAX_AGE_S * 1000) } });
  const base = env.NEXTAUTH_URL.replace(/\/$/, '');
  return { token, url: `${base}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: `${base}${callbackPath}`, token, email: identifier })}` };
}

// Emailed (the account-lock path, a sign-up with an address that has an account), under the same
// limits; `requested` is the language of the page that asked, for an account with none saved.
export async function emailSignInLink(identifier: string, reason: LinkReason = 'sign-in', requested?: UiLocale): Promise<void> {
  await sendMagicLink(await newLink(identifier, '/dashboard').then((link) => ({ identifier, ...link })), reason, requested);
}

// Followed at once, with no email: the confirmation of a new account, whose link already proved the address.
export async function signInUrlFor(identifier: string, callbackPath = '/dashboard'): Promise<string> {
  const { url, token } = await newLink(identifier, callbackPath);
  await keepOnlyNewestLink(identifier, token);
  return url;
}
