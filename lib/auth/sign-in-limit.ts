// Failed sign-ins are limited per account and per IP: 10 in 15 minutes. Past the IP's limit that IP is
// refused until the window passes; past the account's, the password alone no longer signs in (the owner
// gets a sign-in link by email instead, see credentials.ts), so strangers cannot lock the owner out.
import { env } from '@/lib/env';
import { consume, isLimited, recordHit, release, type Limit } from '@/lib/rate-limit';

export const signInLimit: Limit = { limit: env.SIGNIN_MAX_FAILURES, windowMs: 15 * 60 * 1000 };

const accountKey = (email: string) => `signin:email:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `signin:ip:${ip}`;

function keys(email: string, ip: string): string[] {
  const list = [accountKey(email)];
  if (ip) list.push(ipKey(ip));
  return list;
}

// A password try takes a failure's place on the IP's and the account's counts before the password is
// checked (atomically: of 50 concurrent guesses, only the limit's worth are checked at all), and
// gives them back when it succeeds. `ip` false: the IP is at its limit, nothing was taken.
export type SignInTry = { ip: boolean; account: boolean };

export async function takeSignInTry(email: string, ip: string): Promise<SignInTry> {
  if (ip && !(await consume(ipKey(ip), signInLimit))) return { ip: false, account: false };
  return { ip: true, account: await consume(accountKey(email), signInLimit) };
}

// The places a try took, given back: it was not a failure.
export async function giveBackSignInTry(email: string, ip: string, taken: SignInTry): Promise<void> {
  if (taken.account) await release(accountKey(email), signInLimit);
  if (taken.ip && ip) await release(ipKey(ip), signInLimit);
}

// A failure on a locked account still counts there (the lock lasts while the guessing goes on).
export async function recordLockedAccountFailure(email: string): Promise<void> {
  await recordHit(accountKey(email), signInLimit);
}

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  return (await isAccountLocked(email)) || (await isIpBlocked(ip));
}

export async function isIpBlocked(ip: string): Promise<boolean> {
  return Boolean(ip) && (await isLimited(ipKey(ip), signInLimit));
}

export async function isAccountLocked(email: string): Promise<boolean> {
  return isLimited(accountKey(email), signInLimit);
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  for (const key of keys(email, ip)) await recordHit(key, signInLimit);
}
