import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { createHash, randomUUID } from 'node:crypto';
import { createUser } from '@/test/factories';
import { deliverEmailLocally } from '@/test/email';
import es from '@/messages/es/email.json';
import pt from '@/messages/pt-BR/email.json';
import { allowMagicLink, emailSignInLink, keepOnlyNewestLink, magicLinkLimits, sendMagicLink } from './magic-link';

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

// Delivered by the real SMTP transport to a local SMTP server.
describe('the sign-in email', () => {
  const smtp = deliverEmailLocally();
  // As next-auth's email provider calls it, with the language of the page the link was asked from.
  const askFor = (email: string, locale: 'en' | 'pt-BR' | 'es') => {
    const token = randomUUID();
    const url = `${env.NEXTAUTH_URL}/api/auth/callback/email?${new URLSearchParams({ token, email })}`;
    return sendMagicLink({ identifier: email, url, token }, 'sign-in', locale).then(() => url);
  };

  it('speaks Spanish to someone unknown who asked from a Spanish page, with the link in both parts', async () => {
    const email = `magic-${randomUUID().slice(0, 8)}@example.test`;
    const url = await askFor(email, 'es');
    const sent = await smtp.messageTo(email);
    expect(sent.subject).toBe(es.signIn.subject);
    expect(sent.text).toContain(es.signIn.expiry);
    expect(sent.text).toContain(url);
    expect(sent.html).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/alternative/);
  });

  it('speaks an account’s saved language, and the page’s when the account has none', async () => {
    const portuguese = await createUser();
    await db.user.update({ where: { id: portuguese.id }, data: { locale: 'pt-BR' } });
    await askFor(portuguese.email, 'es');
    expect((await smtp.messageTo(portuguese.email)).subject).toBe(pt.signIn.subject);
    const unset = await createUser();
    await emailSignInLink(unset.email, 'sign-in', 'es');
    expect((await smtp.messageTo(unset.email)).subject).toBe(es.signIn.subject);
  });
});
