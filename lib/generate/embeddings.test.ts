// Embeddings through the real OpenAI SDK against a local server speaking the Embeddings API:
// each text is sent once (then read from PostgreSQL), vectors come back in order, and a prompt no
// catalogue word matches finds its kind by them.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { cosineSimilarity, embedTexts } from './embeddings';
import { fakeEmbedding, startFakeOpenAI, type FakeOpenAI } from '@/test/stand-ins/openai';
import { nearestKindByEmbedding } from './prompt-reading';

let server: FakeOpenAI;
let api: OpenAI;

beforeAll(async () => {
  server = await startFakeOpenAI([{ kind: 'answer', content: '{}' }]);
  api = new OpenAI({ apiKey: 'test', baseURL: server.baseURL, maxRetries: 0 });
});
afterAll(async () => server.close());

describe('embeddings', () => {
  it('sends each text once, keeps the order, and reads repeats from the database', async () => {
    const model = `test-${Date.now()}`;
    const texts = ['padaria com pão de queijo', 'oficina de freios', 'padaria com pão de queijo'];
    const first = await embedTexts(texts, model, api);
    expect(first).toEqual(texts.map(fakeEmbedding));
    expect(server.embeddingInputs.filter((t) => texts.includes(t))).toEqual(['padaria com pão de queijo', 'oficina de freios']);
    const sent = server.embeddingInputs.length;
    const again = await embedTexts(['oficina de freios', 'padaria com pão de queijo'], model, api);
    expect(again).toEqual([first[1], first[0]]);
    expect(server.embeddingInputs.length).toBe(sent);
    expect(await db.textEmbedding.count({ where: { model } })).toBe(2);
  });

  it('measures closeness as the cosine', () => {
    expect(cosineSimilarity([1, 0], [1, 0])).toBeCloseTo(1);
    expect(cosineSimilarity([1, 0], [0, 1])).toBeCloseTo(0);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });

  it('finds the kind whose catalogue words are nearest when none is written as such', async () => {
    // Shares words with the dentist kind's own terms; no term matches as a phrase.
    expect(await nearestKindByEmbedding('dentista odontologia consultório dental clínica odontológica', api)).toBe('dentist');
  });

  it('answers 502 when the embeddings server cannot be reached, and stores nothing', async () => {
    const dead = new OpenAI({ apiKey: 'test', baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0, timeout: 1000 });
    await expect(embedTexts([`unreachable ${Date.now()}`], 'test-dead', dead)).rejects.toMatchObject({ code: 'UPSTREAM_FAILED' });
    expect(await db.textEmbedding.count({ where: { model: 'test-dead' } })).toBe(0);
  });
});
