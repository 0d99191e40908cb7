// What a request's Host names: the app, a published site's address under SITES_DOMAIN (its slug,
// or an extra or renamed label from Subdomain), a verified custom domain, a bare IP address, or
// nothing we know. server.ts asks routeHost on every request, so answers are cached in process:
// 60 s per host, unknown hosts too (a flood of made-up names costs one query per name per minute),
// bounded in size, and concurrent misses for one host share one query. A change to a domain is
// announced with domainChanged (NOTIFY pm_hosts_changed); every instance's listener (in
// lib/publish/serve.ts, on the publish listener's connection) then forgets that host.
import { isIP } from 'node:net';
import { db } from '@/lib/db';
import { HOSTS_CHANNEL } from '@/lib/serving-channels';
import { env } from '@/lib/env';
import { normalizeServername } from './tls';

const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

// How a custom domain is served (DomainSettings). A domain without a settings row gets the
// schema's defaults for redirects and HSTS, and the sites' usual Cache-Control (cacheTtl null).
export type DomainServing = {
  httpsRedirect: boolean;
  wwwRedirect: 'none' | 'to-apex' | 'to-www';
  hsts: boolean;
  hstsMaxAge: number;
  cacheTtl: number | null;
};

export type CustomDomainRoute = {
  kind: 'custom';
  slug: string;
  siteId: string;
  domainId: string;
  // The domain's own name (the apex or a subdomain such as shop.example.com) and whether its www
  // form is connected too; `hostname` is the name this request used (one of the two).
  domainHostname: string;
  hostname: string;
  withWww: boolean;
  // A certificate the built-in HTTPS listener can serve for this name (status issued, not expired).
  hasCertificate: boolean;
  settings: DomainServing;
};

export type HostRoute =
  | { kind: 'app' }
  // An IP literal, or no Host at all: load balancers' health checks and Caddy's ask, nothing else.
  | { kind: 'address' }
  | { kind: 'unknown' }
  // A custom domain still being verified: Caddy may get its certificate, nothing is served yet.
  | { kind: 'unverified' }
  | { kind: 'site'; slug: string; siteId: string }
  // A renamed site's old label (until its redirectUntil) or www.<slug>: 301 to the site's address.
  | { kind: 'moved'; slug: string }
  | CustomDomainRoute;

// What the database says about one hostname; a 'moved' label stops moving at redirectUntil, which
// is checked at read time, not when cached.
type HostRecord =
  | { kind: 'none' }
  | { kind: 'site'; slug: string; siteId: string }
  | { kind: 'moved'; slug: string; siteId: string; untilMs: number }
  | (Omit<CustomDomainRoute, 'kind'> & { kind: 'domain'; status: 'active' | 'verifying' });

type Entry = { record: HostRecord; expiresAt: number };
// A query under way; isForgotten when the host was forgotten meanwhile: its answer may predate the
// change, so it goes to the callers waiting for it but is not cached.
type Flight = { promise: Promise<HostRecord>; isForgotten: boolean };

const entries = new Map<string, Entry>();
const flights = new Map<string, Flight>();
let queries = 0;

// How many lookups reached the database, and how many hosts are cached (for tests and metrics).
export function hostCacheStats(): { queries: number; entries: number } {
  return { queries, entries: entries.size };
}

const appHostname = new URL(env.NEXTAUTH_URL).hostname.toLowerCase();
const sitesSuffix = `.${env.SITES_DOMAIN.toLowerCase()}`;
const LABEL = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// The Host header's name: lower case, without port or trailing dot; '' when there is none.
export function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  let name = hostHeader.trim().toLowerCase();
  if (name.startsWith('[')) return name.slice(0, name.indexOf(']') + 1 || undefined);
  const colon = name.lastIndexOf(':');
  if (colon >= 0) name = name.slice(0, colon);
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function isAddress(hostname: string): boolean {
  return hostname === '' || isIP(hostname) !== 0 || (hostname.startsWith('[') && isIP(hostname.slice(1, -1)) !== 0);
}

function isAppHost(hostname: string): boolean {
  return hostname === appHostname || hostname === 'localhost';
}

type SiteRow = { id: string; slug: string; redirectUntil: Date | null; isAlias: boolean };

