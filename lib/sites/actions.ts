'use server';
// A site's rename and delete, and a new site from one of the owner's earlier sites instead of
// generating (no credit). Each action checks who is calling, parses what they sent, and leaves
// the work (and the ownership check) to mutations.ts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { deleteSite, duplicateSite, renameSite } from './mutations';
import { revalidateSite } from './revalidate';

const id = z.string().trim().min(1).max(100);
const siteSchema = z.object({ siteId: id });
const renameSchema = z.object({ siteId: id, name: z.string().trim().min(1).max(100) });
const startFromSiteSchema = z.object({ siteId: id, name: z.string().trim().max(100).optional() });

export const renameAction = action(async (input: { siteId: string; name: string }) => {
  const user = await requireUser();
  const { siteId, name } = renameSchema.parse(input);
  await renameSite(user, siteId, name);
  revalidateSite(siteId);
  return { name };
});

export const deleteSiteAction = action(async (input: { siteId: string }) => {
  const user = await requireUser();
  const { siteId } = siteSchema.parse(input);
  await deleteSite(user, siteId);
  revalidatePath('/dashboard');
});

export const startFromSiteAction = action(async (input: { siteId: string; name?: string }) => {
  const user = await requireUser();
  const { siteId, name } = startFromSiteSchema.parse(input);
  const site = await duplicateSite(user, siteId, { name });
  revalidatePath('/dashboard');
  return { siteId: site.id };
});
