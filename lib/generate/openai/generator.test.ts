// The OpenAI generator through a whole generation (generateSite, credits, records), with the real
// SDK talking to a local Chat Completions server: streaming, repair, timeouts and rate limits,
// each judged by what happens to the owner's credit and the generation record.
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { generateSite } from '@/lib/generate/run';
import type { GenerationEvent } from '@/lib/generate/types';
import { modelAnswerJson } from '@/test/documents';
import { createUser } from '@/test/factories';
import { OpenAIGenerator, UNUSABLE_SITE_MESSAGE, type OpenAIGeneratorOptions } from './generator';
import { startFakeOpenAI, type FakeBehaviour, type FakeOpenAI } from '@/test/stand-ins/openai';

const USAGE = { promptTokens: 1200, completionTokens: 3400 };
// 1200 × 0.15 + 3400 × 0.60 micro-dollars.
const COST_MICROS = 2220;

const answer = (content = modelAnswerJson(), extra: Partial<Extract<FakeBehaviour, { kind: 'answer' }>> = {}): FakeBehaviour => ({
  kind: 'answer',
  content,
  usage: USAGE,
  ...extra,
});
const MALFORMED = '{"language": "pt-BR", "business": {"name": "Padaria Aurora", ';
const malformed: FakeBehaviour = { kind: 'answer', content: MALFORMED, usage: USAGE };

let server: FakeOpenAI | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function run(
  script: FakeBehaviour[],
  options: OpenAIGeneratorOptions = {},
  input: Record<string, unknown> = { prompt: 'Padaria Aurora, pão artesanal em Curitiba', seed: 7 },
) {
  server = await startFakeOpenAI(script);
  const generator = new OpenAIGenerator({
    apiKey: 'test',
    baseURL: server.baseURL,
    model: 'test-model',
    timeoutMs: 2000,
    maxRetries: 2,
    priceInputPerMTok: 0.15,
    priceOutputPerMTok: 0.6,
    ...options,
  });
  const user = await createUser();
  const events: Array<GenerationEvent & { at: number }> = [];
  const started = Date.now();
  const result = await generateSite(user, input, (event) => events.push({ ...event, at: Date.now() }), { generator });
  const elapsedMs = Date.now() - started;
  const generation = await db.generation.findUniqueOrThrow({ where: { id: result.generationId } });
  const credits = await db.creditReservation.findMany({ where: { userId: user.id } });
  const committed = await db.creditReservation.count({ where: { userId: user.id, status: 'committed' } });
  return { result, generation, credits, committed, events, elapsedMs, requests: server.requests };
}

function failedEvent(events: GenerationEvent[]) {
  const failed = events.find((e) => e.type === 'failed');
  return failed?.type === 'failed' ? failed.error : null;
}

