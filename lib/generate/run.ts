// Runs one site generation for an owner: answers an identical earlier request from its stored
// result (no credit), otherwise generates under a credit reservation, records everything about
// the generation, and creates the site from the result.
import { createHash } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import type { SiteDocument } from '@/lib/sites/document';
import { createSite } from '@/lib/sites/mutations';
import { parseSiteDocument } from '@/lib/sites/validate';
import { withCredit } from './credits';
import { getGenerator } from './generators';
import { documentEvents, generateRequestSchema, type Emit, type Generator } from './types';

type Owner = { id: string };

export function cacheKeyFor(generator: Generator, request: { prompt: string; templateId?: string; language?: string; paletteId?: string; seed: number }) {
  const normalized = {
    generator: generator.name,
    model: generator.model,
    prompt: request.prompt.trim().replace(/\s+/g, ' '),
    templateId: request.templateId ?? null,
    language: request.language ?? null,
    paletteId: request.paletteId ?? null,
    seed: request.seed,
  };
  return createHash('sha256').update(JSON.stringify(normalized)).digest('hex');
}

export async function generateSite(user: Owner, input: unknown, emit: Emit, opts: { signal?: AbortSignal; generator?: Generator } = {}) {
  const request = generateRequestSchema.parse(input);
  const generator = opts.generator ?? getGenerator();
  const cacheKey = cacheKeyFor(generator, request);
  const started = performance.now();
  const options = { templateId: request.templateId, language: request.language, paletteId: request.paletteId };
  const base = { userId: user.id, prompt: request.prompt, options, seed: request.seed, generator: generator.name, model: generator.model, cacheKey };

  const previous = await db.generation.findFirst({
    where: { userId: user.id, cacheKey, status: 'succeeded', result: { not: Prisma.DbNull } },
    orderBy: { createdAt: 'desc' },
  });
  if (previous?.result) {
    const document = parseSiteDocument(previous.result);
    const record = await db.generation.create({ data: { ...base, status: 'running', cached: true } });
    emit({ type: 'started', generationId: record.id, cached: true, generator: generator.name });
    for (const event of documentEvents(document)) emit(event);
    const site = await createSite(user, { name: document.business.name, document, templateId: request.templateId });
    await db.generation.update({
      where: { id: record.id },
      data: { status: 'succeeded', siteId: site.id, result: document as unknown as Prisma.InputJsonValue, durationMs: Math.round(performance.now() - started) },
    });
    emit({ type: 'done', document, siteId: site.id, slug: site.slug });
    return { generationId: record.id, siteId: site.id, cached: true };
  }

  const record = await db.generation.create({ data: { ...base, status: 'running' } });
  emit({ type: 'started', generationId: record.id, cached: false, generator: generator.name });
  try {
    const { document, site, usage } = await withCredit(user.id, record.id, async () => {
      const result = await generator.generate(request, emit, opts.signal);
      const document: SiteDocument = parseSiteDocument(result.document);
      const site = await createSite(user, { name: document.business.name, document, templateId: request.templateId });
      return { document, site, usage: result.usage };
    });
    await db.generation.update({
      where: { id: record.id },
      data: {
        status: 'succeeded',
        siteId: site.id,
        result: document as unknown as Prisma.InputJsonValue,
        model: usage.model,
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
        costMicros: usage.costMicros,
        durationMs: Math.round(performance.now() - started),
      },
    });
    emit({ type: 'done', document, siteId: site.id, slug: site.slug });
    return { generationId: record.id, siteId: site.id, cached: false };
  } catch (error) {
    const appError = error instanceof AppError ? error : null;
    if (!appError) logger.error({ err: error, generationId: record.id }, 'generation failed');
    const message = appError?.message ?? 'The generator could not finish this site. No credit was used; try again.';
    await db.generation.update({
      where: { id: record.id },
      data: { status: 'failed', error: message.slice(0, 1000), durationMs: Math.round(performance.now() - started) },
    });
    emit({ type: 'failed', error: { code: appError?.code ?? 'UPSTREAM_FAILED', message } });
    return { generationId: record.id, siteId: null, cached: false };
  }
}
