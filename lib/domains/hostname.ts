// Hostname rules for custom domains: what an owner types ("https://WWW.Padaria-do-Zé.com.br/",
// "loja.exemplo.com.br.") becomes one normalised ASCII hostname, or a reason it cannot be used.
// The registrable domain comes from the Public Suffix List (tldts): an apex (`example.com.br`) is
// connected with its `www` (one Domain row, withWww), anything below it (`shop.example.com`) alone.
import { parse } from 'tldts';

export type HostnameProblem = 'EMPTY' | 'TOO_LONG' | 'INVALID' | 'IP_ADDRESS' | 'SINGLE_LABEL' | 'PUBLIC_SUFFIX' | 'RESERVED';

export type ParsedHostname = {
  hostname: string; // ASCII (punycode), lowercase, no trailing dot: what is stored and resolved
  apex: string; // the registrable domain it belongs to (its DNS zone, usually)
  isApex: boolean;
  withWww: boolean; // an apex is connected with www.<apex> too
};

export type HostnameResult = { ok: true; value: ParsedHostname } | { ok: false; problem: HostnameProblem };

// RFC 1035: a name of at most 253 characters in labels of 1 to 63 letters, digits and hyphens, not
// starting or ending with a hyphen. Punycode labels (xn--) fit the same rule.
const MAX_NAME = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// What someone could paste: a long URL is fine, a megabyte is not worth parsing.
const MAX_INPUT = 2048;

function stripToHost(input: string): string {
  let value = input.trim();
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '');
  value = value.split(/[/?#\\]/, 1)[0]!;
  // user:password@host
  const at = value.lastIndexOf('@');
  if (at >= 0) value = value.slice(at + 1);
  return value;
}

function toAscii(host: string): string | null {
  // The URL parser applies IDNA (Unicode -> punycode, case folding, full-width dots) the same way
  // browsers do, and rejects what cannot be a host.
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

const isIpv4 = (host: string) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);

// `reserved`: our own hosts (SITES_DOMAIN, the app's host); they and every name below them are refused.
export function parseHostname(input: string, reserved: readonly string[] = []): HostnameResult {
  if (input.length > MAX_INPUT) return { ok: false, problem: 'TOO_LONG' };
  let host = stripToHost(input);
  if (host === '') return { ok: false, problem: 'EMPTY' };
  if (host.startsWith('[') || (host.match(/:/g)?.length ?? 0) > 1) return { ok: false, problem: 'IP_ADDRESS' };
  host = host.replace(/:\d*$/, '');
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '') return { ok: false, problem: 'EMPTY' };
  if (/[\s%:]/.test(host) || host.startsWith('.') || host.endsWith('.') || host.includes('..')) return { ok: false, problem: 'INVALID' };
  const ascii = toAscii(host);
  if (ascii === null || ascii === '') return { ok: false, problem: 'INVALID' };
  // The URL parser reads "0x7f.1" or "2130706433" as IPv4 too: any of them is an address.
  if (isIpv4(ascii)) return { ok: false, problem: 'IP_ADDRESS' };
  const hostname = ascii.endsWith('.') ? ascii.slice(0, -1) : ascii;
  if (hostname.length > MAX_NAME) return { ok: false, problem: 'TOO_LONG' };
  const labels = hostname.split('.');
  if (labels.some((label) => label.length > 63)) return { ok: false, problem: 'TOO_LONG' };
  if (!labels.every((label) => LABEL.test(label))) return { ok: false, problem: 'INVALID' };
  if (labels.length < 2) return { ok: false, problem: 'SINGLE_LABEL' };
  for (const own of reserved) {
    const name = own.toLowerCase().replace(/\.$/, '');
    if (name && (hostname === name || hostname.endsWith(`.${name}`))) return { ok: false, problem: 'RESERVED' };
  }
  if (labels.at(-1) === 'localhost') return { ok: false, problem: 'RESERVED' };
  const info = parse(hostname, { allowPrivateDomains: true, extractHostname: false });
  if (info.isIp) return { ok: false, problem: 'IP_ADDRESS' };
  if (!info.domain || info.publicSuffix === hostname) return { ok: false, problem: 'PUBLIC_SUFFIX' };
  const apex = info.domain;
  if (hostname === apex) return { ok: true, value: { hostname, apex, isApex: true, withWww: true } };
  if (hostname === `www.${apex}`) return { ok: true, value: { hostname: apex, apex, isApex: true, withWww: true } };
  return { ok: true, value: { hostname, apex, isApex: false, withWww: false } };
}

// The names a connected domain answers on.
export function hostnamesOf(domain: { hostname: string; withWww: boolean }): string[] {
  return domain.withWww ? [domain.hostname, `www.${domain.hostname}`] : [domain.hostname];
}

// The names of the zones that can hold `hostname`, most specific first: the hostname itself and each
// parent down to its registrable domain (`shop.example.co.uk`, `example.co.uk`; never `co.uk`, and
// `a.github.io` stops at itself, github.io being a public suffix of its own).
export function zoneNamesFor(hostname: string): string[] {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  const apex = parse(name, { allowPrivateDomains: true, extractHostname: false }).domain ?? name;
  const labels = name.split('.');
  const names: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    names.push(candidate);
    if (candidate === apex) break;
  }
  return names;
}
