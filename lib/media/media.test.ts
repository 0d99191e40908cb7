// The image pipeline against the real PostgreSQL: content checks, conversion, storage, tenancy.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { publishSite } from '@/lib/publish/publish';
import { createSite, deleteSite, saveDraft } from '@/lib/sites/mutations';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { makeImage, makePixelBomb, svgWithScript, textFile } from '@/test/images';
import { deleteAsset, listAssets, UPLOAD_LIMIT, loadDocumentAssets, readOwnerAssetFile, readSiteAssetFile, updateAssetAlt, uploadAsset } from './assets';
import { collectAssetIds, listImagesWithoutAlt } from './document-images';
import { processImage, renditionWidths } from './process-image';
import { sniffImageFormat } from './sniff';
import { databaseStorage, s3Storage } from '@/lib/storage/drivers';

async function newSite() {
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria Teste', document: testDocument() });
  return { user, site };
}

const storedCount = (assetId: string) => db.storedObject.count({ where: { key: { startsWith: `assets/${assetId}/` } } });

describe('checking by content', () => {
  it('knows JPEG, PNG, WebP and AVIF by their bytes, and SVG and text for what they are', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) expect(sniffImageFormat(await makeImage(format, 16, 16))).toBe(format);
    expect(sniffImageFormat(svgWithScript)).toBe('svg');
    expect(sniffImageFormat(Buffer.from('\uFEFF  <!-- hi --><svg><script/></svg>'))).toBe('svg');
    expect(sniffImageFormat(textFile)).toBeNull();
  });

  it('refuses SVG, text named .png, GIF, truncated files and pixel bombs with a clear message', async () => {
    await expect(processImage(svgWithScript)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/SVG images are not accepted/) });
    await expect(processImage(textFile)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/not a JPEG, PNG, WebP or AVIF/) });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    await expect(processImage(gif)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const jpeg = await makeImage('jpeg', 800, 600);
    await expect(processImage(jpeg.subarray(0, 400))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(processImage(await makePixelBomb())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/too many pixels|could not be read/),
    });
    await expect(processImage(Buffer.alloc(0))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(processImage(Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024)]))).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});

describe('conversion', () => {
  it('makes WebP and AVIF at responsive widths, never upscaled', async () => {
    expect(renditionWidths(3000)).toEqual([480, 960, 1600]);
    expect(renditionWidths(1200)).toEqual([480, 960, 1200]);
    expect(renditionWidths(300)).toEqual([300]);
    const out = await processImage(await makeImage('png', 1200, 800));
    expect(out).toMatchObject({ format: 'png', width: 1200, height: 800, widths: [480, 960, 1200] });
    expect(out.renditions.map((r) => `${r.format}:${r.width}x${r.height}`).sort()).toEqual([
      'avif:1200x800',
      'avif:480x320',
      'avif:960x640',
      'webp:1200x800',
      'webp:480x320',
      'webp:960x640',
    ]);
    for (const r of out.renditions) expect((await sharp(r.body).metadata()).format).toBe(r.format === 'avif' ? 'heif' : 'webp');
  });

  it('strips metadata such as EXIF', async () => {
    const input = await makeImage('jpeg', 600, 400, { exif: true });
    expect((await sharp(input).metadata()).exif).toBeTruthy();
    const out = await processImage(input);
    for (const r of out.renditions) expect((await sharp(r.body).metadata()).exif).toBeUndefined();
  });
});

