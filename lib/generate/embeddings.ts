// Text embeddings from the configured OpenAI-compatible server, cached per (model, text) in
// PostgreSQL so each text is sent once. Off (and never called) without an OpenAI setting.
import { createHash } from 'node:crypto';
import OpenAI from 'openai';
import { db } from '@/lib/db';
import { env, features } from '@/lib/env';
import { AppError } from '@/lib/errors';

let client: OpenAI | null = null;

export function embeddingsEnabled(): boolean {
  return features.openai;
}

function openai(): OpenAI {
  client ??= new OpenAI({
    apiKey: env.OPENAI_API_KEY ?? 'not-needed',
    baseURL: env.OPENAI_BASE_URL,
    timeout: env.OPENAI_TIMEOUT_MS,
    maxRetries: env.OPENAI_MAX_RETRIES,
  });
  return client;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

export async function embedTexts(texts: string[], model = env.OPENAI_EMBEDDING_MODEL, api: OpenAI = openai()): Promise<number[][]> {
  const hashes = texts.map(hashOf);
  const cached = await db.textEmbedding.findMany({ where: { model, textHash: { in: [...new Set(hashes)] } }, select: { textHash: true, vector: true } });
  const known = new Map(cached.map((c) => [c.textHash, c.vector]));
  const missing = [...new Set(hashes.filter((h) => !known.has(h)))];
  if (missing.length) {
    const inputs = missing.map((h) => texts[hashes.indexOf(h)]);
    let answer: Awaited<ReturnType<typeof api.embeddings.create>>;
    try {
      answer = await api.embeddings.create({ model, input: inputs });
    } catch {
      throw new AppError('UPSTREAM_FAILED', 'The embeddings service did not answer.');
    }
    const rows = answer.data
      .slice()
      .sort((a, b) => a.index - b.index)
      .map((d, i) => ({ model, textHash: missing[i], vector: d.embedding }));
    if (rows.length !== missing.length) throw new AppError('UPSTREAM_FAILED', 'The embeddings service answered for fewer texts than asked.');
    await db.textEmbedding.createMany({ data: rows, skipDuplicates: true });
    for (const r of rows) known.set(r.textHash, r.vector);
  }
  return hashes.map((h) => known.get(h)!);
}

export function cosineSimilarity(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
