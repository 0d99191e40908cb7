// The queue behind "draw first, tell Puck after the paint": one send per frame with the latest
// value, and flush() sends what is pending at once, only once.
import { describe, expect, it } from 'vitest';
import { PaintQueue } from './paint-queue';

// A window whose frame and timer run when the test says so.
function fakeView() {
  const frames: Array<() => void> = [];
  const timers: Array<() => void> = [];
  const view = {
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void) => timers.push(fn),
  } as unknown as Window;
  const paint = () => {
    frames.splice(0).forEach((fn) => fn());
    timers.splice(0).forEach((fn) => fn());
  };
  return { view, paint, frames };
}

describe('PaintQueue', () => {
  it('sends the latest value once, after the paint', () => {
    const sent: string[] = [];
    const queue = new PaintQueue<string>((v) => sent.push(v));
    const { view, paint, frames } = fakeView();
    queue.push('a', view);
    queue.push('ab', view);
    expect(frames).toHaveLength(1);
    expect(sent).toEqual([]);
    paint();
    expect(sent).toEqual(['ab']);
    paint();
    expect(sent).toEqual(['ab']);
  });

  it('flush sends at once, and the paint then has nothing left to send', () => {
    const sent: string[] = [];
    const queue = new PaintQueue<string>((v) => sent.push(v));
    const { view, paint } = fakeView();
    expect(queue.isPending).toBe(false);
    queue.push('x', view);
    expect(queue.isPending).toBe(true);
    queue.flush();
    expect(queue.isPending).toBe(false);
    expect(sent).toEqual(['x']);
    paint();
    expect(sent).toEqual(['x']);
  });

  it('uses the latest sender', () => {
    const sent: string[] = [];
    const queue = new PaintQueue<string>(() => sent.push('old'));
    const { view, paint } = fakeView();
    queue.push('v', view);
    queue.setSend((v) => sent.push(`new:${v}`));
    paint();
    expect(sent).toEqual(['new:v']);
  });
});
