// A request's timeline, logged at debug level when the request ends: where an app request's time
// went (the session check, each database query, and the rest, which is rendering and Next's own
// work). server.ts opens one per app request only while debug lines are written; with debug off
// nothing here runs but one `getStore()` per timed step.
import { AsyncLocalStorage } from 'node:async_hooks';
import { db } from '@/lib/db';
import { logger } from './logger';

type Step = { step: string; at: number; ms: number };
type Timeline = { started: number; steps: Step[] };

// server.ts and the code inside Next's bundle each load this module; they share one store.
const shared = globalThis as unknown as { pmTimelineStore?: AsyncLocalStorage<Timeline> };
const store = (shared.pmTimelineStore ??= new AsyncLocalStorage<Timeline>());

export const isTimelineOn = logger.isLevelEnabled('debug');

// Prisma reports each query once it has run (lib/db.ts asks for the events only at debug level);
// the event arrives in the async context of the code that awaited the query.
if (isTimelineOn) {
  (db as unknown as { $on(event: 'query', fn: (e: { query: string; duration: number }) => void): void }).$on('query', (e) => {
    const timeline = store.getStore();
    if (!timeline) return;
    const now = performance.now();
    timeline.steps.push({ step: `query ${e.query.slice(0, 160)}`, at: now - e.duration - timeline.started, ms: e.duration });
  });
}

type Fields = { requestId: string; method?: string; path?: string };

// Runs one request with a timeline and, when the response is finished, writes it if `describe`
// names the request (server.ts writes the app's requests, not the published sites').
export function withTimeline<T>(res: NodeJS.EventEmitter, describe: () => Fields | null, run: () => T): T {
  const timeline: Timeline = { started: performance.now(), steps: [] };
  res.once('finish', () => {
    const fields = describe();
    if (fields) writeTimeline(timeline, fields);
  });
  return store.run(timeline, run);
}

// Times one step of the current request's work (the session check); just runs it when no
// timeline is open.
export async function timed<T>(step: string, run: () => Promise<T>): Promise<T> {
  const timeline = store.getStore();
  if (!timeline) return run();
  const start = performance.now();
  try {
    return await run();
  } finally {
    timeline.steps.push({ step, at: start - timeline.started, ms: performance.now() - start });
  }
}

function writeTimeline(timeline: Timeline, fields: Fields) {
  const totalMs = performance.now() - timeline.started;
  const steps = timeline.steps.sort((a, b) => a.at - b.at);
  // Time with no step running: rendering, and Next's own work between steps.
  let covered = 0;
  let reach = 0;
  for (const { at, ms } of steps) {
    const end = at + ms;
    if (end > reach) {
      covered += end - Math.max(at, reach);
      reach = end;
    }
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  logger.debug(
    {
      ...fields,
      totalMs: round(totalMs),
      queries: steps.filter((s) => s.step.startsWith('query ')).length,
      queryMs: round(steps.reduce((sum, s) => sum + (s.step.startsWith('query ') ? s.ms : 0), 0)),
      otherMs: round(totalMs - covered),
      steps: steps.map((s) => ({ step: s.step, at: round(s.at), ms: round(s.ms) })),
    },
    'request timeline',
  );
}
