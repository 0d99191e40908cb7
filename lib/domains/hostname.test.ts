// Hostname rules: what owners really type, then seeded hostile input. Whatever comes in, the answer
// is either a refusal with a reason or a hostname that obeys every rule.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { hostnamesOf, parseHostname, zoneNamesFor, type HostnameProblem } from './hostname';

const reserved = ['pagemagic.site', 'app.pagemagic.com'];
const ok = (input: string) => {
  const result = parseHostname(input, reserved);
  if (!result.ok) throw new Error(`${input} refused: ${result.problem}`);
  return result.value;
};
const problem = (input: string): HostnameProblem | 'accepted' => {
  const result = parseHostname(input, reserved);
  return result.ok ? 'accepted' : result.problem;
};

describe('parseHostname: what owners type', () => {
  it('turns a pasted URL with an accented name into the apex and its www', () => {
    expect(ok('https://WWW.Padaria-do-Zé.com.br/')).toEqual({
      hostname: 'xn--padaria-do-z-meb.com.br',
      apex: 'xn--padaria-do-z-meb.com.br',
      isApex: true,
      withWww: true,
    });
  });

  it('keeps a subdomain alone and drops the trailing dot', () => {
    expect(ok('loja.exemplo.com.br.')).toEqual({ hostname: 'loja.exemplo.com.br', apex: 'exemplo.com.br', isApex: false, withWww: false });
  });

  it('strips scheme, credentials, port, path, query and fragment, and lowercases', () => {
    expect(ok('  http://user:secret@Shop.Example.COM:8443/a/b?c=d#e ').hostname).toBe('shop.example.com');
    expect(ok('example.com:443').hostname).toBe('example.com');
    expect(ok('//example.org/path').hostname).toBe('example.org');
    expect(ok('EXAMPLE.co.uk').apex).toBe('example.co.uk');
  });

  it('pairs the apex with www whichever of the two is typed', () => {
    expect(ok('example.com')).toMatchObject({ hostname: 'example.com', withWww: true, isApex: true });
    expect(ok('www.example.com')).toMatchObject({ hostname: 'example.com', withWww: true, isApex: true });
    expect(ok('www.shop.example.com')).toMatchObject({ hostname: 'www.shop.example.com', withWww: false, isApex: false });
    expect(hostnamesOf(ok('www.example.com'))).toEqual(['example.com', 'www.example.com']);
    expect(hostnamesOf(ok('shop.example.com'))).toEqual(['shop.example.com']);
  });

  it('accepts test names under an unknown top-level domain as their own registrable domain', () => {
    expect(ok('shop.example.test')).toMatchObject({ apex: 'example.test', isApex: false });
  });

  it('reads full-width dots and mixed scripts as browsers do', () => {
    expect(ok('café。example。com').hostname).toBe('xn--caf-dma.example.com');
    expect(ok('ÉXAMPLE.COM').hostname).toBe('xn--xample-9ua.com');
  });

  it('refuses what cannot be a custom domain, with the reason', () => {
    const cases: Array<[string, HostnameProblem]> = [
      ['', 'EMPTY'],
      ['   ', 'EMPTY'],
      ['https://', 'EMPTY'],
      ['192.168.0.1', 'IP_ADDRESS'],
      ['http://10.0.0.1:8080/', 'IP_ADDRESS'],
      ['0x7f.1', 'IP_ADDRESS'],
      ['2130706433', 'IP_ADDRESS'],
      ['[::1]', 'IP_ADDRESS'],
      ['2001:db8::1', 'IP_ADDRESS'],
      ['localhost', 'SINGLE_LABEL'],
      ['intranet', 'SINGLE_LABEL'],
      ['shop.localhost', 'RESERVED'],
      ['com.br', 'PUBLIC_SUFFIX'],
      ['co.uk', 'PUBLIC_SUFFIX'],
      ['github.io', 'PUBLIC_SUFFIX'],
      ['pagemagic.site', 'RESERVED'],
      ['padaria.pagemagic.site', 'RESERVED'],
      ['APP.PageMagic.com', 'RESERVED'],
      ['x.app.pagemagic.com', 'RESERVED'],
      ['-shop.example.com', 'INVALID'],
      ['shop-.example.com', 'INVALID'],
      ['sh op.example.com', 'INVALID'],
      ['shop..example.com', 'INVALID'],
      ['.example.com', 'INVALID'],
      ['under_score.example.com', 'INVALID'],
      ['*.example.com', 'INVALID'],
      ['shop.example.com%00', 'INVALID'],
      ['example.com..', 'INVALID'],
      [`${'a'.repeat(64)}.com`, 'TOO_LONG'],
      [`${'abcdefghi.'.repeat(26)}com`, 'TOO_LONG'],
      ['x'.repeat(5000), 'TOO_LONG'],
    ];
    for (const [input, expected] of cases) expect([input, problem(input)]).toEqual([input, expected]);
  });

  it('allows names just inside the limits', () => {
    expect(ok(`${'a'.repeat(63)}.com`).hostname).toHaveLength(67);
    const long = `${'abcdefghi.'.repeat(24)}example.com`; // 251 characters
    expect(ok(long).hostname).toBe(long);
  });
});

