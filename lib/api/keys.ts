// API keys: an owner's tokens for /api/v1. A token is `pm_live_` and 43 random letters and digits
// (256 bits), shown once when it is made; only its SHA-256 is stored. Its first 16 characters
// (`prefix`) are stored too: the Settings list shows them, and a request's key is found by them,
// then its hash compared with crypto.timingSafeEqual. Creation, revocation and use from an IP the
// key was not last used from go to the audit log.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { audit } from '@/lib/auth/audit';
import type { RequestInfo } from '@/lib/auth/request-info';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export const apiScopes = ['read', 'write', 'publish', 'billing'] as const;
export type ApiScope = (typeof apiScopes)[number];

export const TOKEN_PREFIX = 'pm_live_';
const RANDOM_LENGTH = 43;
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 8;
const tokenPattern = new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9]{${RANDOM_LENGTH}}$`);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const MAX_ACTIVE_KEYS = 50;
const MAX_LIFETIME_MS = 3 * 365 * 86_400_000;
// lastUsedAt is written at most this often per key (an IP change is always written).
const LAST_USED_EVERY_MS = 60_000;

// Letters and digits only (a double click selects the whole token), without modulo bias: bytes at or
// above 248 (4 × 62) are drawn again.
function randomText(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

// An expiry as a date ("2027-01-31": the key works through that day, UTC) or an ISO date-time.
const expirySchema = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx) => {
    const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const at = new Date(isDay ? `${value}T23:59:59.999Z` : value);
    if (Number.isNaN(at.getTime()) || (!isDay && !/^\d{4}-\d{2}-\d{2}T/.test(value))) {
      ctx.addIssue({ code: 'custom', message: 'Give the expiry as a date (YYYY-MM-DD).' });
      return z.NEVER;
    }
    return at;
  })
  .refine((at) => at.getTime() > Date.now(), 'The expiry must be in the future.')
  .refine((at) => at.getTime() <= Date.now() + MAX_LIFETIME_MS, 'A key can last at most three years.');

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'Give the key a name.').max(60, 'Keep the name under 60 characters.'),
  scopes: z
    .array(z.enum(apiScopes, { message: 'Scopes are read, write, publish and billing.' }))
    .min(1, 'Choose at least one scope.')
    .max(apiScopes.length * 2)
    .transform((scopes) => apiScopes.filter((scope) => scopes.includes(scope))),
  expiresAt: expirySchema.nullish(),
});

const summarySelect = {
  id: true,
  name: true,
  scopes: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  revokedAt: true,
} as const;

export type ApiKeySummary = {
  id: string;
  name: string;
  scopes: ApiScope[];
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
};

const toSummary = (row: Omit<ApiKeySummary, 'scopes'> & { scopes: string[] }): ApiKeySummary => ({
  ...row,
  scopes: apiScopes.filter((scope) => row.scopes.includes(scope)),
});

type Owner = { id: string };

// Makes a key and answers its token, which is never available again.
export async function createApiKey(owner: Owner, input: unknown): Promise<{ key: ApiKeySummary; token: string }> {
  const { name, scopes, expiresAt } = createApiKeySchema.parse(input);
  const active = await db.apiKey.count({ where: { ownerId: owner.id, revokedAt: null } });
  if (active >= MAX_ACTIVE_KEYS) throw new AppError('CONFLICT', `You have ${MAX_ACTIVE_KEYS} active keys. Revoke one you no longer use first.`);
  const token = TOKEN_PREFIX + randomText(RANDOM_LENGTH);
  const row = await db.apiKey.create({
    data: {
      ownerId: owner.id,
      name,
      scopes,
      prefix: token.slice(0, DISPLAY_LENGTH),
      tokenHash: hashToken(token).toString('hex'),
      expiresAt: expiresAt ?? null,
    },
    select: summarySelect,
  });
  await audit(owner.id, 'apikey.created', { keyId: row.id, name, scopes, prefix: row.prefix, expiresAt: row.expiresAt?.toISOString() ?? null });
  return { key: toSummary(row), token };
}

// The owner's keys that are not revoked, newest first (expired ones included: the list says so).
export async function listApiKeys(owner: Owner): Promise<ApiKeySummary[]> {
  const rows = await db.apiKey.findMany({
    where: { ownerId: owner.id, revokedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

// Revokes one of the owner's keys; its next request is refused. Another owner's id is NOT_FOUND;
// revoking a revoked key changes nothing.
export async function revokeApiKey(owner: Owner, keyId: string): Promise<void> {
  const { count } = await db.apiKey.updateMany({ where: { id: keyId, ownerId: owner.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) {
    const exists = await db.apiKey.findFirst({ where: { id: keyId, ownerId: owner.id }, select: { id: true } });
    if (!exists) throw new AppError('NOT_FOUND', 'API key not found.');
    return;
  }
  const row = await db.apiKey.findFirst({ where: { id: keyId, ownerId: owner.id }, select: { name: true, prefix: true } });
  await audit(owner.id, 'apikey.revoked', { keyId, name: row?.name, prefix: row?.prefix });
}

export type ApiKeyOwner = { id: string; email: string; name: string | null; locale: string | null };

// The owner and scopes of a bearer token, or UNAUTHENTICATED saying why not (malformed, unknown,
// revoked, expired). Records the use: lastUsedAt (at most once a minute), lastUsedIp, and an audit
// entry when the IP differs from the key's last one.
export async function authenticateApiKey(token: string, info: RequestInfo): Promise<{ owner: ApiKeyOwner; keyId: string; scopes: ApiScope[] }> {
  if (!tokenPattern.test(token)) {
    throw new AppError('UNAUTHENTICATED', `The API key is malformed: a key is "${TOKEN_PREFIX}" followed by ${RANDOM_LENGTH} letters and digits.`);
  }
  const hash = hashToken(token);
  const candidates = await db.apiKey.findMany({
    where: { prefix: token.slice(0, DISPLAY_LENGTH) },
    select: {
      id: true,
      name: true,
      prefix: true,
      tokenHash: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      owner: { select: { id: true, email: true, name: true, locale: true, deletingAt: true } },
    },
  });
  // Every candidate is compared (there is almost always one), in constant time.
  let key: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    const stored = Buffer.from(candidate.tokenHash, 'hex');
    if (stored.length === hash.length && timingSafeEqual(stored, hash)) key = candidate;
  }
  if (!key || key.owner.deletingAt) throw new AppError('UNAUTHENTICATED', 'This API key is not valid.');
  if (key.revokedAt) throw new AppError('UNAUTHENTICATED', 'This API key has been revoked.');
  const now = new Date();
  if (key.expiresAt && key.expiresAt <= now) throw new AppError('UNAUTHENTICATED', `This API key expired on ${key.expiresAt.toISOString()}.`);

  const ip = info.ip;
  if (key.lastUsedIp !== ip) {
    // Conditional, so two requests from a new IP at once write one audit entry.
    const { count } = await db.apiKey.updateMany({
      where: { id: key.id, OR: [{ lastUsedIp: null }, { lastUsedIp: { not: ip } }] },
      data: { lastUsedIp: ip, lastUsedAt: now },
    });
    if (count === 1) await audit(key.owner.id, 'apikey.used_new_ip', { keyId: key.id, name: key.name, prefix: key.prefix, previousIp: key.lastUsedIp }, info);
  } else if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  const { id, email, name, locale } = key.owner;
  return { owner: { id, email, name, locale }, keyId: key.id, scopes: apiScopes.filter((scope) => key.scopes.includes(scope)) };
}
