// The serving cache's bound and eviction order: the least recently read go first (moved at most
// once per `refreshEvery` reads), and nothing past the byte limit is kept.
import { describe, expect, it } from 'vitest';
import { FileCache, type CachedFile } from './cache';

const file = (bytes: number): CachedFile => ({
  contentType: 'text/html',
  etag: '"x"',
  body: Buffer.alloc(bytes),
  gzip: Buffer.alloc(0),
  brotli: Buffer.alloc(0),
  csp: '',
});

describe('FileCache', () => {
  it('keeps within its bytes, evicting the least recently read first', () => {
    const cache = new FileCache(1000, 4);
    for (let i = 0; i < 10; i++) cache.set(`p${i}`, file(100));
    expect(cache.size).toEqual({ entries: 10, bytes: 1000 });
    // p0 read after more than refreshEvery other reads: it moves behind the rest.
    for (let i = 0; i < 5; i++) cache.get('p9');
    expect(cache.get('p0')).toBeDefined();
    for (let i = 10; i < 15; i++) cache.set(`p${i}`, file(100));
    expect(cache.size).toEqual({ entries: 10, bytes: 1000 });
    expect(cache.get('p0')).toBeDefined();
    for (const gone of ['p1', 'p2', 'p3', 'p4', 'p5']) expect(cache.get(gone)).toBeUndefined();
    for (const kept of ['p6', 'p7', 'p8', 'p9', 'p14']) expect(cache.get(kept)).toBeDefined();
  });

  it('replaces an entry in place, refuses one larger than the whole cache, and counts bytes exactly', () => {
    const cache = new FileCache(1000);
    cache.set('a', file(300));
    cache.set('a', file(500));
    expect(cache.size).toEqual({ entries: 1, bytes: 500 });
    cache.set('huge', file(1001));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('b', file(600));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toEqual({ entries: 1, bytes: 600 });
  });

  it('never holds more than its limit over a random mix of sizes, reads and writes (seeded)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const cache = new FileCache(10_000, 16);
    for (let i = 0; i < 20_000; i++) {
      const key = `k${Math.floor(next() * 200)}`;
      if (next() < 0.3) cache.set(key, file(Math.floor(next() * 3000)));
      else cache.get(key);
      expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
    }
  });
});
