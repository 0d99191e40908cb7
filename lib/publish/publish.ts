// Publishing: snapshot the draft into an immutable version, build it, store the files, and flip
// the site's live pointer, all in one transaction; a failed build leaves the live site as it was.
// Each publish is recorded as a Build (lib/builds) with its steps' log and the files' metrics.
// Every instance hears about it through PostgreSQL NOTIFY and drops its cached copy.
import { Prisma } from '@/generated/prisma/client';
import { getEntitlements } from '@/lib/billing/entitlements';
import { BuildLog } from '@/lib/builds/log';
import { buildMetrics } from '@/lib/builds/metrics';
import { requestLighthouseAudit } from '@/lib/builds/lighthouse-audit';
import { recordPublishFailed, recordPublishSucceeded } from '@/lib/builds/records';
import { assertSiteWritable } from '@/lib/billing/limits';
import { db } from '@/lib/db';
import { PUBLISH_CHANNEL } from '@/lib/serving-channels';
import { findCustomDomainHost } from '@/lib/domains/hosts';
import { AppError, isAppError } from '@/lib/errors';
import { loadDocumentAssets } from '@/lib/media/assets';
import { logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import { inSpan } from '@/lib/observability/spans';
import { confirmDraftFacts } from '@/lib/sites/mutations';
import { getSite } from '@/lib/sites/queries';
import { sectionDefaults } from '@/lib/sites/section-defaults';
import { pendingFacts } from '@/lib/sites/suggested-facts';
import { parseSiteDocument } from '@/lib/sites/validate';
import { purgeAfterSwitch } from './cdn-purge';
import { publishEngine } from './engine';
import { customDomainOrigin, siteOrigin } from './origin';

type Owner = { id: string };

const defaultsOf = (type: string) =>
  Object.hasOwn(sectionDefaults, type) ? (sectionDefaults[type as keyof typeof sectionDefaults] as Record<string, unknown>) : undefined;

// confirm: sections whose suggested reviews, people, figures or client names the owner confirms
// as true with this publish (remembered in the draft).
export function publishSite(user: Owner, siteId: string, opts: { showBadge?: boolean; confirm?: readonly string[] } = {}) {
  return inSpan('publish', { 'site.id': siteId }, async (span) => {
    const started = performance.now();
    const took = () => (performance.now() - started) / 1000;
    try {
      const published = await buildAndSwitch(user, siteId, opts, started);
      metrics.publishes.observe({ outcome: 'published' }, took());
      span.setAttribute('publish.version', published.number);
      return published;
    } catch (error) {
      // A refusal (unconfirmed facts, a read-only site, another owner's id) is the caller's; anything else a failure.
      metrics.publishes.observe({ outcome: error instanceof AppError ? 'refused' : 'failed' }, took());
      throw error;
    }
  });
}

async function buildAndSwitch(user: Owner, siteId: string, opts: { showBadge?: boolean; confirm?: readonly string[] }, started: number) {
  const startedAt = new Date();
  const log = new BuildLog();
  const site = await getSite(user, siteId);
  // From here on the publish is recorded as a build of this site, succeeded or failed.
  let step = 'prepare';
  try {
    const document = await log.step(
      step,
      async () => {
        await assertSiteWritable(user.id, siteId);
        let doc = parseSiteDocument(site.draft);
        if (opts.confirm?.length) doc = await confirmDraftFacts(user, site.id, { revision: site.revision, document: doc }, opts.confirm);
        // Reviews, team members, figures or client logos the owner neither replaced nor confirmed as true
        // would go live as invented facts about a real business: refused, and listed.
        const pending = pendingFacts(doc, defaultsOf);
        if (pending.length) {
          throw new AppError(
            'UNCONFIRMED_FACTS',
            'Some sections still show suggested reviews, people, figures or client names. Replace them with your own, or confirm they are true, before publishing.',
            { pendingFacts: pending },
          );
        }
        return doc;
      },
      (doc) => `Checked the draft (revision ${site.revision}): ${doc.pages.length} pages, ${doc.pages.reduce((n, p) => n + p.sections.length, 0)} sections`,
    );
    step = 'assets';
    const { assets, showBadge, origin } = await log.step(
      step,
      async () => {
        const [assetMap, entitlements, customHost] = await Promise.all([
          loadDocumentAssets(site.id, document),
          // The "Made with Page Magic" badge follows the plan unless the caller says otherwise.
          opts.showBadge === undefined ? getEntitlements(user.id) : null,
          // Canonical links, the sitemap and robots.txt name the site's verified domain when it has one.
          findCustomDomainHost(site.id),
        ]);
        return {
          assets: assetMap,
          showBadge: opts.showBadge ?? entitlements!.plan.hasBadge,
          origin: customHost ? customDomainOrigin(customHost) : siteOrigin(site.slug),
        };
      },
      (r) => `Loaded ${r.assets.size} uploaded images; pages will name ${r.origin}`,
    );
    step = 'render';
    let files;
    try {
      files = await publishEngine().buildSite(document, {
        origin,
        showBadge,
        assets,
        onStep: (name, ms, message) => {
          log.add(name, message, ms);
          step = 'compress';
        },
      });
    } catch (error) {
      logger.error({ err: error, siteId }, 'site build failed');
      throw new AppError('UNAVAILABLE', 'The site could not be built, so nothing was published. Try again in a moment.');
    }
    const metrics = buildMetrics(files, { uploadedImages: assets.size, stepsMs: {}, totalMs: 0 });
    step = 'store';
    const storeStarted = performance.now();
    let buildId = '';
    const version = await db.$transaction(async (tx) => {
      // Lock the site row so two publishes cannot take the same version number.
      await tx.$queryRaw`SELECT id FROM "Site" WHERE id = ${site.id} FOR UPDATE`;
      const last = await tx.siteVersion.aggregate({ where: { siteId: site.id }, _max: { number: true } });
      const created = await tx.siteVersion.create({
        data: { siteId: site.id, number: (last._max.number ?? 0) + 1, document: document as unknown as Prisma.InputJsonValue },
      });
      await tx.publishedFile.createMany({
        data: files.map((f) => ({
          versionId: created.id,
          path: f.path,
          contentType: f.contentType,
          etag: f.etag,
          body: new Uint8Array(f.body),
          gzip: new Uint8Array(f.gzip),
          brotli: new Uint8Array(f.brotli),
        })),
      });
      await tx.site.update({ where: { id: site.id }, data: { publishedVersionId: created.id, publishedAt: new Date() } });
      await tx.$executeRaw`SELECT pg_notify(${PUBLISH_CHANNEL}, ${site.slug})`;
      log.add('store', `Stored version ${created.number} with ${files.length} files and made it live`, performance.now() - storeStarted);
      buildId = await recordPublishSucceeded(tx, {
        siteId: site.id,
        ownerId: user.id,
        startedAt,
        log,
        versionId: created.id,
        versionNumber: created.number,
        metrics: { ...metrics, stepsMs: log.stepsMs(), totalMs: log.totalMs() },
      });
      return created;
    });
    // The CDN drops the pages that changed, in the background (a no-op without Cloudflare).
    purgeAfterSwitch(site.id, site.publishedVersionId, version.id);
    // With LIGHTHOUSE=on, the new live home page is measured by a job (never fails the publish).
    await requestLighthouseAudit(buildId);
    return {
      versionId: version.id,
      number: version.number,
      url: `${siteOrigin(site.slug)}/`,
      files: files.length,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    const reason = isAppError(error)
      ? error.message
      : 'The site could not be published because of an error on our side. Nothing changed on the live site; try again in a moment.';
    if (!isAppError(error)) logger.error({ err: error, siteId, step }, 'publish failed');
    // Recording must not hide the publish's own error.
    await recordPublishFailed({ siteId: site.id, ownerId: user.id, startedAt, log, step, error: reason }).catch((recordError: unknown) =>
      logger.warn({ err: recordError, siteId }, 'could not record the failed publish'),
    );
    throw error;
  }
}

export async function rollbackSite(user: Owner, siteId: string, versionId: string) {
  const site = await getSite(user, siteId);
  const version = await db.siteVersion.findFirst({ where: { id: versionId, siteId: site.id }, select: { id: true, number: true } });
  if (!version) throw new AppError('NOT_FOUND', 'Version not found');
  await db.$transaction([
    db.site.update({ where: { id: site.id }, data: { publishedVersionId: version.id, publishedAt: new Date() } }),
    db.$executeRaw`SELECT pg_notify(${PUBLISH_CHANNEL}, ${site.slug})`,
  ]);
  purgeAfterSwitch(site.id, site.publishedVersionId, version.id);
  return { number: version.number };
}

export async function unpublishSite(user: Owner, siteId: string) {
  const site = await getSite(user, siteId);
  await db.$transaction([
    db.site.update({ where: { id: site.id }, data: { publishedVersionId: null } }),
    db.$executeRaw`SELECT pg_notify(${PUBLISH_CHANNEL}, ${site.slug})`,
  ]);
  purgeAfterSwitch(site.id, site.publishedVersionId, null);
}
