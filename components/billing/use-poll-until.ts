'use client';
// The billing page's wait for Stripe: asks `isDone` again and again until it says yes, then calls
// `onDone`. A failed ask (offline, a server error) counts as "not yet". After `slowAfterMs` it says
// the wait is slow, after `backoffAfterMs` it asks five times less often, and after `giveUpMs` it
// stops and says so.
import { useEffect, useRef, useState } from 'react';

export function usePollUntil(
  isDone: () => Promise<boolean>,
  onDone: () => void,
  {
    intervalMs,
    slowAfterMs = Infinity,
    backoffAfterMs = Infinity,
    giveUpMs = Infinity,
  }: { intervalMs: number; slowAfterMs?: number; backoffAfterMs?: number; giveUpMs?: number },
): { isSlow: boolean; gaveUp: boolean } {
  const [isSlow, setIsSlow] = useState(false);
  const [gaveUp, setGaveUp] = useState(false);
  // The latest callbacks, without restarting the loop when the page re-renders.
  const latest = useRef({ isDone, onDone });
  useEffect(() => {
    latest.current = { isDone, onDone };
  });

  useEffect(() => {
    const started = Date.now();
    let stopped = false;
    async function poll() {
      while (!stopped) {
        if (await latest.current.isDone().catch(() => false)) {
          if (!stopped) latest.current.onDone();
          return;
        }
        const waited = Date.now() - started;
        if (waited > giveUpMs) {
          setGaveUp(true);
          return;
        }
        if (waited > slowAfterMs) setIsSlow(true);
        await new Promise((resolve) => setTimeout(resolve, waited > backoffAfterMs ? intervalMs * 5 : intervalMs));
      }
    }
    void poll();
    return () => {
      stopped = true;
    };
  }, [intervalMs, slowAfterMs, backoffAfterMs, giveUpMs]);

  return { isSlow, gaveUp };
}
