// Static exports against the real PostgreSQL and the job's own code: the ZIP holds exactly the
// hosted files with relative links and no internal ids, two requests at once build once, a failed
// run says why, a cancelled one keeps nothing, and only the owner reaches the site's export or its
// download.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { siteExport } from '@/lib/jobs/site-export';
import { uploadAsset } from '@/lib/media/assets';
import { publishSite } from '@/lib/publish/publish';
import { createSite, saveDraft } from '@/lib/sites/mutations';
import { sectionOf, testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { makeImage } from '@/test/images';
import { startTestQueue } from '@/test/queue';
import { cancelBuild, getBuild, listBuilds } from './records';
import { getExportDownload, requestExport, runExport } from './site-export';

let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  // Jobs queued here wait: each test runs its export itself.
  queue = await startTestQueue();
});

afterAll(async () => {
  await queue?.stop();
});

async function publishedSite() {
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria Teste', document: testDocument() });
  const asset = await uploadAsset(user, site.id, { name: 'forno.jpg', bytes: await makeImage('jpeg', 1200, 800), alt: 'O forno' });
  const doc = testDocument();
  doc.pages[0].sections[1] = sectionOf('hero', 'hero', { layout: 'split', headline: 'Pão quentinho toda manhã', image: { src: asset.src, alt: 'O forno' } });
  await saveDraft(user, site.id, { revision: 1, document: doc });
  const version = await publishSite(user, site.id);
  return { user, site, asset, version };
}

