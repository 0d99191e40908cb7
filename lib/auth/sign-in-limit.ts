// Failed sign-ins are limited per account and per IP: 10 in 15 minutes, then 429 until the window passes.
import { env } from '@/lib/env';
import { isLimited, recordHit, type Limit } from '@/lib/rate-limit';

export const signInLimit: Limit = { limit: env.SIGNIN_MAX_FAILURES, windowMs: 15 * 60 * 1000 };

function keys(email: string, ip: string): string[] {
  const list = [`signin:email:${email.trim().toLowerCase()}`];
  if (ip) list.push(`signin:ip:${ip}`);
  return list;
}

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  for (const key of keys(email, ip)) if (await isLimited(key, signInLimit)) return true;
  return false;
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  for (const key of keys(email, ip)) await recordHit(key, signInLimit);
}
