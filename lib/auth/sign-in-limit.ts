// Failed sign-ins are limited per account and per IP: 10 in 15 minutes. Past the IP's limit that IP is
// refused until the window passes; past the account's, the password alone no longer signs in (the owner
// gets a sign-in link by email instead, see credentials.ts), so strangers cannot lock the owner out.
import { env } from '@/lib/env';
import { isLimited, recordHit, type Limit } from '@/lib/rate-limit';

export const signInLimit: Limit = { limit: env.SIGNIN_MAX_FAILURES, windowMs: 15 * 60 * 1000 };

function keys(email: string, ip: string): string[] {
  const list = [`signin:email:${email.trim().toLowerCase()}`];
  if (ip) list.push(`signin:ip:${ip}`);
  return list;
}

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  return (await isAccountLocked(email)) || (await isIpBlocked(ip));
}

export async function isIpBlocked(ip: string): Promise<boolean> {
  return Boolean(ip) && (await isLimited(`signin:ip:${ip}`, signInLimit));
}

export async function isAccountLocked(email: string): Promise<boolean> {
  return isLimited(`signin:email:${email.trim().toLowerCase()}`, signInLimit);
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  for (const key of keys(email, ip)) await recordHit(key, signInLimit);
}
