// Sends the magic sign-in link: by SMTP when SMTP_URL is set, otherwise into the server log.
import { createTransport } from 'nodemailer';
import { env, features } from '@/lib/env';
import { logger } from '@/lib/observability/logger';

export async function sendMagicLink({ identifier, url }: { identifier: string; url: string }) {
  if (!features.smtp) {
    logger.warn({ email: identifier, url }, 'magic sign-in link (no SMTP configured, so it is logged instead of sent)');
    return;
  }
  const transport = createTransport(env.SMTP_URL);
  const host = new URL(url).host;
  await transport.sendMail({
    to: identifier,
    from: env.EMAIL_FROM,
    subject: `Sign in to Page Magic`,
    text: `Sign in to Page Magic (${host}):\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.\n`,
    html: `<p>Sign in to Page Magic (${host}):</p><p><a href="${encodeURI(url)}">Sign in</a></p><p>The link works once and expires in 24 hours. If you did not ask for it, ignore this email.</p>`,
  });
}
