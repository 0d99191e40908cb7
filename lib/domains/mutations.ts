// Writes to an owner's custom domains, each scoped to the owner in the query itself: another
// owner's domain id answers NOT_FOUND. Adding checks the plan's domain limit under a per-owner
// lock; a hostname another owner has verified is HOSTNAME_TAKEN (and the partial unique index on
// verified hostnames keeps two verifications of one name from both succeeding, see run-check.ts).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { getEntitlements } from '@/lib/billing/entitlements';
import { assertDomainAllowance } from '@/lib/billing/limits';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { enqueue } from '@/lib/queue';
import { parseHostname } from './hostname';
import { domainChanged } from './hosts';

type Owner = { id: string };

// Every change to a domain that can change how its hostnames are answered (added, removed, its
// settings, a new status) ends here, once committed.
export async function afterDomainChange(hostname: string, what: 'added' | 'removed' | 'settings' | 'status'): Promise<void> {
  logger.info({ hostname, what }, 'domain changed');
  // Host routing forgets the name (and its www form) here and on every other instance.
  await domainChanged(hostname);
}

// Our own hosts: the sites' domain and the app's; neither they nor any name below them can be added.
function reservedHosts(): string[] {
  return [env.SITES_DOMAIN, new URL(env.NEXTAUTH_URL).hostname];
}

export const addDomainSchema = z.object({
  siteId: z.string().trim().min(1, 'Choose a site').max(100),
  hostname: z.string().max(2048, 'That is too long for a domain name'),
});

const hostnameMessages = {
  EMPTY: 'Type the domain, such as www.example.com.',
  TOO_LONG: 'That name is too long for a domain (253 characters, 63 per label at most).',
  INVALID: 'A domain is letters, digits and hyphens between dots, such as shop.example.com.',
  IP_ADDRESS: 'Type a domain name, not an IP address.',
  SINGLE_LABEL: 'Type the whole domain with its ending, such as example.com.',
  PUBLIC_SUFFIX: 'That is a domain ending shared by everyone; type your own domain, such as example.com.br.',
  RESERVED: 'That is one of our own addresses; type a domain you own.',
} as const;

export function normaliseHostnameInput(input: string) {
  const result = parseHostname(input, reservedHosts());
  if (!result.ok) throw new AppError('HOSTNAME_INVALID', hostnameMessages[result.problem], { reason: result.problem });
  return result.value;
}

// A per-domain secret the owner publishes in DNS; 128 bits, so it cannot be guessed.
const newToken = () => `pm-verify-${randomBytes(16).toString('hex')}`;

export async function addDomain(user: Owner, input: z.input<typeof addDomainSchema>) {
  const { siteId, hostname: typed } = addDomainSchema.parse(input);
  const { hostname, withWww } = normaliseHostnameInput(typed);
  const site = await db.site.findFirst({ where: { id: siteId, ownerId: user.id }, select: { id: true } });
  if (!site) throw new AppError('NOT_FOUND', 'Site not found');
  const { plan } = await getEntitlements(user.id); // read before the lock (see assertCanCreateSite)
  const domain = await db
    .$transaction(async (tx) => {
      // Two adds by one owner take turns here, so both cannot pass the count.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`domains:${user.id}`}))`;
      const mine = await tx.domain.findFirst({ where: { ownerId: user.id, hostname }, select: { id: true } });
      if (mine) throw new AppError('CONFLICT', `${hostname} is already in your domains.`);
      const taken = await tx.domain.findFirst({ where: { hostname, verifiedAt: { not: null }, ownerId: { not: user.id } }, select: { id: true } });
      if (taken) throw new AppError('HOSTNAME_TAKEN', `${hostname} is already connected to another account.`);
      assertDomainAllowance(plan, await tx.domain.count({ where: { ownerId: user.id } }));
      return tx.domain.create({
        data: {
          ownerId: user.id,
          siteId: site.id,
          hostname,
          withWww,
          status: 'pending',
          verificationToken: newToken(),
          nextCheckAt: new Date(),
          settings: { create: withWww ? {} : { wwwRedirect: 'none' } },
        },
      });
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('CONFLICT', `${hostname} is already in your domains.`);
      }
      throw error;
    });
  // The first check right away (its records are probably not there yet, but the page then names
  // what is missing). Should the queue be unreachable, the periodic sweep picks it up.
  await enqueue('domain-check', { domainId: domain.id }, { singletonKey: domain.id }).catch((error: unknown) =>
    logger.warn({ err: error, domainId: domain.id }, 'could not queue the first domain check'),
  );
  await afterDomainChange(hostname, 'added');
  return domain;
}

export async function removeDomain(user: Owner, domainId: string): Promise<void> {
  const domain = await db.domain.findFirst({ where: { id: domainId, ownerId: user.id }, select: { id: true, hostname: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  // Settings and certificates go with it (ON DELETE CASCADE); the hostname is free again.
  const { count } = await db.domain.deleteMany({ where: { id: domain.id, ownerId: user.id } });
  if (count === 0) throw new AppError('NOT_FOUND', 'Domain not found');
  await afterDomainChange(domain.hostname, 'removed');
}

export const domainSettingsSchema = z
  .object({
    httpsRedirect: z.boolean(),
    wwwRedirect: z.enum(['none', 'to-apex', 'to-www']),
    hsts: z.boolean(),
    // From 5 minutes (trying HSTS out) to 2 years (what preload lists ask for).
    hstsMaxAge: z.number().int().min(300, 'HSTS max-age is 300 seconds to 2 years').max(63_072_000, 'HSTS max-age is 300 seconds to 2 years'),
    // How long browsers and CDNs may keep a page: none to one day.
    cacheTtl: z.number().int().min(0, 'Cache time is 0 to 86400 seconds').max(86_400, 'Cache time is 0 to 86400 seconds'),
  })
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one setting to change');

export async function updateDomainSettings(user: Owner, domainId: string, input: unknown) {
  const changes = domainSettingsSchema.parse(input);
  const domain = await db.domain.findFirst({ where: { id: domainId, ownerId: user.id }, select: { id: true, hostname: true, withWww: true } });
  if (!domain) throw new AppError('NOT_FOUND', 'Domain not found');
  if (changes.wwwRedirect && changes.wwwRedirect !== 'none' && !domain.withWww) {
    throw new AppError('INVALID_INPUT', 'Redirects between www and the apex apply to apex domains only.');
  }
  const settings = await db.domainSettings.upsert({ where: { domainId: domain.id }, create: { domainId: domain.id, ...changes }, update: changes });
  await afterDomainChange(domain.hostname, 'settings');
  return settings;
}
