'use server';
// New site from one of the owner's earlier sites, instead of generating (no credit).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { duplicateSite } from '@/lib/sites/mutations';

const startFromSiteSchema = z.object({ siteId: z.string().trim().min(1).max(100), name: z.string().trim().max(100).optional() });

export const startFromSiteAction = action(async (input: { siteId: string; name?: string }) => {
  const user = await requireUser();
  const { siteId, name } = startFromSiteSchema.parse(input);
  const site = await duplicateSite(user, siteId, { name });
  revalidatePath('/dashboard');
  return { siteId: site.id };
});
