// "Download my data" against the real PostgreSQL: the ZIP holds every part for an
// owner with a site of two versions, a lead, a generation and an image; nothing of another owner;
// no secret anywhere; one export at a time; an expired link answers 410 and its file is swept.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmTwoFactorSetup, startTwoFactorSetup } from '@/lib/auth/accounts';
import { db } from '@/lib/db';
import { uploadAsset } from '@/lib/media/assets';
import { publishSite } from '@/lib/publish/publish';
import { createApiKey } from '@/lib/api/keys';
import { createSite } from '@/lib/sites/mutations';
import { mediaStorage } from '@/lib/storage/drivers';
import { storedFilesOf } from '@/lib/storage/stored-files';
import { testDocument } from '@/test/documents';
import { createUser, subscribe, TEST_PASSWORD } from '@/test/factories';
import { makeImage } from '@/test/images';
import { startTestQueue } from '@/test/queue';
import { currentTotpCode } from '@/lib/auth/totp';
import { buildAccountExport, buildFileName } from './build';
import { EXPORT_PARTS, findLatestExport, getExportDownload, markExportFailed, requestAccountExport, sweepExports } from './exports';

let queue: Awaited<ReturnType<typeof startTestQueue>>;

beforeAll(async () => {
  // Jobs queued here wait: each test builds its export itself (lib/jobs/account-export.test.ts
  // runs them through the workers).
  queue = await startTestQueue();
});

afterAll(async () => {
  await queue?.stop();
});

// An owner with everything the export covers: two-factor on, a site published twice, a lead, a
// generation, an uploaded image and a subscription.
async function ownerWithData(name: string) {
  const user = await createUser();
  const { secret } = await startTwoFactorSetup(user.id, TEST_PASSWORD);
  await confirmTwoFactorSetup(user.id, currentTotpCode(secret));
  const site = await createSite(user, { name, document: testDocument({ name }) });
  const image = await uploadAsset(user, site.id, { name: 'forno.jpg', bytes: await makeImage('jpeg', 1200, 800), alt: `Forno de ${name}` });
  await publishSite(user, site.id);
  await publishSite(user, site.id);
  const lead = await db.lead.create({ data: { siteId: site.id, name: `Visitor of ${name}`, email: 'visitor@example.test', message: `Hello ${name}` } });
  const generation = await db.generation.create({
    data: {
      userId: user.id,
      siteId: site.id,
      prompt: `Padaria ${name} em Curitiba`,
      seed: 7,
      generator: 'offline',
      model: 'offline',
      status: 'succeeded',
      cacheKey: `k-${site.id}`,
    },
  });
  await subscribe(user.id, 'pro');
  const apiKey = await createApiKey(user, { name: `Script of ${name}`, scopes: ['read', 'publish'] });
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return { user: row, secret, site, image, lead, generation, apiKey };
}

// Every entry of the ZIP, by name.
function entries(zip: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(zip));
}

