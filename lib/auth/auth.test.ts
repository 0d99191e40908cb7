// Accounts against the real PostgreSQL: sign-up, sign-in failures and the limit, TOTP and
// recovery codes, sessions, export and deletion.
import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { isLimited } from '@/lib/rate-limit';
import { createUser, TEST_PASSWORD, uniqueEmail } from '@/test/factories';
import { deleteAccount } from '@/lib/billing/account-deletion';
import { changePassword, confirmTwoFactorSetup, disableTwoFactor, signUp, startTwoFactorSetup } from './accounts';
import { authorizeCredentials, SignInError } from './credentials';
import { createSession, findLiveSession, listSessions, revokeAllSessions, revokeSession } from './sessions';
import { isSignInBlocked, recordSignInFailure, signInLimit } from './sign-in-limit';
import { confirmSignUp, requestSignUp, SIGN_UP_LINK_MAX_AGE_MS, signUpLimits } from './sign-up-request';
import { logger } from '@/lib/observability/logger';
import { consumeRecoveryCode, currentTotpCode, matchTotpStep, verifySecondFactor } from './totp';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (e: Error) => e.message,
  );

describe('sign-up', () => {
  it('makes one account per email, and a second sign-up gets a clear CONFLICT', async () => {
    const email = uniqueEmail('twice');
    await signUp({ name: 'Ana', email, password: TEST_PASSWORD });
    const second = await signUp({ name: 'Ana', email: email.toUpperCase(), password: TEST_PASSWORD }).catch((e) => e);
    expect(second).toBeInstanceOf(AppError);
    expect(second.code).toBe('CONFLICT');
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it('makes one account even when two sign-ups race', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.allSettled([1, 2, 3].map(() => signUp({ name: 'B', email, password: TEST_PASSWORD })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it('refuses a short password and stores nothing', async () => {
    const email = uniqueEmail('short');
    await expect(signUp({ name: 'C', email, password: 'short' })).rejects.toThrow();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it('stores an argon2id hash, never the password', async () => {
    const email = uniqueEmail('hash');
    await signUp({ name: 'D', email, password: TEST_PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(TEST_PASSWORD);
  });
});

describe('sign-up from the form', () => {
  const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;
  // With no SMTP the link is logged: catch it there.
  async function linkOf(email: string, run: () => Promise<unknown>) {
    const warn = vi.spyOn(logger, 'warn');
    try {
      await run();
      const call = warn.mock.calls.find(([obj]) => (obj as { email?: string }).email === email);
      return (call?.[0] as { url?: string } | undefined)?.url ?? null;
    } finally {
      warn.mockRestore();
    }
  }

  it('answers a new address and a known one the same, and makes no account before the link', async () => {
    const owner = await createUser();
    const fresh = uniqueEmail('fresh');
    expect(await requestSignUp({ name: 'X', email: owner.email, password: 'a wrong password here' }, ip(), 'en')).toBe('check-email');
    expect(await requestSignUp({ name: 'X', email: fresh, password: TEST_PASSWORD }, ip(), 'en')).toBe('check-email');
    expect(await db.user.count({ where: { email: fresh } })).toBe(0);
    expect(await db.user.count({ where: { email: owner.email } })).toBe(1);
    // The known address got a sign-in link; the wrong password counted as a failed sign-in.
    expect(await db.verificationToken.count({ where: { identifier: owner.email } })).toBe(1);
    expect(await isSignInBlocked(owner.email, '')).toBe(false);
  });

  it('lets the owner who typed their own password straight in, and no one else', async () => {
    const owner = await createUser();
    expect(await requestSignUp({ name: 'X', email: owner.email, password: TEST_PASSWORD }, ip(), 'en')).toBe('signed-in');
  });

  it('makes the account from the link once; an old, used or forged link makes nothing', async () => {
    const email = uniqueEmail('confirm');
    const url = await linkOf(email, () => requestSignUp({ name: 'Bia', email, password: TEST_PASSWORD }, ip(), 'en'));
    const token = new URL(url!).searchParams.get('token')!;
    expect(await confirmSignUp(token, Date.now() + SIGN_UP_LINK_MAX_AGE_MS + 1000)).toBeNull();
    expect(await confirmSignUp(`${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await confirmSignUp('v1.not.a.token')).toBeNull();
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await confirmSignUp(token)).toMatch(/\/api\/auth\/callback\/email\?/);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe('Bia');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await confirmSignUp(token)).toBeNull();
  });

  it('lets exactly the per-IP limit through among 50 concurrent sign-ups from one IP', async () => {
    const from = ip();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => requestSignUp({ name: 'Spam', email: uniqueEmail('spam'), password: TEST_PASSWORD }, from, 'en')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(signUpLimits.perIp.limit);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as AppError).code).toBe('RATE_LIMITED');
  });

  it('emails one address at most the per-address limit, with the same answer after', async () => {
    const email = uniqueEmail('flood');
    let sent = 0;
    for (let i = 0; i < signUpLimits.perAddress.limit + 3; i++) {
      const url = await linkOf(email, async () => expect(await requestSignUp({ name: 'F', email, password: TEST_PASSWORD }, ip(), 'en')).toBe('check-email'));
      if (url) sent++;
    }
    expect(sent).toBe(signUpLimits.perAddress.limit);
  });
});

describe('sign-in', () => {
  it('gives the same answer for a wrong password and an unknown email', async () => {
    const user = await createUser();
    expect(await failure(authorizeCredentials({ email: user.email, password: 'wrong password' }))).toBe(SignInError.invalid);
    expect(await failure(authorizeCredentials({ email: uniqueEmail('nobody'), password: 'wrong password' }))).toBe(SignInError.invalid);
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });
  });

  it('after 10 failures in 15 minutes an account takes no password alone: the right one gets the owner a link, a wrong one nothing, and both the same answer', async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) {
      expect(await failure(authorizeCredentials({ email: user.email, password: `wrong ${i}` }))).toBe(SignInError.invalid);
    }
    expect(await isSignInBlocked(user.email, '')).toBe(true);
    const links = () => db.verificationToken.count({ where: { identifier: user.email } });
    expect(await failure(authorizeCredentials({ email: user.email, password: 'wrong again' }))).toBe(SignInError.locked);
    expect(await links()).toBe(0);
    // The owner, from anywhere: not refused outright, but sent a sign-in link (before, a 15-minute lock-out).
    expect(await failure(authorizeCredentials({ email: user.email, password: TEST_PASSWORD }))).toBe(SignInError.locked);
    expect(await links()).toBe(1);
    // Old failures stop counting once the window passes (two windows on, the previous one no longer weighs).
    const later = { now: Date.now() + 2 * signInLimit.windowMs };
    expect(await isLimited(`signin:email:${user.email.toLowerCase()}`, signInLimit, later)).toBe(false);
  });

  it('blocks an IP after 10 failures across accounts', async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) await recordSignInFailure(uniqueEmail('spray'), ip);
    expect(await isSignInBlocked(uniqueEmail('fresh'), ip)).toBe(true);
    expect(await isSignInBlocked(uniqueEmail('fresh'), '198.51.100.7')).toBe(false);
  });

  // Before, each try checked the counts and then recorded its failure: all 50 concurrent guesses passed
  // the check while the counts were still low, and 50 passwords were tried against a limit of 10.
  it('checks only the limit’s worth of 50 concurrent wrong passwords from one IP; the rest are refused unchecked', async () => {
    const ip = `198.51.100.${randomUUID().slice(0, 6)}`;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        failure(authorizeCredentials({ email: uniqueEmail(`guess${i}`), password: 'wrong password' }, { ip, userAgent: '' })),
      ),
    );
    expect(answers.filter((a) => a === SignInError.invalid)).toHaveLength(signInLimit.limit);
    expect(answers.filter((a) => a === SignInError.rateLimited)).toHaveLength(50 - signInLimit.limit);
  });

  it('checks only the limit’s worth of 50 concurrent wrong passwords for one account from 50 IPs; then the owner gets a link', async () => {
    const user = await createUser();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        failure(authorizeCredentials({ email: user.email, password: `wrong ${i}` }, { ip: `192.0.2.${i}-${randomUUID().slice(0, 4)}`, userAgent: '' })),
      ),
    );
    expect(answers.filter((a) => a === SignInError.invalid)).toHaveLength(signInLimit.limit);
    expect(answers.filter((a) => a === SignInError.locked)).toHaveLength(50 - signInLimit.limit);
    expect(await failure(authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, { ip: '192.0.2.250', userAgent: '' }))).toBe(SignInError.locked);
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
  });

  it('does not count right passwords: an office signing in 30 times from one IP is never refused', async () => {
    const ip = `198.51.100.${randomUUID().slice(0, 6)}`;
    const users = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    for (let round = 0; round < 10; round++) {
      const signedIn = await Promise.all(users.map((u) => authorizeCredentials({ email: u.email, password: TEST_PASSWORD }, { ip, userAgent: '' })));
      expect(signedIn.map((u) => u.id)).toEqual(users.map((u) => u.id));
    }
    // One wrong password among them counts once.
    expect(await failure(authorizeCredentials({ email: users[0]!.email, password: 'wrong' }, { ip, userAgent: '' }))).toBe(SignInError.invalid);
    expect(await isSignInBlocked(users[1]!.email, ip)).toBe(false);
  });
});

async function userWithTwoFactor() {
  const user = await createUser();
  const { secret } = await startTwoFactorSetup(user.id, TEST_PASSWORD);
  const codes = await confirmTwoFactorSetup(user.id, currentTotpCode(secret));
  return { user, secret, codes };
}

describe('two-factor sign-in', () => {
  it('needs the password to turn on and a valid code to confirm', async () => {
    const user = await createUser();
    await expect(startTwoFactorSetup(user.id, 'not my password')).rejects.toThrow(/password/);
    const { secret } = await startTwoFactorSetup(user.id, TEST_PASSWORD);
    await expect(confirmTwoFactorSetup(user.id, '000000')).rejects.toThrow(/code/);
    const codes = await confirmTwoFactorSetup(user.id, currentTotpCode(secret));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
  });

  it('asks for a code, accepts the right one once, and refuses a reused or wrong one', async () => {
    const { user, secret } = await userWithTwoFactor();
    expect(await failure(authorizeCredentials({ email: user.email, password: TEST_PASSWORD }))).toBe(SignInError.codeRequired);
    // The setup consumed the current step; the next step's code is fresh.
    const later = Date.now() + 30_000;
    const step = matchTotpStep(secret, currentTotpCode(secret, later), later);
    expect(step).not.toBeNull();
    const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifySecondFactor(fresh, currentTotpCode(secret))).toBe(false); // reused: same step as setup
    expect(await failure(authorizeCredentials({ email: user.email, password: TEST_PASSWORD, code: '123456' }))).toBe(SignInError.codeInvalid);
  });

  it('accepts a code from a new time step exactly once, even when sent twice at once', async () => {
    const { user, secret } = await userWithTwoFactor();
    await db.user.update({ where: { id: user.id }, data: { totpLastStep: 0 } });
    const code = currentTotpCode(secret);
    const results = await Promise.all(
      [1, 2].map(() =>
        authorizeCredentials({ email: user.email, password: TEST_PASSWORD, code }).then(
          () => true,
          () => false,
        ),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('accepts each recovery code once', async () => {
    const { user, codes } = await userWithTwoFactor();
    const signIn = (code: string) => authorizeCredentials({ email: user.email, password: TEST_PASSWORD, code });
    await expect(signIn(codes[3])).resolves.toMatchObject({ id: user.id });
    expect(await failure(signIn(codes[3]))).toBe(SignInError.codeInvalid);
    expect(await consumeRecoveryCode(user.id, codes[4].toUpperCase())).toBe(true);
  });

  it('turns off only with the password, and then signs in without a code', async () => {
    const { user } = await userWithTwoFactor();
    await expect(disableTwoFactor(user.id, 'nope')).rejects.toThrow();
    await disableTwoFactor(user.id, TEST_PASSWORD);
    await expect(authorizeCredentials({ email: user.email, password: TEST_PASSWORD })).resolves.toMatchObject({ id: user.id });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('sessions', () => {
  it('lists live sessions and ends one, which then no longer resolves', async () => {
    const user = await createUser();
    const a = await createSession(user.id, { twoFactorPending: false });
    const b = await createSession(user.id, { twoFactorPending: false });
    expect((await listSessions(user.id)).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    await revokeSession(user.id, b.id);
    expect(await findLiveSession(b.id, user.id)).toBeNull();
    expect(await findLiveSession(a.id, user.id)).not.toBeNull();
  });

  it("cannot end another user's session", async () => {
    const owner = await createUser();
    const other = await createUser();
    const session = await createSession(owner.id, { twoFactorPending: false });
    await expect(revokeSession(other.id, session.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await findLiveSession(session.id, owner.id)).not.toBeNull();
    expect(await findLiveSession(session.id, other.id)).toBeNull();
  });

  it('signs out everywhere, optionally keeping the current device', async () => {
    const user = await createUser();
    const keep = await createSession(user.id, { twoFactorPending: false });
    await createSession(user.id, { twoFactorPending: false });
    await createSession(user.id, { twoFactorPending: false });
    expect(await revokeAllSessions(user.id, { except: keep.id })).toBe(2);
    expect((await listSessions(user.id)).map((s) => s.id)).toEqual([keep.id]);
    expect(await revokeAllSessions(user.id)).toBe(1);
    expect(await listSessions(user.id)).toEqual([]);
  });

  it('changing the password ends the other sessions', async () => {
    const user = await createUser();
    const current = await createSession(user.id, { twoFactorPending: false });
    const other = await createSession(user.id, { twoFactorPending: false });
    await expect(changePassword(user.id, current.id, { currentPassword: 'wrong', newPassword: 'a new long password' })).rejects.toThrow();
    await changePassword(user.id, current.id, { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' });
    expect(await findLiveSession(other.id, user.id)).toBeNull();
    expect(await findLiveSession(current.id, user.id)).not.toBeNull();
    await expect(authorizeCredentials({ email: user.email, password: 'a new long password' })).resolves.toMatchObject({ id: user.id });
    // One entry in the owner's activity says both: the change and how many devices it signed out.
    const entries = await db.auditLog.findMany({ where: { userId: user.id, action: { in: ['password.changed', 'signout.everywhere'] } } });
    expect(entries.map((e) => [e.action, e.meta])).toEqual([['password.changed', { ended: 1 }]]);
  });
});

describe('deletion', () => {
  it('deletes only after the email is typed, and removes everything', async () => {
    const { user } = await userWithTwoFactor();
    await createSession(user.id, { twoFactorPending: false });
    await expect(deleteAccount(user.id, 'someone@else.test')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    await deleteAccount(user.id, ` ${user.email.toUpperCase()} `);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'account.deleted', userId: null } })).toBeGreaterThan(0);
    expect(await failure(authorizeCredentials({ email: user.email, password: TEST_PASSWORD }))).toBe(SignInError.invalid);
  });
});
