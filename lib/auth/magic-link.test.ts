import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { createHash, randomUUID } from 'node:crypto';
import { allowMagicLink, keepOnlyNewestLink, magicLinkLimits } from './magic-link';

const hashed = (token: string) => createHash('sha256').update(`${token}${env.NEXTAUTH_SECRET}`).digest('hex');

describe('magic links', () => {
  it('lets exactly the per-address limit through among 50 concurrent requests for one address', async () => {
    const email = `magic-${randomUUID().slice(0, 8)}@example.test`;
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => allowMagicLink(i % 2 ? email : email.toUpperCase(), `203.0.113.${i}`)));
    expect(results.filter(Boolean)).toHaveLength(magicLinkLimits.perAddress.limit);
  });

  it('lets exactly the per-IP limit through among 50 concurrent requests for different addresses from one IP', async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
    const results = await Promise.all(Array.from({ length: 50 }, () => allowMagicLink(`magic-${randomUUID().slice(0, 8)}@example.test`, ip)));
    expect(results.filter(Boolean)).toHaveLength(magicLinkLimits.perIp.limit);
  });

  it('keeps only the newest link of an address valid, and leaves other addresses alone', async () => {
    const email = `magic-${randomUUID().slice(0, 8)}@example.test`;
    const other = `magic-${randomUUID().slice(0, 8)}@example.test`;
    const expires = new Date(Date.now() + 15 * 60_000);
    await db.verificationToken.createMany({
      data: [
        { identifier: email, token: hashed('old-1'), expires },
        { identifier: email, token: hashed('old-2'), expires },
        { identifier: email, token: hashed('new'), expires },
        { identifier: other, token: hashed('theirs'), expires },
      ],
    });
    await keepOnlyNewestLink(email, 'new');
    const left = await db.verificationToken.findMany({ where: { identifier: { in: [email, other] } }, select: { token: true } });
    expect(left.map((t) => t.token).sort()).toEqual([hashed('new'), hashed('theirs')].sort());
  });
});
