// The job queue on the real PostgreSQL: two app instances working one queue run each job once;
// a failing job is retried with growing delays and its error is visible; singletonKey dedupes;
// the operator's retry and cancel.
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers, type Definitions } from '@/lib/jobs';
import { startTestQueue } from '@/test/queue';
import { cancelJob, enqueue, findJob, listJobs, retryJob, type JobInfo } from './queue';

const runs: Array<{ jobId: string; instance: string }> = [];
const failures: Array<{ jobId: string; attempt: number; at: number }> = [];

function definitionsFor(instance: string): Definitions {
  return {
    'certificate-issue': {
      handle: async (_data, job) => {
        runs.push({ jobId: job.id, instance });
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { instance };
      },
    },
    'certificate-renew': {
      handle: async (_data, job) => {
        failures.push({ jobId: job.id, attempt: job.attempt, at: Date.now() });
        throw new Error(`CA unreachable (attempt ${job.attempt})`);
      },
    },
    // 'domain-check' has no handler here: its jobs stay waiting.
  };
}

let queue: Awaited<ReturnType<typeof startTestQueue>>;
let second: PgBoss;

beforeAll(async () => {
  queue = await startTestQueue();
  second = await queue.secondInstance();
  await startWorkers({ boss: queue.boss, definitions: definitionsFor('a'), pollingIntervalSeconds: 0.5 });
  await startWorkers({ boss: second, definitions: definitionsFor('b'), pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await second?.stop({ graceful: true, timeout: 2000 });
  await queue?.stop();
});

async function waitForState(id: string, state: JobInfo['state'], timeout: number): Promise<JobInfo> {
  await expect.poll(async () => (await findJob(id))?.state, { timeout, interval: 200 }).toBe(state);
  return (await findJob(id))!;
}

describe('job queue', () => {
  it('runs each job once when two instances work the same queue', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => enqueue('certificate-issue', { certificateId: `c${i}` }, { singletonKey: `c${i}` })));
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    await expect
      .poll(async () => (await listJobs({ name: 'certificate-issue', state: 'completed', limit: 100 })).length, { timeout: 15_000, interval: 200 })
      .toBe(20);
    const ran = runs.filter((r) => ids.includes(r.jobId));
    expect(ran).toHaveLength(20);
    expect(new Set(ran.map((r) => r.jobId)).size).toBe(20);
    // Both instances took a share.
    expect(new Set(ran.map((r) => r.instance))).toEqual(new Set(['a', 'b']));
  });

  it('retries a failing job with growing delays, then shows it failed with its last error', async () => {
    const id = (await enqueue('certificate-renew', { certificateId: 'cert-1' }, { retryLimit: 2, retryDelaySeconds: 1 }))!;
    const job = await waitForState(id, 'failed', 20_000);
    const attempts = failures.filter((f) => f.jobId === id);
    expect(attempts.map((f) => f.attempt)).toEqual([1, 2, 3]);
    // Backoff: about 1–2 s before the first retry, 2–4 s before the second (a fixed delay would give ~1 s).
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(1900);
    expect(job).toMatchObject({ name: 'certificate-renew', state: 'failed', attempts: 2, retryLimit: 2, data: { certificateId: 'cert-1' } });
    expect(job.lastError).toBe('CA unreachable (attempt 3)');
    expect(job.startedAt).toBeInstanceOf(Date);
    expect(job.completedAt).toBeInstanceOf(Date);
    // Listed by state, by name, and by a value of its data.
    expect((await listJobs({ state: 'failed', key: 'cert-1', limit: 10 })).map((j) => j.id)).toEqual([id]);

    // The operator gives it one more attempt.
    expect(await retryJob(id)).toBe(true);
    await expect.poll(() => failures.filter((f) => f.jobId === id).length, { timeout: 10_000, interval: 200 }).toBe(4);
    const again = await waitForState(id, 'failed', 10_000);
    expect(again.lastError).toBe('CA unreachable (attempt 4)');
    expect(await retryJob(id.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).toBe(false);
  });

  it('dedupes waiting work by singletonKey', async () => {
    const first = await enqueue('domain-check', { domainId: 'd1' }, { singletonKey: 'd1' });
    const repeat = await enqueue('domain-check', { domainId: 'd1' }, { singletonKey: 'd1' });
    const other = await enqueue('domain-check', { domainId: 'd2' }, { singletonKey: 'd2' });
    expect(first).toEqual(expect.any(String));
    expect(repeat).toBeNull();
    expect(other).toEqual(expect.any(String));
    expect(other).not.toBe(first);
    const waiting = await listJobs({ name: 'domain-check', key: 'd1', limit: 10 });
    expect(waiting.map((j) => [j.id, j.state, j.singletonKey])).toEqual([[first, 'created', 'd1']]);
  });

  it('cancels a waiting job, and brings a cancelled one back', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const id = (await enqueue('domain-check', { domainId: 'd3' }, { singletonKey: 'd3', startAfter: later }))!;
    expect(await findJob(id)).toMatchObject({ state: 'created', startAfter: later });
    expect(await cancelJob(id)).toBe(true);
    expect(await findJob(id)).toMatchObject({ state: 'cancelled' });
    expect(await cancelJob(id)).toBe(false);
    expect(await retryJob(id)).toBe(true);
    expect(await findJob(id)).toMatchObject({ state: 'created' });
    // Waiting again, it dedupes the same work as before.
    expect(await enqueue('domain-check', { domainId: 'd3' }, { singletonKey: 'd3' })).toBeNull();
  });
});
