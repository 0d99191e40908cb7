import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from './logger';
import { timed, withTimeline } from './timeline';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => vi.restoreAllMocks());

describe('request timeline', () => {
  it("writes the request's steps, with their start and duration, and the time no step ran, when the response finishes", async () => {
    const debug = vi.spyOn(logger, 'debug').mockImplementation(() => {});
    const res = new EventEmitter();
    await withTimeline(
      res,
      () => ({ requestId: 'req-1', method: 'GET', path: '/dashboard' }),
      async () => {
        await timed('session', () => sleep(20));
        await sleep(20); // rendering: no step
        await Promise.all([timed('a', () => sleep(10)), timed('b', () => sleep(10))]);
      },
    );
    expect(debug).not.toHaveBeenCalled();
    res.emit('finish');
    expect(debug).toHaveBeenCalledTimes(1);
    const [line, message] = debug.mock.calls[0] as unknown as [Record<string, unknown> & { steps: Array<{ step: string; at: number; ms: number }> }, string];
    expect(message).toBe('request timeline');
    expect(line).toMatchObject({ requestId: 'req-1', method: 'GET', path: '/dashboard', queries: 0 });
    expect(line.steps.map((s) => s.step)).toEqual(['session', 'a', 'b']);
    expect(line.steps[0].ms).toBeGreaterThanOrEqual(15);
    expect(line.steps[1].at).toBeGreaterThan(line.steps[0].at + line.steps[0].ms);
    // The two steps run side by side are counted once: 20 ms of rendering, not 10.
    expect(line.otherMs as number).toBeGreaterThanOrEqual(15);
    expect(line.otherMs as number).toBeLessThan((line.totalMs as number) - 25);
  });

  it('writes nothing for a request its caller does not name, and timed() just runs outside a timeline', async () => {
    const debug = vi.spyOn(logger, 'debug').mockImplementation(() => {});
    const res = new EventEmitter();
    await withTimeline(
      res,
      () => null,
      () => timed('session', () => sleep(1)),
    );
    res.emit('finish');
    expect(debug).not.toHaveBeenCalled();
    expect(await timed('alone', async () => 42)).toBe(42);
  });
});
