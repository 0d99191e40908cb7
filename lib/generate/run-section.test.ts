// AI on one section against the real PostgreSQL, with the offline generator and with the real
// OpenAI SDK talking to the local Chat Completions server: one credit per operation, committed
// on success and released on any failure; a Generation row of kind "section" for each; the
// owner's site only; the draft itself untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordHit } from '@/lib/rate-limit';
import { aiLimitFor } from './ai-limit';
import { createSite } from '@/lib/sites/mutations';
import { sectionSchemas } from '@/lib/sites/section-schemas';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { creditAllowance, creditBalance } from '@/lib/billing/credits';
import { OfflineGenerator } from './offline/generator';
import { OpenAIGenerator } from './openai/generator';
import { UNUSABLE_SECTION_MESSAGE } from './openai/section';
import { startFakeOpenAI, type FakeBehaviour, type FakeOpenAI } from '@/test/stand-ins/openai';
import { generateSectionFor } from './run-section';
import type { Generator } from './types';

const offline = new OfflineGenerator();

async function ownerWithSite() {
  const user = await createUser();
  const { document } = await offline.generate({ prompt: 'Padaria artesanal chamada Trigo Bom em Curitiba', seed: 1 }, () => {});
  const site = await createSite(user, { name: document.business.name, document });
  const hero = document.pages[0].sections.find((s) => s.type === 'hero')!;
  return { user, site, document, hero };
}

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let server: FakeOpenAI | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function openai(script: FakeBehaviour[]) {
  server = await startFakeOpenAI(script);
  return new OpenAIGenerator({
    apiKey: 'test',
    baseURL: server.baseURL,
    model: 'test-model',
    timeoutMs: 2000,
    maxRetries: 1,
    priceInputPerMTok: 0.15,
    priceOutputPerMTok: 0.6,
  });
}

