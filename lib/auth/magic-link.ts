// Sends the magic sign-in link: by SMTP when SMTP_URL is set, otherwise into the server log.
// Links are limited per address and per IP, live 15 minutes, and only the newest one works.
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { sendEmail } from '@/lib/email';
import { env, features } from '@/lib/env';
import { logger } from '@/lib/observability/logger';
import { consume, type Limit } from '@/lib/rate-limit';
import { currentRequestInfo } from './request-info';

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

// What a link's email says: a plain sign-in, or an answer to a sign-up with an address that has an account.
export type LinkReason = 'sign-in' | 'sign-up-existing';

export async function sendMagicLink({ identifier, url, token }: { identifier: string; url: string; token: string }, reason: LinkReason = 'sign-in') {
  const { ip } = await currentRequestInfo();
  // Refused: next-auth answers "EmailSignin" and the link it stored is never sent.
  if (!(await allowMagicLink(identifier, ip))) throw new Error('RATE_LIMITED: too many sign-in links asked for');
  await keepOnlyNewestLink(identifier, token);
  if (!features.smtp) {
    logger.warn({ email: identifier, url, reason }, 'magic sign-in link (no SMTP configured, so it is logged instead of sent)');
    return;
  }
  const host = new URL(url).host;
  const lines =
    reason === 'sign-up-existing'
      ? [
          `Someone, probably you, tried to create a Page Magic account (${host}) with this address. You already have one, so no new account was made.`,
          `Sign in to it with this link:\n\n${url}`,
          'The link works once and expires in 15 minutes. If it was not you, ignore this email: nothing changes.',
        ]
      : [`Sign in to Page Magic (${host}):\n\n${url}`, 'The link works once and expires in 15 minutes. If you did not ask for it, ignore this email.'];
  await sendEmail({
    to: identifier,
    subject: reason === 'sign-up-existing' ? 'You already have a Page Magic account' : 'Sign in to Page Magic',
    text: `${lines.join('\n\n')}\n`,
  });
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

// Emailed (the account-lock path, a sign-up with an address that has an account), under the same limits.
export async function emailSignInLink(identifier: string, reason: LinkReason = 'sign-in', callbackPath = '/dashboard'): Promise<void> {
  await sendMagicLink(await newLink(identifier, callbackPath).then((link) => ({ identifier, ...link })), reason);
}

// Followed at once, with no email: the confirmation of a new account, whose link already proved the address.
export async function signInUrlFor(identifier: string, callbackPath = '/dashboard'): Promise<string> {
  const { url, token } = await newLink(identifier, callbackPath);
  await keepOnlyNewestLink(identifier, token);
  return url;
}
