// Every email in every dashboard language: worded in that language, the link in both parts.
import { describe, expect, it } from 'vitest';
import { uiLocales } from '@/lib/i18n/languages';
import en from '@/messages/en/email.json';
import es from '@/messages/es/email.json';
import pt from '@/messages/pt-BR/email.json';
import { signInLinkEmail, signUpConfirmEmail, type Email } from './templates';

const url = 'https://app.example.test/api/auth/callback/email?token=abc&email=ana%40example.test';
const every = (locale: (typeof uiLocales)[number]): Record<string, Email> => ({
  signIn: signInLinkEmail(locale, { url, reason: 'sign-in' }),
  signUpExisting: signInLinkEmail(locale, { url, reason: 'sign-up-existing' }),
  signUpConfirm: signUpConfirmEmail(locale, { url }),
});

describe('emails', () => {
  it('are worded from each language’s messages', () => {
    const catalogues = { en, 'pt-BR': pt, es };
    for (const locale of uiLocales) {
      const emails = every(locale);
      const words = catalogues[locale];
      expect(emails.signIn.subject).toBe(words.signIn.subject);
      expect(emails.signIn.text).toContain(words.signIn.expiry);
      expect(emails.signUpExisting.subject).toBe(words.signUpExisting.subject);
      expect(emails.signUpConfirm.subject).toBe(words.signUpConfirm.subject);
      expect(emails.signUpConfirm.html).toContain(`<html lang="${locale}">`);
    }
    // Each language its own: no two languages send the same words.
    const [english, portuguese, spanish] = uiLocales.map((locale) => every(locale));
    for (const name of Object.keys(english!)) {
      expect(portuguese![name]!.text, name).not.toBe(english![name]!.text);
      expect(spanish![name]!.text, name).not.toBe(english![name]!.text);
      expect(spanish![name]!.text, name).not.toBe(portuguese![name]!.text);
    }
  });

  it('carry the link in the text and, escaped, in the HTML', () => {
    for (const locale of uiLocales) {
      for (const [name, email] of Object.entries(every(locale))) {
        expect(email.text, name).toContain(url);
        expect(email.html, name).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
        expect(email.html, name).not.toContain(url);
      }
    }
  });
});