describe('generateSectionFor', () => {
  it('rewrites a section under one committed credit, records it as a section generation, and leaves the draft alone', async () => {
    const { user, site, hero } = await ownerWithSite();
    const result = await generateSectionFor(
      user,
      site.id,
      { op: 'rewrite', section: hero, instruction: 'translate', targetLanguage: 'en' },
      { generator: offline },
    );
    expect(result.section.id).toBe(hero.id);
    expect(result.section.type).toBe('hero');
    expect(sectionSchemas.hero.safeParse(result.section.props).success).toBe(true);
    expect(result.section.props.headline).not.toBe(hero.props.headline);

    expect(await creditBalance(user.id)).toMatchObject({ used: 1 });
    const reservation = await db.creditReservation.findFirstOrThrow({ where: { userId: user.id } });
    expect(reservation.status).toBe('committed');
    const generation = await db.generation.findUniqueOrThrow({ where: { id: result.generationId } });
    expect(generation).toMatchObject({ kind: 'section', status: 'succeeded', siteId: site.id, generator: 'offline', prompt: 'hero · translate to en' });
    expect(generation.options).toMatchObject({ op: 'rewrite', instruction: 'translate', targetLanguage: 'en', sectionType: 'hero', sectionId: hero.id });
    const after = await db.site.findUniqueOrThrow({ where: { id: site.id } });
    expect(after.revision).toBe(site.revision);
    expect(after.draft).toEqual(site.draft);
  });

  it('adds a new section with a fresh id, and regenerates one', async () => {
    const { user, site, hero } = await ownerWithSite();
    const added = await generateSectionFor(user, site.id, { op: 'add', about: 'perguntas frequentes', seed: 4 }, { generator: offline });
    expect(added.section.type).toBe('faq');
    expect(added.section.id).toMatch(/^faq-[0-9a-f]{8}$/);
    const regenerated = await generateSectionFor(user, site.id, { op: 'regenerate', section: hero, seed: 9 }, { generator: offline });
    expect(regenerated.section.id).toBe(hero.id);
    expect((await creditBalance(user.id)).used).toBe(2);
  });

  it("another owner's site is NOT_FOUND, and costs nothing", async () => {
    const { site, hero } = await ownerWithSite();
    const stranger = await createUser();
    const error = await failureOf(generateSectionFor(stranger, site.id, { op: 'rewrite', section: hero, instruction: 'shorter' }, { generator: offline }));
    expect(error.code).toBe('NOT_FOUND');
    expect(await db.creditReservation.count({ where: { userId: stranger.id } })).toBe(0);
    expect(await db.generation.count({ where: { userId: stranger.id } })).toBe(0);
  });

  it('refuses a section whose props break its schema before reserving anything', async () => {
    const { user, site, hero } = await ownerWithSite();
    const broken = { ...hero, props: { ...hero.props, headline: '' } };
    const error = await failureOf(generateSectionFor(user, site.id, { op: 'rewrite', section: broken, instruction: 'shorter' }, { generator: offline }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(await db.creditReservation.count({ where: { userId: user.id } })).toBe(0);
  });

  it('an operation with nothing to do fails clearly and releases its credit', async () => {
    const { user, site, document } = await ownerWithSite();
    const navbar = document.pages[0].sections.find((s) => s.type === 'navbar')!;
    const error = await failureOf(generateSectionFor(user, site.id, { op: 'rewrite', section: navbar, instruction: 'shorter' }, { generator: offline }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/already as short/);
    expect((await creditBalance(user.id)).used).toBe(0);
    expect((await db.creditReservation.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('released');
    expect((await db.generation.findFirstOrThrow({ where: { userId: user.id, kind: 'section' } })).status).toBe('failed');
  });

  it('refuses to regenerate the navbar or footer (built from the pages) before reserving anything', async () => {
    const { user, site, document } = await ownerWithSite();
    const footer = document.pages[0].sections.find((s) => s.type === 'footer')!;
    const error = await failureOf(generateSectionFor(user, site.id, { op: 'regenerate', section: footer }, { generator: offline }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(await db.creditReservation.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses with PLAN_LIMIT when the month's credits are used", async () => {
    const { user, site, hero } = await ownerWithSite();
    const allowance = await creditAllowance(user.id);
    await db.creditReservation.createMany({
      data: Array.from({ length: allowance }, (_, i) => ({ userId: user.id, generationId: `pre-${user.id}-${i}`, status: 'committed' })),
    });
    const error = await failureOf(generateSectionFor(user, site.id, { op: 'regenerate', section: hero }, { generator: offline }));
    expect(error.code).toBe('PLAN_LIMIT');
    expect((await creditBalance(user.id)).used).toBe(allowance);
  });

  it('a generator that throws costs no credit and tells the owner nothing of the cause', async () => {
    const { user, site, hero } = await ownerWithSite();
    const broken: Generator = {
      name: 'offline',
      model: 'broken',
      generate: async () => {
        throw new Error('boom');
      },
      generateSection: async () => {
        throw new Error('database password is hunter2');
      },
    };
    const error = await failureOf(generateSectionFor(user, site.id, { op: 'regenerate', section: hero }, { generator: broken }));
    expect(error.code).toBe('UPSTREAM_FAILED');
    expect(error.message).not.toContain('hunter2');
    expect((await creditBalance(user.id)).used).toBe(0);
  });

  it('is rate-limited per owner', async () => {
    const { user, site, hero } = await ownerWithSite();
    const limit = await aiLimitFor(user.id, 'sections');
    for (let i = 0; i < limit.limit; i++) await recordHit(`ai:sections:${user.id}`, limit);
    const error = await failureOf(generateSectionFor(user, site.id, { op: 'regenerate', section: hero }, { generator: offline }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(await db.creditReservation.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('generateSectionFor with the OpenAI generator', () => {
  const heroProps = (headline: string) => ({
    ...testDocument().pages[0].sections[1].props,
    layout: 'split',
    headline,
    image: { src: 'art:waves:12', alt: 'Pães' },
  });
  const usage = { promptTokens: 300, completionTokens: 120 };

  it("asks in the section type's props schema, validates, and records tokens and cost", async () => {
    const { user, site, hero } = await ownerWithSite();
    const generator = await openai([{ kind: 'answer', content: JSON.stringify({ props: heroProps('Pão de verdade, feito devagar') }), usage }]);
    const result = await generateSectionFor(user, site.id, { op: 'rewrite', section: hero, instruction: 'friendlier' }, { generator });
    expect(result.section).toMatchObject({ id: hero.id, type: 'hero', props: { headline: 'Pão de verdade, feito devagar' } });
    const body = server!.requests[0].body as unknown as {
      stream?: boolean;
      response_format: { json_schema: { schema: { properties: { props: { properties: Record<string, unknown> } } } } };
    };
    expect(body.stream).toBe(false);
    expect(Object.keys(body.response_format.json_schema.schema.properties.props.properties)).toEqual(
      expect.arrayContaining(['layout', 'headline', 'subheadline', 'primaryAction', 'image']),
    );
    const generation = await db.generation.findUniqueOrThrow({ where: { id: result.generationId } });
    expect(generation).toMatchObject({ status: 'succeeded', generator: 'openai', promptTokens: 300, completionTokens: 120, costMicros: 117 });
    expect((await creditBalance(user.id)).used).toBe(1);
  });

  it('repairs an answer that does not validate once', async () => {
    const { user, site, hero } = await ownerWithSite();
    const generator = await openai([
      { kind: 'answer', content: JSON.stringify({ props: { ...heroProps(''), layout: 'sideways' } }), usage },
      { kind: 'answer', content: JSON.stringify({ props: heroProps('Feito à mão') }), usage },
    ]);
    const result = await generateSectionFor(user, site.id, { op: 'regenerate', section: hero }, { generator });
    expect(result.section.props.headline).toBe('Feito à mão');
    expect(server!.requests).toHaveLength(2);
    expect(server!.requests[1].body.messages.at(-1)!.content).toMatch(/cannot be used/);
    expect(await db.generation.findUniqueOrThrow({ where: { id: result.generationId } })).toMatchObject({ promptTokens: 600, completionTokens: 240 });
  });

  it('malformed JSON twice fails with a clear message and releases the credit', async () => {
    const { user, site, hero } = await ownerWithSite();
    const generator = await openai([{ kind: 'answer', content: '{"props": {"headline": "Pão', usage }]);
    const error = await failureOf(generateSectionFor(user, site.id, { op: 'rewrite', section: hero, instruction: 'shorter' }, { generator }));
    expect(error).toMatchObject({ code: 'UPSTREAM_FAILED', message: UNUSABLE_SECTION_MESSAGE });
    expect(server!.requests).toHaveLength(2);
    expect((await creditBalance(user.id)).used).toBe(0);
    expect((await db.creditReservation.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('released');
    expect(await db.generation.findFirstOrThrow({ where: { userId: user.id, kind: 'section' } })).toMatchObject({
      status: 'failed',
      error: UNUSABLE_SECTION_MESSAGE,
    });
  });

  it('retries a 503 and then answers; adds a section of the type the words name', async () => {
    const { user, site } = await ownerWithSite();
    const faq = {
      eyebrow: '',
      heading: 'Perguntas frequentes',
      intro: '',
      items: [{ question: 'Vocês fazem bolo sem glúten?', answer: 'Sim, sob encomenda.' }],
    };
    const generator = await openai([
      { kind: 'status', status: 503, headers: { 'retry-after-ms': '10' } },
      { kind: 'answer', content: JSON.stringify({ section: { type: 'faq', id: 'x', props: faq } }), usage },
    ]);
    const result = await generateSectionFor(user, site.id, { op: 'add', about: 'perguntas frequentes' }, { generator });
    expect(result.section.type).toBe('faq');
    expect(result.section.props.heading).toBe('Perguntas frequentes');
    expect(server!.requests).toHaveLength(2);
  });
});
