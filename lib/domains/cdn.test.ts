import { describe, expect, it } from 'vitest';
import { cdnInFront, cdnOfAddress, cdnOfName } from './cdn';

describe('which CDN is in front', () => {
  it('knows proxy addresses by their published ranges, at both ends of a range', () => {
    expect(cdnOfAddress('104.16.0.0')).toBe('Cloudflare');
    expect(cdnOfAddress('104.23.255.255')).toBe('Cloudflare');
    expect(cdnOfAddress('172.67.10.1')).toBe('Cloudflare');
    expect(cdnOfAddress('2606:4700:3030::ac43:a8c1')).toBe('Cloudflare');
    expect(cdnOfAddress('151.101.1.140')).toBe('Fastly');
    // Just outside, an origin, our own, and nonsense.
    expect(cdnOfAddress('104.15.255.255')).toBeNull();
    expect(cdnOfAddress('203.0.113.10')).toBeNull();
    expect(cdnOfAddress('2001:db8::1')).toBeNull();
    expect(cdnOfAddress('not an address')).toBeNull();
  });

  it('knows CDN hostnames by suffix, not by a look-alike', () => {
    expect(cdnOfName('d1a2b3.cloudfront.net.')).toBe('Amazon CloudFront');
    expect(cdnOfName('www.example.com.edgekey.net')).toBe('Akamai');
    expect(cdnOfName('shop.example.com.cdn.cloudflare.net')).toBe('Cloudflare');
    expect(cdnOfName('mycloudfront.net')).toBeNull();
    expect(cdnOfName('sites.pagemagic.test')).toBeNull();
  });

  it('reads the CNAME first, then the addresses', () => {
    expect(cdnInFront({ cnames: ['abc.azureedge.net'], addresses: ['104.16.1.1'] })).toBe('Azure Front Door');
    expect(cdnInFront({ addresses: ['203.0.113.9', '104.16.1.1'] })).toBe('Cloudflare');
    expect(cdnInFront({ addresses: ['203.0.113.9'] })).toBeNull();
  });
});