describe('assets', () => {
  it('uploads, lists, sets alt text, serves only to the owner and the site, and deletes', async () => {
    const { user, site } = await newSite();
    const asset = await uploadAsset(user, site.id, { name: 'pao.jpg', bytes: await makeImage('jpeg', 2000, 1000) });
    expect(asset).toMatchObject({ src: `/assets/${asset.id}`, width: 2000, height: 1000, format: 'jpeg', alt: '' });
    expect(await storedCount(asset.id)).toBe(6);
    expect((await listAssets(user, site.id)).map((a) => a.id)).toEqual([asset.id]);
    expect((await updateAssetAlt(user, site.id, asset.id, '  Pão na bancada ')).alt).toBe('Pão na bancada');

    const file = await readSiteAssetFile(site.id, `${asset.id}-960.avif`);
    expect(file?.contentType).toBe('image/avif');
    expect((await sharp(file!.body).metadata()).width).toBe(960);
    expect((await readOwnerAssetFile(user, `${asset.id}-480.webp`))?.contentType).toBe('image/webp');
    expect(await readSiteAssetFile(site.id, `${asset.id}-700.webp`)).toBeNull();
    expect(await readSiteAssetFile(site.id, `${asset.id}-960.png`)).toBeNull();

    // Another owner, another site: not found, and nothing changes.
    const other = await newSite();
    await expect(listAssets(other.user, site.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateAssetAlt(other.user, site.id, asset.id, 'mine')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateAssetAlt(other.user, other.site.id, asset.id, 'mine')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteAsset(other.user, other.site.id, asset.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(uploadAsset(other.user, site.id, { name: 'x.png', bytes: await makeImage('png', 10, 10) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readOwnerAssetFile(other.user, `${asset.id}-480.webp`)).toBeNull();
    expect(await readSiteAssetFile(other.site.id, `${asset.id}-480.webp`)).toBeNull();
    const doc = testDocument();
    doc.pages[0].sections[1].props = { ...doc.pages[0].sections[1].props, image: { src: `/assets/${asset.id}`, alt: '' } };
    expect((await loadDocumentAssets(other.site.id, doc)).size).toBe(0);
    expect((await loadDocumentAssets(site.id, doc)).get(asset.id)).toEqual({ width: 2000, height: 1000, widths: [480, 960, 1600] });

    await deleteAsset(user, site.id, asset.id);
    expect(await listAssets(user, site.id)).toEqual([]);
    expect(await storedCount(asset.id)).toBe(0);
  });

  it('stores nothing when a file is refused', async () => {
    const { user, site } = await newSite();
    for (const bytes of [svgWithScript, textFile, await makePixelBomb()]) {
      await expect(uploadAsset(user, site.id, { name: 'photo.png', bytes })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    expect(await db.siteAsset.count({ where: { siteId: site.id } })).toBe(0);
  });

  it('lets exactly the upload limit through among concurrent uploads, and stores nothing for the rest', async () => {
    const { user, site } = await newSite();
    const bytes = await makeImage('png', 16, 16);
    const tries = UPLOAD_LIMIT.limit + 20;
    const results = await Promise.allSettled(Array.from({ length: tries }, (_, i) => uploadAsset(user, site.id, { name: `photo-${i}.png`, bytes })));
    const stored = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { code: string });
    expect(stored).toHaveLength(UPLOAD_LIMIT.limit);
    expect(refused).toHaveLength(20);
    for (const reason of refused) expect(reason.code).toBe('RATE_LIMITED');
    expect(await db.siteAsset.count({ where: { siteId: site.id } })).toBe(UPLOAD_LIMIT.limit);
  });

  it('keeps an image the draft still shows', async () => {
    const { user, site } = await newSite();
    const asset = await uploadAsset(user, site.id, { name: 'a.png', bytes: await makeImage('png', 100, 100) });
    const doc = testDocument();
    doc.pages[0].sections[1].props = { ...doc.pages[0].sections[1].props, image: { src: asset.src, alt: 'x' } };
    await saveDraft(user, site.id, { revision: 1, document: doc });
    await expect(deleteAsset(user, site.id, asset.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await storedCount(asset.id)).toBe(2);
  });

  it('keeps an image a published version shows, so that version can be restored or rolled back to', async () => {
    const { user, site } = await newSite();
    const asset = await uploadAsset(user, site.id, { name: 'a.png', bytes: await makeImage('png', 100, 100) });
    const doc = testDocument();
    const withImage = structuredClone(doc);
    withImage.pages[0].sections[1].props = { ...withImage.pages[0].sections[1].props, image: { src: asset.src, alt: 'x' } };
    await saveDraft(user, site.id, { revision: 1, document: withImage });
    await publishSite(user, site.id);
    // The draft no longer uses it, but version 1 does.
    await saveDraft(user, site.id, { revision: 2, document: doc });
    await expect(deleteAsset(user, site.id, asset.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('version 1') });
    expect(await storedCount(asset.id)).toBe(2);
  });

  it('removes the stored files of a deleted site’s images', async () => {
    const { user, site } = await newSite();
    const asset = await uploadAsset(user, site.id, { name: 'a.png', bytes: await makeImage('png', 600, 400) });
    expect(await storedCount(asset.id)).toBe(4);
    const another = await newSite();
    const other = await uploadAsset(another.user, another.site.id, { name: 'b.png', bytes: await makeImage('png', 100, 100) });
    await deleteSite(user, site.id);
    expect(await storedCount(asset.id)).toBe(0);
    // Only that site's: another site keeps its images.
    expect(await storedCount(other.id)).toBe(2);
  });
});

describe('alt text', () => {
  it('lists uploaded and linked images without alt text, not generated art', () => {
    const doc = testDocument();
    doc.pages[0].sections[1].props = { ...doc.pages[0].sections[1].props, image: { src: '/assets/abc123abc123', alt: ' ' } };
    doc.pages[0].sections.push({
      id: 'gal',
      type: 'gallery',
      props: {
        heading: 'G',
        intro: '',
        images: [
          { src: 'https://img.example/a.jpg', alt: 'ok', caption: '' },
          { src: 'https://img.example/b.jpg', alt: '', caption: '' },
          { src: 'art:waves:1', alt: '', caption: '' },
        ],
      },
    });
    expect(listImagesWithoutAlt(doc).map((i) => [i.pagePath, i.sectionId, i.field])).toEqual([
      ['/', 'hero', 'image'],
      ['/', 'gal', 'images.1'],
    ]);
    expect(collectAssetIds(doc)).toEqual(['abc123abc123']);
  });
});

describe('storage drivers', () => {
  const servers: Array<{ close: () => void }> = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('database: put, get, delete by key', async () => {
    const key = `test/${Date.now()}.webp`;
    await databaseStorage.put(key, Buffer.from('abc'), 'image/webp');
    expect(await databaseStorage.get(key)).toEqual({ body: Buffer.from('abc'), contentType: 'image/webp' });
    await databaseStorage.delete([key]);
    expect(await databaseStorage.get(key)).toBeNull();
  });

  it('S3: put, get, delete against a small S3-speaking server on loopback', async () => {
    // Enough of the S3 REST protocol for our three calls, path-style: PUT/GET/DELETE /<bucket>/<key>.
    const objects = new Map<string, { body: Buffer; type: string }>();
    const seen: string[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${req.headers.authorization?.startsWith('AWS4-HMAC-SHA256 Credential=test-key/') ? 'signed' : 'unsigned'}`);
        const key = decodeURIComponent((req.url ?? '').split('?')[0]);
        if (req.method === 'PUT') {
          objects.set(key, { body: Buffer.concat(chunks), type: String(req.headers['content-type']) });
          res.setHeader('ETag', '"x"');
          return res.end();
        }
        if (req.method === 'DELETE') {
          objects.delete(key);
          res.statusCode = 204;
          return res.end();
        }
        const object = objects.get(key);
        if (!object) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'application/xml');
          return res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>no</Message></Error>');
        }
        res.setHeader('Content-Type', object.type);
        res.setHeader('Content-Length', object.body.length);
        res.end(object.body);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    servers.push(server);
    const storage = s3Storage({
      bucket: 'media',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      region: 'us-east-1',
      accessKeyId: 'test-key',
      secretAccessKey: 'test-secret',
    });
    const body = await makeImage('webp', 20, 20);
    await storage.put('assets/a1/480.webp', body, 'image/webp');
    expect(objects.get('/media/assets/a1/480.webp')?.body.equals(body)).toBe(true);
    expect(await storage.get('assets/a1/480.webp')).toEqual({ body, contentType: 'image/webp' });
    expect(await storage.get('assets/none/1.webp')).toBeNull();
    await storage.delete(['assets/a1/480.webp']);
    expect(objects.size).toBe(0);
    expect(seen.every((line) => line.endsWith(' signed'))).toBe(true);
  });
});