// One statement for a label under SITES_DOMAIN: the site whose slug it is, else the site that has
// it as an extra (redirectUntil null) or renamed (redirectUntil set) address.
async function loadLabel(label: string): Promise<HostRecord> {
  queries++;
  const rows = await db.$queryRaw<SiteRow[]>`
    SELECT id, slug, NULL::timestamp(3) AS "redirectUntil", false AS "isAlias" FROM "Site" WHERE slug = ${label}
    UNION ALL
    SELECT s.id, s.slug, d."redirectUntil", true FROM "Subdomain" d JOIN "Site" s ON s.id = d."siteId" WHERE d.label = ${label}
    ORDER BY "isAlias"
    LIMIT 1`;
  const row = rows[0];
  if (!row) return { kind: 'none' };
  if (!row.isAlias || row.redirectUntil === null) return { kind: 'site', slug: row.slug, siteId: row.id };
  return { kind: 'moved', slug: row.slug, siteId: row.id, untilMs: row.redirectUntil.getTime() };
}

type DomainRow = {
  id: string;
  hostname: string;
  withWww: boolean;
  status: 'active' | 'verifying';
  siteId: string;
  slug: string;
  httpsRedirect: boolean | null;
  wwwRedirect: string | null;
  hsts: boolean | null;
  hstsMaxAge: number | null;
  cacheTtl: number | null;
  hasCertificate: boolean;
};

// One statement for a custom hostname: the active (else verifying) domain named exactly so, else
// the one whose www form it is. Two owners may both have a pending claim on a name; only a
// verified one is ever active (the domains flow sees to it).
async function loadCustomHost(hostname: string): Promise<HostRecord> {
  const apex = hostname.startsWith('www.') ? hostname.slice(4) : hostname;
  queries++;
  const rows = await db.$queryRaw<DomainRow[]>`
    SELECT d.id, d.hostname, d."withWww", d.status, d."siteId", s.slug,
      st."httpsRedirect", st."wwwRedirect", st.hsts, st."hstsMaxAge", st."cacheTtl",
      EXISTS (
        SELECT 1 FROM "CertificateInfo" c
        WHERE c."domainId" = d.id AND c.status = 'issued' AND c."notAfter" > now() AND ${hostname} = ANY (c.hostnames)
      ) AS "hasCertificate"
    FROM "Domain" d
    JOIN "Site" s ON s.id = d."siteId"
    LEFT JOIN "DomainSettings" st ON st."domainId" = d.id
    WHERE d.hostname IN (${hostname}, ${apex}) AND d.status IN ('active', 'verifying') AND (d.hostname = ${hostname} OR d."withWww")
    ORDER BY d.status = 'active' DESC, d.hostname = ${hostname} DESC, d."verifiedAt" ASC NULLS LAST
    LIMIT 1`;
  const row = rows[0];
  if (!row) return { kind: 'none' };
  const wwwRedirect = row.wwwRedirect === 'none' || row.wwwRedirect === 'to-www' ? row.wwwRedirect : 'to-apex';
  return {
    kind: 'domain',
    status: row.status,
    slug: row.slug,
    siteId: row.siteId,
    domainId: row.id,
    domainHostname: row.hostname,
    hostname,
    withWww: row.withWww,
    hasCertificate: row.hasCertificate,
    settings: {
      httpsRedirect: row.httpsRedirect ?? true,
      wwwRedirect,
      hsts: row.hsts ?? false,
      hstsMaxAge: row.hstsMaxAge ?? 31_536_000,
      cacheTtl: row.cacheTtl,
    },
  };
}

function load(hostname: string): Promise<HostRecord> {
  if (hostname.endsWith(sitesSuffix)) {
    const labels = hostname.slice(0, -sitesSuffix.length).split('.');
    // <label>.<SITES_DOMAIN>, and www.<label>.<SITES_DOMAIN>, which moves to <label>.
    if (labels.length === 1 && LABEL.test(labels[0])) return loadLabel(labels[0]);
    if (labels.length === 2 && labels[0] === 'www' && LABEL.test(labels[1])) {
      return loadLabel(labels[1]).then((record): HostRecord =>
        record.kind === 'site' ? { kind: 'moved', slug: record.slug, siteId: record.siteId, untilMs: Infinity } : record,
      );
    }
    return Promise.resolve<HostRecord>({ kind: 'none' });
  }
  return loadCustomHost(hostname);
}

