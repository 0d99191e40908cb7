// Runs one "AI on one section" operation for an owner: rewrite, regenerate or add. Same rules as a
// whole-site generation: the site must be the owner's (another owner's id is NOT_FOUND), one
// credit is reserved, committed on success and released on any failure (credits.ts), and every
// operation is a Generation row (kind "section"). The result is validated by its type's props
// schema; the editor puts it in its draft and autosaves it (this never writes the draft).
import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { zodMessage } from '@/lib/http';
import type { Section, SiteDocument } from '@/lib/sites/document';
import { getSite } from '@/lib/sites/queries';
import { findSectionSchema } from '@/lib/sites/section-schemas';
import { withCredit } from '@/lib/billing/credits';
import { takeAiRequest } from './ai-limit';
import { getGenerator } from './generators';
import { recordFailure, recordSuccess, startGeneration } from './records';
import { sectionAiRequestSchema, type Generator, type SectionContext, type SectionRequest } from './types';

type Owner = { id: string };

// Built from the site's pages and posts: regenerating them would only repeat them.
const NOT_REGENERABLE = new Set(['navbar', 'footer', 'blogPost']);

export const SECTION_FAILED_MESSAGE = 'The AI could not finish this section. No credit was used; try again.';

export type SectionAiResult = { section: Section; generationId: string; keptTexts: number };

function validProps(type: string, props: unknown, code: 'INVALID_INPUT' | 'UPSTREAM_FAILED'): Record<string, unknown> {
  const schema = findSectionSchema(type);
  if (!schema) throw new AppError(code, `Unknown section type "${type}".`);
  const parsed = schema.safeParse(props);
  if (!parsed.success) {
    const { message } = zodMessage(parsed.error as z.ZodError);
    throw new AppError(code, code === 'INVALID_INPUT' ? `The ${type} section is not valid: ${message}` : SECTION_FAILED_MESSAGE, { problem: message });
  }
  return parsed.data as Record<string, unknown>;
}

function contextOf(document: SiteDocument): SectionContext {
  return {
    business: document.business,
    language: document.language,
    theme: document.theme,
    pages: document.pages.map((p) => ({ id: p.id, path: p.path, title: p.title })),
  };
}

function promptOf(request: SectionRequest): string {
  if (request.op === 'add') return request.about ?? '';
  const what = request.op === 'rewrite' ? (request.instruction === 'translate' ? `translate to ${request.targetLanguage}` : request.instruction) : 'regenerate';
  return `${request.section?.type ?? 'section'} · ${what}`;
}

export async function generateSectionFor(
  user: Owner,
  siteId: string,
  input: unknown,
  opts: { signal?: AbortSignal; generator?: Generator } = {},
): Promise<SectionAiResult> {
  const body = sectionAiRequestSchema.parse(input);
  const site = await getSite(user, siteId);
  const section = body.section ? { ...body.section, props: validProps(body.section.type, body.section.props, 'INVALID_INPUT') } : undefined;
  if (body.op === 'regenerate' && section && NOT_REGENERABLE.has(section.type)) {
    throw new AppError('INVALID_INPUT', 'This section is built from your pages and posts; edit it directly or rewrite it instead.');
  }
  // The plan's AI requests a minute (ai-limit.ts): after the request is known to be valid, before any credit or record.
  await takeAiRequest(user, 'sections');
  const context = contextOf(site.draft);
  if (body.language) context.language = body.language;
  const request: SectionRequest = {
    op: body.op,
    context,
    section,
    instruction: body.instruction,
    targetLanguage: body.targetLanguage,
    about: body.about,
    seed: body.seed,
  };

  const generator = opts.generator ?? getGenerator();
  const options = { op: body.op, instruction: body.instruction, targetLanguage: body.targetLanguage, sectionType: section?.type, sectionId: section?.id };
  const cacheKey = createHash('sha256')
    .update(JSON.stringify({ generator: generator.name, model: generator.model, siteId, ...options, about: body.about, seed: body.seed }))
    .digest('hex');
  const record = await startGeneration({
    userId: user.id,
    siteId: site.id,
    kind: 'section',
    prompt: promptOf(request),
    options,
    seed: body.seed,
    generator: generator.name,
    model: generator.model,
    cacheKey,
  });
  try {
    const result = await withCredit(user.id, record.id, async () => {
      const answer = await generator.generateSection(request, opts.signal);
      const type = section?.type ?? answer.section.type;
      if (section && answer.section.type !== section.type) throw new AppError('UPSTREAM_FAILED', SECTION_FAILED_MESSAGE);
      const props = validProps(type, answer.section.props, 'UPSTREAM_FAILED');
      // A rewritten section keeps its id; a new one gets a fresh id no draft can already hold.
      const id = section?.id ?? `${type}-${randomBytes(4).toString('hex')}`;
      return { section: { id, type, props }, usage: answer.usage, keptTexts: answer.keptTexts ?? 0 };
    });
    await recordSuccess(record, { siteId: site.id, result: result.section, usage: result.usage });
    return { section: result.section, generationId: record.id, keptTexts: result.keptTexts };
  } catch (error) {
    const failure = await recordFailure(record, error, SECTION_FAILED_MESSAGE);
    throw new AppError(failure.code, failure.message);
  }
}
