// Runs one site generation for an owner: answers an identical earlier request from its stored
// result (no credit), otherwise generates under a credit reservation, records everything about
// the generation, and creates the site from the result.
import { createHash } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { Prisma } from '@/generated/prisma/client';
import { assertCanAddSite } from '@/lib/billing/limits';
import { db } from '@/lib/db';
import type { SiteDocument } from '@/lib/sites/document';
import { assertAddressFree } from '@/lib/sites/address';
import { createSite } from '@/lib/sites/mutations';
import { markSuggestions } from '@/lib/sites/suggested-facts';
import { parseSiteDocument } from '@/lib/sites/validate';
import { withCredit } from '@/lib/billing/credits';
import { getGenerator } from './generators';
import { recordFailure, recordSuccess, startGeneration } from './records';
import { findKind } from './catalogue/load';
import { documentEvents, generateRequestSchema, type ConfirmedFacts, type Emit, type Generator } from './types';
import { AppError } from '@/lib/errors';
import { inSpan, recordSpan } from '@/lib/observability/spans';

type Owner = { id: string };

export function cacheKeyFor(
  generator: Generator,
  request: { prompt: string; templateId?: string; language?: string; paletteId?: string; facts?: ConfirmedFacts; seed: number },
) {
  const normalized = {
    generator: generator.name,
    model: generator.model,
    prompt: request.prompt.trim().replace(/\s+/g, ' '),
    templateId: request.templateId ?? null,
    language: request.language ?? null,
    paletteId: request.paletteId ?? null,
    facts: request.facts
      ? { name: request.facts.name ?? null, kindId: request.facts.kindId === undefined ? '' : request.facts.kindId, place: request.facts.place ?? null }
      : null,
    seed: request.seed,
  };
  return createHash('sha256').update(JSON.stringify(normalized)).digest('hex');
}

type GenerateOptions = { signal?: AbortSignal; generator?: Generator; reservedCredit?: string };

// Traced as one `generation` span, a child of the request that asked for it (or of the batch
// item's job): the records' and the site's queries, the credit's reservation and commit, and the
// generator's work with one span per section (see traceSections).
// reservedCredit: the key of a credit reserved ahead of time for this generation (a batch prompt's);
// the caller releases it when the generation did not use it (a cached answer, a refusal first).
export function generateSite(user: Owner, input: unknown, emit: Emit, opts: GenerateOptions = {}) {
  return inSpan('generation', { 'user.id': user.id }, (span) =>
    runGeneration(user, input, emit, opts).then((result) => {
      span.setAttributes({
        'generation.id': result.generationId,
        'generation.cached': result.cached,
        'generation.outcome': result.siteId ? 'succeeded' : 'failed',
      });
      if (result.siteId) span.setAttribute('site.id', result.siteId);
      return result;
    }),
  );
}

// The generator's events, each section also recorded as a span from the previous event (when the
// generator started on it) to its own: how long each section took to generate or stream.
function traceSections(emit: Emit, generator: string): Emit {
  let since = performance.timeOrigin + performance.now();
  let index = 0;
  return (event) => {
    const now = performance.timeOrigin + performance.now();
    if (event.type === 'section') {
      recordSpan(
        'generation.section',
        { 'generation.generator': generator, 'section.type': event.section.type, 'section.index': index, 'page.id': event.pageId },
        since,
      );
      index += 1;
    }
    since = now;
    emit(event);
  };
}

const FAILED_MESSAGE = 'The generator could not finish this site. No credit was used; try again.';

// A document the generator wrote, or one an earlier generation stored, that does not read as a site
// is our failure, not something the owner sent: what is wrong goes to the log (recordFailure), and
// the owner reads the plain FAILED_MESSAGE, not a schema path.
function generatedDocument(value: unknown): SiteDocument {
  try {
    return markSuggestions(parseSiteDocument(value));
  } catch (error) {
    throw new Error('the generated site document is not valid', { cause: error });
  }
}

async function runGeneration(user: Owner, input: unknown, emit: Emit, opts: GenerateOptions) {
  const request = generateRequestSchema.parse(input);
  if (request.facts?.kindId && !findKind(request.facts.kindId)) throw new AppError('INVALID_INPUT', 'Pick a kind of business from the list.');
  // A taken address is refused before anything is recorded or reserved (a race lost later still costs nothing).
  if (request.slug) await assertAddressFree(request.slug);
  const generator = opts.generator ?? getGenerator();
  trace.getActiveSpan()?.setAttributes({ 'generation.generator': generator.name, 'generation.model': generator.model });
  const cacheKey = cacheKeyFor(generator, request);
  const options = { templateId: request.templateId, language: request.language, paletteId: request.paletteId, facts: request.facts };
  const base = {
    userId: user.id,
    kind: 'site' as const,
    prompt: request.prompt,
    options,
    seed: request.seed,
    generator: generator.name,
    model: generator.model,
    cacheKey,
  };

  const previous = await db.generation.findFirst({
    where: { userId: user.id, kind: 'site', cacheKey, status: 'succeeded', result: { not: Prisma.DbNull } },
    orderBy: { createdAt: 'desc' },
  });
  if (previous?.result) {
    const record = await startGeneration({ ...base, cached: true });
    emit({ type: 'started', generationId: record.id, cached: true, generator: generator.name });
    try {
      const document = generatedDocument(previous.result);
      for (const event of documentEvents(document)) emit(event);
      const site = await createSite(user, { name: document.business.name, document, templateId: request.templateId, slug: request.slug });
      await recordSuccess(record, { siteId: site.id, result: document });
      emit({ type: 'done', document, siteId: site.id, slug: site.slug });
      return { generationId: record.id, siteId: site.id, cached: true };
    } catch (error) {
      emit({ type: 'failed', error: await recordFailure(record, error, FAILED_MESSAGE) });
      return { generationId: record.id, siteId: null, cached: true };
    }
  }

  const record = await startGeneration(base);
  emit({ type: 'started', generationId: record.id, cached: false, generator: generator.name });
  try {
    // Refused before any credit is reserved: the site limit here, credits and the spending cap in reserveCredit.
    await assertCanAddSite(user.id);
    const { document, site, usage } = await withCredit(
      user.id,
      record.id,
      async () => {
        const result = await inSpan('generation.generate', { 'generation.generator': generator.name, 'generation.model': generator.model }, () =>
          generator.generate(request, traceSections(emit, generator.name), opts.signal),
        );
        // Reviews, team, figures and client logos it wrote are suggestions until the owner replaces or confirms them.
        const document = generatedDocument(result.document);
        const site = await inSpan('site.create', {}, async (span) => {
          const created = await createSite(user, { name: document.business.name, document, templateId: request.templateId, slug: request.slug });
          span.setAttribute('site.id', created.id);
          return created;
        });
        return { document, site, usage: result.usage };
      },
      { reservedAs: opts.reservedCredit },
    );
    await recordSuccess(record, { siteId: site.id, result: document, usage });
    emit({ type: 'done', document, siteId: site.id, slug: site.slug });
    return { generationId: record.id, siteId: site.id, cached: false };
  } catch (error) {
    emit({ type: 'failed', error: await recordFailure(record, error, FAILED_MESSAGE) });
    return { generationId: record.id, siteId: null, cached: false };
  }
}
