'use server';
// A site's publish, rollback, unpublish, rename and delete. Each action checks who is calling,
// parses what they sent, and leaves the work (and the ownership check) to lib/.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { setSectionImage } from '@/lib/media/section-image';
import { publishSite, rollbackSite, unpublishSite } from '@/lib/publish/publish';
import { deleteSite, renameSite } from '@/lib/sites/mutations';

const id = z.string().trim().min(1).max(100);
const siteSchema = z.object({ siteId: id });
const rollbackSchema = z.object({ siteId: id, versionId: id });
const sectionImageSchema = z.object({
  siteId: id,
  revision: z.number().int().min(1),
  pageId: id,
  sectionId: id,
  field: z.string().regex(/^\w{1,40}$/),
  image: z.object({ src: z.string().max(2000), alt: z.string().max(200) }),
});
const renameSchema = z.object({ siteId: id, name: z.string().trim().min(1).max(100) });

function refresh(siteId: string) {
  revalidatePath(`/dashboard/sites/${siteId}`);
  revalidatePath('/dashboard');
}

export const publishAction = action(async (input: { siteId: string }) => {
  const user = await requireUser();
  const { siteId } = siteSchema.parse(input);
  const { number, url, durationMs } = await publishSite(user, siteId);
  refresh(siteId);
  return { number, url, durationMs };
});

export const rollbackAction = action(async (input: { siteId: string; versionId: string }) => {
  const user = await requireUser();
  const { siteId, versionId } = rollbackSchema.parse(input);
  const result = await rollbackSite(user, siteId, versionId);
  refresh(siteId);
  return result;
});

export const unpublishAction = action(async (input: { siteId: string }) => {
  const user = await requireUser();
  const { siteId } = siteSchema.parse(input);
  await unpublishSite(user, siteId);
  refresh(siteId);
});

export const renameAction = action(async (input: { siteId: string; name: string }) => {
  const user = await requireUser();
  const { siteId, name } = renameSchema.parse(input);
  await renameSite(user, siteId, name);
  refresh(siteId);
  return { name };
});

export const deleteSiteAction = action(async (input: { siteId: string }) => {
  const user = await requireUser();
  const { siteId } = siteSchema.parse(input);
  await deleteSite(user, siteId);
  revalidatePath('/dashboard');
});

export const setSectionImageAction = action(async (input: z.input<typeof sectionImageSchema>) => {
  const user = await requireUser();
  const { siteId, ...rest } = sectionImageSchema.parse(input);
  const result = await setSectionImage(user, siteId, rest);
  refresh(siteId);
  return result;
});
