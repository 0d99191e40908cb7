// A local stand-in for Cloudflare's v4 API, for tests: the official `cloudflare` SDK is pointed at
// it (baseURL http://127.0.0.1:<port>/client/v4) and it answers the calls lib/domains makes in
// Cloudflare's envelope { success, errors, messages, result, result_info }, kept in memory: zones,
// DNS records (paged, capped per page as the real API is), cache purges, the SSL setting and the
// GraphQL Analytics API. Errors come in the same envelope: 401 for a wrong token, 400 with
// Cloudflare's error codes for a bad or duplicate record, 404, and injected faults (429, 5xx).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ZoneAnalyticsDay } from '@/lib/domains/providers/dns-provider';

type Zone = { id: string; name: string; status: string; name_servers: string[]; account: { id: string; name: string }; ssl: string };
type DnsRecord = {
  id: string;
  zone_id: string;
  zone_name: string;
  name: string;
  type: string;
  content: string;
  ttl: number;
  proxied: boolean;
  priority?: number;
  data?: { flags: number; tag: string; value: string };
  created_on: string;
  modified_on: string;
};
// A day of the zone's analytics, as the provider's adapter reports it (the GraphQL answer spells
// uniqueVisitors `uniq.uniques`).
type DayStats = ZoneAnalyticsDay;
type Fault = { method: string; pathPrefix: string; times: number; status: number; code: number; message: string };

export type CloudflareStandIn = {
  url: string;
  baseURL: string;
  token: string;
  zones: Map<string, Zone>;
  records: Map<string, DnsRecord>;
  purges: Array<{ zoneId: string; files: string[] }>;
  graphql: Array<{ query: string; variables: Record<string, unknown> }>;
  requests: Array<{ method: string; path: string; query: string }>;
  addZone: (name: string) => Zone;
  setAnalytics: (zoneId: string, days: DayStats[]) => void;
  fail: (method: string, pathPrefix: string, status: number, opts?: { times?: number; code?: number; message?: string }) => void;
  close: () => Promise<void>;
};

const newId = () => randomBytes(16).toString('hex');
const iso = () => new Date().toISOString();

