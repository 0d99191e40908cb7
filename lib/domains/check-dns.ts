// The DNS check of one custom domain, through the configured resolver (DNS_RESOLVER, else the
// system's): ownership by a TXT record `_pagemagic.<hostname>` holding the domain's token, routing
// by A/AAAA to our addresses (an apex) or a CNAME to our target (a subdomain, and the apex's www).
// Each problem is a finding with a stable code; the Domains page words it in the owner's language.
import { Resolver } from 'node:dns/promises';
import { env } from '@/lib/env';
import { cdnInFront } from './cdn';
import { ask, bare } from './dns-answer';
import { parseHostname } from './hostname';
import { checkNameservers, type Probe } from './nameservers';

export const findingCodes = [
  'OK',
  'TXT_MISSING',
  'TXT_WRONG',
  'A_MISSING',
  'A_WRONG',
  'AAAA_WRONG',
  'CNAME_MISSING',
  'CNAME_WRONG',
  'NXDOMAIN',
  'RESOLVER_FAILED',
  'CAA_FORBIDS',
  'PROXIED_BY_CDN',
  'NS_NOT_CHANGED',
  'NS_PROPAGATING',
  'PROPAGATING',
  'PROPAGATING_PARTLY',
  'NAMESERVER_FAILED',
  'HOSTNAME_TAKEN',
] as const;
export type FindingCode = (typeof findingCodes)[number];

// What the resolver says is wrong with a record; when the domain's nameservers show the change is
// already made and still spreading, the propagation finding replaces these for that name.
const RECORD_PROBLEMS: FindingCode[] = ['TXT_MISSING', 'TXT_WRONG', 'A_MISSING', 'A_WRONG', 'AAAA_WRONG', 'CNAME_MISSING', 'CNAME_WRONG', 'NXDOMAIN'];

// name: the DNS name the finding is about; expected/found: record values, for the page to show.
export type Finding = { code: FindingCode; name: string; expected?: string[]; found?: string[] };

export type DnsCheck = { isOwnershipProven: boolean; isRoutingOk: boolean; findings: Finding[] };

export type DnsCheckConfig = {
  resolver: string; // "ip" or "ip:port" ("[v6]:port"); '' for the system's
  cnameTarget: string;
  a: string[];
  aaaa: string[];
  caaDomain: string; // our CA's name in CAA records (ACME_CAA_DOMAIN)
  timeoutMs: number; // per query attempt
  nameserverPort: number; // where the domain's nameservers are asked directly (53)
};

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);

export function dnsCheckConfig(): DnsCheckConfig {
  return {
    resolver: env.DNS_RESOLVER,
    cnameTarget: bare(env.DOMAINS_CNAME_TARGET),
    a: list(env.DOMAINS_A),
    aaaa: list(env.DOMAINS_AAAA),
    caaDomain: bare(env.ACME_CAA_DOMAIN),
    timeoutMs: 2000,
    nameserverPort: 53,
  };
}

export const TXT_PREFIX = '_pagemagic';

export type RequiredRecord = {
  type: 'TXT' | 'A' | 'AAAA' | 'CNAME' | 'ALIAS';
  name: string; // the full name
  host: string; // the name relative to the registrable domain, as registrars ask for it ('@' for the apex)
  value: string;
};

// The records the owner creates, in the order the page lists them.
export function requiredRecords(domain: { hostname: string; withWww: boolean; verificationToken: string }, config = dnsCheckConfig()): RequiredRecord[] {
  const parsed = parseHostname(domain.hostname);
  const apex = parsed.ok ? parsed.value.apex : domain.hostname;
  const host = (name: string) => (name === apex ? '@' : name.slice(0, -(apex.length + 1)));
  const record = (type: RequiredRecord['type'], name: string, value: string): RequiredRecord => ({ type, name, host: host(name), value });
  const records = [record('TXT', `${TXT_PREFIX}.${domain.hostname}`, domain.verificationToken)];
  if (domain.hostname === apex) {
    for (const ip of config.a) records.push(record('A', domain.hostname, ip));
    for (const ip of config.aaaa) records.push(record('AAAA', domain.hostname, ip));
    // No addresses configured: an ALIAS (ANAME, flattened CNAME) to the target is the only way.
    if (config.a.length === 0 && config.aaaa.length === 0) records.push(record('ALIAS', domain.hostname, config.cnameTarget));
  } else {
    records.push(record('CNAME', domain.hostname, config.cnameTarget));
  }
  if (domain.withWww) records.push(record('CNAME', `www.${domain.hostname}`, config.cnameTarget));
  return records;
}

function resolverFor(config: DnsCheckConfig): Resolver {
  const resolver = new Resolver({ timeout: config.timeoutMs, tries: 2 });
  if (config.resolver) resolver.setServers([config.resolver]);
  return resolver;
}

const shown = (values: string[]) => values.slice(0, 5).map((v) => (v.length > 120 ? `${v.slice(0, 117)}...` : v));

