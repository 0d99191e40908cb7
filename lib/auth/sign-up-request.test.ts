// The sign-up emails, delivered by the real SMTP transport to a local SMTP server: in the language of
// the page the form was sent from, or the account's own when the address already has one.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUser, TEST_PASSWORD, uniqueEmail } from '@/test/factories';
import { deliverEmailLocally } from '@/test/email';
import es from '@/messages/es/email.json';
import pt from '@/messages/pt-BR/email.json';
import { confirmSignUp, requestSignUp } from './sign-up-request';

const smtp = deliverEmailLocally();
const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

describe('sign-up emails', () => {
  it('confirm a sign-up from a Spanish page in Spanish, and the account keeps Spanish', async () => {
    const email = uniqueEmail('es-signup');
    expect(await requestSignUp({ name: 'Lucía', email, password: TEST_PASSWORD }, ip(), 'es')).toBe('check-email');
    const sent = await smtp.messageTo(email);
    expect(sent.subject).toBe(es.signUpConfirm.subject);
    expect(sent.text).toContain(es.signUpConfirm.expiry);
    expect(sent.html).toContain('<html lang="es">');
    const link = /https?:\/\/\S+\/sign-up\/confirm\?token=\S+/.exec(sent.text)?.[0];
    expect(link).toBeDefined();
    expect(await confirmSignUp(new URL(link!).searchParams.get('token')!)).toMatch(/\/api\/auth\/callback\/email\?/);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe('es');
  });

  it('tell an account that it already exists in its own language, whatever the page', async () => {
    const owner = await createUser();
    await db.user.update({ where: { id: owner.id }, data: { locale: 'pt-BR' } });
    expect(await requestSignUp({ name: 'X', email: owner.email, password: 'a wrong password here' }, ip(), 'es')).toBe('check-email');
    const sent = await smtp.messageTo(owner.email);
    expect(sent.subject).toBe(pt.signUpExisting.subject);
    expect(sent.text).toContain(pt.signUpExisting.action);
    expect(sent.text).toMatch(/\/api\/auth\/callback\/email\?/);
  });
});
