// Writes to sites, each checking the owner in the query itself.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { getEntitlements } from '@/lib/billing/entitlements';
import { assertCanCreateSite, assertSiteWritable } from '@/lib/billing/limits';
import { AppError } from '@/lib/errors';
import { addressesFreed } from '@/lib/serving-channels';
import { removeStoredFiles, storedFilesOf } from '@/lib/storage/stored-files';
import { getSite } from './queries';
import type { SiteDocument } from './document';
import { claimAddress, suggestFreeSlug } from './address';
import { applyPatch, FORBIDDEN_KEYS, PatchError, type PatchOperation } from './draft-patch';
import { slugSchema } from './slug';
import { confirmFacts } from './suggested-facts';
import { parseSiteDocument } from './validate';

type Owner = { id: string };

const json = (value: unknown) => value as Prisma.InputJsonValue;

// slug: the address the owner chose (CONFLICT when another site holds it, old addresses within
// their 30 days included); without one, a free address made from the name. A suggested address can
// be taken between the suggestion and the insert (the same name made several times at once: a
// batch, concurrent generations), so another is suggested, a few times, each with a random suffix.
export async function createSite(user: Owner, input: { name: string; document: unknown; templateId?: string | null; slug?: string }) {
  const name = z.string().trim().min(1).max(100).parse(input.name);
  const document = parseSiteDocument(input.document);
  const chosen = input.slug ? slugSchema.parse(input.slug) : null;
  const { plan } = await getEntitlements(user.id);
  for (let attempt = 0; ; attempt++) {
    const slug = chosen ?? (await suggestFreeSlug(attempt === 0 ? name : `${name}-${randomInt(1000, 10_000)}`));
    try {
      // The plan's site limit is checked under a per-owner lock in the same transaction as the insert,
      // and the address under a lock on its label.
      return await db.$transaction(async (tx) => {
        await assertCanCreateSite(tx, user.id, plan);
        await claimAddress(tx, slug, null);
        return tx.site.create({
          data: { ownerId: user.id, name, slug, draft: json(document), templateId: input.templateId ?? null },
        });
      });
    } catch (error) {
      const isTaken =
        (error instanceof AppError && error.code === 'CONFLICT') || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002');
      if (!isTaken) throw error;
      if (chosen) throw new AppError('CONFLICT', 'That address is taken. Choose another one.', { slug });
      if (attempt >= 4) throw new AppError('CONFLICT', 'No free address was found for this site. Try again.', { slug });
    }
  }
}

// A draft save as the editor's autosave and PUT /api/v1/sites/:id send it: the document and the
// revision it started from (the document is checked whole by parseSiteDocument).
export const saveDraftSchema = z.object({
  revision: z.number().int().min(1).describe('The revision the document was edited from (GET answers it).'),
  document: z.unknown().describe('The whole site document (GET /sites/{id} answers the current one).'),
});

// One key of a patch's path: an object key (never one that reaches a prototype) or a list index.
const patchKeySchema = z.union([
  z
    .string()
    .min(1)
    .max(200)
    .refine((key) => !FORBIDDEN_KEYS.has(key), 'That key cannot be patched'),
  z.number().int().min(0).max(10_000),
]);

// A draft's change from a revision (lib/sites/draft-patch.ts): what the editor sends when the whole
// document would not fit in one keepalive request.
export const draftPatchSchema = z
  .array(
    z.union([
      z.object({ op: z.literal('set'), path: z.array(patchKeySchema).max(24), value: z.unknown() }).refine((o) => o.value !== undefined, 'A set needs a value'),
      z.object({ op: z.literal('remove'), path: z.array(patchKeySchema).min(1).max(24) }),
    ]),
  )
  .max(5000);

const staleSave = (revision: number) => new AppError('CONFLICT', 'This site was saved somewhere else since you opened it.', { revision });

