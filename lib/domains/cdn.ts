// Which CDN, if any, answers for a name instead of its origin: by the addresses a proxying CDN hands
// out (Cloudflare's and Fastly's published ranges) or by the CNAME target a CDN gives its customers
// (CloudFront, Akamai, Azure Front Door, Bunny…). A domain still behind another CDN never reaches us
// until its proxy is turned off there, which is a different fix from "point the record at us".
import { BlockList, isIPv4, isIPv6 } from 'node:net';

const ranges: Array<[cdn: string, family: 'ipv4' | 'ipv6', cidrs: string[]]> = [
  [
    'Cloudflare',
    'ipv4',
    [
      '173.245.48.0/20',
      '103.21.244.0/22',
      '103.22.200.0/22',
      '103.31.4.0/22',
      '141.101.64.0/18',
      '108.162.192.0/18',
      '190.93.240.0/20',
      '188.114.96.0/20',
      '197.234.240.0/22',
      '198.41.128.0/17',
      '162.158.0.0/15',
      '104.16.0.0/13',
      '104.24.0.0/14',
      '172.64.0.0/13',
      '131.0.72.0/22',
    ],
  ],
  ['Cloudflare', 'ipv6', ['2400:cb00::/32', '2606:4700::/32', '2803:f800::/32', '2405:b500::/32', '2405:8100::/32', '2a06:98c0::/29', '2c0f:f248::/32']],
  ['Fastly', 'ipv4', ['151.101.0.0/16', '199.232.0.0/16']],
  ['Fastly', 'ipv6', ['2a04:4e42::/32']],
];

const lists = new Map<string, BlockList>();
for (const [cdn, family, cidrs] of ranges) {
  const list = lists.get(cdn) ?? new BlockList();
  for (const cidr of cidrs) {
    const [address, prefix] = cidr.split('/');
    list.addSubnet(address!, Number(prefix), family);
  }
  lists.set(cdn, list);
}

const cnameSuffixes: Array<[suffix: string, cdn: string]> = [
  ['cdn.cloudflare.net', 'Cloudflare'],
  ['cloudfront.net', 'Amazon CloudFront'],
  ['fastly.net', 'Fastly'],
  ['fastlylb.net', 'Fastly'],
  ['akamaiedge.net', 'Akamai'],
  ['akamai.net', 'Akamai'],
  ['edgekey.net', 'Akamai'],
  ['edgesuite.net', 'Akamai'],
  ['azureedge.net', 'Azure Front Door'],
  ['azurefd.net', 'Azure Front Door'],
  ['b-cdn.net', 'Bunny CDN'],
  ['gcdn.co', 'Gcore'],
  ['cdn77.org', 'CDN77'],
];

export function cdnOfAddress(ip: string): string | null {
  const family = isIPv4(ip) ? 'ipv4' : isIPv6(ip) ? 'ipv6' : null;
  if (!family) return null;
  for (const [cdn, list] of lists) if (list.check(ip, family)) return cdn;
  return null;
}

export function cdnOfName(name: string): string | null {
  const host = name.toLowerCase().replace(/\.$/, '');
  return cnameSuffixes.find(([suffix]) => host === suffix || host.endsWith(`.${suffix}`))?.[1] ?? null;
}

// The CDN in front of a name, from its CNAME targets and addresses (the first one found).
export function cdnInFront(found: { cnames?: string[]; addresses: string[] }): string | null {
  for (const name of found.cnames ?? []) {
    const cdn = cdnOfName(name);
    if (cdn) return cdn;
  }
  for (const ip of found.addresses) {
    const cdn = cdnOfAddress(ip);
    if (cdn) return cdn;
  }
  return null;
}
