// What the app needs from a DNS provider: find the zone holding a hostname, keep its records,
// purge cached URLs, read and set how it talks TLS to us, and report traffic. Cloudflare
// (cloudflare.ts) is the one implementation; without one, owners create records by hand.
import type { DnsRecord } from '../records';

export type ProviderZone = { id: string; name: string; status: string; nameservers: string[] };

// A record as the provider holds it: names relative to the zone ("@" for the apex), as in records.ts.
export type ProviderRecord = DnsRecord & { id: string; proxied: boolean };

// How the provider's edge connects to our servers: "strict" checks our certificate, "full"
// accepts any, "flexible" uses plain HTTP (never right once the app serves HTTPS).
export const sslModes = ['off', 'flexible', 'full', 'strict'] as const;
export type SslMode = (typeof sslModes)[number];

export type ZoneAnalyticsDay = {
  date: string;
  requests: number;
  cachedRequests: number;
  bytes: number;
  cachedBytes: number;
  pageViews: number;
  threats: number;
  uniqueVisitors: number;
};

export interface DnsProvider {
  readonly id: 'cloudflare';
  // The zone that holds `hostname` (the longest matching name), or null when the account has none.
  findZone(hostname: string): Promise<ProviderZone | null>;
  // Adds a zone for a domain to the account; the registrar must then delegate to its name servers.
  createZone(name: string): Promise<ProviderZone>;
  listRecords(zone: ProviderZone): Promise<ProviderRecord[]>;
  createRecord(zone: ProviderZone, record: DnsRecord): Promise<ProviderRecord>;
  updateRecord(zone: ProviderZone, recordId: string, record: DnsRecord): Promise<ProviderRecord>;
  deleteRecord(zone: ProviderZone, recordId: string): Promise<void>;
  // Drops these absolute URLs from the provider's cache.
  purgeUrls(zone: ProviderZone, urls: string[]): Promise<void>;
  getSslMode(zone: ProviderZone): Promise<SslMode>;
  setSslMode(zone: ProviderZone, mode: SslMode): Promise<SslMode>;
  // Day by day, from `since` to `until` inclusive (YYYY-MM-DD, UTC).
  zoneAnalytics(zone: ProviderZone, range: { since: string; until: string }): Promise<ZoneAnalyticsDay[]>;
}
