// The Cloudflare DNS provider on the official SDK: zones, records, cache purge, the SSL mode and
// zone analytics (GraphQL Analytics API: the SDK has no method for it and the REST analytics
// endpoints are deprecated). On when CLOUDFLARE_API_TOKEN is set; CLOUDFLARE_BASE_URL points the
// SDK at another server (tests: test/stand-ins/cloudflare.ts). Cloudflare's errors become AppErrors.
import Cloudflare, { APIConnectionError, APIError } from 'cloudflare';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { caaZoneValue, txtChunks, txtZoneValue, type DnsRecord } from '../records';
import { sslModes, type DnsProvider, type ProviderRecord, type ProviderZone, type SslMode, type ZoneAnalyticsDay } from './dns-provider';

export type CloudflareConfig = { apiToken: string; baseURL?: string; maxRetries?: number };

let override: CloudflareConfig | null | undefined;
let cached: { key: string; provider: CloudflareProvider } | undefined;

export function cloudflareConfig(): CloudflareConfig | null {
  if (override !== undefined) return override;
  return env.CLOUDFLARE_API_TOKEN ? { apiToken: env.CLOUDFLARE_API_TOKEN, baseURL: env.CLOUDFLARE_BASE_URL } : null;
}

// For tests only: undefined goes back to the settings, null turns Cloudflare off.
export function configureCloudflare(config: CloudflareConfig | null | undefined): void {
  override = config;
  cached = undefined;
}

// The configured provider, or null when Cloudflare is off.
export function findCloudflare(): CloudflareProvider | null {
  const config = cloudflareConfig();
  if (!config) return null;
  const key = `${config.apiToken}|${config.baseURL ?? ''}|${config.maxRetries ?? ''}`;
  if (cached?.key !== key) cached = { key, provider: new CloudflareProvider(config) };
  return cached.provider;
}

// Cloudflare's error codes that mean "the record you asked for clashes with one already there".
const CONFLICT_CODES = new Set([1061, 81053, 81054, 81055, 81056, 81057, 81058]);

export function cloudflareError(error: unknown, doing: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof APIConnectionError) return new AppError('UPSTREAM_FAILED', `Cloudflare did not answer while ${doing}. Try again in a moment.`);
  if (error instanceof APIError) {
    const first = error.errors?.[0];
    const said = first?.message ? `: ${first.message}` : '.';
    const details = { provider: 'cloudflare', status: error.status, errors: error.errors };
    if (first?.code !== undefined && CONFLICT_CODES.has(first.code)) return new AppError('CONFLICT', `Cloudflare refused ${doing}${said}`, details);
    switch (error.status) {
      case 400:
      case 422:
        return new AppError('INVALID_INPUT', `Cloudflare refused ${doing}${said}`, details);
      case 401:
      case 403:
        // The server's token, not the owner's mistake: say what the operator must fix.
        return new AppError('UPSTREAM_FAILED', `Cloudflare refused the API token while ${doing}. Check CLOUDFLARE_API_TOKEN and its permissions.`, details);
      case 404:
        return new AppError('NOT_FOUND', `Cloudflare has no such zone or record (${doing})${said === '.' ? '.' : said}`, details);
      case 409:
        return new AppError('CONFLICT', `Cloudflare refused ${doing}${said}`, details);
      case 429:
        return new AppError('RATE_LIMITED', `Cloudflare is limiting our requests; ${doing} can be tried again in a minute.`, details);
      default:
        return new AppError('UPSTREAM_FAILED', `Cloudflare failed while ${doing} (status ${error.status ?? 'none'}). Try again in a moment.`, details);
    }
  }
  return new AppError('UPSTREAM_FAILED', `Cloudflare failed while ${doing}.`);
}

async function call<T>(doing: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw cloudflareError(error, doing);
  }
}

const fqdn = (zone: ProviderZone, name: string) => (name === '@' ? zone.name : `${name}.${zone.name}`);
function relative(zone: ProviderZone, name: string): string {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower === zone.name) return '@';
  return lower.endsWith(`.${zone.name}`) ? lower.slice(0, -(zone.name.length + 1)) : lower;
}

