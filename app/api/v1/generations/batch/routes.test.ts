// Batch generation through its /api/v1 routes with API keys, against the real PostgreSQL and the
// real queue: a batch of 20 runs to the end, read through its Server-Sent Events (a reconnect with
// Last-Event-ID replays nothing already seen); a prompt whose generator throws releases its credit
// while the others succeed; too large a batch, too few credits or sites are refused with nothing
// created; another owner's batch is 404; a key without the scope 403; an Idempotency-Key replays.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type ApiScope } from '@/lib/api/keys';
import { db } from '@/lib/db';
import { OfflineGenerator } from '@/lib/generate/offline/generator';
import type { Generator } from '@/lib/generate/types';
import { startWorkers } from '@/lib/jobs';
import { generationBatchItemJob } from '@/lib/jobs/generation-batch-item';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';
import { startTestQueue } from '@/test/queue';

const create = await import('./route');
const one = await import('./[id]/route');
const events = await import('./[id]/events/route');
const results = await import('./[id]/results.csv/route');
const cancel = await import('./[id]/cancel/route');

// The offline generator, except that a prompt naming "Vulcão" makes it throw, as a model that fails mid-site.
const offline = new OfflineGenerator();
const flaky: Generator = {
  name: offline.name,
  model: offline.model,
  generate: async (request, emit, signal) => {
    if (request.prompt.includes('Vulcão')) throw new Error('the model stopped answering');
    return offline.generate(request, emit, signal);
  },
  generateSection: (request, signal) => offline.generateSection(request, signal),
};

let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  queue = await startTestQueue();
  await startWorkers({ pollingIntervalSeconds: 0.5, definitions: { 'generation-batch-item': generationBatchItemJob({ generator: flaky }) } });
});

afterAll(async () => {
  await queue?.stop();
});

const key = async (user: { id: string }, scopes: ApiScope[]) => (await createApiKey(user, { name: 'agency script', scopes })).token;
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

function post(token: string, body: unknown, headers: Record<string, string> = {}) {
  return create.POST(
    new Request('http://localhost/api/v1/generations/batch', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
    undefined,
  );
}

const get = (token: string, id: string) =>
  one.GET(new Request(`http://localhost/api/v1/generations/batch/${id}`, { headers: { authorization: `Bearer ${token}` } }), ctx(id));

type SseEvent = { id: number; event: string; data: Record<string, unknown> };

// Reads the stream, parsing events, until it ends or `stopAfter` events were read (then hangs up).
async function readEvents(token: string, id: string, opts: { lastEventId?: number; stopAfter?: number } = {}) {
  const abort = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (opts.lastEventId !== undefined) headers['last-event-id'] = String(opts.lastEventId);
  const res = await events.GET(new Request(`http://localhost/api/v1/generations/batch/${id}/events`, { headers, signal: abort.signal }), ctx(id));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const seen: SseEvent[] = [];
  let buffer = '';
  let ended = false;
  while (opts.stopAfter === undefined || seen.length < opts.stopAfter) {
    const { value, done } = await reader.read();
    if (done) {
      ended = true;
      break;
    }
    buffer += value;
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => line && !line.startsWith(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]),
      );
      if (fields.data !== undefined)
        seen.push({ id: Number(fields.id), event: fields.event ?? 'message', data: JSON.parse(fields.data) as Record<string, unknown> });
      if (opts.stopAfter !== undefined && seen.length >= opts.stopAfter) break;
    }
  }
  if (!ended) {
    abort.abort();
    await reader.cancel();
  }
  return { events: seen, ended };
}

const towns = ['Curitiba', 'Recife', 'Belém', 'Natal', 'Olinda', 'Santos', 'Niterói', 'Maceió', 'Vitória', 'Goiânia'];
const prompts = (n: number, tag = randomUUID().slice(0, 6)) =>
  Array.from({ length: n }, (_, i) => ({ prompt: `Padaria artesanal Trigo ${tag} ${i} em ${towns[i % towns.length]}, pães de fermentação natural` }));

const credits = async (userId: string) =>
  Object.fromEntries(
    (await db.creditReservation.groupBy({ by: ['status'], where: { userId }, _count: { _all: true } })).map((g) => [g.status, g._count._all]),
  ) as Record<string, number>;

