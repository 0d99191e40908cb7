// Sends email over SMTP when SMTP_URL is set; otherwise says so in the log and sends nothing.
import { createTransport, type Transporter } from 'nodemailer';
import { env, features } from '@/lib/env';
import { logger } from '@/lib/observability/logger';

let transport: Transporter | null = null;

export async function sendEmail(message: { to: string; subject: string; text: string; html?: string; replyTo?: string }): Promise<boolean> {
  if (!features.smtp) {
    logger.info({ to: message.to, subject: message.subject }, 'email not sent: no SMTP_URL configured');
    return false;
  }
  transport ??= createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.EMAIL_FROM, ...message });
  return true;
}
