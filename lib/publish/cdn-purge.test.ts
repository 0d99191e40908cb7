// A publish purges the CDN once, with the URLs whose bytes changed, on every Cloudflare-managed
// host of the site, in the background; without Cloudflare, or for a site without such a domain,
// nothing is sent; a failing purge leaves the publish standing.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { configureCloudflare } from '@/lib/domains/providers/cloudflare';
import { createSite, saveDraft } from '@/lib/sites/mutations';
import { getSite } from '@/lib/sites/queries';
import { testDocument } from '@/test/documents';
import { createUser } from '@/test/factories';
import { startCloudflareStandIn, type CloudflareStandIn } from '@/test/stand-ins/cloudflare';
import { settleCdnPurges } from './cdn-purge';
import { publishSite, rollbackSite, unpublishSite } from './publish';

let cf: CloudflareStandIn;

beforeAll(async () => {
  cf = await startCloudflareStandIn();
});
beforeEach(() => {
  configureCloudflare({ apiToken: cf.token, baseURL: cf.baseURL, maxRetries: 0 });
});
afterAll(async () => {
  configureCloudflare(undefined);
  await cf?.close();
});

// A site with an active custom domain whose zone is at Cloudflare.
async function siteOnCloudflare(opts: { withWww?: boolean } = {}) {
  const user = await createUser();
  const site = await createSite(user, { name: 'Padaria', document: testDocument() });
  const zoneName = `padaria-${randomBytes(4).toString('hex')}.test`;
  const zone = cf.addZone(zoneName);
  const hostname = opts.withWww ? zoneName : `shop.${zoneName}`;
  const domain = await db.domain.create({
    data: { ownerId: user.id, siteId: site.id, hostname, withWww: opts.withWww ?? false, status: 'active', verificationToken: 'tok', verifiedAt: new Date() },
  });
  await db.dNSZone.create({
    data: { ownerId: user.id, domainId: domain.id, name: zoneName, provider: 'cloudflare', providerZoneId: zone.id, nameservers: zone.name_servers },
  });
  return { user, site, zone, hostname };
}

const purgesOf = (zoneId: string) => cf.purges.filter((p) => p.zoneId === zoneId);

describe('CDN purge on publish', () => {
  it('purges once per publish with only the changed URLs, and nothing when nothing changed', async () => {
    const { user, site, zone, hostname } = await siteOnCloudflare();
    await publishSite(user, site.id);
    await settleCdnPurges();
    expect(purgesOf(zone.id)).toHaveLength(1);
    // The first publish: every page and file is new.
    expect(purgesOf(zone.id)[0].files).toEqual(
      expect.arrayContaining([`https://${hostname}/`, `https://${hostname}/sobre`, `https://${hostname}/sitemap.xml`]),
    );
    expect(purgesOf(zone.id)[0].files).not.toContain(`https://${hostname}/_pm/404`);

    const current = await getSite(user, site.id);
    await saveDraft(user, site.id, { revision: current.revision, document: testDocument({ headline: 'Nova fornada às 7h' }) });
    await publishSite(user, site.id);
    await settleCdnPurges();
    expect(purgesOf(zone.id)).toHaveLength(2);
    const second = purgesOf(zone.id)[1].files;
    expect(second).toContain(`https://${hostname}/`);
    expect(second).not.toContain(`https://${hostname}/sobre`);
    expect(second).not.toContain(`https://${hostname}/robots.txt`);
    expect(second).not.toContain(`https://${hostname}/favicon.svg`);
    expect(second.every((url) => url.startsWith(`https://${hostname}/`))).toBe(true);

    // Published again unchanged: no URL changed, no purge.
    await publishSite(user, site.id);
    await settleCdnPurges();
    expect(purgesOf(zone.id)).toHaveLength(2);
  });

  it('purges the www twin too, and after a rollback and an unpublish', async () => {
    const { user, site, zone, hostname } = await siteOnCloudflare({ withWww: true });
    const first = await publishSite(user, site.id);
    await settleCdnPurges();
    expect(purgesOf(zone.id)[0].files).toEqual(expect.arrayContaining([`https://${hostname}/`, `https://www.${hostname}/`]));
    const current = await getSite(user, site.id);
    await saveDraft(user, site.id, { revision: current.revision, document: testDocument({ headline: 'Outra' }) });
    await publishSite(user, site.id);
    await rollbackSite(user, site.id, first.versionId);
    await settleCdnPurges();
    expect(purgesOf(zone.id)).toHaveLength(3);
    expect(purgesOf(zone.id)[2].files).toEqual(expect.arrayContaining([`https://${hostname}/`, `https://www.${hostname}/`]));
    await unpublishSite(user, site.id);
    await settleCdnPurges();
    expect(purgesOf(zone.id)).toHaveLength(4);
    expect(purgesOf(zone.id)[3].files).toContain(`https://${hostname}/sobre`);
  });

  it('sends nothing for a site without a Cloudflare domain, for a domain not yet active, or with Cloudflare off', async () => {
    const user = await createUser();
    const site = await createSite(user, { name: 'Sem domínio', document: testDocument() });
    const before = cf.purges.length;
    await publishSite(user, site.id);
    await settleCdnPurges();
    expect(cf.purges.length).toBe(before);

    const pending = await siteOnCloudflare();
    await db.domain.updateMany({ where: { siteId: pending.site.id }, data: { status: 'verifying' } });
    await publishSite(pending.user, pending.site.id);
    await settleCdnPurges();
    expect(purgesOf(pending.zone.id)).toHaveLength(0);

    const off = await siteOnCloudflare();
    configureCloudflare(null);
    const requests = cf.requests.length;
    await publishSite(off.user, off.site.id);
    await settleCdnPurges();
    expect(cf.requests.length).toBe(requests);
  });

  it('a failing purge is logged and the publish stands', async () => {
    const { user, site, zone } = await siteOnCloudflare();
    cf.fail('POST', `/zones/${zone.id}/purge_cache`, 500, { times: 1 });
    const result = await publishSite(user, site.id);
    await settleCdnPurges();
    expect(purgesOf(zone.id)).toHaveLength(0);
    expect(cf.requests.some((r) => r.path === `/zones/${zone.id}/purge_cache`)).toBe(true);
    expect((await getSite(user, site.id)).publishedVersionId).toBe(result.versionId);
  });
});
