'use server';
// The site page's address change. Checks who is calling, parses what they sent, and leaves the
// work (and the ownership check) to site-address.ts.
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { revalidateSite } from '@/lib/sites/revalidate';
import { changeSiteAddress } from './site-address';

const changeAddressSchema = z.object({ siteId: z.string().trim().min(1).max(100), slug: z.string().trim().min(1).max(100) });

export const changeAddressAction = action(async (input: { siteId: string; slug: string }) => {
  const user = await requireUser();
  const { siteId, slug } = changeAddressSchema.parse(input);
  const changed = await changeSiteAddress(user, siteId, slug);
  revalidateSite(siteId);
  return { slug: changed.slug, previous: changed.previous, redirectUntil: changed.redirectUntil?.toISOString() ?? null };
});