describe('account export', () => {
  it('is a ZIP with every part, the owner’s only, with no secret in it', async () => {
    const owner = await ownerWithData('Padaria Aurora');
    const other = await ownerWithData('Padaria Outra');

    const { export: started, isNew } = await requestAccountExport(owner.user.id);
    expect(isNew).toBe(true);
    expect(started).toMatchObject({ status: 'queued', partsDone: 0, partsTotal: EXPORT_PARTS.length, downloadUrl: null });
    expect(await buildAccountExport(started.id)).toMatchObject({ status: 'ready' });
    const ready = (await findLatestExport(owner.user.id))!;
    expect(ready.partsDone).toBe(ready.partsTotal);
    expect(new Date(ready.expiresAt!).getTime() - Date.now()).toBeGreaterThan(23 * 60 * 60 * 1000);
    expect(ready.downloadUrl).toMatch(/^\/api\/account\/export\/[A-Za-z0-9_-]{43}$/);

    const token = ready.downloadUrl!.split('/').pop()!;
    const { body } = await getExportDownload(owner.user.id, token);
    expect(body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const files = entries(body);
    const data = JSON.parse(strFromU8(files['account.json']));

    // Profile, sessions and audit log; the secrets only described.
    expect(data.profile).toMatchObject({ email: owner.user.email, hasPassword: true, twoFactor: { enabled: true, configured: true } });
    expect(data.profile.recoveryCodes).toEqual({ total: 10, unused: 10 });
    expect(data.auditLog.map((e: { action: string }) => e.action)).toContain('twofactor.enabled');
    expect(Array.isArray(data.sessions)).toBe(true);
    // API keys described: name, scopes, first characters; never the token or its hash.
    expect(data.apiKeys).toEqual([expect.objectContaining({ name: 'Script of Padaria Aurora', scopes: ['read', 'publish'], prefix: owner.apiKey.key.prefix })]);
    // The site with both versions' documents, the live one marked.
    expect(data.sites).toHaveLength(1);
    expect(data.sites[0]).toMatchObject({ slug: owner.site.slug, name: 'Padaria Aurora', publishedVersion: 2 });
    expect(data.sites[0].versions.map((v: { number: number; isPublished: boolean }) => [v.number, v.isPublished])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(data.sites[0].versions[0].document.business.name).toBe('Padaria Aurora');
    // The lead, the generation, the billing mirror.
    expect(data.leads).toEqual([expect.objectContaining({ id: owner.lead.id, name: 'Visitor of Padaria Aurora', siteSlug: owner.site.slug })]);
    expect(data.generations).toEqual([expect.objectContaining({ id: owner.generation.id, prompt: 'Padaria Padaria Aurora em Curitiba', status: 'succeeded' })]);
    expect(data.billing.subscriptions).toEqual([expect.objectContaining({ plan: 'pro', status: 'active' })]);
    expect(data.billing.customer.stripeCustomerId).toMatch(/^cus_test_/);
    // The image: described, and its files byte for byte, also beside the site's build.
    expect(data.images).toEqual([expect.objectContaining({ id: owner.image.id, alt: 'Forno de Padaria Aurora' })]);
    const imageFiles = Object.keys(files).filter((name) => name.startsWith('images/'));
    expect(imageFiles.length).toBeGreaterThan(0);
    expect(imageFiles.every((name) => name.startsWith(`images/${owner.image.id}-`))).toBe(true);
    const [stored] = await storedFilesOf({ siteId: owner.site.id });
    const original = await mediaStorage().get(stored);
    const fileName = `${owner.image.id}-${stored.split('/').pop()}`;
    expect(Buffer.from(files[`images/${fileName}`]).equals(original!.body)).toBe(true);
    expect(Buffer.from(files[`sites/${owner.site.slug}/assets/${fileName}`]).equals(original!.body)).toBe(true);
    // The static build of the live version, as plain pages.
    const live = await db.publishedFile.findMany({ where: { version: { siteId: owner.site.id, number: 2 } } });
    expect(live.length).toBeGreaterThan(3);
    for (const file of live) {
      const inZip = files[`sites/${owner.site.slug}/${buildFileName(file.path, file.contentType)}`];
      expect(inZip, file.path).toBeDefined();
      expect(Buffer.from(inZip).equals(Buffer.from(file.body)), file.path).toBe(true);
    }
    expect(strFromU8(files[`sites/${owner.site.slug}/index.html`])).toContain('<!doctype html>');

    // Nothing of the other owner anywhere.
    const everything = Buffer.concat([body, ...Object.values(files).map((f) => Buffer.from(f))]).toString('latin1');
    for (const foreign of [
      other.user.email,
      other.site.slug,
      other.site.id,
      other.lead.id,
      other.generation.id,
      other.image.id,
      other.apiKey.key.prefix,
      'Padaria Outra',
    ]) {
      expect(everything.includes(foreign), foreign).toBe(false);
    }
    // No secret anywhere: neither the password hash, nor the TOTP secret (sealed or plain), nor a
    // recovery code's hash.
    const codeHashes = await db.recoveryCode.findMany({ where: { userId: owner.user.id }, select: { codeHash: true } });
    const keyHashes = await db.apiKey.findMany({ where: { ownerId: owner.user.id }, select: { tokenHash: true } });
    const secrets = [
      owner.user.passwordHash!,
      owner.user.totpSecret!,
      owner.secret,
      ...codeHashes.map((c) => c.codeHash),
      owner.apiKey.token,
      ...keyHashes.map((k) => k.tokenHash),
    ];
    for (const secret of secrets) {
      expect(everything.includes(secret)).toBe(false);
    }
    expect(everything).not.toContain('$argon2');

    // Produced: one account.exported entry in the owner's activity.
    expect(await db.auditLog.count({ where: { userId: owner.user.id, action: 'account.exported' } })).toBe(1);
    // Another owner cannot use the link.
    await expect(getExportDownload(other.user.id, token)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('runs one export at a time per account: a second request gets the one being prepared', async () => {
    const user = await createUser();
    const [a, b] = await Promise.all([requestAccountExport(user.id), requestAccountExport(user.id)]);
    expect(a.export.id).toBe(b.export.id);
    expect([a.isNew, b.isNew].sort()).toEqual([false, true]);
    const again = await requestAccountExport(user.id);
    expect(again).toMatchObject({ isNew: false, export: { id: a.export.id } });
    expect(await db.accountExport.count({ where: { userId: user.id } })).toBe(1);
    // Once it is built, a new one may start, and it replaces the old one's file.
    await buildAccountExport(a.export.id);
    const first = await db.accountExport.findUniqueOrThrow({ where: { id: a.export.id } });
    expect(first.status).toBe('ready');
    const next = await requestAccountExport(user.id);
    expect(next.isNew).toBe(true);
    expect(await db.accountExport.findUniqueOrThrow({ where: { id: a.export.id } })).toMatchObject({ status: 'expired', storageKey: null });
    expect(await mediaStorage().get(first.storageKey!)).toBeNull();
    // Deleting the account removes the new one's file with the images' (storedFilesOf).
    await buildAccountExport(next.export.id);
    const built = await db.accountExport.findUniqueOrThrow({ where: { id: next.export.id } });
    expect(await storedFilesOf({ ownerId: user.id })).toContain(built.storageKey);
  });

  it('does not let a lost export block the next one, and says when one failed', async () => {
    const user = await createUser();
    const { export: lost } = await requestAccountExport(user.id);
    await db.accountExport.update({ where: { id: lost.id }, data: { status: 'running', createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
    const next = await requestAccountExport(user.id);
    expect(next.isNew).toBe(true);
    expect(await db.accountExport.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({ status: 'failed' });
    await markExportFailed(next.export.id, 'boom');
    expect(await findLatestExport(user.id)).toMatchObject({ id: next.export.id, status: 'failed', downloadUrl: null });
    // A failed export is not built afterwards.
    expect(await buildAccountExport(next.export.id)).toEqual({ status: 'failed' });
  });

  it('answers 410 once the link has expired, and the sweep removes the file', async () => {
    const user = await createUser();
    const { export: started } = await requestAccountExport(user.id);
    await buildAccountExport(started.id);
    const row = await db.accountExport.findUniqueOrThrow({ where: { id: started.id } });
    await expect(getExportDownload(user.id, row.token)).resolves.toMatchObject({ body: expect.any(Buffer) });

    await db.accountExport.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(getExportDownload(user.id, row.token)).rejects.toMatchObject({ code: 'GONE', message: expect.stringMatching(/expired/) });
    expect(await findLatestExport(user.id)).toMatchObject({ status: 'expired', downloadUrl: null });

    expect((await sweepExports()).expired).toBeGreaterThanOrEqual(1);
    expect(await db.accountExport.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'expired', storageKey: null });
    expect(await mediaStorage().get(row.storageKey!)).toBeNull();
    await expect(getExportDownload(user.id, row.token)).rejects.toMatchObject({ code: 'GONE' });
    await expect(getExportDownload(user.id, 'x'.repeat(43))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names published paths as files a browser opens', () => {
    expect(buildFileName('/', 'text/html; charset=utf-8')).toBe('index.html');
    expect(buildFileName('/about', 'text/html; charset=utf-8')).toBe('about/index.html');
    expect(buildFileName('/_pm/404', 'text/html; charset=utf-8')).toBe('_pm/404/index.html');
    expect(buildFileName('/robots.txt', 'text/plain')).toBe('robots.txt');
    expect(buildFileName('/art/wave-3.svg', 'image/svg+xml')).toBe('art/wave-3.svg');
  });
});