describe('OpenAI generator', () => {
  it('streams the theme and sections before done, records model, tokens and cost, and commits one credit', async () => {
    const { result, generation, credits, committed, events, requests } = await run([answer(modelAnswerJson(), { chunkSize: 48, chunkDelayMs: 2 })]);

    expect(generation.status).toBe('succeeded');
    expect(generation).toMatchObject({
      generator: 'openai',
      model: 'test-model',
      promptTokens: USAGE.promptTokens,
      completionTokens: USAGE.completionTokens,
      costMicros: COST_MICROS,
    });
    expect(result.siteId).toBeTruthy();
    expect(credits.map((c) => c.status)).toEqual(['committed']);
    expect(committed).toBe(1);

    const types = events.map((e) => e.type);
    expect(types[0]).toBe('started');
    expect(types[1]).toBe('theme');
    expect(types.at(-1)).toBe('done');
    const sections = events.filter((e) => e.type === 'section');
    expect(sections).toHaveLength(7);
    expect(new Set(sections.map((e) => e.type === 'section' && e.section.id)).size).toBe(7);
    // Incremental: the first section reached the owner while the server was still streaming.
    expect(sections[0].at).toBeLessThan(requests[0].finishedAt!);
    // Each page is announced before its sections.
    const firstPage = types.indexOf('page');
    expect(firstPage).toBeGreaterThan(0);
    expect(firstPage).toBeLessThan(types.indexOf('section'));

    // The theme is our checked palette for the id the model chose, not colours from the model.
    const theme = events.find((e) => e.type === 'theme');
    expect(theme?.type === 'theme' && theme.theme.palette.id).toBe('forest');
    expect(theme?.type === 'theme' && theme.theme.palette.primary).toBe('#2f6b3a');
    const site = await db.site.findUniqueOrThrow({ where: { id: result.siteId! } });
    expect(site.name).toBe('Padaria Aurora');

    // What was asked: a strict JSON schema, streamed with usage.
    const body = requests[0].body as unknown as Record<string, unknown> & {
      response_format: { type: string; json_schema: { strict: boolean; schema: { properties: Record<string, unknown> } } };
    };
    expect(body.stream).toBe(true);
    expect(body.stream_options).toEqual({ include_usage: true });
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(Object.keys(body.response_format.json_schema.schema.properties)).toEqual(['language', 'business', 'theme', 'pages']);
    expect(requests[0].body.messages[1].content).toContain('Padaria Aurora, pão artesanal em Curitiba');
  });

  it('repairs malformed JSON once, then succeeds and commits one credit', async () => {
    const { generation, credits, committed, events, requests } = await run([malformed, answer()]);

    expect(requests).toHaveLength(2);
    const repair = requests[1].body.messages;
    expect(repair.at(-2)).toEqual({ role: 'assistant', content: MALFORMED });
    expect(repair.at(-1)?.content).toMatch(/cannot be used: the JSON document is incomplete/);
    expect(generation.status).toBe('succeeded');
    // Both answers were paid for, so both count.
    expect(generation.promptTokens).toBe(2 * USAGE.promptTokens);
    expect(generation.costMicros).toBe(2 * COST_MICROS);
    expect(credits.map((c) => c.status)).toEqual(['committed']);
    expect(committed).toBe(1);
    expect(events.filter((e) => e.type === 'section')).toHaveLength(7);
    expect(events.at(-1)?.type).toBe('done');
  });

  it('repairs a document that fails validation (an unsafe link), telling the model what is wrong', async () => {
    const { generation, committed, requests } = await run([answer(modelAnswerJson({ heroHref: 'javascript:alert(1)' })), answer()]);

    expect(requests).toHaveLength(2);
    expect(requests[1].body.messages.at(-1)?.content).toMatch(/hero.*Links may use http/);
    expect(generation.status).toBe('succeeded');
    expect(committed).toBe(1);
  });

  it('fails with a clear message and releases the credit when the repair is malformed too', async () => {
    const { result, generation, credits, committed, events, requests } = await run([malformed, malformed]);

    expect(requests).toHaveLength(2);
    expect(result.siteId).toBeNull();
    expect(generation.status).toBe('failed');
    expect(generation.error).toBe(UNUSABLE_SITE_MESSAGE);
    expect(failedEvent(events)).toEqual({ code: 'UPSTREAM_FAILED', message: UNUSABLE_SITE_MESSAGE });
    expect(credits.map((c) => c.status)).toEqual(['released']);
    expect(committed).toBe(0);
  });

  it('gives up on a server that never answers within a bounded time, and releases the credit', async () => {
    const { generation, credits, committed, events, requests, elapsedMs } = await run([{ kind: 'hang' }], { timeoutMs: 300, maxRetries: 1 });

    expect(requests).toHaveLength(2);
    expect(elapsedMs).toBeLessThan(3000);
    expect(generation.status).toBe('failed');
    expect(generation.error).toMatch(/did not answer in time\. No credit was used/);
    expect(failedEvent(events)?.code).toBe('UPSTREAM_FAILED');
    expect(credits.map((c) => c.status)).toEqual(['released']);
    expect(committed).toBe(0);
  });

  it('retries a stream that stalls part way, without showing a section twice', async () => {
    const content = modelAnswerJson();
    const { generation, committed, events, requests } = await run([{ kind: 'stall', content, sendChars: Math.floor(content.length * 0.7) }, answer(content)], {
      timeoutMs: 300,
    });

    expect(requests).toHaveLength(2);
    expect(generation.status).toBe('succeeded');
    expect(committed).toBe(1);
    const ids = events.flatMap((e) => (e.type === 'section' ? [e.section.id] : []));
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    expect(events.filter((e) => e.type === 'theme')).toHaveLength(1);
  });

  it('waits out a 429 as its Retry-After asks, then succeeds', async () => {
    const { generation, committed, requests } = await run([{ kind: 'status', status: 429, headers: { 'Retry-After': '1' } }, answer()]);

    expect(requests).toHaveLength(2);
    expect(requests[1].receivedAt - requests[0].receivedAt).toBeGreaterThanOrEqual(950);
    expect(generation.status).toBe('succeeded');
    expect(committed).toBe(1);
  });

  it('stops retrying a 429 that never clears, caps a long Retry-After, and releases the credit', async () => {
    const { generation, credits, committed, requests, elapsedMs } = await run(
      [
        {
          kind: 'status',
          status: 429,
          headers: { 'Retry-After': '3600' },
          error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' },
        },
      ],
      { maxRetries: 2, retryAfterCapMs: 200 },
    );

    expect(requests).toHaveLength(3);
    expect(elapsedMs).toBeLessThan(3000);
    expect(generation.status).toBe('failed');
    expect(generation.error).toMatch(/busy right now \(rate limited\)\. No credit was used/);
    expect(credits.map((c) => c.status)).toEqual(['released']);
    expect(committed).toBe(0);
  });

  it('does not retry a 429 that says the quota is used up', async () => {
    const { generation, committed, requests } = await run([
      { kind: 'status', status: 429, error: { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' } },
    ]);

    expect(requests).toHaveLength(1);
    expect(generation.status).toBe('failed');
    expect(generation.error).toMatch(/no quota left/);
    expect(committed).toBe(0);
  });
});

describe('OpenAI generator and the facts the owner confirmed', () => {
  it('tells the model the confirmed name, kind, place and offers, and the site keeps them whatever it wrote', async () => {
    const { result, requests } = await run(
      [answer(modelAnswerJson({ name: 'Padaria Invented' }))],
      {},
      {
        prompt: 'Oficina mecânica do Seu Zé em Belo Horizonte, conserto de freios e troca de óleo',
        seed: 3,
        facts: { name: 'Auto Center Seu Zé', kindId: 'auto-repair', place: 'Contagem' },
      },
    );
    const told = requests[0].body.messages.map((m) => m.content).join('\n');
    expect(told).toContain('Business name: "Auto Center Seu Zé"');
    expect(told).toContain('set business.kind to "auto-repair"');
    expect(told).toContain('Place: Contagem');
    expect(told).toContain('Conserto de freios; Troca de óleo');
    const site = await db.site.findUniqueOrThrow({ where: { id: result.siteId! } });
    const doc = site.draft as {
      business: { name: string; kind: string; schemaType: string; city: string; currency: string };
      pages: Array<{ sections: Array<{ type: string; props: { logoText?: string } }> }>;
    };
    expect(doc.business).toMatchObject({ name: 'Auto Center Seu Zé', kind: 'auto-repair', schemaType: 'AutoRepair', city: 'Contagem', currency: 'BRL' });
    expect(doc.pages[0].sections.find((s) => s.type === 'navbar')?.props.logoText).toBe('Auto Center Seu Zé');
  });

  it('refuses a kind the catalogue does not have before spending anything', async () => {
    const user = await createUser();
    await expect(generateSite(user, { prompt: 'Padaria em Curitiba', seed: 1, facts: { kindId: 'space-station' } }, () => {})).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await db.creditReservation.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.generation.count({ where: { userId: user.id } })).toBe(0);
  });
});
