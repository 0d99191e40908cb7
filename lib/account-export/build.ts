// Builds one export's ZIP (the account-export job runs it): account.json with everything stored
// about the account, the uploaded images as files, and each published site's static build; the
// progress is written after each part, so the Settings card can say "3 of 8 parts".
import { randomUUID } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { db } from '@/lib/db';
import { audit } from '@/lib/auth/audit';
import { mediaStorage } from '@/lib/storage/drivers';
import {
  collectAccount,
  collectBilling,
  collectBuilds,
  collectDomains,
  collectGenerations,
  collectImages,
  collectLeads,
  collectSites,
  omittedSecrets,
} from './collect';
import { EXPORT_PARTS, LINK_LIFETIME_MS } from './exports';

const EXPORT_FORMAT = 'page-magic-account-export/v2';

// A published path as a file in a folder a browser can open: `/` is index.html, a page
// `/about` is about/index.html, a file (`/robots.txt`, `/art/x.svg`) keeps its name.
export function buildFileName(path: string, contentType: string): string {
  const trimmed = path.replace(/^\/+/, '');
  if (!trimmed) return 'index.html';
  if (contentType.startsWith('text/html') && !/\.html?$/.test(trimmed)) return `${trimmed.replace(/\/+$/, '')}/index.html`;
  return trimmed;
}

// Images are already compressed (WebP, AVIF): stored as they are; text is deflated.
const STORE = { level: 0 } as const;

export async function buildAccountExport(exportId: string): Promise<{ status: string; bytes?: number }> {
  const row = await db.accountExport.findUnique({ where: { id: exportId } });
  // Finished, failed for good, or gone with its account: nothing to do.
  if (!row || (row.status !== 'queued' && row.status !== 'running')) return { status: row?.status ?? 'gone' };
  const { userId } = row;
  await db.accountExport.update({ where: { id: exportId }, data: { status: 'running', partsDone: 0, startedAt: new Date() } });
  let partsDone = 0;
  const step = async <T>(work: () => Promise<T>): Promise<T> => {
    const result = await work();
    partsDone += 1;
    await db.accountExport.update({ where: { id: exportId }, data: { partsDone } });
    return result;
  };

  const account = await step(() => collectAccount(userId));
  const sites = await step(() => collectSites(userId));
  const leads = await step(() => collectLeads(userId));
  const generations = await step(() => collectGenerations(userId));
  const billing = await step(() => collectBilling(userId));
  const domains = await step(() => collectDomains(userId));
  const storage = mediaStorage();
  const images = await step(async () => {
    const { described, files } = await collectImages(userId);
    const bytes = new Map<string, Uint8Array>();
    for (const file of files) {
      const stored = await storage.get(file.key);
      if (stored) bytes.set(file.fileName, new Uint8Array(stored.body));
    }
    return { described, files, bytes };
  });
  const builds = await step(() => collectBuilds(userId));

  const zip: Zippable = {};
  const createdAt = new Date();
  const data = {
    format: EXPORT_FORMAT,
    exportedAt: createdAt.toISOString(),
    parts: EXPORT_PARTS,
    notIncluded: omittedSecrets,
    ...account,
    sites,
    leads,
    generations,
    billing,
    ...domains,
    images: images.described,
    siteBuilds: builds.map((b) => ({ siteId: b.siteId, slug: b.slug, version: b.version, folder: `sites/${b.slug}/`, files: b.files.length })),
  };
  zip['account.json'] = strToU8(JSON.stringify(data, null, 2));
  for (const [name, body] of images.bytes) zip[`images/${name}`] = [body, STORE];
  for (const build of builds) {
    for (const file of build.files) zip[`sites/${build.slug}/${buildFileName(file.path, file.contentType)}`] = new Uint8Array(file.body);
    // Published pages name their images /assets/<id>-<width>.<format>: the same files beside them
    // make the folder a whole site that opens offline.
    for (const file of images.files) {
      const body = images.bytes.get(file.fileName);
      if (file.siteId === build.siteId && body) zip[`sites/${build.slug}/assets/${file.fileName}`] = [body, STORE];
    }
  }
  // zipSync blocks for the time it deflates (tens of milliseconds for a typical account's JSON and
  // pages); the job runs in the background, and fflate's async zip would need worker threads.
  const body = Buffer.from(zipSync(zip, { level: 6, mtime: createdAt }));
  // A name of this build's own: if a second run of the job raced this one, the loser removes only
  // its own file below.
  const storageKey = `exports/${exportId}/${randomUUID()}.zip`;
  await storage.put(storageKey, body, 'application/zip');
  const ready = await db.accountExport.updateMany({
    where: { id: exportId, status: 'running' },
    data: {
      status: 'ready',
      partsDone: EXPORT_PARTS.length,
      storageKey,
      bytes: body.length,
      finishedAt: new Date(),
      expiresAt: new Date(Date.now() + LINK_LIFETIME_MS),
    },
  });
  // Marked failed or replaced meanwhile: the file would be an orphan.
  if (ready.count === 0) {
    await storage.delete([storageKey]);
    return { status: 'abandoned' };
  }
  await audit(userId, 'account.exported', { exportId, bytes: body.length });
  return { status: 'ready', bytes: body.length };
}
