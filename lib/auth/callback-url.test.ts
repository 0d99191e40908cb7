import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { safeCallbackPath } from './callback-url';

const APP = 'http://localhost:3000';

describe('safeCallbackPath', () => {
  it('keeps a path on the app, with its query and fragment', () => {
    expect(safeCallbackPath('/dashboard/sites/abc?tab=seo#top', APP)).toBe('/dashboard/sites/abc?tab=seo#top');
    expect(safeCallbackPath('http://localhost:3000/dashboard/billing', APP)).toBe('/dashboard/billing');
    expect(safeCallbackPath('/dashboard/../dashboard/usage', APP)).toBe('/dashboard/usage');
  });

  it('refuses every way of naming another host, the sign-in page itself and the API', () => {
    for (const raw of [
      '/.//evil.com',
      '/./\\evil.com',
      '//evil.com',
      '/\\evil.com',
      '\\\\evil.com',
      '/%2F%2Fevil.com',
      'https://evil.com/dashboard',
      'http://localhost:3001/dashboard',
      'javascript:alert(1)',
      '/dashboard/..//evil.com',
      '/a/../..//evil.com',
      ' //evil.com',
      '/\t/evil.com',
      '/sign-in?callbackUrl=/x',
      '/api/account/export',
      '',
    ]) {
      const path = safeCallbackPath(raw, APP);
      if (path !== null) expect(new URL(path, APP).origin, raw).toBe('http://localhost:3000');
      expect(path === null || /^\/(?![/\\])/.test(path), `${raw} -> ${path}`).toBe(true);
    }
    expect(safeCallbackPath('/.//evil.com', APP)).toBeNull();
    expect(safeCallbackPath('/%2F%2Fevil.com', APP)).toBe('/%2F%2Fevil.com'); // a path, not a host: it stays on the app
  });

  it('never lets a random mix of slashes, dots, encodings and hosts leave the app (seeded)', () => {
    const parts = [
      '/',
      '//',
      '\\',
      '.',
      '..',
      '%2F',
      '%5C',
      '%2e',
      'evil.com',
      'localhost:3000',
      'http:',
      'https:',
      '@',
      '?',
      '#',
      'dashboard',
      ' ',
      '\t',
      ':',
      '%00',
    ];
    const random = seededRandom(19_002);
    for (let i = 0; i < 20_000; i++) {
      const n = 1 + Math.floor(random() * 8);
      const raw = Array.from({ length: n }, () => parts[Math.floor(random() * parts.length)]).join('');
      const path = safeCallbackPath(raw, APP);
      if (path === null) continue;
      expect(/^\/(?![/\\])/.test(path), `#${i} ${JSON.stringify(raw)} -> ${path}`).toBe(true);
      expect(new URL(path, APP).origin, `#${i} ${JSON.stringify(raw)}`).toBe('http://localhost:3000');
    }
  });
});