function envelope(result: unknown, extra: Record<string, unknown> = {}) {
  return { success: true, errors: [], messages: [], result, ...extra };
}
function failure(code: number, message: string) {
  return { success: false, errors: [{ code, message }], messages: [], result: null };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

// Cloudflare's checks of a record's content, the ones the tests meet (codes as Cloudflare sends them).
function invalidContent(type: string, content: string): string | null {
  if (type === 'A' && !/^(\d{1,3}\.){3}\d{1,3}$/.test(content)) return 'Content for A record is invalid. Must be a valid IPv4 address';
  if (type === 'AAAA' && !content.includes(':')) return 'Content for AAAA record is invalid. Must be a valid IPv6 address';
  if ((type === 'CNAME' || type === 'MX' || type === 'NS') && !/^[a-z0-9.-]+$/i.test(content)) return `Content for ${type} record is invalid.`;
  return null;
}

export async function startCloudflareStandIn(opts: { token?: string; port?: number; maxPerPage?: number } = {}): Promise<CloudflareStandIn> {
  const token = opts.token ?? `cf-test-${newId()}`;
  const maxPerPage = opts.maxPerPage ?? 100;
  const zones = new Map<string, Zone>();
  const records = new Map<string, DnsRecord>();
  const analytics = new Map<string, DayStats[]>();
  const purges: CloudflareStandIn['purges'] = [];
  const graphql: CloudflareStandIn['graphql'] = [];
  const requests: CloudflareStandIn['requests'] = [];
  const faults: Fault[] = [];

  function page<T>(items: T[], query: URLSearchParams, res: ServerResponse) {
    const perPage = Math.min(Number(query.get('per_page') ?? 20) || 20, maxPerPage);
    const pageNo = Math.max(Number(query.get('page') ?? 1) || 1, 1);
    const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    // Like the real API: a page past the end is an empty result, which is how the SDK knows to stop.
    send(
      res,
      200,
      envelope(slice, {
        result_info: { page: pageNo, per_page: perPage, count: slice.length, total_count: items.length, total_pages: Math.ceil(items.length / perPage) },
      }),
    );
  }

  function writeRecord(zone: Zone, body: Record<string, unknown>, existing?: DnsRecord): DnsRecord | { error: [number, string] } {
    const type = String(body.type ?? existing?.type ?? '');
    const name = String(body.name ?? existing?.name ?? '');
    const data = body.data as DnsRecord['data'] | undefined;
    const content = type === 'CAA' && data ? `${data.flags} ${data.tag} "${data.value}"` : String(body.content ?? existing?.content ?? '');
    if (!type || !name) return { error: [9000, 'DNS name is invalid.'] };
    if (name !== zone.name && !name.endsWith(`.${zone.name}`)) return { error: [9000, `DNS name ${name} is not in zone ${zone.name}.`] };
    const invalid = invalidContent(type, content);
    if (invalid) return { error: [9005, invalid] };
    if (type === 'MX' && typeof body.priority !== 'number') return { error: [9101, 'Priority must be set for MX record.'] };
    const same = [...records.values()].find(
      (r) => r.zone_id === zone.id && r.id !== existing?.id && r.type === type && r.name === name && r.content === content,
    );
    if (same) return { error: [81058, 'An identical record already exists.'] };
    if (type === 'CNAME' || [...records.values()].some((r) => r.zone_id === zone.id && r.id !== existing?.id && r.name === name && r.type === 'CNAME')) {
      if ([...records.values()].some((r) => r.zone_id === zone.id && r.id !== existing?.id && r.name === name)) {
        return { error: [81053, 'An A, AAAA, or CNAME record with that host already exists.'] };
      }
    }
    const record: DnsRecord = {
      id: existing?.id ?? newId(),
      zone_id: zone.id,
      zone_name: zone.name,
      name,
      type,
      content,
      ttl: typeof body.ttl === 'number' ? body.ttl : (existing?.ttl ?? 1),
      proxied: typeof body.proxied === 'boolean' ? body.proxied : (existing?.proxied ?? false),
      ...(typeof body.priority === 'number' ? { priority: body.priority } : {}),
      ...(data ? { data } : {}),
      created_on: existing?.created_on ?? iso(),
      modified_on: iso(),
    };
    records.set(record.id, record);
    return record;
  }

  function analyticsAnswer(body: { query?: string; variables?: Record<string, unknown> }) {
    const query = body.query ?? '';
    const variables = body.variables ?? {};
    graphql.push({ query, variables });
    if (!/viewer\s*{\s*zones\s*\(\s*filter\s*:\s*{\s*zoneTag\s*:\s*\$zoneTag/.test(query) || !/httpRequests1dGroups/.test(query)) {
      return { data: null, errors: [{ message: 'unknown field or filter', path: ['viewer'], extensions: { code: 'bad_query' } }] };
    }
    const zoneTag = String(variables.zoneTag ?? '');
    if (!zones.has(zoneTag)) return { data: { viewer: { zones: [] } }, errors: null };
    const since = String(variables.since ?? '');
    const until = String(variables.until ?? '');
    const groups = (analytics.get(zoneTag) ?? [])
      .filter((d) => d.date >= since && d.date <= until)
      .map((d) => ({
        dimensions: { date: d.date },
        sum: { requests: d.requests, cachedRequests: d.cachedRequests, bytes: d.bytes, cachedBytes: d.cachedBytes, pageViews: d.pageViews, threats: d.threats },
        uniq: { uniques: d.uniqueVisitors },
      }));
    return { data: { viewer: { zones: [{ httpRequests1dGroups: groups }] } }, errors: null };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (!url.pathname.startsWith('/client/v4/')) return send(res, 404, failure(7000, 'No route for that URI'));
    const path = url.pathname.slice('/client/v4'.length);
    requests.push({ method, path, query: url.search });
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, failure(10000, 'Authentication error'));
    const fault = faults.find((f) => f.method === method && path.startsWith(f.pathPrefix) && f.times > 0);
    if (fault) {
      fault.times -= 1;
      // retry-after-ms keeps the SDK's retries of a 429 quick in tests.
      return send(res, fault.status, failure(fault.code, fault.message), fault.status === 429 ? { 'retry-after-ms': '5' } : {});
    }
    const body = method === 'GET' || method === 'DELETE' ? {} : ((await readBody(req)) as Record<string, unknown>);
    let m: RegExpMatchArray | null;

    if (method === 'POST' && path === '/graphql') return send(res, 200, analyticsAnswer(body));
    if (method === 'GET' && path === '/accounts') return page([{ id: 'acc1', name: 'Page Magic', type: 'standard' }], url.searchParams, res);
    if (method === 'POST' && path === '/zones') {
      const name = String(body.name ?? '').toLowerCase();
      if ((body.account as { id?: string } | undefined)?.id !== 'acc1') return send(res, 400, failure(1001, 'Invalid account'));
      if ([...zones.values()].some((z) => z.name === name)) return send(res, 400, failure(1061, `${name} already exists`));
      const zone = addZone(name);
      zone.status = 'pending';
      return send(res, 200, envelope(zone));
    }
    if (method === 'GET' && path === '/zones') {
      const name = url.searchParams.get('name');
      return page(
        [...zones.values()].filter((z) => !name || z.name === name),
        url.searchParams,
        res,
      );
    }
    if ((m = path.match(/^\/zones\/([^/]+)(\/.*)?$/))) {
      const zone = zones.get(m[1]);
      if (!zone) return send(res, 404, failure(7003, 'Could not route to /zones/' + m[1] + ', perhaps your object identifier is invalid?'));
      const rest = m[2] ?? '';
      if (method === 'GET' && rest === '') return send(res, 200, envelope(zone));
      if (method === 'GET' && rest === '/dns_records') {
        const type = url.searchParams.get('type');
        const name = url.searchParams.get('name') ?? url.searchParams.get('name.exact');
        const list = [...records.values()].filter((r) => r.zone_id === zone.id && (!type || r.type === type) && (!name || r.name === name));
        return page(list, url.searchParams, res);
      }
      if (method === 'POST' && rest === '/dns_records') {
        const written = writeRecord(zone, body);
        return 'error' in written ? send(res, 400, failure(...written.error)) : send(res, 200, envelope(written));
      }
      if ((m = rest.match(/^\/dns_records\/([^/]+)$/))) {
        const record = records.get(m[1]);
        if (!record || record.zone_id !== zone.id) return send(res, 404, failure(81044, 'Record does not exist.'));
        if (method === 'GET') return send(res, 200, envelope(record));
        if (method === 'DELETE') {
          records.delete(record.id);
          return send(res, 200, envelope({ id: record.id }));
        }
        if (method === 'PUT' || method === 'PATCH') {
          const written = writeRecord(zone, method === 'PUT' ? body : { ...record, ...body }, record);
          return 'error' in written ? send(res, 400, failure(...written.error)) : send(res, 200, envelope(written));
        }
      }
      if (method === 'POST' && rest === '/purge_cache') {
        const files = (body.files as unknown[] | undefined)?.map((f) => (typeof f === 'string' ? f : String((f as { url: string }).url)));
        if (!files || files.length === 0)
          return send(res, 400, failure(1012, 'Request must contain one of "purge_everything", "files", "tags", "hosts" or "prefixes"'));
        // Cloudflare takes at most 30 URLs per purge request on most plans.
        if (files.length > 30) return send(res, 400, failure(1018, 'More than 30 files in a purge request'));
        purges.push({ zoneId: zone.id, files });
        return send(res, 200, envelope({ id: zone.id }));
      }
      if (rest === '/settings/ssl') {
        if (method === 'PATCH') {
          const value = String(body.value ?? '');
          if (!['off', 'flexible', 'full', 'strict'].includes(value)) return send(res, 400, failure(1007, `Invalid value for zone setting ssl`));
          zone.ssl = value;
        }
        return send(res, 200, envelope({ id: 'ssl', value: zone.ssl, editable: true, modified_on: iso() }));
      }
    }
    return send(res, 404, failure(7000, 'No route for that URI'));
  }

  function addZone(name: string): Zone {
    const zone: Zone = {
      id: newId(),
      name,
      status: 'active',
      name_servers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'],
      account: { id: 'acc1', name: 'Page Magic' },
      ssl: 'flexible',
    };
    zones.set(zone.id, zone);
    return zone;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, failure(10001, String(error))));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    baseURL: `${url}/client/v4`,
    token,
    zones,
    records,
    purges,
    graphql,
    requests,
    addZone,
    setAnalytics(zoneId, days) {
      analytics.set(zoneId, days);
    },
    fail(method, pathPrefix, status, o = {}) {
      faults.push({
        method,
        pathPrefix,
        status,
        times: o.times ?? 1,
        code: o.code ?? (status === 429 ? 971 : 10000),
        message: o.message ?? (status === 429 ? 'Please wait and consider throttling your request speed' : 'Internal error'),
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
