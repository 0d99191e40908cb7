// Every email in every dashboard language: worded in that language, the link in both parts, and the
// visitor's text escaped in the HTML (kept as typed in the plain text).
import { describe, expect, it } from 'vitest';
import { uiLocales } from '@/lib/i18n/languages';
import en from '@/messages/en/email.json';
import es from '@/messages/es/email.json';
import pt from '@/messages/pt-BR/email.json';
import { leadNoticeEmail, signInLinkEmail, signUpConfirmEmail, type Email } from './templates';

const url = 'https://app.example.test/api/auth/callback/email?token=abc&email=ana%40example.test';
const lead = {
  siteName: 'Padaria <Sol>',
  address: 'padaria.example.test/contato',
  leadsUrl: 'https://app.example.test/dashboard/sites/s1',
  name: 'Ana "<script>alert(1)</script>"',
  email: 'ana@example.test',
  phone: '+55 41 99999-0000',
  message: 'Vocês fazem bolo?\n<img src=x onerror=alert(1)> & mais',
};
const every = async (locale: (typeof uiLocales)[number]): Promise<Record<string, Email>> => ({
  signIn: await signInLinkEmail(locale, { url, reason: 'sign-in' }),
  signUpExisting: await signInLinkEmail(locale, { url, reason: 'sign-up-existing' }),
  signUpConfirm: await signUpConfirmEmail(locale, { url }),
  lead: await leadNoticeEmail(locale, lead),
});

describe('emails', () => {
  it('are worded from each language’s messages', async () => {
    const catalogues = { en, 'pt-BR': pt, es };
    for (const locale of uiLocales) {
      const emails = await every(locale);
      const words = catalogues[locale];
      expect(emails.signIn.subject).toBe(words.signIn.subject);
      expect(emails.signIn.text).toContain(words.signIn.expiry);
      expect(emails.signUpExisting.subject).toBe(words.signUpExisting.subject);
      expect(emails.signUpConfirm.subject).toBe(words.signUpConfirm.subject);
      expect(emails.signUpConfirm.html).toContain(`<html lang="${locale}">`);
      expect(emails.lead.subject).toBe(words.lead.subject.replace('{name}', lead.name).replace('{site}', lead.siteName));
    }
    // Each language its own: no two languages send the same words.
    const [english, portuguese, spanish] = await Promise.all(uiLocales.map((locale) => every(locale)));
    for (const name of Object.keys(english!)) {
      expect(portuguese![name]!.text, name).not.toBe(english![name]!.text);
      expect(spanish![name]!.text, name).not.toBe(english![name]!.text);
      expect(spanish![name]!.text, name).not.toBe(portuguese![name]!.text);
    }
  });

  it('carry the link in the text and, escaped, in the HTML', async () => {
    for (const locale of uiLocales) {
      for (const [name, email] of Object.entries(await every(locale)).filter(([n]) => n !== 'lead')) {
        expect(email.text, name).toContain(url);
        expect(email.html, name).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
        expect(email.html, name).not.toContain(url);
      }
    }
  });

  it('escape the visitor’s name, message and the site’s name in the HTML, and keep them as typed in the text', async () => {
    const email = await leadNoticeEmail('pt-BR', lead);
    expect(email.html).not.toMatch(/<script|<img|<Sol>/);
    expect(email.html).toContain('Ana &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; mais');
    expect(email.html).toContain('Padaria &lt;Sol&gt;');
    expect(email.text).toContain(lead.message);
    expect(email.text).toContain('Telefone: +55 41 99999-0000');
    expect(email.text).toContain(lead.leadsUrl);
    // No phone given, no phone line.
    expect((await leadNoticeEmail('es', { ...lead, phone: '' })).text).not.toContain('Teléfono');
  });
});
