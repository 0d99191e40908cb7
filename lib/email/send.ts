// Sends email over SMTP when SMTP_URL is set; otherwise says so in the log and sends nothing.
// Integration tests point it at a local SMTP server (test/stand-ins/smtp.ts) with configureEmail().
import { createTransport, type Transporter } from 'nodemailer';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/logger';

export type EmailMessage = { to: string; subject: string; text: string; html?: string; replyTo?: string };

let override: string | null | undefined;
let transport: { url: string; transporter: Transporter } | undefined;

function smtpUrl(): string | null {
  return override !== undefined ? override : (env.SMTP_URL ?? null);
}

export function isEmailEnabled(): boolean {
  return smtpUrl() !== null;
}

// For tests only: an SMTP URL, null for none, undefined to go back to the settings.
export function configureEmail(url: string | null | undefined): void {
  override = url;
  transport?.transporter.close();
  transport = undefined;
}

export async function sendEmail(message: EmailMessage): Promise<boolean> {
  const url = smtpUrl();
  if (!url) {
    logger.info({ to: message.to, subject: message.subject }, 'email not sent: no SMTP_URL configured');
    return false;
  }
  if (transport?.url !== url) transport = { url, transporter: createTransport(url) };
  await transport.transporter.sendMail({ from: env.EMAIL_FROM, ...message });
  return true;
}
