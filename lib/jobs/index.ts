// The workers: every app instance runs startWorkers() (server.ts), and pg-boss gives each job to
// one of them. Each job name has its own file, lib/jobs/<name>.ts, exporting a JobDefinition
// (./types.ts) whose handler calls the domain that owns the work.
//
// Adding a job:
//   1. its name and queue settings in lib/queue.ts (`JobName`, `queues`);
//   2. lib/jobs/<name>.ts exporting its JobDefinition (a test beside it: lib/jobs/<name>.test.ts);
//   3. one line in `definitions` below: `'<name>': <definition>,`.
// Domains add work with enqueue() from lib/queue.ts; they never import this folder.
import type { JobResult, PgBoss } from 'pg-boss';
import { logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import { jobNames, startQueue, stopQueue, type JobName } from '@/lib/queue';
import { accountDelete } from './account-delete';
import { accountExport } from './account-export';
import { certificateIssue } from './certificate-issue';
import { certificateRenew } from './certificate-renew';
import { domainCheck } from './domain-check';
import { generationBatchItem } from './generation-batch-item';
import { lighthouse } from './lighthouse';
import { meterReport } from './meter-report';
import { siteExport } from './site-export';
import type { JobDefinition } from './types';

export type Definitions = { [Name in JobName]?: JobDefinition };

export const definitions: Definitions = {
  'meter-report': meterReport,
  'domain-check': domainCheck,
  'certificate-issue': certificateIssue,
  'certificate-renew': certificateRenew,
  'account-delete': accountDelete,
  'account-export': accountExport,
  'site-export': siteExport,
  'generation-batch-item': generationBatchItem,
  lighthouse,
};

export type WorkerOptions = {
  boss?: PgBoss; // the process's queue (lib/queue.ts) unless given: tests pass a second instance
  definitions?: Definitions;
  pollingIntervalSeconds?: number; // how often an idle worker looks for jobs (pg-boss: at least 0.5)
};

const working = new WeakSet<PgBoss>();

export async function startWorkers(options: WorkerOptions = {}): Promise<PgBoss> {
  const boss = options.boss ?? (await startQueue());
  if (working.has(boss)) return boss;
  working.add(boss);
  const defs = options.definitions ?? definitions;
  for (const name of jobNames) {
    const def = defs[name];
    // A name with no handler yet keeps its jobs waiting until one is registered.
    if (!def) continue;
    await boss.work<Record<string, unknown>>(
      name,
      {
        batchSize: def.batchSize ?? 5,
        perJobResults: true,
        // While fetches come back full there is more waiting: fetch again at once instead of polling.
        burstWhenBatchFull: true,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      },
      // The jobs of one fetch run side by side, each settled on its own: one failure fails only its job.
      async (jobs) =>
        Promise.all(
          jobs.map(async (job): Promise<JobResult> => {
            const attempt = job.retryCount + 1;
            try {
              const output = await def.handle(job.data ?? {}, { id: job.id, attempt, signal: job.signal });
              return { id: job.id, status: 'completed', output: output ?? undefined };
            } catch (error) {
              logger.warn({ err: error, job: name, jobId: job.id, attempt }, 'job failed; retried with backoff until its retry limit');
              metrics.jobFailures.inc({ queue: name });
              const { name: errorName, message, stack } = error instanceof Error ? error : new Error(String(error));
              return { id: job.id, status: 'failed', output: { name: errorName, message, stack } };
            }
          }),
        ),
    );
    if (def.schedule && (def.schedule.isOn?.() ?? true)) await boss.schedule(name, def.schedule.cron, {}, { tz: 'UTC' });
    else await boss.unschedule(name);
  }
  return boss;
}

// For server.ts: starts the workers without holding up the HTTP server, and keeps trying (with
// backoff, up to a minute apart) while the database cannot be reached. Returns the stop function.
export function startWorkersInBackground(): () => Promise<void> {
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = (delayMs: number) => {
    startWorkers().then(
      () => logger.info({ jobs: Object.keys(definitions) }, 'job workers started'),
      (error: unknown) => {
        if (isStopped) return;
        logger.error({ err: error, retryInMs: delayMs }, 'job workers could not start; retrying');
        timer = setTimeout(() => attempt(Math.min(delayMs * 2, 60_000)), delayMs);
        timer.unref();
      },
    );
  };
  attempt(1000);
  return async () => {
    isStopped = true;
    clearTimeout(timer);
    await stopQueue();
  };
}
