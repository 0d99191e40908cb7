// The upload API as a browser calls it: multipart bodies, the one error shape, and nothing stored
// on a refusal. The signed-in user is stubbed; everything else is real (PostgreSQL, sharp).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createSite } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { makeImage, svgWithScript, textFile } from '@/test/images';

const session = vi.hoisted(() => ({ user: null as null | { id: string } }));
vi.mock('@/lib/auth/require-user', async () => {
  const { AppError } = await import('@/lib/errors');
  return {
    getApiUser: async () => {
      if (!session.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      return session.user;
    },
  };
});

const { GET, POST } = await import('./route');
const one = await import('./[assetId]/route');
const files = await import('../../../assets/[file]/route');

type Json = { error?: { code: string; message: string }; asset?: { id: string; src: string; alt: string; thumbnail: string }; assets?: unknown[] };

function upload(siteId: string, bytes: Buffer, name: string, type = 'image/png') {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return POST(new Request(`http://localhost/api/sites/${siteId}/assets`, { method: 'POST', body: form }), { params: Promise.resolve({ id: siteId }) });
}

let siteId: string;
beforeEach(async () => {
  const user = await createUser();
  session.user = user;
  siteId = (await createSite(user, { name: 'Padaria', document: testDocument() })).id;
});

const assetCount = () => db.siteAsset.count({ where: { siteId } });

describe('POST /api/sites/:id/assets', () => {
  it('uploads an image and lists it', async () => {
    const res = await upload(siteId, await makeImage('png', 800, 500), 'vitrine.png');
    expect(res.status).toBe(201);
    const { asset } = (await res.json()) as Json;
    expect(asset?.src).toBe(`/assets/${asset?.id}`);
    const list = (await (await GET(new Request('http://localhost'), { params: Promise.resolve({ id: siteId }) })).json()) as Json;
    expect(list.assets).toHaveLength(1);
    const thumb = await files.GET(new Request('http://localhost'), { params: Promise.resolve({ file: asset!.thumbnail.split('/').pop()! }) });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
  });

  it('refuses an 11 MB file with 413 and stores nothing', async () => {
    const big = Buffer.concat([await makeImage('jpeg', 100, 100), Buffer.alloc(11 * 1024 * 1024)]);
    const res = await upload(siteId, big, 'huge.jpg', 'image/jpeg');
    expect(res.status).toBe(413);
    expect(((await res.json()) as Json).error).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('10 MB') });
    expect(await assetCount()).toBe(0);
  });

  it('refuses a body that declares more than the limit before reading it', async () => {
    const req = new Request(`http://localhost/api/sites/${siteId}/assets`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(20 * 1024 * 1024) },
      body: '--x--',
    });
    const res = await POST(req, { params: Promise.resolve({ id: siteId }) });
    expect(res.status).toBe(413);
  });

  it('refuses a text file named .png with 422 and stores nothing', async () => {
    const res = await upload(siteId, textFile, 'photo.png', 'image/png');
    expect(res.status).toBe(422);
    expect(((await res.json()) as Json).error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/not a JPEG, PNG, WebP or AVIF image/) });
    expect(await assetCount()).toBe(0);
  });

  it('refuses an SVG with a script with 422 and stores nothing', async () => {
    const res = await upload(siteId, svgWithScript, 'logo.svg', 'image/svg+xml');
    expect(res.status).toBe(422);
    expect(((await res.json()) as Json).error?.message).toMatch(/SVG images are not accepted/);
    expect(await assetCount()).toBe(0);
  });

  it('answers 404 for another owner, and 401 when signed out', async () => {
    const bytes = await makeImage('png', 50, 50);
    session.user = await createUser();
    const res = await upload(siteId, bytes, 'a.png');
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).error?.code).toBe('NOT_FOUND');
    session.user = null;
    expect((await upload(siteId, bytes, 'a.png')).status).toBe(401);
    expect(await assetCount()).toBe(0);
  });

  it('says 400 for a body that is not multipart', async () => {
    const res = await POST(new Request('http://localhost', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } }), {
      params: Promise.resolve({ id: siteId }),
    });
    expect(res.status).toBe(400);
  });
});

describe('PATCH and DELETE /api/sites/:id/assets/:assetId', () => {
  it('sets alt text and deletes; another owner gets 404 and changes nothing', async () => {
    const { asset } = (await (await upload(siteId, await makeImage('webp', 300, 300), 'a.webp')).json()) as Json;
    const ctx = { params: Promise.resolve({ id: siteId, assetId: asset!.id }) };
    const patch = (alt: unknown) =>
      new Request('http://localhost', { method: 'PATCH', body: JSON.stringify({ alt }), headers: { 'content-type': 'application/json' } });
    expect(((await (await one.PATCH(patch('Bolo de fubá'), ctx)).json()) as Json).asset?.alt).toBe('Bolo de fubá');
    expect((await one.PATCH(patch('x'.repeat(201)), ctx)).status).toBe(422);
    const owner = session.user;
    session.user = await createUser();
    expect((await one.PATCH(patch('hacked'), ctx)).status).toBe(404);
    expect((await one.DELETE(new Request('http://localhost', { method: 'DELETE' }), ctx)).status).toBe(404);
    expect((await files.GET(new Request('http://localhost'), { params: Promise.resolve({ file: asset!.thumbnail.split('/').pop()! }) })).status).toBe(404);
    session.user = owner;
    expect((await db.siteAsset.findUniqueOrThrow({ where: { id: asset!.id } })).alt).toBe('Bolo de fubá');
    expect((await one.DELETE(new Request('http://localhost', { method: 'DELETE' }), ctx)).status).toBe(204);
    expect(await assetCount()).toBe(0);
  });
});
