// The OpenAI generator: asks a Chat Completions model (OpenAI, or any compatible server such as
// Ollama or vLLM) for the site document as structured output, streams sections to the owner as
// they arrive, validates the whole document, and gives the model one chance to repair an answer
// that does not validate. Every failure reaching run.ts is an AppError the owner can read; run.ts
// then releases the credit.
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsBase, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import type { SiteDocument } from '@/lib/sites/document';
import { parseSiteDocument } from '@/lib/sites/validate';
import type { Emit, GenerateRequest, Generator, SectionRequest, SectionResult } from '../types';
import { AnswerStream, EventGate } from './answer-stream';
import { JsonScanner } from './json-scanner';
import { repairMessages, siteMessages } from './prompt';
import { cancelled, StallError, withRetries, type RetryPolicy } from './retry';
import { siteAnswerSchema, toDocument } from './schema';
import { keepFacts, planSite } from '../plan';
import { readSectionAnswer, sectionAnswerSchema, sectionMessages, sectionRepairMessages, unusableSection } from './section';

export type OpenAIGeneratorOptions = {
  apiKey?: string;
  baseURL?: string;
  model?: string;
  // Per request: the wait for the first byte, and for each next chunk of a streamed answer.
  timeoutMs?: number;
  maxRetries?: number;
  // USD per million tokens.
  priceInputPerMTok?: number;
  priceOutputPerMTok?: number;
  retryAfterCapMs?: number;
  // The whole generation (stream, retries, repair) ends by then. Default: five request timeouts.
  maxDurationMs?: number;
};

type Tokens = { promptTokens: number; completionTokens: number };
type Answer = { content: string; tokens: Tokens };

export const UNUSABLE_SITE_MESSAGE = 'The AI returned a site we could not use. No credit was used; try again.';

// A usage report counts what the provider billed; an answer without one (some compatible servers) counts zero.
function tokensOf(usage: { prompt_tokens?: number; completion_tokens?: number } | null | undefined): Tokens {
  return { promptTokens: usage?.prompt_tokens ?? 0, completionTokens: usage?.completion_tokens ?? 0 };
}

// The answer as a validated document, or what is wrong with it (said to the model in the repair round).
export function readAnswer(content: string, request: GenerateRequest): { document: SiteDocument } | { problem: string } {
  const scanner = new JsonScanner(() => {});
  scanner.push(content);
  const raw = scanner.root;
  if (!raw) return { problem: content.trim() ? 'the JSON document is incomplete (it was cut off or never closed).' : 'the answer was empty.' };
  let answer: unknown;
  try {
    answer = JSON.parse(raw);
  } catch (error) {
    return { problem: `it is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` };
  }
  try {
    return { document: parseSiteDocument(keepFacts(toDocument(answer, request) as SiteDocument, planSite(request))) };
  } catch (error) {
    if (error instanceof AppError) return { problem: error.message };
    throw error;
  }
}

export class OpenAIGenerator implements Generator {
  readonly name = 'openai' as const;
  readonly model: string;
  private readonly client: OpenAI;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly prices: { input: number; output: number };
  private readonly retryAfterCapMs: number;
  private readonly maxDurationMs: number;

  constructor(options: OpenAIGeneratorOptions = {}) {
    this.model = options.model ?? env.OPENAI_MODEL;
    this.timeoutMs = options.timeoutMs ?? env.OPENAI_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? env.OPENAI_MAX_RETRIES;
    this.prices = {
      input: options.priceInputPerMTok ?? env.OPENAI_PRICE_INPUT_PER_MTOK,
      output: options.priceOutputPerMTok ?? env.OPENAI_PRICE_OUTPUT_PER_MTOK,
    };
    this.retryAfterCapMs = options.retryAfterCapMs ?? 20_000;
    this.maxDurationMs = options.maxDurationMs ?? this.timeoutMs * 5;
    const baseURL = options.baseURL ?? env.OPENAI_BASE_URL;
    this.client = new OpenAI({
      // Local servers (Ollama) need no key, but the SDK insists on one.
      apiKey: options.apiKey ?? env.OPENAI_API_KEY ?? 'no-key',
      baseURL: baseURL ?? null,
      timeout: this.timeoutMs,
      // Retries are ours (retry.ts): bounded waits and one deadline for the whole generation.
      maxRetries: 0,
    });
  }

  async generate(request: GenerateRequest, emit: Emit, signal?: AbortSignal) {
    const policy: RetryPolicy = { maxRetries: this.maxRetries, retryAfterCapMs: this.retryAfterCapMs, deadline: Date.now() + this.maxDurationMs, signal };
    const gate = new EventGate(emit);
    const spent: Tokens = { promptTokens: 0, completionTokens: 0 };
    const count = (tokens: Tokens) => {
      spent.promptTokens += tokens.promptTokens;
      spent.completionTokens += tokens.completionTokens;
    };

    const streamed = await withRetries('generate', policy, () => this.streamAnswer(siteMessages(request), request, gate, policy));
    count(streamed.tokens);
    let result = readAnswer(streamed.content, request);
    if ('problem' in result) {
      logger.warn({ problem: result.problem, model: this.model }, 'AI site answer did not validate; asking for a repair');
      // Streamed too: the per-chunk timeout then bounds a long answer where one for the whole
      // response would not, and repaired sections reach the owner as they arrive.
      const messages = repairMessages(request, streamed.content, result.problem);
      const repaired = await withRetries('repair', policy, () => this.streamAnswer(messages, request, gate, policy));
      count(repaired.tokens);
      result = readAnswer(repaired.content, request);
      if ('problem' in result) {
        logger.warn({ problem: result.problem, model: this.model }, 'AI site answer did not validate after repair');
        throw new AppError('UPSTREAM_FAILED', UNUSABLE_SITE_MESSAGE);
      }
    }
    gate.replay(result.document);
    const costMicros = Math.round(spent.promptTokens * this.prices.input + spent.completionTokens * this.prices.output);
    return { document: result.document, usage: { model: this.model, ...spent, costMicros } };
  }

