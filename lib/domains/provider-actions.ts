'use server';
// The Domains page's provider actions: search and register a name (Namecheap), and let Cloudflare
// create a domain's records (plan first, then apply with the owner's consent). Each checks who is
// calling, parses what they sent, and leaves the work and the ownership checks to lib/domains.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { domainRegisterSchema, domainSearchSchema } from './api-input';
import { applyCloudflareRecords, planCloudflareRecords } from './cloudflare-connect';
import { registerDomain, searchDomains } from './registration';

const id = z.string().trim().min(1).max(100);
const searchSchema = z.object({ query: domainSearchSchema.shape.q });
const registerSchema = domainRegisterSchema;
const planSchema = z.object({ domainId: id });
const applySchema = z.object({
  domainId: id,
  consent: z.literal(true, { error: 'Agree to the changes first' }),
  allowReplace: z.boolean().default(false),
});

export const searchDomainsAction = action(async (input: { query: string }) => {
  const user = await requireUser();
  const { query } = searchSchema.parse(input);
  return searchDomains(user, query);
});

export const registerDomainAction = action(async (input: z.input<typeof registerSchema>) => {
  const user = await requireUser();
  const { name, years, registrant, expectedPriceCents } = registerSchema.parse(input);
  const result = await registerDomain(user, { name, years, registrant, expectedPriceCents });
  revalidatePath('/dashboard/domains');
  return { name: result.name, expiresAt: result.expiresAt.toISOString(), chargedCents: result.chargedCents, nameservers: result.nameservers };
});

export const planCloudflareRecordsAction = action(async (input: { domainId: string }) => {
  const user = await requireUser();
  const { domainId } = planSchema.parse(input);
  const { zone, changes } = await planCloudflareRecords(user, domainId);
  return {
    zone,
    changes: changes.map((c) => ({ action: c.action, type: c.record.type, name: c.record.name, value: c.record.value, replaces: c.replaces?.value ?? null })),
  };
});

export const applyCloudflareRecordsAction = action(async (input: z.input<typeof applySchema>) => {
  const user = await requireUser();
  const { domainId, allowReplace } = applySchema.parse(input);
  const result = await applyCloudflareRecords(user, domainId, { allowReplace });
  revalidatePath('/dashboard/domains');
  return result;
});
