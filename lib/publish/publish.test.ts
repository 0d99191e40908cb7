// Publishing and serving against the real PostgreSQL: versions, files, the serving handler with
// ETag/304/compression/CSP, NOTIFY-driven updates, rollback, forms, escaping and tenancy.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSite, saveDraft } from '@/lib/sites/mutations';
import { countVersions, getSite, listVersions } from '@/lib/sites/queries';
import { createUser } from '@/test/factories';
import { sectionOf, testDocument } from '@/test/documents';
import { AppError } from '@/lib/errors';
import { toErrorBody } from '@/lib/http';
import { confirmFacts, markSuggested } from '@/lib/sites/suggested-facts';
import { formLimit } from './forms';
import { publishSite, rollbackSite } from './publish';
import { handleSiteRequest, listenForPublishes } from './serve';
import { rawRequest } from '@/test/http';
import { deliverEmailLocally } from '@/test/email';

let server: Server;
let base: string;
let stopListening: () => Promise<void>;

beforeAll(async () => {
  stopListening = listenForPublishes();
  server = createServer((req, res) => {
    const slug = (req.headers.host ?? '').split('.')[0];
    void handleSiteRequest(req, res, slug);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await new Promise((r) => setTimeout(r, 200)); // let the listener connect
});

afterAll(async () => {
  await stopListening();
  server.close();
});

async function get(slug: string, path: string, headers: Record<string, string> = {}) {
  const res = await rawRequest(`${base}${path}`, { host: `${slug}.localhost`, headers });
  const header = (name: string) => {
    const value = res.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? null);
  };
  return { status: res.status, headers: { get: header }, text: async () => res.text(), body: res.body };
}

async function newSite(doc = testDocument()) {
  const user = await createUser();
  const site = await createSite(user, { name: doc.business.name, document: doc });
  return { user, site };
}

describe('publish', () => {
  it('snapshots the draft into a version with every file, and serves it', async () => {
    const { user, site } = await newSite();
    const result = await publishSite(user, site.id);
    expect(result.number).toBe(1);
    const files = await db.publishedFile.findMany({ where: { versionId: result.versionId }, select: { path: true } });
    expect(files.map((f) => f.path).sort()).toEqual(
      expect.arrayContaining(['/', '/sobre', '/sitemap.xml', '/robots.txt', '/llms.txt', '/favicon.svg', '/_pm/404', '/_pm/thanks']),
    );
    const res = await get(site.slug, '/', { 'accept-encoding': 'identity' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toContain('Pão quentinho toda manhã');
    expect(html).toContain('<link rel="canonical" href="http://');
    expect(html).toContain('application/ld+json');
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-/);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('answers with stored brotli or gzip bytes, ETag and 304', async () => {
    const { user, site } = await newSite();
    await publishSite(user, site.id);
    const plain = await (await get(site.slug, '/', { 'accept-encoding': 'identity' })).text();
    const br = await get(site.slug, '/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(plain);
    const gz = await get(site.slug, '/', { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(plain);
    const raw = await db.publishedFile.findFirstOrThrow({ where: { version: { siteId: site.id }, path: '/' } });
    expect(brotliDecompressSync(raw.brotli).toString()).toBe(plain);
    expect(gunzipSync(raw.gzip).toString()).toBe(plain);
    const etag = br.headers.get('etag')!;
    expect((await get(site.slug, '/', { 'if-none-match': etag })).status).toBe(304);
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('cache-control')).toContain('s-maxage');
  });

  it('serves robots.txt, sitemap.xml, llms.txt and a styled 404', async () => {
    const { user, site } = await newSite();
    await publishSite(user, site.id);
    expect(await (await get(site.slug, '/robots.txt')).text()).toContain('Sitemap: http://');
    expect(await (await get(site.slug, '/sitemap.xml')).text()).toContain('/sobre</loc>');
    expect(await (await get(site.slug, '/llms.txt')).text()).toContain('# Padaria Teste');
    const missing = await get(site.slug, '/nao-existe');
    expect(missing.status).toBe(404);
    const body = await missing.text();
    expect(body).toContain('Página não encontrada');
    expect(body).toContain('Padaria Teste');
    expect((await get(site.slug, '/sobre/')).status).toBe(301);
    expect((await get('no-such-site-here', '/')).status).toBe(404);
  });

  it('answers 400 to a path with a NUL or another control byte, or bytes that are not UTF-8, and still serves the site', async () => {
    const { user, site } = await newSite();
    await publishSite(user, site.id);
    for (const path of ['/%00', '/sobre%00', '/%00/', '/a%0Ab', '/%1F', '/%7F', '/%C0%AF', '/%FF', '/assets/%00.png', '/%ED%A0%80'])
      expect((await get(site.slug, path)).status, path).toBe(400);
    expect((await get(site.slug, '/sobre')).status).toBe(200);
  });

  it('a name starting with an emoji or an accent gives its whole first character to the favicon', async () => {
    for (const [name, letter] of [
      ['🥐 Padaria do Zé', '🥐'],
      ['🇧🇷 Sabores do Brasil', '🇧🇷'],
      ['e\u0301lan Café', 'E\u0301'],
      ['  ñandú', 'Ñ'],
    ] as const) {
      const { user, site } = await newSite(testDocument({ name }));
      await publishSite(user, site.id);
      const svg = await (await get(site.slug, '/favicon.svg')).text();
      expect(svg, name).toContain(`>${letter}</text>`);
      expect(svg).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('a new publish is served within a second, and rollback brings back the old version', async () => {
    const { user, site } = await newSite();
    const v1 = await publishSite(user, site.id);
    expect(await (await get(site.slug, '/')).text()).toContain('Pão quentinho toda manhã');
    const current = await getSite(user, site.id);
    await saveDraft(user, site.id, { revision: current.revision, document: testDocument({ headline: 'Nova fornada às 7h' }) });
    await publishSite(user, site.id);
    const deadline = Date.now() + 1000;
    let html = '';
    while (Date.now() < deadline) {
      html = await (await get(site.slug, '/')).text();
      if (html.includes('Nova fornada')) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(html).toContain('Nova fornada às 7h');
    expect((await listVersions(user, site.id)).map((v) => [v.number, v.isLive])).toEqual([
      [2, true],
      [1, false],
    ]);
    await rollbackSite(user, site.id, v1.versionId);
    await expect.poll(async () => (await get(site.slug, '/')).text(), { timeout: 1000 }).toContain('Pão quentinho toda manhã');
    // Three more publishes, then back to version 1: the site's page lists the newest two and the live one.
    for (let i = 0; i < 3; i++) await publishSite(user, site.id);
    await rollbackSite(user, site.id, v1.versionId);
    expect((await listVersions(user, site.id, { take: 2 })).map((v) => [v.number, v.isLive])).toEqual([
      [5, false],
      [4, false],
      [1, true],
    ]);
    expect((await listVersions(user, site.id, { take: 5 })).map((v) => v.number)).toEqual([5, 4, 3, 2, 1]);
    expect(await countVersions(user, site.id)).toBe(5);
  });

  it('a stale save gets CONFLICT and changes nothing', async () => {
    const { user, site } = await newSite();
    await saveDraft(user, site.id, { revision: 1, document: testDocument({ headline: 'Primeira' }) });
    await expect(saveDraft(user, site.id, { revision: 1, document: testDocument({ headline: 'Segunda' }) })).rejects.toMatchObject({ code: 'CONFLICT' });
    const after = await getSite(user, site.id);
    expect(after.revision).toBe(2);
    expect(JSON.stringify(after.draft)).toContain('Primeira');
  });

  it('refuses a site showing suggested reviews or library sample figures, lists them, and publishes once each is replaced or confirmed', async () => {
    const doc = testDocument();
    doc.pages[0].sections.splice(
      2,
      0,
      sectionOf('testimonials', 'reviews', { items: [{ quote: 'Invented praise.', name: 'Nobody Real', role: '', rating: 5 }] }),
    );
    doc.pages[0].sections.splice(3, 0, sectionOf('stats', 'figures'));
    const { user, site } = await newSite(markSuggested(doc, doc.pages[0].sections[2]));
    const refusal = await publishSite(user, site.id).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'UNCONFIRMED_FACTS' });
    expect((refusal as AppError).details).toMatchObject({
      pendingFacts: [
        { sectionId: 'reviews', suggested: 1 },
        { sectionId: 'figures', suggested: 4 },
      ],
    });
    // The action's error shape names them too (the publish dialog lists what the server found).
    expect(toErrorBody(refusal, 'r').body.error).toMatchObject({
      code: 'UNCONFIRMED_FACTS',
      details: { pendingFacts: [{ sectionId: 'reviews' }, { sectionId: 'figures' }] },
    });
    expect(await db.siteVersion.count({ where: { siteId: site.id } })).toBe(0);

    // The owner writes a real review and confirms the figures.
    const owned = confirmFacts(structuredClone(doc), ['figures']);
    owned.suggestions = { ...markSuggested(doc, doc.pages[0].sections[2]).suggestions, ...owned.suggestions };
    owned.pages[0].sections[2].props.items = [{ quote: 'Real words from Dona Célia.', name: 'Célia Prado', role: '', rating: 5 }];
    await saveDraft(user, site.id, { revision: 1, document: owned });
    await publishSite(user, site.id);
    const home = await (await get(site.slug, '/')).text();
    expect(home).toContain('Real words from Dona Célia.');
    expect(home).not.toContain('Invented praise.');
  });

  it('refuses a save whose section props break the schema, and keeps the draft', async () => {
    const { user, site } = await newSite();
    const bad = testDocument();
    bad.pages[0].sections[1].props = { ...bad.pages[0].sections[1].props, layout: 'sideways' };
    await expect(saveDraft(user, site.id, { revision: 1, document: bad })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await getSite(user, site.id)).revision).toBe(1);
  });
});

describe('hostile content', () => {
  it('renders scripts and event handlers as inert text and drops unsafe links', async () => {
    const doc = testDocument({ headline: '<script>alert(1)</script><img src=x onerror=alert(2)>' });
    doc.pages[0].sections[1] = sectionOf('hero', 'hero', {
      headline: '<script>alert(1)</script><img src=x onerror=alert(2)>',
      primaryAction: { label: 'Click', href: 'https://ok.example/' },
      secondaryAction: { label: 'Evil', href: '#x' },
    });
    const { user, site } = await newSite(doc);
    await publishSite(user, site.id);
    const html = await (await get(site.slug, '/')).text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<img[^>]*onerror/);
  });

  it('refuses javascript: and data: links at save time', async () => {
    const { user, site } = await newSite();
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' JaVaScRiPt:alert(1)']) {
      const doc = testDocument();
      doc.pages[0].sections[1].props = { ...doc.pages[0].sections[1].props, primaryAction: { label: 'x', href } };
      await expect(saveDraft(user, site.id, { revision: 1, document: doc })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
  });
});

describe('tenancy', () => {
  it('another owner can neither read, save, publish nor roll back a site', async () => {
    const { user, site } = await newSite();
    const v = await publishSite(user, site.id);
    const other = await createUser();
    await expect(getSite(other, site.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveDraft(other, site.id, { revision: 1, document: testDocument() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(publishSite(other, site.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rollbackSite(other, site.id, v.versionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listVersions(other, site.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { site: otherSite } = await newSite();
    const otherOwner = await db.site.findUniqueOrThrow({ where: { id: otherSite.id } });
    await expect(rollbackSite({ id: otherOwner.ownerId }, otherSite.id, v.versionId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('contact form', () => {
  const post = async (slug: string, body: Record<string, string>, ip: string) => {
    const res = await rawRequest(`${base}/_forms/contact`, {
      host: `${slug}.localhost`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
      body: new URLSearchParams(body).toString(),
    });
    return { status: res.status, headers: { get: (name: string) => res.headers[name] as string | undefined } };
  };
  const lead = { section: 'contact', page: '/', name: 'Ana', email: 'ana@example.test', message: 'Vocês fazem bolo de aniversário?' };

  it('stores a lead, ignores the honeypot, and rate-limits per IP', async () => {
    const { user, site } = await newSite();
    await publishSite(user, site.id);
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const ok = await post(site.slug, lead, ip);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/_pm/thanks');
    expect(await db.lead.count({ where: { siteId: site.id } })).toBe(1);
    const bot = await post(site.slug, { ...lead, website: 'http://spam.example' }, ip);
    expect(bot.headers.get('location')).toBe('/_pm/thanks');
    expect(await db.lead.count({ where: { siteId: site.id } })).toBe(1);
    const bad = await post(site.slug, { ...lead, email: 'not-an-email' }, ip);
    expect(bad.headers.get('location')).toBe('/_pm/form-error');
    for (let i = 0; i < 4; i++) await post(site.slug, lead, ip);
    const limited = await post(site.slug, lead, ip);
    expect(limited.headers.get('location')).toBe('/_pm/too-many');
    expect(await db.lead.count({ where: { siteId: site.id } })).toBe(5);
  });

  it('answers a NUL byte in any field as an invalid form, stores nothing (it was a 500), and lets exactly the limit through among 50 concurrent posts', async () => {
    const { user, site } = await newSite();
    await publishSite(user, site.id);
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    for (const field of ['name', 'message', 'email', 'page', 'section']) {
      const res = await post(site.slug, { ...lead, [field]: `a\u0000b` }, `${ip}-${field}`);
      expect(res.status, field).toBe(303);
      expect(res.headers.get('location')).toBe('/_pm/form-error');
    }
    expect(await db.lead.count({ where: { siteId: site.id } })).toBe(0);
    const crowd = `203.0.113.${Math.floor(Math.random() * 200)}`;
    const results = await Promise.all(Array.from({ length: 50 }, () => post(site.slug, lead, crowd)));
    expect(results.filter((r) => r.headers.get('location') === '/_pm/thanks')).toHaveLength(formLimit.limit);
    expect(await db.lead.count({ where: { siteId: site.id } })).toBe(formLimit.limit);
  });
});

// The lead notice goes out in the owner's language, saved on the account: not the site's, not the visitor's.
describe('contact form email to the owner', () => {
  const smtp = deliverEmailLocally();
  const ownerIn = async (locale: 'pt-BR' | 'es', siteLanguage: 'en' | 'es' | 'pt-BR') => {
    const { user, site } = await newSite({ ...testDocument(), language: siteLanguage });
    await db.user.update({ where: { id: user.id }, data: { locale } });
    await publishSite(user, site.id);
    return { user, site };
  };
  const visitor = {
    section: 'contact',
    page: '/',
    name: 'Ana <b>Lima</b>',
    email: 'ana@example.test',
    phone: '+55 41 99999-0000',
    message: 'Vocês fazem bolo?\n<script>alert(1)</script>',
  };
  const postFrom = (slug: string, acceptLanguage: string) =>
    rawRequest(`${base}/_forms/contact`, {
      host: `${slug}.localhost`,
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200)}`,
        'accept-language': acceptLanguage,
      },
      body: new URLSearchParams(visitor).toString(),
    });

  it('is in Portuguese to a Brazilian owner of an English site whom a Spanish visitor wrote, with the visitor’s text escaped', async () => {
    const { user, site } = await ownerIn('pt-BR', 'en');
    expect((await postFrom(site.slug, 'es-AR,es;q=0.9')).headers.location).toBe('/_pm/thanks');
    const sent = await smtp.messageTo(user.email);
    expect(sent.subject).toBe(`Nova mensagem de ${visitor.name} em ${site.name}`);
    expect(sent.text).toContain(`${visitor.name} escreveu para você pelo formulário de contato de ${site.slug}.localhost/:`);
    expect(sent.text).toContain(visitor.message);
    expect(sent.text).toContain('Telefone: +55 41 99999-0000');
    expect(sent.headers.get('reply-to')).toBe(visitor.email);
    expect(sent.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sent.html).not.toMatch(/<script|<b>/);
    expect(sent.html).toContain(`/dashboard/sites/${site.id}"`);
  });

  it('is in Spanish to a Spanish-speaking owner of a Portuguese site', async () => {
    const { user, site } = await ownerIn('es', 'pt-BR');
    await postFrom(site.slug, 'pt-BR');
    const sent = await smtp.messageTo(user.email);
    expect(sent.subject).toBe(`Nuevo mensaje de ${visitor.name} en ${site.name}`);
    expect(sent.text).toContain('Responde a este correo para contestarle a');
  });
});

describe('a failed build', () => {
  it('leaves the live site as it was', async () => {
    const { registerPublishEngine, publishEngine } = await import('./engine');
    const { user, site } = await newSite();
    const v1 = await publishSite(user, site.id);
    const real = publishEngine();
    registerPublishEngine({
      ...real,
      buildSite: async () => {
        throw new Error('disk full');
      },
    });
    try {
      await expect(publishSite(user, site.id)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    } finally {
      registerPublishEngine(real);
    }
    const after = await db.site.findUniqueOrThrow({ where: { id: site.id } });
    expect(after.publishedVersionId).toBe(v1.versionId);
    expect(await db.siteVersion.count({ where: { siteId: site.id } })).toBe(1);
    expect((await get(site.slug, '/')).status).toBe(200);
  });
});

describe('uploaded images', () => {
  it('publish with srcset, width and height, and are served from the site host with long caching', async () => {
    const { uploadAsset } = await import('@/lib/media/assets');
    const { makeImage } = await import('@/test/images');
    const { user, site } = await newSite();
    const asset = await uploadAsset(user, site.id, { name: 'forno.jpg', bytes: await makeImage('jpeg', 1800, 1200) });
    const doc = testDocument();
    doc.pages[0].sections[1] = sectionOf('hero', 'hero', { layout: 'split', image: { src: asset.src, alt: 'O forno a lenha' } });
    await saveDraft(user, site.id, { revision: 1, document: doc });
    await publishSite(user, site.id);

    const html = await (await get(site.slug, '/', { 'accept-encoding': 'identity' })).text();
    const picture = html.match(/<picture>[\s\S]*?<\/picture>/)?.[0] ?? '';
    expect(picture).toContain(
      `<source type="image/avif" srcSet="/assets/${asset.id}-480.avif 480w, /assets/${asset.id}-960.avif 960w, /assets/${asset.id}-1600.avif 1600w"`,
    );
    expect(picture).toMatch(
      new RegExp(
        `<img src="/assets/${asset.id}-960.webp" srcSet="/assets/${asset.id}-480.webp 480w, [^"]*1600w" sizes="[^"]+" width="960" height="640" alt="O forno a lenha"`,
      ),
    );

    const file = await get(site.slug, `/assets/${asset.id}-960.webp`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/webp');
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(file.body.subarray(8, 12).toString()).toBe('WEBP');
    expect((await get(site.slug, `/assets/${asset.id}-960.avif`)).headers.get('content-type')).toBe('image/avif');
    expect((await get(site.slug, `/assets/${asset.id}-960.webp`, { 'if-none-match': file.headers.get('etag')! })).status).toBe(304);
    // The page's CSP lets the page show its own images.
    expect((await get(site.slug, '/')).headers.get('content-security-policy')).toContain("img-src 'self'");

    // Another published site cannot serve this site's image.
    const other = await newSite();
    await publishSite(other.user, other.site.id);
    expect((await get(other.site.slug, `/assets/${asset.id}-960.webp`)).status).toBe(404);
    expect((await get(site.slug, `/assets/${asset.id}-961.webp`)).status).toBe(404);
  });
});