// Every accepted hostname must obey these, whatever produced it.
function assertWellFormed(input: string, value: ReturnType<typeof ok>) {
  const { hostname, apex, isApex, withWww } = value;
  expect(hostname, input).toMatch(/^[a-z0-9.-]+$/);
  expect(hostname.length, input).toBeLessThanOrEqual(253);
  for (const label of hostname.split('.')) expect(label, input).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);
  expect(hostname.split('.').length, input).toBeGreaterThanOrEqual(2);
  expect(hostname === apex || hostname.endsWith(`.${apex}`), input).toBe(true);
  expect(isApex, input).toBe(hostname === apex);
  expect(withWww, input).toBe(isApex);
  expect(/^\d+(\.\d+){3}$/.test(hostname), input).toBe(false);
  for (const own of reserved) expect(hostname === own || hostname.endsWith(`.${own}`), input).toBe(false);
  // Normalising is idempotent.
  expect(parseHostname(hostname, reserved), input).toEqual({ ok: true, value });
}

describe('parseHostname: seeded hostile input', () => {
  const alphabet = ['a', 'z', '0', '9', '-', '.', '_', ':', '/', '@', '?', '#', ' ', '%', 'é', 'ß', 'Ω', '中', '。', '\u0000', '\u200b', 'ﬀ', 'İ', 'x', 'X'];
  const parts = [
    'www.',
    'http://',
    'https://',
    '//',
    ':80',
    ':',
    '..',
    '.',
    '.com',
    '.com.br',
    '.co.uk',
    'xn--',
    'pagemagic.site',
    'localhost',
    '[::1]',
    '127.0.0.1',
  ];

  it('never accepts a malformed hostname and never throws (20,000 random inputs, seed 14)', () => {
    const random = seededRandom(14);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      let input = '';
      const length = Math.floor(random() * 40);
      for (let j = 0; j < length; j++) input += random() < 0.3 ? pick(parts) : pick(alphabet);
      if (random() < 0.05) input = input.repeat(Math.ceil(random() * 40));
      const result = parseHostname(input, reserved);
      if (result.ok) {
        accepted++;
        assertWellFormed(input, result.value);
      }
    }
    // The generator makes real hostnames too, so both branches are exercised.
    expect(accepted).toBeGreaterThan(200);
  });

  it('accepts random well-formed names under real suffixes (2,000, seed 41)', () => {
    const random = seededRandom(41);
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const label = () => {
      const n = 1 + Math.floor(random() * 20);
      let s = '';
      for (let i = 0; i < n; i++) s += chars[Math.floor(random() * chars.length)];
      return s;
    };
    const suffixes = ['com', 'com.br', 'co.uk', 'org', 'de', 'net.br'];
    for (let i = 0; i < 2000; i++) {
      const depth = Math.floor(random() * 3);
      const name = [...Array.from({ length: depth }, label), label(), suffixes[i % suffixes.length]].join('.');
      const typed = random() < 0.5 ? name.toUpperCase() : `https://${name}/`;
      const value = ok(typed);
      assertWellFormed(typed, value);
      expect(value.hostname === name || (name.startsWith('www.') && value.hostname === name.slice(4))).toBe(true);
    }
  });
});

describe('zoneNamesFor', () => {
  it('goes from the hostname down to its registrable domain, never to a public suffix', () => {
    expect(zoneNamesFor('shop.example.co.uk')).toEqual(['shop.example.co.uk', 'example.co.uk']);
    expect(zoneNamesFor('a.b.exemplo.com.br.')).toEqual(['a.b.exemplo.com.br', 'b.exemplo.com.br', 'exemplo.com.br']);
    expect(zoneNamesFor('example.com')).toEqual(['example.com']);
    // Private suffixes count: each GitHub Pages or Vercel project is a registrable domain of its own.
    expect(zoneNamesFor('shop.padaria.github.io')).toEqual(['shop.padaria.github.io', 'padaria.github.io']);
    expect(zoneNamesFor('loja.vercel.app')).toEqual(['loja.vercel.app']);
  });
});