// Saves the draft if nobody saved since `revision`; a stale save gets CONFLICT and changes nothing.
// The draft comes whole (`document`) or as a patch against the draft of that revision, applied
// here and validated as any saved document: a patch that does not fit it changes nothing either.
export async function saveDraft(user: Owner, siteId: string, input: { revision: number; document: unknown } | { revision: number; patch: unknown }) {
  const { revision } = saveDraftSchema.pick({ revision: true }).parse(input);
  let document: SiteDocument;
  if ('patch' in input) {
    const patch = draftPatchSchema.parse(input.patch);
    const site = await getSite(user, siteId); // NOT_FOUND for another owner's site
    if (site.revision !== revision) throw staleSave(site.revision);
    document = parseSiteDocument(patchedDraft(site.draft, patch), 'document');
  } else {
    document = parseSiteDocument(input.document, 'document');
  }
  await assertSiteWritable(user.id, siteId);
  const { count } = await db.site.updateMany({
    where: { id: siteId, ownerId: user.id, revision },
    data: { draft: json(document), revision: { increment: 1 } },
  });
  if (count === 0) {
    const site = await getSite(user, siteId); // NOT_FOUND for another owner's site
    throw staleSave(site.revision);
  }
  return { revision: revision + 1 };
}

function patchedDraft(draft: SiteDocument, patch: PatchOperation[]) {
  try {
    return applyPatch(draft, patch);
  } catch (error) {
    if (error instanceof PatchError) throw new AppError('INVALID_INPUT', error.message);
    throw error;
  }
}

// The owner confirmed, when publishing, that these sections' reviews, people, figures or client
// names are true: remembered in the draft, if nobody saved it since it was read.
export async function confirmDraftFacts(user: Owner, siteId: string, read: { revision: number; document: SiteDocument }, sectionIds: readonly string[]) {
  const document = confirmFacts(read.document, sectionIds);
  const { count } = await db.site.updateMany({
    where: { id: siteId, ownerId: user.id, revision: read.revision },
    data: { draft: json(document), revision: { increment: 1 } },
  });
  if (count === 0) throw new AppError('CONFLICT', 'This site was saved somewhere else since you opened it. Reload it and publish again.');
  return document;
}

export async function renameSite(user: Owner, siteId: string, name: string) {
  const clean = z.string().trim().min(1).max(100).parse(name);
  const { count } = await db.site.updateMany({ where: { id: siteId, ownerId: user.id }, data: { name: clean } });
  if (count === 0) throw new AppError('NOT_FOUND', 'Site not found');
}

// The site, its versions and its images go; so do the images' stored files.
// Deleting a site frees its addresses on every instance at once (see addressesFreed).
export async function deleteSite(user: Owner, siteId: string) {
  const where = { id: siteId, ownerId: user.id };
  const freed = await addressesFreed(where);
  if (!freed.length) throw new AppError('NOT_FOUND', 'Site not found');
  const files = await storedFilesOf({ siteId });
  await db.$transaction([db.site.deleteMany({ where }), ...freed]);
  await removeStoredFiles(files);
}

// A new site that starts as a copy of one of the owner's sites ("start from your site X"): its
// draft, renamed when a name is given. Uploaded images belong to the original site, so the copy
// shows generated art in their place until the owner uploads again.
export async function duplicateSite(user: Owner, siteId: string, opts: { name?: string } = {}) {
  const source = await getSite(user, siteId);
  const document = parseSiteDocument(source.draft);
  const name = z
    .string()
    .trim()
    .min(1)
    .max(100)
    .parse(opts.name?.trim() || `${source.name} 2`);
  let art = 0;
  const withoutUploads = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutUploads);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          (k === 'src' || k === 'socialImage') && typeof v === 'string' && v.startsWith('/assets/')
            ? k === 'src'
              ? `art:blobs:${++art}`
              : ''
            : withoutUploads(v),
        ]),
      );
    }
    return value;
  };
  const oldName = document.business.name;
  const copy = withoutUploads({ ...document, business: { ...document.business, name } }) as typeof document;
  // The name also shows as the logo text and the home page's title.
  for (const page of copy.pages) {
    if (page.title === oldName) page.title = name;
    for (const section of page.sections) if (section.type === 'navbar' && section.props.logoText === oldName) section.props.logoText = name;
  }
  return createSite(user, { name, document: copy, templateId: source.templateId });
}
