// What "Download my data" says about an account, part by part, every read scoped to the owner.
// Secrets are described (there is one, it is on), never exported: password hashes, TOTP secrets,
// recovery code hashes, OAuth tokens and certificate keys stay out of every select below.
import { db } from '@/lib/db';
import { renditionKeys, widthsOf } from '@/lib/storage/renditions';

// Written into account.json, so that someone reading it later knows what is missing on purpose.
export const omittedSecrets = [
  'Your password is stored only as a one-way hash; the hash is not included.',
  'The two-factor secret and recovery codes are not included; only whether they are set up.',
  'Sign-in tokens from GitHub or Google are not included; only which providers are linked.',
  'Private keys of TLS certificates are not included; the certificates themselves are.',
  'API keys are stored only as a one-way hash; neither the key nor its hash is included, only its name, scopes, first characters and use.',
];

export async function collectAccount(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      emailVerified: true,
      image: true,
      locale: true,
      createdAt: true,
      updatedAt: true,
      passwordHash: true,
      totpSecret: true,
      totpEnabledAt: true,
      accounts: { select: { provider: true, providerAccountId: true, type: true, scope: true } },
      sessions: { orderBy: { createdAt: 'desc' } },
      recoveryCodes: { select: { createdAt: true, usedAt: true } },
      auditLogs: { orderBy: { createdAt: 'desc' }, select: { action: true, ip: true, userAgent: true, meta: true, createdAt: true } },
      apiKeys: {
        orderBy: { createdAt: 'asc' },
        select: { name: true, scopes: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, lastUsedIp: true, revokedAt: true },
      },
    },
  });
  const { passwordHash, totpSecret, accounts, sessions, recoveryCodes, auditLogs, apiKeys, ...profile } = user;
  return {
    profile: {
      ...profile,
      hasPassword: Boolean(passwordHash),
      twoFactor: { enabled: Boolean(user.totpEnabledAt), configured: Boolean(totpSecret), enabledAt: user.totpEnabledAt },
      recoveryCodes: { total: recoveryCodes.length, unused: recoveryCodes.filter((code) => !code.usedAt).length },
    },
    linkedSignIns: accounts,
    sessions,
    auditLog: auditLogs,
    apiKeys,
  };
}

export async function collectSites(userId: string) {
  const sites = await db.site.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: 'asc' },
    include: {
      versions: { orderBy: { number: 'asc' }, select: { id: true, number: true, createdAt: true, document: true } },
      subdomains: { select: { label: true, redirectUntil: true, createdAt: true } },
      pageViews: { orderBy: { day: 'asc' }, omit: { siteId: true } },
    },
  });
  return sites.map(({ ownerId, versions, publishedVersionId, ...site }) => {
    void ownerId;
    return {
      ...site,
      publishedVersion: versions.find((v) => v.id === publishedVersionId)?.number ?? null,
      versions: versions.map(({ id, ...version }) => ({ ...version, isPublished: id === publishedVersionId })),
    };
  });
}

export async function collectLeads(userId: string) {
  const leads = await db.lead.findMany({
    where: { site: { ownerId: userId } },
    orderBy: { createdAt: 'asc' },
    include: { site: { select: { slug: true } } },
  });
  return leads.map(({ site, ...lead }) => ({ ...lead, siteSlug: site.slug }));
}

export async function collectGenerations(userId: string) {
  const [generations, credits] = await Promise.all([
    db.generation.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, omit: { userId: true } }),
    db.creditReservation.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, omit: { userId: true } }),
  ]);
  const creditOf = new Map(credits.map((credit) => [credit.generationId, credit]));
  return generations.map((generation) => {
    const credit = creditOf.get(generation.id);
    return { ...generation, credit: credit ? { status: credit.status, createdAt: credit.createdAt, settledAt: credit.settledAt } : null };
  });
}

// The billing mirror: what Stripe told us about the account. Card numbers never reach us (only the
// brand and last four digits), so there is nothing secret here.
export async function collectBilling(userId: string) {
  const where = { userId };
  const omit = { userId: true } as const;
  const [customer, subscriptions, invoices, paymentMethods, usageRecords, billingEvents] = await Promise.all([
    db.billingCustomer.findUnique({ where, omit }),
    db.subscription.findMany({ where, omit, orderBy: { createdAt: 'asc' } }),
    db.invoice.findMany({ where, omit, orderBy: { issuedAt: 'asc' } }),
    db.paymentMethod.findMany({ where, omit, orderBy: { createdAt: 'asc' } }),
    db.usageRecord.findMany({ where, omit, orderBy: { createdAt: 'asc' } }),
    db.billingEvent.findMany({ where, omit, orderBy: { receivedAt: 'asc' } }),
  ]);
  return { customer, subscriptions, invoices, paymentMethods, usageRecords, billingEvents };
}

export async function collectDomains(userId: string) {
  const [domains, zones, registrations] = await Promise.all([
    db.domain.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: 'asc' },
      omit: { ownerId: true },
      include: {
        site: { select: { slug: true } },
        settings: { omit: { domainId: true } },
        certificates: { omit: { domainId: true } },
      },
    }),
    db.dNSZone.findMany({ where: { ownerId: userId }, omit: { ownerId: true }, include: { records: { omit: { zoneId: true } } } }),
    db.domainRegistration.findMany({ where: { ownerId: userId }, omit: { ownerId: true } }),
  ]);
  return {
    domains: domains.map(({ site, certificates, ...domain }) => ({
      ...domain,
      siteSlug: site.slug,
      // The sealed private key is left out; whether there is one is said instead.
      certificates: certificates.map(({ keyEncrypted, ...certificate }) => ({ ...certificate, hasPrivateKey: Boolean(keyEncrypted) })),
    })),
    dnsZones: zones,
    registrations,
  };
}

type ExportImage = { assetId: string; siteId: string; key: string; fileName: string };

// The uploaded images' descriptions (for account.json) and their stored files (for the ZIP).
export async function collectImages(userId: string) {
  const assets = await db.siteAsset.findMany({ where: { ownerId: userId }, orderBy: { createdAt: 'asc' }, omit: { ownerId: true } });
  const files: ExportImage[] = assets.flatMap((asset) =>
    renditionKeys(asset.id, widthsOf(asset)).map((key) => ({
      assetId: asset.id,
      siteId: asset.siteId,
      key,
      // assets/<id>/<width>.<format> becomes <id>-<width>.<format>, the name published pages use.
      fileName: `${asset.id}-${key.split('/').pop()}`,
    })),
  );
  const described = assets.map((asset) => ({ ...asset, files: files.filter((f) => f.assetId === asset.id).map((f) => `images/${f.fileName}`) }));
  return { described, files };
}

// Each site's live build: the published files of its current published version, uncompressed.
export async function collectBuilds(userId: string) {
  const sites = await db.site.findMany({
    where: { ownerId: userId, publishedVersionId: { not: null } },
    select: { id: true, slug: true, publishedVersion: { select: { number: true, files: { select: { path: true, contentType: true, body: true } } } } },
  });
  return sites.flatMap((site) =>
    site.publishedVersion ? [{ siteId: site.id, slug: site.slug, version: site.publishedVersion.number, files: site.publishedVersion.files }] : [],
  );
}
