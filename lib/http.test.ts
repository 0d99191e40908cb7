import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { action, readJson, route } from '@/lib/http';

const handler = route(async (req: Request) => {
  const body = await readJson(req, z.object({ name: z.string().min(2) }));
  if (body.name === 'boom') throw new Error('database password is hunter2');
  if (body.name === 'taken') throw new AppError('CONFLICT', 'Someone else saved this first');
  return Response.json({ hello: body.name });
});

const post = (body: string) => handler(new Request('http://x/api', { method: 'POST', body, headers: { 'content-type': 'application/json' } }), {});

describe('route()', () => {
  it('answers a malformed JSON body with 400 and a message', async () => {
    const res = await post('{"name": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' } });
  });
  it('answers invalid fields with 422 naming the field', async () => {
    const res = await post('{"name": "a"}');
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.fields.name).toBeTruthy();
  });
  it('maps AppError codes through the one table', async () => {
    const res = await post('{"name": "taken"}');
    expect(res.status).toBe(409);
    expect((await res.json()).error).toEqual({ code: 'CONFLICT', message: 'Someone else saved this first' });
  });
  it('shows the fields of an INVALID_INPUT found by our own check, and no other details', async () => {
    const fields = { 'document.pages.0.title': 'Too long' };
    const invalid = await route(() => {
      throw new AppError('INVALID_INPUT', 'The site document is not valid', { fields, internal: 'secret' });
    })(new Request('http://x/api'), {});
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error).toEqual({ code: 'INVALID_INPUT', message: 'The site document is not valid', fields });
    const conflict = await route(() => {
      throw new AppError('CONFLICT', 'Saved elsewhere', { fields, revision: 3 });
    })(new Request('http://x/api'), {});
    expect((await conflict.json()).error).toEqual({ code: 'CONFLICT', message: 'Saved elsewhere' });
  });
  it('turns anything else into a 500 that reveals nothing', async () => {
    const res = await post('{"name": "boom"}');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text).error.requestId).toBeTruthy();
  });
  it('passes success through', async () => {
    const res = await post('{"name": "Ana"}');
    expect(await res.json()).toEqual({ hello: 'Ana' });
  });
  it('answers an id with a NUL byte or half an emoji with 404, before the handler runs', async () => {
    let ran = 0;
    const byId = route(async (_req: Request, ctx: { params: Promise<{ id: string; rest?: string[] }> }) => {
      ran++;
      return Response.json({ id: (await ctx.params).id });
    });
    const get = (params: { id: string; rest?: string[] }) => byId(new Request('http://x/api'), { params: Promise.resolve(params) });
    for (const params of [{ id: 'a\u0000' }, { id: '\ud800' }, { id: 'ok', rest: ['x', '\udc00'] }]) {
      const res = await get(params);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('NOT_FOUND');
    }
    expect(ran).toBe(0);
    expect((await get({ id: 'site-1' })).status).toBe(200);
  });
});

describe('action()', () => {
  it('returns the error shape instead of throwing', async () => {
    const fn = action(async (n: number) => {
      if (n < 0) throw new AppError('INVALID_INPUT', 'Must be positive');
      return n * 2;
    });
    expect(await fn(2)).toEqual({ ok: true, data: 4 });
    expect(await fn(-1)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Must be positive' } });
  });
});

describe('text that cannot be stored', () => {
  const handler = route(async (req: Request) => Response.json(await readJson(req, z.object({ name: z.string() }).passthrough())));
  const post = (body: string) => handler(new Request('http://app/x', { method: 'POST', body }), {});

  it('answers a NUL byte or half an emoji anywhere in a JSON body with 422, before any work', async () => {
    for (const body of ['{"name":"a\\u0000b"}', '{"name":"ok","deep":[{"x":"\\ud83d"}]}', '{"name":"ok","\\u0000key":1}', '{"name":"\\udc00 tail"}']) {
      const res = await post(body);
      expect(res.status, body).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_INPUT');
    }
    expect((await post('{"name":"Café 🥐 Zé"}')).status).toBe(200);
  });

  it('refuses nesting deeper than 64 levels with 422, not a stack overflow', async () => {
    expect((await post(`{"name":"x","n":${'['.repeat(5000)}${']'.repeat(5000)}}`)).status).toBe(422);
  });

  it('refuses the same in a server action, which then never runs', async () => {
    let ran = false;
    const act = action(async (input: { name: string }) => {
      ran = true;
      return input.name;
    });
    const result = await act({ name: 'Padaria\u0000' });
    expect(result.ok).toBe(false);
    expect(ran).toBe(false);
    expect(await act({ name: 'Padaria' })).toEqual({ ok: true, data: 'Padaria' });
  });
});