function remember(hostname: string, record: HostRecord, now: number) {
  if (entries.size >= MAX_ENTRIES) {
    // Map keeps insertion order: drop the oldest tenth.
    let n = MAX_ENTRIES / 10;
    for (const key of entries.keys()) {
      entries.delete(key);
      if (--n <= 0) break;
    }
  }
  entries.delete(hostname);
  entries.set(hostname, { record, expiresAt: now + TTL_MS });
}

function lookup(hostname: string): Promise<HostRecord> {
  const cached = entries.get(hostname);
  if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.record);
  const running = flights.get(hostname);
  if (running) return running.promise;
  const flight: Flight = { promise: load(hostname), isForgotten: false };
  flights.set(hostname, flight);
  flight.promise.then(
    (record) => {
      if (flights.get(hostname) === flight) flights.delete(hostname);
      if (!flight.isForgotten) remember(hostname, record, Date.now());
    },
    () => {
      if (flights.get(hostname) === flight) flights.delete(hostname);
    },
  );
  return flight.promise;
}

function toRoute(record: HostRecord, now: number): HostRoute {
  switch (record.kind) {
    case 'none':
      return { kind: 'unknown' };
    case 'site':
      return { kind: 'site', slug: record.slug, siteId: record.siteId };
    case 'moved':
      return record.untilMs > now ? { kind: 'moved', slug: record.slug } : { kind: 'unknown' };
    case 'domain': {
      if (record.status !== 'active') return { kind: 'unverified' };
      const { slug, siteId, domainId, domainHostname, hostname, withWww, hasCertificate, settings } = record;
      return { kind: 'custom', slug, siteId, domainId, domainHostname, hostname, withWww, hasCertificate, settings };
    }
  }
}

export async function routeHost(hostHeader: string | undefined): Promise<HostRoute> {
  const hostname = hostnameOf(hostHeader);
  if (isAppHost(hostname)) return { kind: 'app' };
  if (isAddress(hostname)) return { kind: 'address' };
  // Anything that is not a plain DNS name (too long, odd bytes, one label) is nobody's, unasked.
  const name = normalizeServername(hostname);
  if (!name) return { kind: 'unknown' };
  return toRoute(await lookup(name), Date.now());
}

// The same answer without waiting, when it needs no query: the app, an address, a name that is
// nobody's by its form, or a host cached and fresh; null when the database must be asked. Caddy's
// asks (tls-allowed) take this path first: no promise, no microtask, on a hit.
export function routeHostNow(hostHeader: string | undefined): HostRoute | null {
  const hostname = hostnameOf(hostHeader);
  if (isAppHost(hostname)) return { kind: 'app' };
  if (isAddress(hostname)) return { kind: 'address' };
  const name = normalizeServername(hostname);
  if (!name) return { kind: 'unknown' };
  const cached = entries.get(name);
  const now = Date.now();
  return cached && cached.expiresAt > now ? toRoute(cached.record, now) : null;
}

export function forgetHost(hostname: string): void {
  const name = hostnameOf(hostname);
  const bare = name.startsWith('www.') ? name.slice(4) : name;
  for (const key of [bare, `www.${bare}`]) {
    entries.delete(key);
    const flight = flights.get(key);
    if (flight) {
      flight.isForgotten = true;
      flights.delete(key);
    }
  }
}

export function forgetAllHosts(): void {
  entries.clear();
  for (const flight of flights.values()) flight.isForgotten = true;
  flights.clear();
}

// Called by the domains flow after a domain is added, verified, moved to another site, changes its
// settings or is removed: this copy of the cache forgets the hostname (and its www form) now, every
// instance's listener when the notification arrives.
export async function domainChanged(hostname: string): Promise<void> {
  forgetHost(hostname);
  await db.$executeRaw`SELECT pg_notify(${HOSTS_CHANNEL}, ${hostnameOf(hostname)})`;
}

// The address a site's prebuilt pages name as canonical (links, sitemap, robots): its active custom
// domain (the oldest verified, in its www form when the domain redirects to www), or null for the
// site's own address. A domain verified after a publish is named from the next publish on.
export async function findCustomDomainHost(siteId: string): Promise<string | null> {
  const domain = await db.domain.findFirst({
    where: { siteId, status: 'active' },
    orderBy: [{ verifiedAt: 'asc' }, { createdAt: 'asc' }],
    select: { hostname: true, withWww: true, settings: { select: { wwwRedirect: true } } },
  });
  if (!domain) return null;
  return domain.withWww && domain.settings?.wwwRedirect === 'to-www' ? `www.${domain.hostname}` : domain.hostname;
}
