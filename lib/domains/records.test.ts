// Record validation per type, on well-formed and hostile values.
import { describe, expect, it } from 'vitest';
import { caaZoneValue, dnsRecordSchema, isHostname, txtChunks, txtZoneValue } from './records';

const parse = (input: Record<string, unknown>) => dnsRecordSchema.safeParse({ name: '@', ...input });
const accepts = (input: Record<string, unknown>) => expect(parse(input).success, JSON.stringify(input)).toBe(true);
const refuses = (input: Record<string, unknown>) => expect(parse(input).success, JSON.stringify(input)).toBe(false);

describe('DNS record validation', () => {
  it('A takes dotted IPv4 only', () => {
    expect(parse({ type: 'A', value: ' 203.0.113.7 ' })).toMatchObject({ success: true, data: { value: '203.0.113.7', ttl: 300 } });
    for (const value of ['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', '::1', '0x7f.1.1.1', '1.2.3.4\n5.6.7.8', '', 'localhost', '1.2.3.4/24']) {
      refuses({ type: 'A', value });
    }
  });

  it('AAAA takes IPv6, lower-cased, never a zone id or IPv4', () => {
    expect(parse({ type: 'AAAA', value: '2001:DB8::7' })).toMatchObject({ success: true, data: { value: '2001:db8::7' } });
    accepts({ type: 'AAAA', value: '::ffff:192.0.2.1' });
    for (const value of ['fe80::1%eth0', '1:2:3:4:5:6:7:8:9', '203.0.113.7', '2001:db8:::7', 'gggg::1', '']) refuses({ type: 'AAAA', value });
  });

  it('CNAME and NS take hostnames, lower-cased, trailing dot dropped', () => {
    expect(parse({ type: 'CNAME', name: 'WWW', value: 'Sites.PageMagic.test.' })).toMatchObject({
      success: true,
      data: { name: 'www', value: 'sites.pagemagic.test' },
    });
    accepts({ type: 'NS', name: 'sub', value: 'ns1.example.net' });
    const hostile = [
      'exa mple.com',
      'example..com',
      '-example.com',
      'example-.com',
      `${'a'.repeat(64)}.com`,
      `${'a.'.repeat(127)}com`,
      'http://example.com',
      'example.com/path',
      'exámple.com',
      'example.com\u0000evil',
      '"example.com"',
      '',
    ];
    for (const value of hostile) {
      refuses({ type: 'CNAME', value });
      refuses({ type: 'NS', value });
    }
  });

  it('MX needs a mail host and a priority between 0 and 65535', () => {
    expect(parse({ type: 'MX', value: 'mail.example.com', priority: 10 })).toMatchObject({ success: true, data: { priority: 10 } });
    refuses({ type: 'MX', value: 'mail.example.com' });
    refuses({ type: 'MX', value: 'mail.example.com', priority: -1 });
    refuses({ type: 'MX', value: 'mail.example.com', priority: 65_536 });
    refuses({ type: 'MX', value: 'mail.example.com', priority: 1.5 });
    refuses({ type: 'MX', value: '10 mail.example.com', priority: 10 });
  });

  it('TXT takes long text, chunked by 255 bytes without splitting a character, and refuses control characters', () => {
    const long = 'v=DKIM1; k=rsa; p=' + 'A'.repeat(600);
    expect(parse({ type: 'TXT', name: '_pagemagic.shop', value: long }).success).toBe(true);
    const chunks = txtChunks(long);
    expect(chunks.map((c) => c.length)).toEqual([255, 255, 108]);
    expect(chunks.join('')).toBe(long);
    // 2-byte characters: 127 of them fit in 254 bytes; the 128th starts a new chunk.
    const accents = 'é'.repeat(200);
    expect(txtChunks(accents).map((c) => c.length)).toEqual([127, 73]);
    expect(txtChunks('')).toEqual(['']);
    expect(txtZoneValue('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    for (const value of ['line\nbreak', 'nul\u0000byte', 'tab\there', 'x'.repeat(2049), '']) refuses({ type: 'TXT', value });
  });

  it('CAA takes flags, a known tag and a value that fits the tag', () => {
    expect(parse({ type: 'CAA', tag: 'issue', value: 'letsencrypt.org' })).toMatchObject({ success: true, data: { flags: 0 } });
    expect(caaZoneValue({ flags: 0, tag: 'issue', value: 'letsencrypt.org' })).toBe('0 issue "letsencrypt.org"');
    accepts({ type: 'CAA', tag: 'issue', value: ';' });
    accepts({ type: 'CAA', tag: 'issuewild', value: 'pki.goog; cansignhttpexchanges=yes', flags: 128 });
    accepts({ type: 'CAA', tag: 'iodef', value: 'mailto:security@example.com' });
    refuses({ type: 'CAA', tag: 'issue', value: 'letsencrypt.org', flags: 256 });
    refuses({ type: 'CAA', tag: 'contactemail', value: 'x@example.com' });
    refuses({ type: 'CAA', tag: 'issue', value: 'lets encrypt' });
    refuses({ type: 'CAA', tag: 'issue', value: 'letsencrypt.org" 0 issue "evil.example' });
    refuses({ type: 'CAA', tag: 'iodef', value: 'javascript:alert(1)' });
    refuses({ type: 'CAA', tag: 'issue', value: 'letsencrypt.org; not a param' });
  });

  it('names: @, wildcards, service labels; never spaces, empty labels or overlong ones', () => {
    accepts({ type: 'TXT', name: '_pagemagic.www', value: 'token' });
    accepts({ type: 'A', name: '*', value: '192.0.2.1' });
    accepts({ type: 'A', name: '*.shop', value: '192.0.2.1' });
    for (const name of ['', ' ', 'a b', 'shop..x', '*shop', 'shop.*', '../etc', `${'a'.repeat(64)}`, 'x'.repeat(254)])
      refuses({ type: 'A', name, value: '192.0.2.1' });
  });

  it('TTL is automatic (1) or 60 s to a day; unknown types are refused', () => {
    accepts({ type: 'A', value: '192.0.2.1', ttl: 1 });
    accepts({ type: 'A', value: '192.0.2.1', ttl: 86_400 });
    refuses({ type: 'A', value: '192.0.2.1', ttl: 30 });
    refuses({ type: 'A', value: '192.0.2.1', ttl: 86_401 });
    refuses({ type: 'A', value: '192.0.2.1', ttl: '300' });
    refuses({ type: 'SRV', value: '0 5 5060 sip.example.com' });
    refuses({ type: 'a', value: '192.0.2.1' });
  });

  it('isHostname', () => {
    expect(isHostname('example.com')).toBe(true);
    expect(isHostname('example.com.')).toBe(true);
    expect(isHostname('a'.repeat(63) + '.com')).toBe(true);
    expect(isHostname('.')).toBe(false);
    expect(isHostname('example.com..')).toBe(false);
  });
});
