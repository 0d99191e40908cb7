// The sites part of /api/v1, over the same lib/ functions the dashboard uses: a page of the owner's
// sites, one site with its draft, a site created from a prompt (the generation path of
// POST /api/generate, answered as one JSON document instead of a stream), and publishing; and the
// input schemas of the routes that call lib/ directly (rollback, leads, templates).
// Every read is scoped to the owner in the query; another owner's id is NOT_FOUND.
import { z } from 'zod';
import { assertCanAddSite } from '@/lib/billing/limits';
import { exportKinds } from '@/lib/builds/kinds';
import { db } from '@/lib/db';
import { AppError, errorStatus, type ErrorCode } from '@/lib/errors';
import { takeAiRequest } from '@/lib/generate/ai-limit';
import { generateSite } from '@/lib/generate/run';
import { generateRequestSchema, type GenerationEvent } from '@/lib/generate/types';
import { isUiLocale, type UiLocale } from '@/lib/i18n/languages';
import { uiLocaleSchema } from '@/lib/i18n/schemas';
import { pageArgs, pageOf, pageQuerySchema } from '@/lib/page-cursor';
import { siteOrigin } from '@/lib/publish/origin';
import { publishSite } from '@/lib/publish/publish';
import { assertAddressFree } from '@/lib/sites/address';
import { getSite } from '@/lib/sites/queries';

type Owner = { id: string };

const viewSelect = {
  id: true,
  name: true,
  slug: true,
  revision: true,
  templateId: true,
  publishedAt: true,
  publishedVersionId: true,
  createdAt: true,
  updatedAt: true,
} as const;

type SiteRow = {
  id: string;
  name: string;
  slug: string;
  revision: number;
  templateId: string | null;
  publishedAt: Date | null;
  publishedVersionId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

function toView(site: SiteRow) {
  return {
    id: site.id,
    name: site.name,
    slug: site.slug,
    url: siteOrigin(site.slug),
    revision: site.revision,
    templateId: site.templateId,
    isPublished: site.publishedVersionId !== null,
    publishedAt: site.publishedAt,
    createdAt: site.createdAt,
    updatedAt: site.updatedAt,
  };
}

export type SiteView = ReturnType<typeof toView>;

// A page of the owner's sites, oldest first (lib/page-cursor.ts).
export async function listSitesPage(owner: Owner, input: z.input<typeof pageQuerySchema>): Promise<{ sites: SiteView[]; nextCursor: string | null }> {
  const page = pageQuerySchema.parse(input);
  const { where, ...args } = pageArgs(page, 'asc');
  const rows = await db.site.findMany({ where: { ownerId: owner.id, ...where }, select: viewSelect, ...args });
  const { items, nextCursor } = pageOf(rows, page);
  return { sites: items.map(toView), nextCursor };
}

// One site with its draft document (the revision a later update names).
export async function getSiteWithDraft(owner: Owner, siteId: string) {
  const site = await getSite(owner, siteId);
  return { ...toView(site), document: site.draft };
}

const isErrorCode = (code: string): code is ErrorCode => code in errorStatus;

// Generates a site from a prompt, as POST /api/generate does (the same checks first: the plan's
// site limit, the address, the AI requests a minute), and answers the site once it is made. A failed
// generation costs no credit and answers its error.
export async function createSiteFromPrompt(owner: Owner, input: unknown, signal?: AbortSignal) {
  const request = generateRequestSchema.parse(input);
  await assertCanAddSite(owner.id);
  if (request.slug) await assertAddressFree(request.slug);
  await takeAiRequest(owner, 'sites');
  const seen: { failure?: Extract<GenerationEvent, { type: 'failed' }>['error'] } = {};
  const { generationId, siteId, cached } = await generateSite(
    owner,
    request,
    (event) => {
      if (event.type === 'failed') seen.failure = event.error;
    },
    { signal },
  );
  if (!siteId) {
    const error = seen.failure ?? { code: 'UPSTREAM_FAILED', message: 'The generator could not finish this site. No credit was used; try again.' };
    const code = isErrorCode(error.code) ? error.code : 'UPSTREAM_FAILED';
    throw new AppError(code, error.message, error.limit ? { limit: error.limit } : undefined);
  }
  const site = await db.site.findFirstOrThrow({ where: { id: siteId, ownerId: owner.id }, select: viewSelect });
  return { site: toView(site), generation: { id: generationId, cached } };
}

// confirm: sections whose suggested reviews, people, figures or client names the caller confirms as
// true (a 409 UNCONFIRMED_FACTS lists them in details.pendingFacts).
export const publishInputSchema = z.object({ confirm: z.array(z.string().trim().min(1).max(100)).max(400).optional() });

export async function publishSiteForApi(owner: Owner, siteId: string, input: unknown) {
  const { confirm } = publishInputSchema.parse(input);
  const { number, url, durationMs } = await publishSite(owner, siteId, { confirm });
  return { version: number, url, durationMs };
}

// POST /sites/:id/rollback: the version to make live again (GET /sites/:id/versions lists them).
export const rollbackInputSchema = z.object({ versionId: z.string().trim().min(1).max(100).describe('The id of one of the site’s versions.') });

// GET /sites/:id/leads: a page as JSON, or with format=csv (or Accept: text/csv) every lead as CSV.
export const leadsQuerySchema = pageQuerySchema.extend({
  format: z.enum(['json', 'csv']).optional().describe('csv: every lead as CSV (limit and cursor apply to JSON). Default: JSON, or CSV for Accept: text/csv.'),
});

export function wantsCsv(format: 'json' | 'csv' | undefined, accept: string | null): boolean {
  return format ? format === 'csv' : /(^|,)\s*text\/csv\b/i.test(accept ?? '');
}

// GET /templates: the cards' language, by default the owner's dashboard language.
// POST /sites/:id/builds: the one kind of build asked for by itself (a publish is POST …/publish).
export const buildRequestSchema = z.object({
  kind: z
    .enum(exportKinds)
    .describe(
      '`export-static`: a ZIP of the live version’s files, for any static host. `export-vue`: a ZIP of a Vite + Vue 3 project that prerenders the same pages. `export-react`: a ZIP of a Next.js (App Router) project that exports the same pages as static HTML. `export-angular`: a ZIP of an Angular project of standalone components that prerenders the same pages.',
    ),
});

export const templatesQuerySchema = z.object({ language: uiLocaleSchema.optional().describe('en, pt-BR or es; by default your dashboard language.') });

export function templatesLanguage(owner: { locale: string | null }, requested: UiLocale | undefined): UiLocale {
  return requested ?? (isUiLocale(owner.locale) ? owner.locale : 'en');
}
