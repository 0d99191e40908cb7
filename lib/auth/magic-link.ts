// Sends the magic sign-in link: by SMTP when SMTP_URL is set, otherwise into the server log.
import { sendEmail } from '@/lib/email';
import { features } from '@/lib/env';
import { logger } from '@/lib/observability/logger';

export async function sendMagicLink({ identifier, url }: { identifier: string; url: string }) {
  if (!features.smtp) {
    logger.warn({ email: identifier, url }, 'magic sign-in link (no SMTP configured, so it is logged instead of sent)');
    return;
  }
  const host = new URL(url).host;
  await sendEmail({
    to: identifier,
    subject: 'Sign in to Page Magic',
    text: `Sign in to Page Magic (${host}):\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.\n`,
  });
}