// A TXT value longer than one DNS string goes as quoted chunks; Cloudflare keeps them as sent.
function unquoteTxt(content: string): string {
  if (!content.startsWith('"')) return content;
  const parts = [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
  return parts.length > 0 ? parts.join('') : content;
}

type CfRecord = {
  id?: string;
  name?: string;
  type?: string;
  content?: string;
  ttl?: number;
  proxied?: boolean;
  priority?: number;
  data?: { flags?: number; tag?: string; value?: string };
};

function toProviderRecord(zone: ProviderZone, r: CfRecord): ProviderRecord | null {
  const base = { id: r.id ?? '', name: relative(zone, r.name ?? ''), ttl: r.ttl ?? 1, proxied: r.proxied ?? false };
  const content = r.content ?? '';
  switch (r.type) {
    case 'A':
    case 'AAAA':
    case 'CNAME':
    case 'NS':
      return { ...base, type: r.type, value: content } as ProviderRecord;
    case 'TXT':
      return { ...base, type: 'TXT', value: unquoteTxt(content) };
    case 'MX':
      return { ...base, type: 'MX', value: content, priority: r.priority ?? 0 };
    case 'CAA': {
      const parsed = content.match(/^(\d+)\s+(\S+)\s+"?(.*?)"?$/);
      const flags = r.data?.flags ?? Number(parsed?.[1] ?? 0);
      const tag = (r.data?.tag ?? parsed?.[2] ?? 'issue') as 'issue' | 'issuewild' | 'iodef';
      return { ...base, type: 'CAA', flags, tag, value: r.data?.value ?? parsed?.[3] ?? '' };
    }
    default:
      return null; // types the app does not manage (SRV, HTTPS, ...) are left alone
  }
}

function toCloudflareBody(zone: ProviderZone, record: DnsRecord) {
  const base = { name: fqdn(zone, record.name), ttl: record.ttl, proxied: false };
  switch (record.type) {
    case 'TXT':
      return { ...base, type: 'TXT' as const, content: txtChunks(record.value).length > 1 ? txtZoneValue(record.value) : record.value };
    case 'MX':
      return { ...base, type: 'MX' as const, content: record.value, priority: record.priority };
    case 'CAA':
      return { ...base, type: 'CAA' as const, content: caaZoneValue(record), data: { flags: record.flags, tag: record.tag, value: record.value } };
    default:
      return { ...base, type: record.type, content: record.value };
  }
}

const ANALYTICS_QUERY = `query ZoneAnalytics($zoneTag: string!, $since: Date!, $until: Date!) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      httpRequests1dGroups(limit: 366, filter: { date_geq: $since, date_leq: $until }, orderBy: [date_ASC]) {
        dimensions { date }
        sum { requests cachedRequests bytes cachedBytes pageViews threats }
        uniq { uniques }
      }
    }
  }
}`;

type AnalyticsGroup = {
  dimensions: { date: string };
  sum: { requests: number; cachedRequests: number; bytes: number; cachedBytes: number; pageViews: number; threats: number };
  uniq: { uniques: number };
};
type GraphqlAnswer = { data: { viewer: { zones: Array<{ httpRequests1dGroups: AnalyticsGroup[] }> } } | null; errors: Array<{ message: string }> | null };

const day = /^\d{4}-\d{2}-\d{2}$/;

// Cloudflare's maximum per page for zones and DNS records lists.
const PER_PAGE = 100;
// Cloudflare takes at most 30 URLs in one purge request (Free, Pro and Business plans).
export const PURGE_BATCH = 30;

export class CloudflareProvider implements DnsProvider {
  readonly id = 'cloudflare' as const;
  private readonly client: Cloudflare;

  constructor(config: CloudflareConfig) {
    this.client = new Cloudflare({ apiToken: config.apiToken, baseURL: config.baseURL ?? null, maxRetries: config.maxRetries ?? 2, timeout: 20_000 });
  }

  async findZone(hostname: string): Promise<ProviderZone | null> {
    const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
    // Longest name first: shop.example.co.uk, example.co.uk, co.uk (a zone is never a bare TLD).
    for (let i = 0; i < labels.length - 1; i++) {
      const name = labels.slice(i).join('.');
      const page = await call(`looking up the zone ${name}`, () => this.client.zones.list({ name, per_page: 5 }));
      const zone = page.result.find((z) => z.name === name);
      if (zone) return { id: zone.id, name: zone.name, status: zone.status ?? 'unknown', nameservers: zone.name_servers ?? [] };
    }
    return null;
  }

  async createZone(name: string): Promise<ProviderZone> {
    return call(`adding the zone ${name}`, async () => {
      // The token's first account holds the zones the app creates.
      const accounts = await this.client.accounts.list({ per_page: 5 });
      const account = accounts.result[0];
      if (!account) throw new AppError('UPSTREAM_FAILED', 'The Cloudflare token reaches no account. Check CLOUDFLARE_API_TOKEN (Zone: Edit on an account).');
      const zone = await this.client.zones.create({ account: { id: account.id }, name, type: 'full' });
      return { id: zone.id, name: zone.name, status: zone.status ?? 'pending', nameservers: zone.name_servers ?? [] };
    });
  }

  async listRecords(zone: ProviderZone): Promise<ProviderRecord[]> {
    return call(`listing the records of ${zone.name}`, async () => {
      const records: ProviderRecord[] = [];
      // The SDK asks for the next page until one comes back empty.
      for await (const r of this.client.dns.records.list({ zone_id: zone.id, per_page: PER_PAGE })) {
        const record = toProviderRecord(zone, r as CfRecord);
        if (record) records.push(record);
      }
      return records;
    });
  }

  async createRecord(zone: ProviderZone, record: DnsRecord): Promise<ProviderRecord> {
    const created = await call(`creating the ${record.type} record ${fqdn(zone, record.name)}`, () =>
      this.client.dns.records.create({ zone_id: zone.id, ...toCloudflareBody(zone, record) } as Cloudflare.DNS.RecordCreateParams),
    );
    return toProviderRecord(zone, created as CfRecord)!;
  }

  async updateRecord(zone: ProviderZone, recordId: string, record: DnsRecord): Promise<ProviderRecord> {
    const updated = await call(`updating the ${record.type} record ${fqdn(zone, record.name)}`, () =>
      this.client.dns.records.update(recordId, { zone_id: zone.id, ...toCloudflareBody(zone, record) } as Cloudflare.DNS.RecordUpdateParams),
    );
    return toProviderRecord(zone, updated as CfRecord)!;
  }

  async deleteRecord(zone: ProviderZone, recordId: string): Promise<void> {
    await call(`deleting a record of ${zone.name}`, () => this.client.dns.records.delete(recordId, { zone_id: zone.id }));
  }

  async purgeUrls(zone: ProviderZone, urls: string[]): Promise<void> {
    for (let i = 0; i < urls.length; i += PURGE_BATCH) {
      const files = urls.slice(i, i + PURGE_BATCH);
      await call(`purging ${files.length} URLs of ${zone.name}`, () => this.client.cache.purge({ zone_id: zone.id, files }));
    }
  }

  async getSslMode(zone: ProviderZone): Promise<SslMode> {
    const setting = await call(`reading the SSL mode of ${zone.name}`, () => this.client.zones.settings.get('ssl', { zone_id: zone.id }));
    return parseSslMode((setting as { value?: unknown }).value);
  }

  async setSslMode(zone: ProviderZone, mode: SslMode): Promise<SslMode> {
    const setting = await call(`setting the SSL mode of ${zone.name}`, () => this.client.zones.settings.edit('ssl', { zone_id: zone.id, value: mode }));
    return parseSslMode((setting as { value?: unknown }).value);
  }

  async zoneAnalytics(zone: ProviderZone, range: { since: string; until: string }): Promise<ZoneAnalyticsDay[]> {
    if (!day.test(range.since) || !day.test(range.until) || range.since > range.until) {
      throw new AppError('INVALID_INPUT', 'The analytics range is two dates (YYYY-MM-DD), the first not after the second.');
    }
    const answer = await call(`reading the analytics of ${zone.name}`, () =>
      this.client.post<GraphqlAnswer>('/graphql', { body: { query: ANALYTICS_QUERY, variables: { zoneTag: zone.id, ...range } } }),
    );
    // GraphQL reports its errors with a 200.
    if (answer.errors?.length) throw new AppError('UPSTREAM_FAILED', `Cloudflare's analytics refused the query: ${answer.errors[0].message}`);
    const groups = answer.data?.viewer.zones[0]?.httpRequests1dGroups ?? [];
    return groups.map((g) => ({
      date: g.dimensions.date,
      requests: g.sum.requests,
      cachedRequests: g.sum.cachedRequests,
      bytes: g.sum.bytes,
      cachedBytes: g.sum.cachedBytes,
      pageViews: g.sum.pageViews,
      threats: g.sum.threats,
      uniqueVisitors: g.uniq.uniques,
    }));
  }
}

function parseSslMode(value: unknown): SslMode {
  if (typeof value === 'string' && (sslModes as readonly string[]).includes(value)) return value as SslMode;
  throw new AppError('UPSTREAM_FAILED', `Cloudflare answered an SSL mode we do not know (${String(value)}).`);
}
