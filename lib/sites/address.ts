// Who holds an address (a label under SITES_DOMAIN): a site whose slug it is, or a site it still
// redirects to (a Subdomain row: an extra label, or an old address within its 30 days). Taking an
// address locks its label for the rest of the transaction, so a new site and an address change
// (or two changes) cannot both take one label: Site.slug and Subdomain.label are unique each, but
// nothing in the schema keeps a slug from equalling another site's old label.
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { cutSlug, slugify, slugSchema } from './slug';

type Tx = Prisma.TransactionClient;

export type AddressHolder = { siteId: string; kind: 'site' | 'label' };

// Advisory locks on the labels, always in the same order, so two transactions never wait on each other in a cycle.
export async function lockAddresses(tx: Tx, labels: readonly string[]): Promise<void> {
  for (const label of [...new Set(labels)].sort()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`address:${label}`}))`;
}

// The site that holds `label` now; a Subdomain row whose redirectUntil has passed holds nothing.
export async function findAddressHolder(client: Tx | typeof db, label: string, now = new Date()): Promise<AddressHolder | null> {
  const site = await client.site.findUnique({ where: { slug: label }, select: { id: true } });
  if (site) return { siteId: site.id, kind: 'site' };
  const row = await client.subdomain.findUnique({ where: { label }, select: { siteId: true, redirectUntil: true } });
  if (row && (row.redirectUntil === null || row.redirectUntil > now)) return { siteId: row.siteId, kind: 'label' };
  return null;
}

// Takes `label` for `siteId` (or for a site about to be created): locks it, refuses with CONFLICT when
// another site holds it, and removes the row that would stand in the way: an expired old address,
// or this site's own old address coming back. To run in the transaction that then writes the slug.
export async function claimAddress(tx: Tx, label: string, siteId: string | null): Promise<void> {
  await lockAddresses(tx, [label]);
  const holder = await findAddressHolder(tx, label);
  if (holder && holder.siteId !== siteId) throw new AppError('CONFLICT', 'That address is taken. Choose another one.', { slug: label });
  if (holder?.kind === 'site') return;
  await tx.subdomain.deleteMany({ where: { label } });
}

// A free address made from a name: the name's slug, else the same with -2, -3… (without locking:
// the transaction that creates the site claims it, and a lost race tries another).
export async function suggestFreeSlug(wanted: string): Promise<string> {
  const base = slugify(wanted);
  for (let i = 0; i < 50; i++) {
    const candidate = i === 0 ? base : `${cutSlug(base, 36)}-${i + 1}`;
    if (!(await findAddressHolder(db, candidate))) return candidate;
  }
  return `${base.slice(0, 30)}-${Date.now().toString(36)}`;
}

// Refuses a taken address before anything is spent on a new site (generation asks first).
export async function assertAddressFree(slug: string): Promise<void> {
  const clean = slugSchema.parse(slug);
  if (await findAddressHolder(db, clean)) throw new AppError('CONFLICT', 'That address is taken. Choose another one.', { slug: clean });
}
