// sameHostPath against hostile paths: whatever a request's path decodes to, the Location built from
// it stays on the host that answered (issue 19: `/%2Fevil.com/` once redirected to `//evil.com`).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { sameHostPath } from './same-host-path';

const BASE = 'http://shop.pagemagic.test/';

// A Location that is one '/' and then anything but '/' or '\', or '/' alone; no byte that could end
// the header; and a browser resolving it against the site stays on the site.
function expectSameHost(location: string, input: string) {
  const why = `for ${JSON.stringify(input)} -> ${JSON.stringify(location)}`;
  expect(location === '/' || /^\/[^/\\]/.test(location), why).toBe(true);
  expect(location, why).not.toMatch(/[\u0000-\u0020\u007f-\uffff\\]/);
  const resolved = new URL(location, BASE);
  expect(resolved.host, why).toBe('shop.pagemagic.test');
  expect(resolved.protocol, why).toBe('http:');
}

describe('sameHostPath', () => {
  it('keeps ordinary paths and queries as they are', () => {
    expect(sameHostPath('/')).toBe('/');
    expect(sameHostPath('')).toBe('/');
    expect(sameHostPath('/sobre')).toBe('/sobre');
    expect(sameHostPath('/blog/post-1', '?utm_source=x&b=2')).toBe('/blog/post-1?utm_source=x&b=2');
    expect(sameHostPath('/a', '?')).toBe('/a');
    expect(sameHostPath('/café')).toBe('/caf%C3%A9');
    expect(sameHostPath('/100%')).toBe('/100%25');
  });

  it('never answers a scheme-relative or backslashed Location for the known attacks', () => {
    // The decoded forms of /%2Fevil.com/, /%5Cevil.com/, /%2F%2Fevil.com/, /\evil.com/ and friends,
    // after the trailing slash is dropped.
    for (const path of ['//evil.com', '/\\evil.com', '///evil.com', '/\\/evil.com', '\\\\evil.com', '/%2Fevil.com', '/\t/evil.com', 'evil.com', '//']) {
      const location = sameHostPath(path);
      expectSameHost(location, path);
    }
    expect(sameHostPath('//evil.com')).toBe('/evil.com');
    expect(sameHostPath('/\\evil.com')).toBe('/%5Cevil.com');
    expect(sameHostPath('/x', '?\r\nSet-Cookie: a=b')).toBe('/x?%0D%0ASet-Cookie:%20a=b');
    expect(sameHostPath('/x', '?a#b')).toBe('/x?a%23b');
  });

  it('stays on the host for ten thousand random hostile paths and queries (seeded)', () => {
    const random = seededRandom(19_2);
    const pieces = [
      '/',
      '\\',
      '//',
      '%2F',
      '%5C',
      '%',
      '.',
      '..',
      ':',
      '@',
      'evil.com',
      'http:',
      'javascript:',
      '?',
      '#',
      '\t',
      '\r',
      '\n',
      ' ',
      '\u0000',
      '\u00e9',
      '\ud83d\ude00',
      '\ud800',
      '\udc00',
      '\u2028',
      '\uff0f',
      'a',
      '~',
    ];
    const pick = () => pieces[Math.floor(random() * pieces.length)]!;
    for (let i = 0; i < 10_000; i++) {
      let path = '';
      let search = random() < 0.5 ? '?' : '';
      const length = 1 + Math.floor(random() * 12);
      for (let j = 0; j < length; j++) path += random() < 0.2 ? String.fromCharCode(Math.floor(random() * 0x3000)) : pick();
      for (let j = 0; j < length && search; j++) search += pick();
      const location = sameHostPath(path, search);
      expectSameHost(location, path + search);
      // Nothing goes missing on the way: decoding the path gives back the path (lone halves of a
      // surrogate pair aside), without its leading slashes.
      const pathPart = location.split('?')[0]!;
      expect(decodeURIComponent(pathPart)).toBe(`/${path.toWellFormed().replace(/^\/+/, '')}`);
    }
  });
});
