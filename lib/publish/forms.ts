// Contact-form posts from published sites, without JavaScript: validated, rate-limited per IP,
// a honeypot for bots, stored as a lead, emailed to the owner when SMTP is configured: in the
// owner's language (the one saved on the account), not the site's and not the visitor's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { db } from '@/lib/db';
import { sendEmail } from '@/lib/email/send';
import { leadNoticeEmail } from '@/lib/email/templates';
import { env } from '@/lib/env';
import { savedLocaleOr } from '@/lib/i18n/locales';
import { logger } from '@/lib/observability/logger';
import { consume } from '@/lib/rate-limit';

const MAX_BODY_BYTES = 32 * 1024;
export const formLimit = { limit: 5, windowMs: 10 * 60 * 1000 };

const leadSchema = z.object({
  section: z.string().max(64).default(''),
  page: z.string().max(120).default('/'),
  name: z.string().trim().min(1).max(100),
  email: z.string().trim().email().max(320),
  phone: z.string().trim().max(40).default(''),
  message: z.string().trim().min(1).max(5000),
  website: z.string().max(500).default(''),
});

function redirect(res: ServerResponse, location: string) {
  res.statusCode = 303;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function handleFormPost(req: IncomingMessage, res: ServerResponse, site: { siteId: string; slug: string }) {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
    res.statusCode = 415;
    res.end('Unsupported form encoding');
    return;
  }
  const raw = await readBody(req);
  if (raw === null || type.startsWith('multipart/')) {
    res.statusCode = 413;
    res.end('Form too large');
    return;
  }
  const fields = Object.fromEntries(new URLSearchParams(raw));
  // A NUL byte cannot be stored (PostgreSQL refuses it, which was a 500): the same answer as any invalid field.
  if (Object.values(fields).some((v) => v.includes('\u0000'))) return redirect(res, '/_pm/form-error');
  const parsed = leadSchema.safeParse(fields);
  if (!parsed.success) return redirect(res, '/_pm/form-error');
  const lead = parsed.data;
  // Bots fill every field; people never see this one. Pretend it worked and keep nothing.
  if (lead.website) return redirect(res, '/_pm/thanks');
  const ip =
    String(req.headers['x-forwarded-for'] ?? '')
      .split(',')[0]
      .trim() || 'unknown';
  if (!(await consume(`form:${site.siteId}:${ip}`, formLimit))) return redirect(res, '/_pm/too-many');

  const created = await db.lead.create({
    data: { siteId: site.siteId, sectionId: lead.section, pagePath: lead.page, name: lead.name, email: lead.email, phone: lead.phone, message: lead.message },
    include: { site: { select: { name: true, owner: { select: { email: true, locale: true } } } } },
  });
  const { owner, name: siteName } = created.site;
  // Not waited for: the visitor's answer never depends on the mail server.
  leadNoticeEmail(savedLocaleOr(owner.locale, env.DEFAULT_LOCALE), {
    siteName,
    address: `${req.headers.host ?? site.slug}${lead.page}`,
    leadsUrl: `${env.NEXTAUTH_URL.replace(/\/$/, '')}/dashboard/sites/${site.siteId}`,
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    message: lead.message,
  })
    .then((notice) => sendEmail({ to: owner.email, replyTo: lead.email, ...notice }))
    .catch((error) => logger.warn({ err: error }, 'could not email the owner about a lead'));
  return redirect(res, '/_pm/thanks');
}
