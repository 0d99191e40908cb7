'use server';
// An image picked for a section on the site page (outside the editor). The action checks who is
// calling and parses what they sent; section-image.ts does the work and the ownership check.
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { action } from '@/lib/http';
import { revalidateSite } from '@/lib/sites/revalidate';
import { setSectionImage } from './section-image';

const id = z.string().trim().min(1).max(100);
const sectionImageSchema = z.object({
  siteId: id,
  revision: z.number().int().min(1),
  pageId: id,
  sectionId: id,
  field: z.string().regex(/^\w{1,40}$/),
  image: z.object({ src: z.string().max(2000), alt: z.string().max(200) }),
});

export const setSectionImageAction = action(async (input: z.input<typeof sectionImageSchema>) => {
  const user = await requireUser();
  const { siteId, ...rest } = sectionImageSchema.parse(input);
  const result = await setSectionImage(user, siteId, rest);
  revalidateSite(siteId);
  return result;
});
