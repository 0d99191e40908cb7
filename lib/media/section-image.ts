// Sets one section image ({ src, alt } at a prop such as "image" or "cover") in the draft, for
// the dashboard's Images card. Saves through saveDraft with the revision the owner saw, so a
// change made meanwhile elsewhere (the editor, another tab) is never overwritten.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { saveDraft } from '@/lib/sites/mutations';
import { imageSchema, type Image } from '@/lib/sites/primitives';
import { getSite } from '@/lib/sites/queries';
import { assetIdOf } from './document-images';

type Owner = { id: string };

export async function setSectionImage(
  user: Owner,
  siteId: string,
  input: { revision: number; pageId: string; sectionId: string; field: string; image: Image },
): Promise<{ revision: number }> {
  const site = await getSite(user, siteId);
  const image = imageSchema.parse(input.image);
  const assetId = assetIdOf(image.src);
  if (assetId && !(await db.siteAsset.findFirst({ where: { id: assetId, siteId: site.id, ownerId: user.id }, select: { id: true } }))) {
    throw new AppError('NOT_FOUND', 'Image not found');
  }
  const doc = structuredClone(site.draft);
  const section = doc.pages.find((p) => p.id === input.pageId)?.sections.find((s) => s.id === input.sectionId);
  if (!section) throw new AppError('NOT_FOUND', 'That section is no longer on the site.');
  const current = section.props[input.field];
  if (!current || typeof current !== 'object' || Array.isArray(current) || !('src' in current)) {
    throw new AppError('INVALID_INPUT', 'That section has no image with this name.');
  }
  section.props[input.field] = { ...current, src: image.src, alt: image.alt.trim() };
  return saveDraft(user, site.id, { revision: input.revision, document: doc });
}
