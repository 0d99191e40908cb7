'use server';
// A site's publish, rollback and unpublish. Each action checks who is calling, parses what they
// sent, and leaves the work (and the ownership check) to publish.ts.
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { revalidateSite } from '@/lib/sites/revalidate';
import { publishSite, rollbackSite, unpublishSite } from './publish';

const id = z.string().trim().min(1).max(100);
const siteSchema = z.object({ siteId: id });
// confirm: the sections whose suggested facts the owner ticked as true in the publish dialog.
const publishSchema = z.object({ siteId: id, confirm: z.array(id).max(400).optional() });
const rollbackSchema = z.object({ siteId: id, versionId: id });

export const publishAction = action(async (input: { siteId: string; confirm?: string[] }) => {
  const user = await requireUser();
  const { siteId, confirm } = publishSchema.parse(input);
  const { number, url, durationMs } = await publishSite(user, siteId, { confirm });
  revalidateSite(siteId);
  return { number, url, durationMs };
});

export const rollbackAction = action(async (input: { siteId: string; versionId: string }) => {
  const user = await requireUser();
  const { siteId, versionId } = rollbackSchema.parse(input);
  const result = await rollbackSite(user, siteId, versionId);
  revalidateSite(siteId);
  return result;
});

export const unpublishAction = action(async (input: { siteId: string }) => {
  const user = await requireUser();
  const { siteId } = siteSchema.parse(input);
  await unpublishSite(user, siteId);
  revalidateSite(siteId);
});
