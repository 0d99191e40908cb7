// A site's address (<slug>.<SITES_DOMAIN>): whether one is free, as the owner types it, and
// changing it. The old address becomes a Subdomain row that redirects (301, lib/publish/site-hosts.ts)
// to the new one for 30 days and is then free for anyone; earlier rows stay as the history.
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { HOSTS_CHANNEL, PUBLISH_CHANNEL } from '@/lib/serving-channels';
import { claimAddress, findAddressHolder, lockAddresses, suggestFreeSlug } from '@/lib/sites/address';
import { slugProblem, slugSchema, type SlugProblem } from '@/lib/sites/slug';
import { forgetHost } from './hosts';

type Owner = { id: string };

const ADDRESS_REDIRECT_DAYS = 30;
const REDIRECT_MS = ADDRESS_REDIRECT_DAYS * 86_400_000;

export type AddressCheck =
  | { status: 'free'; slug: string }
  // The site's own address already (only when the check names a site).
  | { status: 'current'; slug: string }
  // Another site's address, or an old address still redirecting; suggestion is a free one like it.
  | { status: 'taken'; slug: string; suggestion: string }
  | { status: 'invalid'; slug: string; reason: SlugProblem };

// For the screens' as-you-type check. With siteId (one of the owner's sites, else NOT_FOUND) the
// site's own address is 'current' and its own old addresses are free to take back.
export async function checkSiteAddress(user: Owner, input: { slug: string; siteId?: string }): Promise<AddressCheck> {
  const slug = input.slug.trim().toLowerCase();
  let siteId: string | null = null;
  if (input.siteId) {
    const site = await db.site.findFirst({ where: { id: input.siteId, ownerId: user.id }, select: { id: true } });
    if (!site) throw new AppError('NOT_FOUND', 'Site not found');
    siteId = site.id;
  }
  const reason = slugProblem(slug);
  if (reason) return { status: 'invalid', slug, reason };
  const holder = await findAddressHolder(db, slug);
  if (!holder || (holder.siteId === siteId && holder.kind === 'label')) return { status: 'free', slug };
  if (holder.siteId === siteId) return { status: 'current', slug };
  return { status: 'taken', slug, suggestion: await suggestFreeSlug(slug) };
}

// Changes a site's address in one transaction: the site row locked (two changes of one site run one
// after the other), both labels locked (see lib/sites/address.ts), the new one claimed, the old one
// kept as a redirect for 30 days. Every instance's host and page caches forget both addresses and the
// site's earlier addresses and custom domains (whose cached routes name the old slug) when it commits. Published pages keep
// naming the old address in canonical links until the next publish; the redirect covers them.
export async function changeSiteAddress(user: Owner, siteId: string, wanted: string) {
  const slug = wanted.trim().toLowerCase();
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Choose another address.', { reason: slugProblem(slug) });
  const result = await changeInTransaction(user, siteId, slug).catch((error: unknown) => {
    // The label locks make this unreachable; the unique indexes are the last word all the same.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', 'That address is taken. Choose another one.', { slug });
    }
    throw error;
  });
  // This instance at once; the others when the notifications arrive.
  for (const hostname of result.hostnames) forgetHost(hostname);
  return { slug: result.slug, previous: result.previous, redirectUntil: result.redirectUntil };
}

function changeInTransaction(user: Owner, siteId: string, slug: string) {
  return db.$transaction(async (tx) => {
    const [site] = await tx.$queryRaw<Array<{ id: string; slug: string }>>`
      SELECT id, slug FROM "Site" WHERE id = ${siteId} AND "ownerId" = ${user.id} FOR UPDATE`;
    if (!site) throw new AppError('NOT_FOUND', 'Site not found');
    if (site.slug === slug) return { slug, previous: null, redirectUntil: null, hostnames: [] as string[] };
    await lockAddresses(tx, [site.slug, slug]);
    await claimAddress(tx, slug, site.id);
    const redirectUntil = new Date(Date.now() + REDIRECT_MS);
    await tx.site.update({ where: { id: site.id }, data: { slug } });
    // A row left under the old label (this site's own extra label, or one long expired) gives way to the redirect.
    await tx.subdomain.deleteMany({ where: { label: site.slug, OR: [{ siteId: site.id }, { redirectUntil: { lte: new Date() } }] } });
    await tx.subdomain.create({ data: { siteId: site.id, label: site.slug, redirectUntil } });
    // Every name whose cached route names the old slug: its earlier old addresses and custom domains too.
    const [labels, domains] = await Promise.all([
      tx.subdomain.findMany({ where: { siteId: site.id }, select: { label: true } }),
      tx.domain.findMany({ where: { siteId: site.id }, select: { hostname: true } }),
    ]);
    const hostnames = [`${slug}.${env.SITES_DOMAIN}`, ...labels.map((row) => `${row.label}.${env.SITES_DOMAIN}`), ...domains.map((row) => row.hostname)];
    // Sent on commit: the serving cache drops both slugs, host routing every name that led here.
    for (const label of [site.slug, slug]) await tx.$executeRaw`SELECT pg_notify(${PUBLISH_CHANNEL}, ${label})`;
    for (const hostname of hostnames) await tx.$executeRaw`SELECT pg_notify(${HOSTS_CHANNEL}, ${hostname})`;
    return { slug, previous: site.slug, redirectUntil, hostnames };
  });
}
