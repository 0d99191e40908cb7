// Bounded retries for calls to the model. The SDK's own retries are off (maxRetries: 0) because
// it honours any Retry-After however long (a 429 saying "3600" would hold a generation, and the
// owner's credit reservation, for an hour). Here a Retry-After is honoured up to a cap, other
// retries back off exponentially with jitter, and nothing starts after the overall deadline.
import OpenAI from 'openai';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';

export type RetryPolicy = {
  maxRetries: number;
  // Longest wait a Retry-After (or retry-after-ms) header can ask for.
  retryAfterCapMs: number;
  // Epoch ms after which no attempt or wait starts, and running attempts are aborted.
  deadline: number;
  signal?: AbortSignal;
};

// Thrown by an attempt whose stream stalled or ran past the deadline: a timeout like any other.
export class StallError extends Error {
  constructor(message = 'The AI stopped sending its answer') {
    super(message);
    this.name = 'StallError';
  }
}

const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 8000;

type Failure = { retryable: boolean; retryAfterMs?: number; message: string; detail: string };

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const again = 'No credit was used; try again in a minute.';

export function classify(error: unknown): Failure {
  if (error instanceof AppError) return { retryable: false, message: error.message, detail: error.message };
  if (error instanceof StallError || error instanceof OpenAI.APIConnectionTimeoutError) {
    return { retryable: true, message: `The AI service did not answer in time. ${again}`, detail: error.message };
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return { retryable: true, message: `The AI service could not be reached. ${again}`, detail: error.message };
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status;
    const detail = `HTTP ${status ?? 'stream'}: ${error.message}`;
    if (status === 429) {
      if (error.code === 'insufficient_quota') {
        return { retryable: false, message: 'The AI service has no quota left for this server. No credit was used.', detail };
      }
      return { retryable: true, retryAfterMs: retryAfterMs(error.headers), message: `The AI service is busy right now (rate limited). ${again}`, detail };
    }
    if (status === 401 || status === 403) {
      return { retryable: false, message: 'The AI service refused this server’s credentials. No credit was used.', detail };
    }
    // 408, 409, 5xx, and errors sent inside a stream (no status) are the service's own trouble.
    if (status === undefined || status === 408 || status === 409 || status >= 500) {
      return {
        retryable: true,
        retryAfterMs: retryAfterMs(error.headers),
        message: `The AI service had a problem (${status ?? 'stream error'}). ${again}`,
        detail,
      };
    }
    return { retryable: false, message: `The AI service refused the request (HTTP ${status}). No credit was used.`, detail };
  }
  // undici reports a connection dropped in the middle of a streamed body as "terminated".
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  if ((error instanceof Error && error.message === 'terminated') || ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(cause?.code ?? '')) {
    return { retryable: true, message: `The connection to the AI service broke off. ${again}`, detail: String(error) };
  }
  return { retryable: false, message: 'The AI service sent an answer we could not read. No credit was used; try again.', detail: String(error) };
}

export function cancelled(): AppError {
  return new AppError('UPSTREAM_FAILED', 'The generation was cancelled. No credit was used.');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function backoffMs(retry: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** retry, BACKOFF_MAX_MS) * (1 - Math.random() * 0.25);
}

// Runs `attempt` until it succeeds, fails in a way retrying cannot fix, runs out of retries or
// would pass the deadline. Every failure that reaches the caller is an AppError whose message
// the owner can read.
export async function withRetries<T>(what: string, policy: RetryPolicy, attempt: (attemptNumber: number) => Promise<T>): Promise<T> {
  for (let n = 0; ; n++) {
    if (policy.signal?.aborted) throw cancelled();
    try {
      return await attempt(n);
    } catch (error) {
      if (policy.signal?.aborted) throw cancelled();
      const failure = classify(error);
      const wait = failure.retryAfterMs !== undefined ? Math.min(failure.retryAfterMs, policy.retryAfterCapMs) : backoffMs(n);
      const canRetry = failure.retryable && n < policy.maxRetries && Date.now() + wait < policy.deadline;
      logger.warn({ what, attempt: n + 1, detail: failure.detail, retrying: canRetry, waitMs: canRetry ? Math.round(wait) : undefined }, 'AI request failed');
      if (!canRetry) throw error instanceof AppError ? error : new AppError('UPSTREAM_FAILED', failure.message, { detail: failure.detail });
      await sleep(wait, policy.signal);
    }
  }
}
