import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appCsp, builtPageHashes, inlineScriptHashes, newNonce } from './app-csp';

const sha = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('appCsp', () => {
  it('allows scripts only from the app, the nonce and the hashes, never inline', () => {
    const policy = appCsp({ nonce: 'abc123==', hashes: ['sha256-xyz='] });
    const scripts = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scripts).toBe("script-src 'self' 'nonce-abc123==' 'sha256-xyz='");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("base-uri 'self'");
  });

  it('adds eval only in development', () => {
    expect(appCsp({ nonce: 'n', isDev: true })).toContain("'unsafe-eval'");
  });

  it('makes a new, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('inlineScriptHashes', () => {
  it('hashes every inline script exactly as written, and no script with a src', () => {
    const a = '(self.__next_f=self.__next_f||[]).push([0])';
    const b = '\n  self.__next_f.push([1,"a \\u003c b"])\n';
    const html = `<html><head><script src="/_next/static/a.js" async=""></script><script>${a}</script></head><body><SCRIPT type="text/javascript">${b}</SCRIPT><script id="x" src='/b.js'></script><script></script></body></html>`;
    expect(inlineScriptHashes(html).sort()).toEqual([sha(a), sha(b)].sort());
  });

  it('counts a script repeated on the page once', () => {
    expect(inlineScriptHashes('<script>1</script><script>1</script>')).toEqual([sha('1')]);
  });
});

describe('builtPageHashes', () => {
  it('reads the built pages of the prerender manifest, leaving out revalidated ones', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dist, 'server', 'app', 'en'), { recursive: true });
    writeFileSync(
      join(dist, 'prerender-manifest.json'),
      JSON.stringify({
        routes: { '/en/guest': { initialRevalidateSeconds: false }, '/blog': { initialRevalidateSeconds: 60 }, '/gone': { initialRevalidateSeconds: false } },
      }),
    );
    writeFileSync(join(dist, 'server', 'app', 'en', 'guest.html'), '<script>go()</script>');
    writeFileSync(join(dist, 'server', 'app', 'blog.html'), '<script>later()</script>');
    const pages = builtPageHashes(dist);
    expect([...pages.keys()]).toEqual(['/en/guest']);
    expect(pages.get('/en/guest')).toEqual([sha('go()')]);
  });

  it('is empty without a build', () => {
    expect(builtPageHashes(mkdtempSync(join(tmpdir(), 'csp-'))).size).toBe(0);
  });
});
