// API keys against the real PostgreSQL: the token is shown once and only its SHA-256 is kept; a
// key authenticates its owner and records its use; malformed, unknown, look-alike, revoked and
// expired tokens are refused with UNAUTHENTICATED and the reason; revoking is owner-scoped; the
// audit log gets creation, use from a new IP and revocation.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createUser } from '@/test/factories';
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from './keys';

// A day a month from now, as the Settings form sends it.
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

const from = (ip: string) => ({ ip, userAgent: 'curl/8.5' });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const auditOf = (userId: string, action: string) => db.auditLog.findMany({ where: { userId, action }, orderBy: { createdAt: 'asc' } });

describe('createApiKey', () => {
  it('answers the token once and keeps only its hash and its first characters', async () => {
    const owner = await createUser();
    const { key, token } = await createApiKey(owner, { name: '  CI deploys ', scopes: ['publish', 'read', 'read'], expiresAt: inAMonth });
    expect(token).toMatch(/^pm_live_[A-Za-z0-9]{43}$/);
    expect(key).toMatchObject({ name: 'CI deploys', scopes: ['read', 'publish'], prefix: token.slice(0, 16), revokedAt: null, lastUsedAt: null });
    expect(key.expiresAt?.toISOString()).toBe(`${inAMonth}T23:59:59.999Z`);

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(Object.values(row).map(String)).not.toContain(token);
    const second = await createApiKey(owner, { name: 'other', scopes: ['read'] });
    expect(second.token).not.toBe(token);
    expect(second.key.expiresAt).toBeNull();

    const [created] = await auditOf(owner.id, 'apikey.created');
    expect(created?.meta).toMatchObject({ keyId: key.id, name: 'CI deploys', scopes: ['read', 'publish'], prefix: key.prefix });
    expect(JSON.stringify(await db.auditLog.findMany({ where: { userId: owner.id } }))).not.toContain(token);
    expect((await listApiKeys(owner)).map((k) => k.id)).toEqual([second.key.id, key.id]);
  });

  it.each([
    [{ name: '', scopes: ['read'] }],
    [{ name: 'x', scopes: [] }],
    [{ name: 'x', scopes: ['admin'] }],
    [{ name: 'x', scopes: ['read'], expiresAt: '2020-01-01' }],
    [{ name: 'x', scopes: ['read'], expiresAt: 'tomorrow' }],
    [{ name: 'x', scopes: ['read'], expiresAt: '2999-01-01' }],
    [{ name: 'x'.repeat(61), scopes: ['read'] }],
  ])('refuses %j and stores nothing', async (input) => {
    const owner = await createUser();
    await expect(createApiKey(owner, input)).rejects.toBeInstanceOf(ZodError);
    expect(await db.apiKey.count({ where: { ownerId: owner.id } })).toBe(0);
  });
});

describe('authenticateApiKey', () => {
  it('finds the owner and the scopes, and records the use, auditing each new IP once', async () => {
    const owner = await createUser();
    const { key, token } = await createApiKey(owner, { name: 'script', scopes: ['write', 'read'] });
    const result = await authenticateApiKey(token, from('203.0.113.5'));
    expect(result).toEqual({ owner: { id: owner.id, email: owner.email, name: owner.name, locale: null }, keyId: key.id, scopes: ['read', 'write'] });
    const used = await db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(used.lastUsedIp).toBe('203.0.113.5');
    expect(used.lastUsedAt).not.toBeNull();

    await Promise.all([authenticateApiKey(token, from('203.0.113.5')), authenticateApiKey(token, from('203.0.113.5'))]);
    expect(await auditOf(owner.id, 'apikey.used_new_ip')).toHaveLength(1);
    // Two requests from the next new IP at once audit it once.
    await Promise.all([authenticateApiKey(token, from('198.51.100.9')), authenticateApiKey(token, from('198.51.100.9'))]);
    const entries = await auditOf(owner.id, 'apikey.used_new_ip');
    expect(entries.map((e) => e.ip)).toEqual(['203.0.113.5', '198.51.100.9']);
    expect(entries[1]?.meta).toMatchObject({ keyId: key.id, previousIp: '203.0.113.5' });
    expect(entries[1]?.userAgent).toBe('curl/8.5');
  });

  it('refuses a malformed, unknown or look-alike token without touching any key', async () => {
    const owner = await createUser();
    const { key, token } = await createApiKey(owner, { name: 'script', scopes: ['read'] });
    for (const bad of ['', 'pm_live_', token.slice(0, -1), `${token}x`, token.replace('pm_live_', 'pm_test_'), `${token.slice(0, -1)}-`]) {
      expect((await refusal(authenticateApiKey(bad, from('1.2.3.4')))).message).toMatch(/malformed/);
    }
    const unknown = `pm_live_${'A'.repeat(43)}`;
    expect(await refusal(authenticateApiKey(unknown, from('1.2.3.4')))).toMatchObject({ code: 'UNAUTHENTICATED', message: 'This API key is not valid.' });
    // The same first 16 characters, another ending: found by its prefix, refused by its hash.
    const lookAlike = token.slice(0, 16) + (token.at(16) === 'a' ? 'b' : 'a') + token.slice(17);
    expect((await refusal(authenticateApiKey(lookAlike, from('1.2.3.4')))).message).toBe('This API key is not valid.');
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toBeNull();
  });

  it('refuses a revoked key, an expired key, and the key of an account being deleted', async () => {
    const owner = await createUser();
    const revoked = await createApiKey(owner, { name: 'old', scopes: ['read'] });
    await revokeApiKey(owner, revoked.key.id);
    expect(await refusal(authenticateApiKey(revoked.token, from('1.2.3.4')))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'This API key has been revoked.',
    });

    const expiring = await createApiKey(owner, { name: 'temp', scopes: ['read'], expiresAt: inAMonth });
    await expect(authenticateApiKey(expiring.token, from('1.2.3.4'))).resolves.toMatchObject({ keyId: expiring.key.id });
    const past = new Date(Date.now() - 1000);
    await db.apiKey.update({ where: { id: expiring.key.id }, data: { expiresAt: past } });
    expect((await refusal(authenticateApiKey(expiring.token, from('1.2.3.4')))).message).toBe(`This API key expired on ${past.toISOString()}.`);

    const live = await createApiKey(owner, { name: 'live', scopes: ['read'] });
    await db.user.update({ where: { id: owner.id }, data: { deletingAt: new Date() } });
    expect((await refusal(authenticateApiKey(live.token, from('1.2.3.4')))).message).toBe('This API key is not valid.');
  });
});

describe('revokeApiKey', () => {
  it('revokes only the owner’s own key, once, and audits it', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    const { key, token } = await createApiKey(owner, { name: 'ci', scopes: ['read'] });
    expect(await refusal(revokeApiKey(stranger, key.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(revokeApiKey(owner, 'no-such-key'))).toMatchObject({ code: 'NOT_FOUND' });
    await expect(authenticateApiKey(token, from('1.2.3.4'))).resolves.toMatchObject({ keyId: key.id });

    await revokeApiKey(owner, key.id);
    await revokeApiKey(owner, key.id);
    expect(await listApiKeys(owner)).toEqual([]);
    const entries = await auditOf(owner.id, 'apikey.revoked');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.meta).toMatchObject({ keyId: key.id, name: 'ci', prefix: key.prefix });
    expect(await auditOf(stranger.id, 'apikey.revoked')).toEqual([]);
  });
});
