// The app's mail, delivered by its real nodemailer transport to a local SMTP server
// (test/stand-ins/smtp.ts) for the tests of one file or describe block.
import { afterAll, beforeAll } from 'vitest';
import { configureEmail } from '@/lib/email/send';
import { startSmtpStandIn, type ReceivedEmail, type SmtpStandIn } from './stand-ins/smtp';

export function deliverEmailLocally(): { messageTo: (address: string, timeoutMs?: number) => Promise<ReceivedEmail> } {
  let smtp: SmtpStandIn | undefined;
  beforeAll(async () => {
    smtp = await startSmtpStandIn();
    configureEmail(smtp.url);
  });
  afterAll(async () => {
    configureEmail(undefined);
    await smtp?.close();
  });
  return { messageTo: (address, timeoutMs) => smtp!.messageTo(address, timeoutMs) };
}
