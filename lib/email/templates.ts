// Every email the app sends, in the recipient's language: the words come from
// messages/<locale>/email.json (the dashboard's message files, read with next-intl's
// createTranslator as outside React), each email as a subject, plain text and HTML. Everything put
// into the HTML is escaped: names and messages are visitors' text.
import { createTranslator } from 'next-intl';
import type { UiLocale } from '@/lib/i18n/languages';
import type en from '@/messages/en/email.json';

export type Email = { subject: string; text: string; html: string };

// The same keys in every language, or this does not compile (messages/messages.test.ts checks too).
// Loaded when first asked for, not with this module: the Playwright journeys load server code
// (test/http.ts reaches lib/publish/forms.ts) as plain ES modules, where a JSON import needs an
// import attribute that the Next build's message loader is not given (see e2e/support/i18n.ts).
const catalogues: Record<UiLocale, () => Promise<{ default: typeof en }>> = {
  en: () => import('@/messages/en/email.json'),
  'pt-BR': () => import('@/messages/pt-BR/email.json'),
  es: () => import('@/messages/es/email.json'),
};
const emailMessages = async (locale: UiLocale) => ({ email: (await catalogues[locale]()).default });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// HTML blocks, each escaping what it is given.
const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
const small = (text: string) => `<p style="margin:0 0 16px;font-size:13px;color:#57534e">${escapeHtml(text)}</p>`;
const quote = (text: string) =>
  `<blockquote style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #d6d3d1;background:#fafaf9;white-space:pre-wrap">${escapeHtml(text)}</blockquote>`;
const button = (href: string, label: string) =>
  `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:#4338ca;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(label)}</a></p>`;
const rawLink = (href: string) =>
  `<p style="margin:0 0 16px;font-size:13px;word-break:break-all"><a href="${escapeHtml(href)}" style="color:#4338ca">${escapeHtml(href)}</a></p>`;

function htmlDocument(locale: UiLocale, subject: string, blocks: string[]): string {
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f5f5f4;color:#1c1917;font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">',
    `<div style="max-width:560px;margin:0 auto;padding:32px;border-radius:8px;background:#ffffff">${blocks.join('')}</div>`,
    '</body></html>',
  ].join('');
}

const plainText = (parts: string[]) => `${parts.join('\n\n')}\n`;

// What a sign-in link's email says: a plain sign-in, or an answer to a sign-up with an address that has an account.
export type LinkReason = 'sign-in' | 'sign-up-existing';

export async function signInLinkEmail(locale: UiLocale, { url, reason }: { url: string; reason: LinkReason }): Promise<Email> {
  const t = createTranslator({ locale, messages: await emailMessages(locale), namespace: 'email' });
  const host = new URL(url).host;
  const fallback = t('linkFallback');
  if (reason === 'sign-up-existing') {
    const subject = t('signUpExisting.subject');
    const [intro, action, expiry] = [t('signUpExisting.intro', { host }), t('signUpExisting.action'), t('signUpExisting.expiry')];
    return {
      subject,
      text: plainText([intro, `${action}\n\n${url}`, expiry]),
      html: htmlDocument(locale, subject, [
        paragraph(intro),
        paragraph(action),
        button(url, t('signUpExisting.button')),
        small(fallback),
        rawLink(url),
        small(expiry),
      ]),
    };
  }
  const subject = t('signIn.subject');
  const [intro, expiry] = [t('signIn.intro', { host }), t('signIn.expiry')];
  return {
    subject,
    text: plainText([`${intro}\n\n${url}`, expiry]),
    html: htmlDocument(locale, subject, [paragraph(intro), button(url, t('signIn.button')), small(fallback), rawLink(url), small(expiry)]),
  };
}

export async function signUpConfirmEmail(locale: UiLocale, { url }: { url: string }): Promise<Email> {
  const t = createTranslator({ locale, messages: await emailMessages(locale), namespace: 'email' });
  const subject = t('signUpConfirm.subject');
  const [intro, expiry] = [t('signUpConfirm.intro'), t('signUpConfirm.expiry')];
  return {
    subject,
    text: plainText([`${intro}\n\n${url}`, expiry]),
    html: htmlDocument(locale, subject, [paragraph(intro), button(url, t('signUpConfirm.button')), small(t('linkFallback')), rawLink(url), small(expiry)]),
  };
}

export type LeadNotice = {
  siteName: string;
  // Where the visitor wrote: the host and path of the page with the form.
  address: string;
  // The site's page in the dashboard, with every message.
  leadsUrl: string;
  name: string;
  email: string;
  phone: string;
  message: string;
};

export async function leadNoticeEmail(locale: UiLocale, lead: LeadNotice): Promise<Email> {
  const t = createTranslator({ locale, messages: await emailMessages(locale), namespace: 'email' });
  const subject = t('lead.subject', { name: lead.name, site: lead.siteName });
  const intro = t('lead.intro', { name: lead.name, address: lead.address });
  const contact = [t('lead.email', { email: lead.email }), ...(lead.phone ? [t('lead.phone', { phone: lead.phone })] : [])];
  const [reply, seeAll, why] = [t('lead.reply', { name: lead.name }), t('lead.button'), t('lead.why', { site: lead.siteName })];
  return {
    subject,
    text: plainText([intro, lead.message, contact.join('\n'), reply, `${seeAll}: ${lead.leadsUrl}`, why]),
    html: htmlDocument(locale, subject, [
      paragraph(intro),
      quote(lead.message),
      ...contact.map(paragraph),
      paragraph(reply),
      button(lead.leadsUrl, seeAll),
      small(why),
    ]),
  };
}