// zoneNameservers: the nameservers of the zone the domain is meant to be served from (a DNSZone
// at Cloudflare, a registration), when we know them.
export async function checkDns(
  domain: { hostname: string; withWww: boolean; verificationToken: string; zoneNameservers?: string[] },
  config = dnsCheckConfig(),
): Promise<DnsCheck> {
  let resolver: Resolver;
  try {
    resolver = resolverFor(config);
  } catch (error) {
    const finding: Finding = { code: 'RESOLVER_FAILED', name: domain.hostname, found: [error instanceof Error ? error.message : String(error)] };
    return { isOwnershipProven: false, isRoutingOk: false, findings: [finding] };
  }
  const findings: Finding[] = [];

  // Our addresses: the configured ones, or (none configured) those of the CNAME target.
  let ours: { a: string[]; aaaa: string[] } = { a: config.a, aaaa: config.aaaa };
  if (ours.a.length === 0 && ours.aaaa.length === 0) {
    const [a, aaaa] = await Promise.all([ask(() => resolver.resolve4(config.cnameTarget)), ask(() => resolver.resolve6(config.cnameTarget))]);
    ours = { a: a.kind === 'ok' ? a.values : [], aaaa: aaaa.kind === 'ok' ? aaaa.values.map((v) => v.toLowerCase()) : [] };
  }

  const problem = (finding: Finding): false => {
    findings.push(finding);
    return false;
  };

  // Every address of `name` is ours and there is at least one: pointed at us.
  async function addresses(name: string): Promise<{ ok: boolean; failed?: string; nxdomain?: boolean; a: string[]; aaaa: string[] }> {
    const [a, aaaa] = await Promise.all([ask(() => resolver.resolve4(name)), ask(() => resolver.resolve6(name))]);
    const failed = a.kind === 'failed' ? a.reason : aaaa.kind === 'failed' ? aaaa.reason : undefined;
    const foundA = a.kind === 'ok' ? a.values : [];
    const foundAaaa = aaaa.kind === 'ok' ? aaaa.values.map((v) => v.toLowerCase()) : [];
    const isAllOurs = foundA.every((ip) => ours.a.includes(ip)) && foundAaaa.every((ip) => ours.aaaa.includes(ip));
    return { ok: !failed && isAllOurs && foundA.length + foundAaaa.length > 0, failed, nxdomain: a.kind === 'nxdomain', a: foundA, aaaa: foundAaaa };
  }

  async function checkApex(name: string): Promise<boolean> {
    const found = await addresses(name);
    if (found.failed) return problem({ code: 'RESOLVER_FAILED', name, found: [found.failed] });
    if (found.nxdomain) return problem({ code: 'NXDOMAIN', name });
    const strayA = found.a.filter((ip) => !ours.a.includes(ip));
    const strayAaaa = found.aaaa.filter((ip) => !ours.aaaa.includes(ip));
    // Another CDN's proxy in front: its addresses, not the owner's old host's.
    const cdn = cdnInFront({ addresses: [...strayA, ...strayAaaa] });
    if (cdn) return problem({ code: 'PROXIED_BY_CDN', name, expected: [...ours.a, ...ours.aaaa], found: [cdn] });
    if (strayA.length) findings.push({ code: 'A_WRONG', name, expected: ours.a, found: shown(found.a) });
    if (strayAaaa.length) findings.push({ code: 'AAAA_WRONG', name, expected: ours.aaaa, found: shown(found.aaaa) });
    if (!found.ok && !strayA.length && !strayAaaa.length) findings.push({ code: 'A_MISSING', name, expected: [...ours.a, ...ours.aaaa] });
    return found.ok;
  }

  async function checkSubdomain(name: string): Promise<boolean> {
    const cname = await ask(() => resolver.resolveCname(name));
    if (cname.kind === 'failed') return problem({ code: 'RESOLVER_FAILED', name, found: [cname.reason] });
    if (cname.kind === 'nxdomain') return problem({ code: 'NXDOMAIN', name });
    if (cname.kind === 'ok' && cname.values.some((v) => bare(v) === config.cnameTarget)) return true;
    // Another CNAME (a chain ending at ours) or none (a flattened record): the addresses decide.
    const found = await addresses(name);
    if (found.failed) return problem({ code: 'RESOLVER_FAILED', name, found: [found.failed] });
    if (found.ok) return true;
    const cdn = cdnInFront({ cnames: cname.kind === 'ok' ? cname.values : [], addresses: [...found.a, ...found.aaaa] });
    if (cdn) return problem({ code: 'PROXIED_BY_CDN', name, expected: [config.cnameTarget], found: [cdn] });
    if (cname.kind === 'ok') findings.push({ code: 'CNAME_WRONG', name, expected: [config.cnameTarget], found: shown(cname.values.map(bare)) });
    else findings.push({ code: 'CNAME_MISSING', name, expected: [config.cnameTarget], found: shown([...found.a, ...found.aaaa]) });
    return false;
  }

  // CAA (RFC 8659): the CAA records nearest to `name` (its own, else its parent's, up to the
  // registrable domain) decide which CAs may issue for it; `issue` records that do not name ours
  // forbid our certificate. No records, or only issuewild/iodef: anyone may.
  async function checkCaa(name: string): Promise<boolean> {
    const apexName = parsed.ok ? parsed.value.apex : name;
    for (let at = name; ; at = at.slice(at.indexOf('.') + 1)) {
      const caa = await ask(() => resolver.resolveCaa(at));
      if (caa.kind === 'ok') {
        const issuers = caa.values.flatMap((record) => (record.issue === undefined ? [] : [bare(record.issue.split(';')[0].trim())]));
        if (issuers.length && !issuers.includes(config.caaDomain))
          return problem({ code: 'CAA_FORBIDS', name: at, expected: [config.caaDomain], found: shown(issuers.map((v) => v || ';')) });
        return true;
      }
      if (at === apexName || !at.includes('.')) return true;
    }
  }

  const txtName = `${TXT_PREFIX}.${domain.hostname}`;
  const parsed = parseHostname(domain.hostname);
  const isApex = parsed.ok && parsed.value.isApex;
  const [txt, routed, wwwRouted, caaAllowed, wwwCaaAllowed] = await Promise.all([
    ask(() => resolver.resolveTxt(txtName)),
    isApex ? checkApex(domain.hostname) : checkSubdomain(domain.hostname),
    domain.withWww ? checkSubdomain(`www.${domain.hostname}`) : Promise.resolve(true),
    checkCaa(domain.hostname),
    domain.withWww ? checkCaa(`www.${domain.hostname}`) : Promise.resolve(true),
  ]);
  let isOwnershipProven = false;
  if (txt.kind === 'failed') findings.unshift({ code: 'RESOLVER_FAILED', name: txtName, found: [txt.reason] });
  else if (txt.kind !== 'ok') findings.unshift({ code: 'TXT_MISSING', name: txtName, expected: [domain.verificationToken] });
  else {
    // A TXT record may be split into strings of 255 bytes; its value is their concatenation.
    const values = txt.values.map((chunks) => chunks.join(''));
    isOwnershipProven = values.some((v) => v.trim() === domain.verificationToken);
    if (!isOwnershipProven) findings.unshift({ code: 'TXT_WRONG', name: txtName, expected: [domain.verificationToken], found: shown(values) });
  }
  // A CA we may not use leaves the domain without a certificate: not ready either.
  const isRoutingOk = routed && wwwRouted && caaAllowed && wwwCaaAllowed;
  const isOk = isOwnershipProven && isRoutingOk;

  // The domain's nameservers, asked directly, say whether what is wrong is already fixed and
  // spreading. They only explain: what decides is still what the resolver sees.
  const ownA = (values: string[]) => values.every((ip) => ours.a.includes(ip)) && (values.length > 0 || ours.a.length === 0);
  const ownAaaa = (values: string[]) => values.every((ip) => ours.aaaa.includes(ip));
  const toUs = (values: string[]) => values.includes(config.cnameTarget);
  const probes: Probe[] = isOk
    ? []
    : [
        { name: txtName, type: 'TXT', isRight: (values) => values.includes(domain.verificationToken) },
        ...(isApex
          ? [
              { name: domain.hostname, type: 'A' as const, isRight: ownA },
              { name: domain.hostname, type: 'AAAA' as const, isRight: ownAaaa },
            ]
          : [{ name: domain.hostname, type: 'CNAME' as const, isRight: toUs }]),
        ...(domain.withWww ? [{ name: `www.${domain.hostname}`, type: 'CNAME' as const, isRight: toUs }] : []),
      ];
  const nameserverFindings = await checkNameservers({
    resolver,
    apex: parsed.ok ? parsed.value.apex : domain.hostname,
    expected: domain.zoneNameservers ?? [],
    probes,
    nameserverPort: config.nameserverPort,
    timeoutMs: config.timeoutMs,
  });
  const spreading = new Set(nameserverFindings.filter((f) => f.code === 'PROPAGATING' || f.code === 'PROPAGATING_PARTLY').map((f) => f.name));
  const kept = findings.filter((f) => !(spreading.has(f.name) && RECORD_PROBLEMS.includes(f.code)));
  findings.length = 0;
  findings.push(...kept, ...nameserverFindings.map((f) => ({ ...f, expected: f.expected && shown(f.expected), found: f.found && shown(f.found) })));
  if (isOk) findings.push({ code: 'OK', name: domain.hostname });
  // The apex and www are checked side by side: a fixed order keeps the page still between checks.
  const order = (f: Finding) => (f.name === txtName ? 0 : f.name === domain.hostname ? 1 : 2);
  findings.sort((x, y) => order(x) - order(y));
  return { isOwnershipProven, isRoutingOk, findings };
}
