// GET /api/v1/generations and /generations/:id over lib/generate/records.ts, called as Next calls
// them with API keys against the real PostgreSQL: the owner's records a page at a time (newest
// first, every one once, ties on the same instant included), one record with its tokens and cost,
// another owner's record 404, a key without the read scope 403, a bad query 422.
import { describe, expect, it } from 'vitest';
import { createApiKey, type ApiScope } from '@/lib/api/keys';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';

const list = await import('./route');
const one = await import('./[id]/route');

const key = async (user: { id: string }, scopes: ApiScope[]) => (await createApiKey(user, { name: 'script', scopes })).token;
const call = (path: string, token: string) => new Request(`http://localhost/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

type Generation = {
  id: string;
  prompt: string;
  status: string;
  generator: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  costMicros: number;
  durationMs: number;
  siteId: string | null;
  createdAt: string;
  error: string | null;
};

const record = (userId: string, i: number, data: Partial<{ createdAt: Date; siteId: string; status: string }> = {}) =>
  db.generation.create({
    data: {
      userId,
      prompt: `Padaria número ${i} em Curitiba`,
      seed: i,
      generator: 'openai',
      model: 'gpt-4o-mini',
      status: 'succeeded',
      cacheKey: `key-${i}`,
      promptTokens: 100 + i,
      completionTokens: 900 + i,
      costMicros: 1200 + i,
      durationMs: 3000 + i,
      ...data,
    },
  });

describe('/api/v1/generations', () => {
  it('pages the owner’s generations newest first, each once, and never another owner’s', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    const instant = new Date('2026-11-20T10:00:00.000Z');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await record(owner.id, i, { createdAt: i < 3 ? instant : new Date(instant.getTime() + i * 1000) })).id);
    await record(stranger.id, 99);
    const token = await key(owner, ['read']);
    const seen: Generation[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res = await list.GET(call(`/generations?limit=2${cursor ? `&cursor=${cursor}` : ''}`, token), undefined);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { generations: Generation[]; nextCursor: string | null };
      expect(body.generations.length).toBeLessThanOrEqual(2);
      seen.push(...body.generations);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((g) => g.id))).toEqual(new Set(made));
    expect(seen.slice(0, 2).map((g) => g.prompt)).toEqual(['Padaria número 4 em Curitiba', 'Padaria número 3 em Curitiba']);
    expect(seen.some((g) => g.prompt.includes('99'))).toBe(false);
    expect(seen[0]).not.toHaveProperty('cacheKey');
    expect(seen[0]).not.toHaveProperty('result');

    expect((await list.GET(call('/generations?cursor=bm9wZQ', token), undefined)).status).toBe(422);
    expect((await list.GET(call('/generations?limit=0', token), undefined)).status).toBe(422);
    const writeOnly = await key(owner, ['write', 'publish']);
    expect((await list.GET(call('/generations', writeOnly), undefined)).status).toBe(403);
  });

  it('answers one record with its prompt, status, tokens, cost, site and time; another owner’s is 404', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    const site = await createSite(owner, { name: 'Padaria', document: testDocument() });
    const mine = await record(owner.id, 7, { siteId: site.id, createdAt: new Date('2026-11-22T08:00:00.000Z') });
    const theirs = await record(stranger.id, 8);
    const token = await key(owner, ['read']);
    const res = await one.GET(call(`/generations/${mine.id}`, token), ctx(mine.id));
    expect(res.status).toBe(200);
    const { generation } = (await res.json()) as { generation: Generation };
    expect(generation).toMatchObject({
      id: mine.id,
      prompt: 'Padaria número 7 em Curitiba',
      status: 'succeeded',
      generator: 'openai',
      model: 'gpt-4o-mini',
      promptTokens: 107,
      completionTokens: 907,
      costMicros: 1207,
      durationMs: 3007,
      siteId: site.id,
      createdAt: '2026-11-22T08:00:00.000Z',
      error: null,
    });
    const foreign = await one.GET(call(`/generations/${theirs.id}`, token), ctx(theirs.id));
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('Padaria número 8');
    const writeOnly = await key(owner, ['write']);
    expect((await one.GET(call(`/generations/${mine.id}`, writeOnly), ctx(mine.id))).status).toBe(403);
  });
});
