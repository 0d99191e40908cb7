// What one page view is, from its request headers, without keeping anything personal: the device
// class (not the user agent), the referring site's host (not its address), the country Cloudflare
// names (not the IP). Pure and cheap: it runs on every page served.

export type Device = 'desktop' | 'mobile' | 'tablet';
export const devices: readonly Device[] = ['desktop', 'mobile', 'tablet'];

// A small check, not a list of every crawler: anything that says it is automated, the common HTTP
// clients, link previewers and monitors. No user agent at all is not a browser either.
const BOT =
  /bot\b|bot\/|crawl|spider|slurp|mediapartners|facebookexternalhit|embedly|preview|headless|lighthouse|pagespeed|pingdom|uptime|monitor|scan|curl\/|wget\/|python|httpclient|http-client|go-http|java\/|okhttp|axios|node-fetch|undici|libwww|scrapy|feed|archiver|phantomjs|selenium|puppeteer|playwright|cypress/i;

// Cubot is a phone maker whose models say "CUBOT" in their agent.
const NOT_BOT = /cubot/i;

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || userAgent.length < 10 || (BOT.test(userAgent) && !NOT_BOT.test(userAgent));
}

// Visitors send few distinct user agents, referrers and hosts, and the same ones again and again:
// the serving path looks each up once, in small caches emptied when full. Inputs longer than 512
// characters are worked out each time and not kept, so a cache holds at most about 1 MB.
const MAX_CACHED_LENGTH = 512;

export function memoize<T>(fn: (input: string) => T, maxEntries: number): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    if (input.length > MAX_CACHED_LENGTH) return fn(input);
    let value = cache.get(input);
    if (value === undefined) {
      value = fn(input);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(input, value);
    }
    return value;
  };
}

// iPads on iPadOS 13+ send the desktop Safari agent and count as desktop: the header cannot tell.
const TABLET = /ipad|tablet|kindle|silk\/|playbook|nexus (7|9|10)|sm-t\d|(android(?!.*mobile))/i;
const MOBILE = /mobi|iphone|ipod|android|windows phone|blackberry|bb10|opera mini|iemobile/i;

export function deviceClass(userAgent: string): Device {
  if (TABLET.test(userAgent)) return 'tablet';
  if (MOBILE.test(userAgent)) return 'mobile';
  return 'desktop';
}

const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

// The host of an http(s) referrer, lower case, without "www.", port, user or path; '' for none,
// for the site's own host (moving between its pages), and for anything that is not a plain
// http(s) URL with a DNS name or IPv4 host (other schemes, IDNs not in punycode, garbage).
export function referrerHost(referer: string | undefined, ownHost: string): string {
  if (!referer) return '';
  const host = cachedUrlHost(referer);
  if (host === ownHost) return '';
  return host.startsWith('www.') ? host.slice(4) : host;
}

function urlHost(referer: string): string {
  if (referer.length > 2048) return '';
  const lower = referer.toLowerCase();
  const start = lower.startsWith('https://') ? 8 : lower.startsWith('http://') ? 7 : -1;
  if (start < 0) return '';
  let end = lower.length;
  for (let i = start; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 92 /* \ */) {
      end = i;
      break;
    }
  }
  let host = lower.slice(start, end);
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  const colon = host.indexOf(':');
  if (colon >= 0) {
    if (!/^\d{1,5}$/.test(host.slice(colon + 1))) return '';
    host = host.slice(0, colon);
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0 || host.length > 253 || !HOST.test(host)) return '';
  return host;
}
const cachedUrlHost = memoize(urlHost, 2_000);

// CF-IPCountry is an ISO 3166-1 alpha-2 code, or XX (unknown) and T1 (Tor). Only a plain two-letter
// code counts; anything else, or no header (not behind Cloudflare), is '' (unknown).
export function countryCode(header: string | string[] | undefined): string {
  if (typeof header !== 'string' || header.length !== 2) return '';
  const code = header.toUpperCase();
  if (code === 'XX' || code === 'T1') return '';
  const a = code.charCodeAt(0);
  const b = code.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 ? code : '';
}

// The host a page was asked for, as the site's hostname: lower case, no port, no trailing dot.
export function requestHostname(host: string | undefined): string {
  if (!host) return '';
  let name = host.toLowerCase();
  const colon = name.lastIndexOf(':');
  if (colon >= 0 && !name.endsWith(']')) name = name.slice(0, colon);
  if (name.endsWith('.')) name = name.slice(0, -1);
  return name.length <= 253 ? name : '';
}
