// The health check against the real database: up answers ok; with every connection of the app's
// pool held (a burst of requests), it still answers ok at once (it queued behind them and said 503
// before it had a connection of its own). A database that is down (503) is e2e/faults.spec.ts's.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { answerHealth, checkHealth, currentHealth } from './health';

afterAll(async () => {
  await db.$disconnect();
});

describe('checkHealth', () => {
  it('answers ok with the database up', async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    expect(Number.isNaN(Date.parse(health.checkedAt))).toBe(false);
  });

  it('answers ok at once while every connection of the app’s pool is busy', async () => {
    // As many transactions as the pool has connections (10), each holding its connection for 3 s.
    let started = 0;
    const held = Array.from({ length: 10 }, () =>
      db.$transaction(async (tx) => {
        started++;
        await tx.$executeRaw`SELECT pg_sleep(3)`;
      }),
    );
    await expect.poll(() => started, { timeout: 10_000 }).toBe(10);
    // The app's own pool is full now: a query through it waits for one of the sleeps to end.
    const began = Date.now();
    const health = await checkHealth(1_000);
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    expect(Date.now() - began).toBeLessThan(1_000);
    await Promise.all(held);
  });
});

describe('currentHealth', () => {
  it('shares one query among checks asked for at once, and gives its result again for half a second only', async () => {
    const first = currentHealth(performance.now() + 10_000);
    const second = currentHealth(performance.now() + 10_000);
    expect(first).toBeInstanceOf(Promise);
    expect(second).toBe(first);
    const health = await first;
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    // Within half a second: the same result, at once.
    expect(currentHealth()).toBe(health);
    // Past it: a new query, a new result.
    const later = currentHealth(performance.now() + 600);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).not.toBe(health);
  });
});

describe('answerHealth', () => {
  it('answers GET with the state as JSON, HEAD with no body, other methods with 405; never cached', async () => {
    const server = createServer((req, res) => void answerHealth(req, res));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`;
    try {
      const got = await fetch(url);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('application/json');
      expect(got.headers.get('cache-control')).toBe('no-store');
      expect(await got.json()).toMatchObject({ status: 'ok', database: 'up' });
      const head = await fetch(url, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      const post = await fetch(url, { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
    } finally {
      server.close();
    }
  });
});