describe('POST /api/v1/generations/batch and its progress', () => {
  it('runs a batch of 20 to the end, read through its events; a reconnect with Last-Event-ID replays nothing already seen', async () => {
    const owner = await createUser();
    await subscribe(owner.id, 'business');
    const token = await key(owner, ['read', 'write']);
    const res = await post(token, { prompts: prompts(20) });
    expect(res.status).toBe(202);
    const { batch } = (await res.json()) as { batch: { id: string; status: string; items: { index: number; status: string }[] } };
    expect(batch.status).toBe('running');
    expect(batch.items).toEqual(Array.from({ length: 20 }, (_, index) => ({ index, status: 'queued' })));

    // Hang up after five events, then reconnect from the last one seen.
    const first = await readEvents(token, batch.id, { stopAfter: 5 });
    expect(first.ended).toBe(false);
    const rest = await readEvents(token, batch.id, { lastEventId: first.events.at(-1)!.id });
    expect(rest.ended).toBe(true);
    const all = [...first.events, ...rest.events];
    // Every id once, in order, one per state change: 20 × (running, done) and the final done.
    expect(all.map((e) => e.id)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(rest.events.every((e) => e.id > first.events.at(-1)!.id)).toBe(true);
    const final = all.at(-1)!;
    expect(final).toMatchObject({ event: 'done', data: { status: 'done', done: 20, failed: 0 } });
    for (let index = 0; index < 20; index++) {
      expect(all.filter((e) => e.event === 'item' && e.data.index === index).map((e) => e.data.status)).toEqual(['running', 'done']);
    }

    const sites = await db.site.findMany({ where: { ownerId: owner.id }, select: { id: true } });
    expect(sites).toHaveLength(20);
    const doneSiteIds = all.filter((e) => e.data.status === 'done' && e.event === 'item').map((e) => e.data.siteId);
    expect(new Set(doneSiteIds)).toEqual(new Set(sites.map((s) => s.id)));
    expect(await credits(owner.id)).toEqual({ committed: 20 });

    const view = (await (await get(token, batch.id)).json()) as { batch: { status: string; lastEventId: number; items: { status: string; siteId: string }[] } };
    expect(view.batch.status).toBe('done');
    expect(view.batch.lastEventId).toBe(41);
    expect(view.batch.items.every((item) => item.status === 'done' && item.siteId)).toBe(true);

    // A finished batch's stream, resumed after its last event, ends at once with nothing to replay…
    const after = await readEvents(token, batch.id, { lastEventId: 41 });
    expect(after).toEqual({ events: [], ended: true });
    // …and resumed from the middle, replays only the events after that id.
    const replay = await readEvents(token, batch.id, { lastEventId: 30 });
    expect(replay.events.map((e) => e.id)).toEqual(Array.from({ length: 11 }, (_, i) => i + 31));
  }, 60_000);

  it('releases the credit of a prompt that fails and finishes the others', async () => {
    const owner = await createUser();
    await subscribe(owner.id, 'business');
    const token = await key(owner, ['read', 'write']);
    const batchPrompts = prompts(3);
    batchPrompts[1] = { prompt: 'Pousada Vulcão em Fernando de Noronha, quartos com vista para o mar' };
    const { batch } = (await (await post(token, { prompts: batchPrompts })).json()) as { batch: { id: string } };
    const { events: all, ended } = await readEvents(token, batch.id);
    expect(ended).toBe(true);
    expect(all.at(-1)).toMatchObject({ event: 'done', data: { status: 'done_with_failures', done: 2, failed: 1 } });
    expect(all.find((e) => e.data.index === 1 && e.data.status === 'failed')?.data.error).toEqual(expect.any(String));
    expect(await credits(owner.id)).toEqual({ committed: 2, released: 1 });
    expect(await db.site.count({ where: { ownerId: owner.id } })).toBe(2);
    const view = (await (await get(token, batch.id)).json()) as {
      batch: { status: string; items: { status: string; siteId: string | null; error: string | null }[] };
    };
    expect(view.batch.status).toBe('done_with_failures');
    expect(view.batch.items.map((i) => i.status)).toEqual(['done', 'failed', 'done']);
    expect(view.batch.items[1]).toMatchObject({ siteId: null, error: expect.stringMatching(/\S/) });
  }, 30_000);

  it('cancels the prompts still waiting: their credits released, the stream ends "cancelled"; 404, 403 and 409 where due', async () => {
    const [owner, stranger] = [await createUser(), await createUser()];
    await subscribe(owner.id, 'business');
    const [token, readOnly, theirs] = [await key(owner, ['read', 'write']), await key(owner, ['read']), await key(stranger, ['read', 'write'])];
    const stop = (t: string, id: string) =>
      cancel.POST(
        new Request(`http://localhost/api/v1/generations/batch/${id}/cancel`, { method: 'POST', headers: { authorization: `Bearer ${t}` } }),
        ctx(id),
      );
    const { batch } = (await (await post(token, { prompts: prompts(12) })).json()) as { batch: { id: string } };
    expect((await stop(theirs, batch.id)).status).toBe(404);
    expect((await stop(readOnly, batch.id)).status).toBe(403);
    const res = await stop(token, batch.id);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { cancelled: number; batch: { items: { status: string }[] } };
    // The workers may have started a few prompts already: those finish; every other one is cancelled.
    expect(answer.cancelled).toBeGreaterThan(0);
    expect(answer.batch.items.filter((item) => item.status === 'cancelled')).toHaveLength(answer.cancelled);
    const { events: all, ended } = await readEvents(token, batch.id);
    expect(ended).toBe(true);
    const written = 12 - answer.cancelled;
    expect(all.at(-1)).toMatchObject({ event: 'done', data: { status: 'cancelled', done: written, failed: 0, cancelled: answer.cancelled } });
    expect(await credits(owner.id)).toEqual(written ? { committed: written, released: answer.cancelled } : { released: answer.cancelled });
    expect(await db.site.count({ where: { ownerId: owner.id } })).toBe(written);
    const again = await stop(token, batch.id);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');
  }, 60_000);

  it('answers the results as CSV: each prompt’s site address and editor, or why it failed; formula cells guarded; another owner’s batch 404', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    await subscribe(owner.id, 'business');
    const token = await key(owner, ['read', 'write']);
    const batchPrompts = [
      { prompt: '=HYPERLINK("http://evil.example") Padaria Trigo em Curitiba, pães de fermentação natural' },
      { prompt: 'Pousada Vulcão em Fernando de Noronha, quartos com vista para o mar' },
      ...prompts(1),
    ];
    const { batch } = (await (await post(token, { prompts: batchPrompts })).json()) as { batch: { id: string } };
    expect((await readEvents(token, batch.id)).ended).toBe(true);
    const res = await results.GET(
      new Request(`http://localhost/api/v1/generations/batch/${batch.id}/results.csv`, { headers: { authorization: `Bearer ${token}` } }),
      ctx(batch.id),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="batch-${batch.id}.csv"`);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('index,prompt,status,site_name,site_url,editor_url,error');
    expect(lines).toHaveLength(4);
    const view = ((await (await get(token, batch.id)).json()) as { batch: { items: { siteId: string | null; error: string | null }[] } }).batch;
    const sites = await db.site.findMany({ where: { ownerId: owner.id } });
    const siteOf = (index: number) => sites.find((site) => site.id === view.items[index].siteId)!;
    // The prompt that starts with = is quoted and prefixed, so a spreadsheet shows it as text.
    expect(lines[1]).toMatch(/^1,"'=HYPERLINK\(""http:\/\/evil\.example""\) Padaria Trigo/);
    expect(lines[1]).toContain(`,done,`);
    expect(lines[1]).toContain(`,http://${siteOf(0).slug}.localhost:3000,http://localhost:3000/editor/${siteOf(0).id},`);
    expect(lines[2]).toMatch(/^2,"Pousada Vulcão em Fernando de Noronha, quartos com vista para o mar",failed,,,,/);
    expect(lines[2].endsWith(`,${view.items[1].error}`) || lines[2].endsWith(`,"${view.items[1].error}"`)).toBe(true);
    expect(lines[3]).toContain(`,done,`);
    expect(lines[3]).toContain(`http://${siteOf(2).slug}.localhost:3000,`);

    const foreign = await results.GET(
      new Request(`http://localhost/api/v1/generations/batch/${batch.id}/results.csv`, {
        headers: { authorization: `Bearer ${await key(stranger, ['read'])}` },
      }),
      ctx(batch.id),
    );
    expect(foreign.status).toBe(404);
  }, 30_000);

  it('refuses a batch larger than the plan runs, or beyond its credits or sites, creating nothing', async () => {
    const pro = await createUser();
    await subscribe(pro.id, 'pro');
    const proToken = await key(pro, ['read', 'write']);
    const tooMany = await post(proToken, { prompts: prompts(11) });
    expect(tooMany.status).toBe(403);
    const body = (await tooMany.json()) as { error: { code: string; message: string; details: { limit: string; allowed: number } } };
    expect(body.error).toMatchObject({ code: 'PLAN_LIMIT', details: { limit: 'batchPrompts', allowed: 10 } });
    expect(body.error.message).toMatch(/up to 10 prompts/);

    const business = await createUser();
    await subscribe(business.id, 'business');
    const over50 = await post(await key(business, ['write']), { prompts: prompts(51) });
    expect(over50.status).toBe(422);
    expect(((await over50.json()) as { error: { fields: Record<string, string> } }).error.fields.prompts).toMatch(/at most 50/);

    // Eight sites already on Pro's ten: three more do not fit.
    for (let i = 0; i < 8; i++) await createSite(pro, { name: `Site ${i}`, document: testDocument() });
    const noRoom = await post(proToken, { prompts: prompts(3) });
    expect(noRoom.status).toBe(403);
    expect(((await noRoom.json()) as { error: { details: { limit: string } } }).error.details.limit).toBe('sites');

    // Free: all ten credits of the period used.
    const free = await createUser();
    await db.creditReservation.createMany({ data: Array.from({ length: 10 }, () => ({ userId: free.id, generationId: randomUUID(), status: 'committed' })) });
    const broke = await post(await key(free, ['write']), { prompts: prompts(1) });
    expect(broke.status).toBe(403);
    expect(((await broke.json()) as { error: { details: { limit: string } } }).error.details.limit).toBe('credits');

    for (const user of [pro, business, free]) {
      expect(await db.generationBatch.count({ where: { ownerId: user.id } })).toBe(0);
      expect(await db.creditReservation.count({ where: { userId: user.id, status: { not: 'committed' } } })).toBe(0);
    }
    expect(await db.site.count({ where: { ownerId: pro.id } })).toBe(8);
  });

  it('counts the prompts of a batch still running as taken, so two batches cannot share the last credits', async () => {
    const pro = await createUser();
    await subscribe(pro.id, 'pro');
    // 198 of Pro's 200 credits used (billing is off here: no overage beyond the allowance).
    await db.creditReservation.createMany({ data: Array.from({ length: 198 }, () => ({ userId: pro.id, generationId: randomUUID(), status: 'committed' })) });
    const token = await key(pro, ['write']);
    const over = await post(token, { prompts: prompts(3) });
    expect(over.status).toBe(403);
    const refusal = (await over.json()) as { error: { message: string; details: { limit: string } } };
    expect(refusal.error.details.limit).toBe('credits');
    expect(refusal.error.message).toMatch(/needs 3 generation credits and 2 of your 200 are left/);
    expect(await db.generationBatch.count({ where: { ownerId: pro.id } })).toBe(0);
    const fits = await post(token, { prompts: prompts(2) });
    expect(fits.status).toBe(202);
    const { batch } = (await fits.json()) as { batch: { id: string } };
    // Its two prompts are counted as taken until they run: another batch is refused meanwhile.
    expect((await post(token, { prompts: prompts(1) })).status).toBe(403);
    await expect.poll(async () => (await db.generationBatch.findUnique({ where: { id: batch.id } }))?.status, { timeout: 20_000, interval: 200 }).toBe('done');
    expect(await credits(pro.id)).toEqual({ committed: 200 });
    expect(await db.generationBatch.count({ where: { ownerId: pro.id } })).toBe(1);
  });

  it('hides another owner’s batch (404), wants the scopes, and replays an Idempotency-Key', async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    await subscribe(owner.id, 'business');
    const token = await key(owner, ['read', 'write']);
    const idem = { 'idempotency-key': `batch-${randomUUID()}` };
    const body = { prompts: prompts(1) };
    const first = await post(token, body, idem);
    expect(first.status).toBe(202);
    const again = await post(token, body, idem);
    expect(again.status).toBe(202);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const { batch } = (await first.json()) as { batch: { id: string } };
    expect(((await again.json()) as { batch: { id: string } }).batch.id).toBe(batch.id);
    expect(await db.generationBatch.count({ where: { ownerId: owner.id } })).toBe(1);

    const strangerToken = await key(stranger, ['read', 'write']);
    const foreign = await get(strangerToken, batch.id);
    expect(foreign.status).toBe(404);
    const foreignEvents = await events.GET(
      new Request(`http://localhost/api/v1/generations/batch/${batch.id}/events`, { headers: { authorization: `Bearer ${strangerToken}` } }),
      ctx(batch.id),
    );
    expect(foreignEvents.status).toBe(404);

    const readOnly = await key(owner, ['read']);
    expect((await post(readOnly, { prompts: prompts(1) })).status).toBe(403);
    const writeOnly = await key(owner, ['write']);
    expect((await get(writeOnly, batch.id)).status).toBe(403);
    expect(await db.generationBatch.count({ where: { ownerId: owner.id } })).toBe(1);
    // Let the one prompt finish before the queue is stopped.
    await expect.poll(async () => (await db.generationBatch.findUnique({ where: { id: batch.id } }))?.status, { timeout: 20_000, interval: 200 }).toBe('done');
  });
});