describe('a static export', () => {
  it('zips exactly the hosted files, linked relatively, with no internal ids', async () => {
    const { user, site, asset, version } = await publishedSite();
    const { buildId, isNew } = await requestExport(user, site.id, 'export-static');
    expect(isNew).toBe(true);
    expect(await getBuild(user, site.id, buildId)).toMatchObject({ kind: 'export-static', status: 'queued', versionNumber: 1 });
    expect(await runExport(buildId)).toMatchObject({ status: 'succeeded' });

    const build = await getBuild(user, site.id, buildId);
    expect(build).toMatchObject({ status: 'succeeded', hasDownload: true, error: null });
    expect(build.log.map((l) => l.step)).toEqual(['read', 'zip', 'upload']);
    const { body, fileName } = await getExportDownload(user, site.id, buildId);
    expect(fileName).toBe(`${site.slug}-v1.zip`);
    expect(build.bytes).toBe(body.length);
    const zip = unzipSync(new Uint8Array(body));
    const names = Object.keys(zip).sort();

    // Every hosted file but the form's answers, which only Page Magic's form handler can use.
    const hosted = await db.publishedFile.findMany({ where: { versionId: version.versionId }, select: { path: true } });
    const art = hosted.filter((f) => f.path.startsWith('/art/')).map((f) => f.path.slice(1));
    expect(art.length).toBeGreaterThan(0);
    const images = names.filter((n) => n.startsWith('images/'));
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((n) => /^images\/image-1-\d+\.(webp|avif)$/.test(n))).toBe(true);
    expect(names).toEqual(['404.html', 'favicon.svg', 'index.html', 'llms.txt', 'robots.txt', 'sitemap.xml', 'sobre/index.html', ...art, ...images].sort());

    const home = strFromU8(zip['index.html']);
    const about = strFromU8(zip['sobre/index.html']);
    expect(home).toContain('Pão quentinho toda manhã');
    expect(home).toContain('href="sobre/index.html"');
    expect(home).toContain('href="favicon.svg"');
    expect(about).toContain('href="../index.html"');
    expect(about).toContain('href="../favicon.svg"');
    // No link, image or srcset entry points at the site's root any more (only the form posts there).
    for (const page of [home, about, strFromU8(zip['404.html'])]) {
      expect(page).not.toMatch(/\s(?:href|src)="\/(?!\/)/i);
      expect(page).not.toMatch(/srcset="(?:[^"]*[\s,])?\/(?!\/)/i);
    }
    // Every relative target of the home page is in the ZIP.
    const targets = [...home.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].split('#')[0]).filter((t) => t && !t.includes(':'));
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect(zip[target], target).toBeDefined();
    const srcsets = [...home.matchAll(/srcset="([^"]*)"/gi)];
    expect(srcsets.length).toBeGreaterThan(0);
    for (const m of srcsets) for (const entry of m[1].split(',')) expect(zip[entry.trim().split(/\s+/)[0]]).toBeDefined();

    // The owner's content only: no database id anywhere in any entry.
    const ids = [site.id, user.id, asset.id, version.versionId, buildId];
    for (const [name, bytes] of Object.entries(zip)) {
      const text = Buffer.from(bytes).toString('latin1');
      for (const id of ids) expect(text.includes(id), `${name} holds ${id}`).toBe(false);
    }
    const raw = body.toString('latin1');
    for (const id of ids) expect(raw.includes(id)).toBe(false);
  });

  it("of an installable site holds its manifest, icons, offline page and a worker that names the folder's files", async () => {
    const user = await createUser();
    const doc = testDocument();
    doc.app = { installable: true };
    const site = await createSite(user, { name: 'Padaria Teste', document: doc });
    await publishSite(user, site.id);
    const { buildId } = await requestExport(user, site.id, 'export-static');
    expect(await runExport(buildId)).toMatchObject({ status: 'succeeded' });
    const zip = unzipSync(new Uint8Array((await getExportDownload(user, site.id, buildId)).body));
    for (const name of ['manifest.webmanifest', 'sw.js', 'icon-192.png', 'icon-512.png', 'offline.html']) expect(zip[name], name).toBeDefined();
    expect(Object.keys(zip).some((name) => name.startsWith('_pm/'))).toBe(false);
    expect(JSON.parse(strFromU8(zip['manifest.webmanifest']))).toMatchObject({ name: 'Padaria Teste', start_url: '/', display: 'standalone' });
    const worker = strFromU8(zip['sw.js']);
    expect(worker).toContain('const OFFLINE = "/offline.html";');
    expect(worker).toContain('const PAGES = ["/","/index.html","/sobre/index.html"];');
    expect(strFromU8(zip['offline.html'])).toContain('Você está sem conexão');
    expect(strFromU8(zip['index.html'])).toContain('<link rel="manifest" href="manifest.webmanifest">');
  });

  it('requested twice at once builds once', async () => {
    const { user, site } = await publishedSite();
    const [a, b] = await Promise.all([requestExport(user, site.id, 'export-static'), requestExport(user, site.id, 'export-static')]);
    expect(a.buildId).toBe(b.buildId);
    expect([a.isNew, b.isNew].sort()).toEqual([false, true]);
    expect(await db.build.count({ where: { siteId: site.id, kind: 'export-static' } })).toBe(1);
    // Once it is done, a new request makes a new build.
    await runExport(a.buildId);
    const again = await requestExport(user, site.id, 'export-static');
    expect(again).toMatchObject({ isNew: true });
    expect(again.buildId).not.toBe(a.buildId);
  });

  it("of another owner's site, or its download, is not found", async () => {
    const { user, site } = await publishedSite();
    const other = await createUser();
    await expect(requestExport(other, site.id, 'export-static')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { buildId } = await requestExport(user, site.id, 'export-static');
    await runExport(buildId);
    await expect(getExportDownload(other, site.id, buildId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getBuild(other, site.id, buildId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getExportDownload(user, site.id, buildId)).body.length).toBeGreaterThan(0);
  });

  it('needs a published version', async () => {
    const user = await createUser();
    const site = await createSite(user, { name: 'Rascunho', document: testDocument() });
    await expect(requestExport(user, site.id, 'export-static')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await listBuilds(user, site.id)).toEqual([]);
  });

  it('that fails its last attempt is a failed build with the reason, and another may be asked for', async () => {
    const { user, site, version } = await publishedSite();
    const { buildId } = await requestExport(user, site.id, 'export-static');
    await db.publishedFile.deleteMany({ where: { versionId: version.versionId } });
    const signal = new AbortController().signal;
    await expect(siteExport.handle({ buildId }, { id: 'job', attempt: 1, signal })).rejects.toMatchObject({ code: 'GONE' });
    expect((await getBuild(user, site.id, buildId)).status).toBe('running');
    await expect(siteExport.handle({ buildId }, { id: 'job', attempt: 3, signal })).rejects.toMatchObject({ code: 'GONE' });
    const failed = await getBuild(user, site.id, buildId);
    expect(failed).toMatchObject({ status: 'failed', error: 'The version to export no longer exists.', hasDownload: false });
    await expect(getExportDownload(user, site.id, buildId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await requestExport(user, site.id, 'export-static')).isNew).toBe(true);
  });

  it('cancelled while queued never runs, and keeps nothing', async () => {
    const { user, site } = await publishedSite();
    const { buildId } = await requestExport(user, site.id, 'export-static');
    const cancelled = await cancelBuild(user, site.id, buildId);
    expect(cancelled).toMatchObject({ status: 'cancelled', hasDownload: false });
    expect(cancelled.log.at(-1)).toMatchObject({ step: 'cancel', message: 'Cancelled by the owner' });
    expect(await runExport(buildId)).toEqual({ status: 'cancelled' });
    const row = await db.build.findUniqueOrThrow({ where: { id: buildId } });
    expect(row).toMatchObject({ status: 'cancelled', storageKey: null, bytes: null });
    // Cancelling again, or a finished build, or a publish, is refused and changes nothing.
    await expect(cancelBuild(user, site.id, buildId)).rejects.toMatchObject({ code: 'CONFLICT', message: 'This build has already been cancelled.' });
    const [publish] = (await listBuilds(user, site.id)).filter((b) => b.kind === 'publish');
    await expect(cancelBuild(user, site.id, publish.id)).rejects.toMatchObject({ code: 'CONFLICT', message: 'A publish cannot be cancelled.' });
    expect((await getBuild(user, site.id, publish.id)).status).toBe('succeeded');
    // Another may be asked for at once.
    expect((await requestExport(user, site.id, 'export-static')).isNew).toBe(true);
  });

  it('cancelled while running keeps no ZIP, and a later attempt of its job leaves it cancelled', async () => {
    const { user, site } = await publishedSite();
    const { buildId } = await requestExport(user, site.id, 'export-static');
    // The job has started and is reading the version's files (held here by a lock on their table)
    // when the owner cancels; then it goes on, zips, stores, and finds the build no longer running.
    // (The run's promise is returned inside an object: returned bare, the transaction would wait for it.)
    const { run } = await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('LOCK TABLE "PublishedFile" IN ACCESS EXCLUSIVE MODE');
        const run = runExport(buildId);
        for (let i = 0; i < 200 && (await db.build.findUniqueOrThrow({ where: { id: buildId } })).status !== 'running'; i++) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        expect((await cancelBuild(user, site.id, buildId)).status).toBe('cancelled');
        return { run };
      },
      { timeout: 20_000 },
    );
    expect(await run).toEqual({ status: 'abandoned' });
    const row = await db.build.findUniqueOrThrow({ where: { id: buildId } });
    expect(row).toMatchObject({ status: 'cancelled', storageKey: null });
    await expect(getExportDownload(user, site.id, buildId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const signal = new AbortController().signal;
    await siteExport.handle({ buildId }, { id: 'job', attempt: 2, signal });
    expect((await getBuild(user, site.id, buildId)).status).toBe('cancelled');
    // Someone else's build is not found, and not cancelled.
    const { buildId: next } = await requestExport(user, site.id, 'export-static');
    await expect(cancelBuild(await createUser(), site.id, next)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getBuild(user, site.id, next)).status).toBe('queued');
  });
});