  // One section: a single (not streamed) answer in the section type's props schema, checked by
  // that schema, with one repair round; the same bounded retries and deadline as a whole site.
  async generateSection(request: SectionRequest, signal?: AbortSignal): Promise<SectionResult> {
    const policy: RetryPolicy = { maxRetries: this.maxRetries, retryAfterCapMs: this.retryAfterCapMs, deadline: Date.now() + this.maxDurationMs, signal };
    const spent: Tokens = { promptTokens: 0, completionTokens: 0 };
    const schema = sectionAnswerSchema(request);
    const ask = async (messages: ChatCompletionMessageParam[]) => {
      const answer = await withRetries('section', policy, () => this.completeOnce(messages, schema, request.seed, policy));
      spent.promptTokens += answer.tokens.promptTokens;
      spent.completionTokens += answer.tokens.completionTokens;
      return answer.content;
    };
    const first = await ask(sectionMessages(request));
    let result = readSectionAnswer(first, request);
    if ('problem' in result) {
      logger.warn({ problem: result.problem, model: this.model }, 'AI section answer did not validate; asking for a repair');
      const repaired = await ask(sectionRepairMessages(request, first, result.problem));
      result = readSectionAnswer(repaired, request);
      if ('problem' in result) {
        logger.warn({ problem: result.problem, model: this.model }, 'AI section answer did not validate after repair');
        throw unusableSection();
      }
    }
    const costMicros = Math.round(spent.promptTokens * this.prices.input + spent.completionTokens * this.prices.output);
    return {
      section: { id: request.section?.id ?? `${result.type}-new`, type: result.type, props: result.props },
      usage: { model: this.model, ...spent, costMicros },
    };
  }

  private async completeOnce(messages: ChatCompletionMessageParam[], schema: Record<string, unknown>, seed: number, policy: RetryPolicy): Promise<Answer> {
    const control = this.attemptControl(policy);
    try {
      const completion = await this.client.chat.completions.create(
        { model: this.model, messages, seed, stream: false, response_format: { type: 'json_schema', json_schema: { name: 'section', schema, strict: true } } },
        { signal: control.signal, timeout: control.requestTimeoutMs },
      );
      control.check();
      return { content: completion.choices[0]?.message?.content ?? '', tokens: tokensOf(completion.usage) };
    } catch (error) {
      control.check();
      throw error;
    } finally {
      control.done();
    }
  }

  private body(messages: ChatCompletionMessageParam[], request: GenerateRequest): ChatCompletionCreateParamsBase {
    return {
      model: this.model,
      messages,
      seed: request.seed,
      response_format: { type: 'json_schema', json_schema: { name: 'site_document', schema: siteAnswerSchema(), strict: true } },
    };
  }

  // One attempt's abort controller: the caller's signal, the deadline, and (for streams) a stall.
  private attemptControl(policy: RetryPolicy) {
    const remaining = policy.deadline - Date.now();
    if (remaining <= 0) throw new StallError('The generation ran out of time');
    const controller = new AbortController();
    let stalled = false;
    const stall = () => {
      stalled = true;
      controller.abort();
    };
    const onAbort = () => controller.abort();
    policy.signal?.addEventListener('abort', onAbort, { once: true });
    const deadlineTimer = setTimeout(stall, remaining);
    let idleTimer: NodeJS.Timeout | undefined;
    return {
      signal: controller.signal,
      // The SDK's own timeout covers the wait for the response headers.
      requestTimeoutMs: Math.max(1, Math.floor(Math.min(this.timeoutMs, remaining))),
      // Restarts the wait for the next chunk.
      alive: () => {
        clearTimeout(idleTimer);
        idleTimer = setTimeout(stall, this.timeoutMs);
      },
      check: () => {
        if (policy.signal?.aborted) throw cancelled();
        if (stalled) throw new StallError();
      },
      done: () => {
        clearTimeout(deadlineTimer);
        clearTimeout(idleTimer);
        policy.signal?.removeEventListener('abort', onAbort);
      },
    };
  }

  private async streamAnswer(messages: ChatCompletionMessageParam[], request: GenerateRequest, gate: EventGate, policy: RetryPolicy): Promise<Answer> {
    const control = this.attemptControl(policy);
    try {
      const stream = await this.client.chat.completions.create(
        { ...this.body(messages, request), stream: true, stream_options: { include_usage: true } },
        { signal: control.signal, timeout: control.requestTimeoutMs },
      );
      const answer = new AnswerStream(gate, request);
      let tokens: Tokens = { promptTokens: 0, completionTokens: 0 };
      control.alive();
      // The SDK ends the iteration quietly when the signal aborts; control.check() says why.
      for await (const chunk of stream) {
        control.alive();
        const text = chunk.choices[0]?.delta?.content;
        if (text) answer.push(text);
        if (chunk.usage) tokens = tokensOf(chunk.usage);
      }
      control.check();
      return { content: answer.text, tokens };
    } catch (error) {
      control.check();
      throw error;
    } finally {
      control.done();
    }
  }
}
