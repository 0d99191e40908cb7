import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consume, countHits, isLimited, recordHit } from './rate-limit';

describe('rate limiter on PostgreSQL', () => {
  it('allows up to the limit in the window, then refuses', async () => {
    const key = `test:${randomUUID()}`;
    const limit = { limit: 3, windowMs: 60_000 };
    expect(await consume(key, limit)).toBe(true);
    expect(await consume(key, limit)).toBe(true);
    expect(await consume(key, limit)).toBe(true);
    expect(await consume(key, limit)).toBe(false);
    expect(await countHits(key, limit)).toBe(3);
  });

  it('keeps keys apart and forgets hits outside the window', async () => {
    const a = `test:${randomUUID()}`;
    const b = `test:${randomUUID()}`;
    await recordHit(a);
    expect(await isLimited(a, { limit: 1, windowMs: 60_000 })).toBe(true);
    expect(await isLimited(b, { limit: 1, windowMs: 60_000 })).toBe(false);
    await new Promise((r) => setTimeout(r, 30));
    expect(await isLimited(a, { limit: 1, windowMs: 10 })).toBe(false);
  });
});
