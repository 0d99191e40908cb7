// The job queue: one pg-boss instance per process on the app's own PostgreSQL, in a schema of its
// own (`pgboss`, created and migrated by pg-boss at start; the app's migrations and the Prisma
// models cover `public` only). Any domain adds work with enqueue(); lib/jobs/ runs it. Every app
// instance works the same queue, and pg-boss hands each job to exactly one of them.
import { PgBoss, type QueuePolicy } from 'pg-boss';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { logConnectionError, logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';

// A new kind of job: add its name here and its settings to `queues` below, then its handler in
// lib/jobs/ (see lib/jobs/index.ts).
export type JobName =
  | 'meter-report'
  | 'domain-check'
  | 'certificate-issue'
  | 'certificate-renew'
  | 'account-delete'
  | 'account-export'
  | 'site-export'
  | 'generation-batch-item'
  | 'lighthouse';

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
export const jobStates: readonly JobState[] = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'];

type QueueSettings = {
  // 'stately': at most one waiting, one retrying and one running job per singletonKey (jobs
  // without a key share one), so enqueueing the same work twice is a no-op that returns null.
  policy: QueuePolicy;
  retryLimit: number;
  retryDelaySeconds: number; // the first retry's delay; each next one doubles, with jitter
  retryDelayMaxSeconds: number;
  expireInSeconds: number; // a job running longer is treated as failed (its instance died)
  deleteAfterSeconds: number; // how long finished jobs stay visible
};

const DAY = 24 * 60 * 60;

const defaults: QueueSettings = {
  policy: 'stately',
  retryLimit: 8,
  retryDelaySeconds: 30,
  retryDelayMaxSeconds: 60 * 60,
  expireInSeconds: 15 * 60,
  deleteAfterSeconds: 7 * DAY,
};

export const queues: Record<JobName, QueueSettings> = {
  // Runs every minute and on every metered credit; the records carry their own backoff, so a
  // failed run only needs the next one. One day of history is plenty at 1,440 runs a day.
  'meter-report': { ...defaults, retryLimit: 2, retryDelaySeconds: 10, expireInSeconds: 5 * 60, deleteAfterSeconds: DAY },
  'domain-check': defaults,
  'certificate-issue': defaults,
  'certificate-renew': defaults,
  // Waits for Stripe to come back: 1, 2, 4… minutes apart, then hourly (about 5 hours of tries);
  // after that the hourly sweep queues it again, so a locked account is never left behind.
  'account-delete': { ...defaults, retryLimit: 10, retryDelaySeconds: 60 },
  // The owner is watching its progress: two quick retries, then the export is marked failed and
  // the owner may start another. Finished runs are kept one day, as the links they made.
  'account-export': { ...defaults, retryLimit: 2, retryDelaySeconds: 10, retryDelayMaxSeconds: 60, deleteAfterSeconds: DAY },
  // A site's static export (lib/builds): the owner is watching the Builds tab, as above.
  'site-export': { ...defaults, retryLimit: 2, retryDelaySeconds: 10, retryDelayMaxSeconds: 60, deleteAfterSeconds: DAY },
  // One prompt of a batch (lib/generate/batch.ts), enqueued with its item id as singletonKey. The
  // handler records a failed generation on the item itself, so a retry only follows an instance
  // that died mid-run (the job expired): one, soon.
  'generation-batch-item': { ...defaults, retryLimit: 1, retryDelaySeconds: 5, retryDelayMaxSeconds: 60, expireInSeconds: 10 * 60, deleteAfterSeconds: DAY },
  // Lighthouse on a publish's live home page (lib/builds/lighthouse-audit.ts): the handler records
  // its own failures (no Chromium, install, timeout) on the build, so a retry only follows an
  // instance that died mid-run. A run takes 10–40 s (the first also installs the runner).
  lighthouse: { ...defaults, retryLimit: 1, retryDelaySeconds: 30, retryDelayMaxSeconds: 60, expireInSeconds: 10 * 60, deleteAfterSeconds: DAY },
};

export const jobNames = Object.keys(queues) as JobName[];

export function isJobName(value: string): value is JobName {
  return Object.hasOwn(queues, value);
}

export type QueueConfig = {
  connectionString: string;
  schema: string;
  // Maintenance (expiring stuck jobs, deleting old ones) and sending scheduled jobs; every app
  // instance may do both (pg-boss takes turns between them). A short-lived script does neither.
  supervise: boolean;
  // Tests lower it to see schedules fire quickly.
  cronWorkerIntervalSeconds?: number;
};

function configFor(overrides: Partial<QueueConfig>): QueueConfig {
  const config = { connectionString: env.DATABASE_URL, schema: 'pgboss', supervise: true, ...overrides };
  // It is written into SQL below (listJobs), so only a plain identifier.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(config.schema)) throw new Error(`Invalid job queue schema name: ${config.schema}`);
  return config;
}

// A new, unstarted instance. The app uses the one from startQueue(); tests make a second one to
// play a second app instance.
export function createBoss(overrides: Partial<QueueConfig> = {}): PgBoss {
  const config = configFor(overrides);
  const boss = new PgBoss({
    connectionString: config.connectionString,
    schema: config.schema,
    application_name: 'page-magic-queue',
    max: 4,
    supervise: config.supervise,
    schedule: config.supervise,
    // pg-boss checks options by presence: an undefined one fails its assertions.
    ...(config.cronWorkerIntervalSeconds ? { cronWorkerIntervalSeconds: config.cronWorkerIntervalSeconds } : {}),
    persistWarnings: false,
  });
  // An unhandled 'error' event would end the process; pg-boss retries its own loops.
  boss.on('error', (error) => logConnectionError(error, 'job queue error'));
  boss.on('warning', (warning) => logger.warn({ warning }, 'job queue warning'));
  return boss;
}

// Creates every queue (pg-boss needs a queue before send or work) and keeps its settings current.
export async function createQueues(boss: PgBoss): Promise<void> {
  const existing = new Map((await boss.getQueues(jobNames)).map((q) => [q.name, q]));
  for (const name of jobNames) {
    const s = queues[name];
    const options = {
      retryLimit: s.retryLimit,
      retryDelay: s.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: s.retryDelayMaxSeconds,
      expireInSeconds: s.expireInSeconds,
      deleteAfterSeconds: s.deleteAfterSeconds,
    };
    const queue = existing.get(name);
    if (!queue) await boss.createQueue(name, { policy: s.policy, ...options });
    else if (Object.entries(options).some(([key, value]) => queue[key as keyof typeof options] !== value)) await boss.updateQueue(name, options);
  }
}

// The process's one instance lives on globalThis: server.ts and the code inside Next's bundle are
// two module graphs, and both must reach the same queue.
const KEY = Symbol.for('page-magic.queue');
type Started = { boss: Promise<PgBoss>; schema: string };
const holder = globalThis as unknown as Record<symbol, Started | undefined>;

// Starts the process's queue once (later calls get the same one). enqueue() and the other
// functions below start it on first use, so scripts and tests need no setup.
export function startQueue(overrides: Partial<QueueConfig> = {}): Promise<PgBoss> {
  const started = holder[KEY];
  if (started) return started.boss;
  const config = configFor(overrides);
  const entry: Started = {
    schema: config.schema,
    boss: (async () => {
      const boss = createBoss(config);
      await boss.start();
      await createQueues(boss);
      return boss;
    })(),
  };
  holder[KEY] = entry;
  // A failed start is not kept: the next call tries again.
  entry.boss.catch(() => {
    if (holder[KEY] === entry) holder[KEY] = undefined;
  });
  return entry.boss;
}

// Waits for running jobs (up to timeoutMs), then closes the queue's connections.
export async function stopQueue(timeoutMs = 10_000): Promise<void> {
  const started = holder[KEY];
  holder[KEY] = undefined;
  if (!started) return;
  const boss = await started.boss.catch(() => null);
  await boss?.stop({ graceful: true, timeout: timeoutMs });
}

export type EnqueueOptions = {
  startAfter?: Date;
  // Work with the same key is deduplicated while one is waiting (see `policy` above): pass the
  // id of what the job is about (a domain, a certificate).
  singletonKey?: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
};

// Adds a job; returns its id, or null when the same work (name and singletonKey) is already waiting.
export async function enqueue(name: JobName, data: Record<string, unknown>, options: EnqueueOptions = {}): Promise<string | null> {
  const boss = await startQueue();
  const sendOptions = {
    startAfter: options.startAfter,
    singletonKey: options.singletonKey,
    retryLimit: options.retryLimit,
    retryDelay: options.retryDelaySeconds,
  };
  // pg-boss checks options by presence: leave out the ones not given (the queue's settings apply).
  return boss.send(name, data, Object.fromEntries(Object.entries(sendOptions).filter(([, value]) => value !== undefined)));
}

export type JobInfo = {
  id: string;
  name: string;
  state: JobState;
  data: Record<string, unknown>;
  singletonKey: string | null;
  attempts: number; // failed attempts so far (pg-boss's retryCount)
  retryLimit: number;
  lastError: string | null; // the message of the last failure, from the job's output
  output: unknown;
  createdAt: Date;
  startAfter: Date;
  startedAt: Date | null;
  completedAt: Date | null;
};

type JobRow = {
  id: string;
  name: string;
  state: JobState;
  data: Record<string, unknown> | null;
  singleton_key: string | null;
  retry_count: number;
  retry_limit: number;
  output: unknown;
  created_on: Date;
  start_after: Date;
  started_on: Date | null;
  completed_on: Date | null;
};

function errorMessage(state: JobState, output: unknown): string | null {
  if (state === 'completed' || !output || typeof output !== 'object') return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === 'string' ? message : null;
}

function toJobInfo(row: JobRow): JobInfo {
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    data: row.data ?? {},
    singletonKey: row.singleton_key,
    attempts: row.retry_count,
    retryLimit: row.retry_limit,
    lastError: errorMessage(row.state, row.output),
    output: row.output,
    createdAt: row.created_on,
    startAfter: row.start_after,
    startedAt: row.started_on,
    completedAt: row.completed_on,
  };
}

export type JobFilter = {
  name?: JobName;
  state?: JobState;
  // Matches the job's singletonKey, or any top-level value of its data (a domain id, a hostname).
  key?: string;
  limit: number;
};

// Newest first, for the operator (scripts/jobs.ts) and for pages showing an owner their jobs.
export async function listJobs(filter: JobFilter): Promise<JobInfo[]> {
  const { rows } = await queryJobs(
    `WHERE ($1::text IS NULL OR name = $1)
       AND ($2::text IS NULL OR state::text = $2)
       AND ($3::text IS NULL OR singleton_key = $3 OR EXISTS (SELECT 1 FROM jsonb_each_text(data) d WHERE d.value = $3))
     ORDER BY created_on DESC, id
     LIMIT $4`,
    [filter.name ?? null, filter.state ?? null, filter.key ?? null, Math.max(1, Math.min(filter.limit, 1000))],
  );
  return rows.map(toJobInfo);
}

async function queryJobs(where: string, values: unknown[]): Promise<{ rows: JobRow[] }> {
  const boss = await startQueue();
  const schema = holder[KEY]?.schema ?? 'pgboss';
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT id, name, state, data, singleton_key, retry_count, retry_limit, output, created_on, start_after, started_on, completed_on FROM ${schema}.job ${where}`,
      values,
    );
  return { rows: rows as JobRow[] };
}

// Sets pagemagic_job_queue_depth from the jobs table, for the metrics scrape: jobs waiting, waiting
// to retry and running, by queue (0 for a queue with none). Before pg-boss has made its schema
// there is nothing to count.
const depthStates = ['created', 'retry', 'active'] as const;
export async function recordQueueDepth(): Promise<void> {
  const schema = holder[KEY]?.schema ?? 'pgboss';
  const [{ exists }] = await db.$queryRawUnsafe<Array<{ exists: boolean }>>(`SELECT to_regclass('${schema}.job') IS NOT NULL AS exists`);
  const rows = exists
    ? await db.$queryRawUnsafe<Array<{ name: string; state: string; count: bigint }>>(
        `SELECT name, state::text AS state, count(*) AS count FROM ${schema}.job WHERE state::text IN ('created', 'retry', 'active') GROUP BY 1, 2`,
      )
    : [];
  for (const queue of jobNames) {
    for (const state of depthStates) {
      const row = rows.find((r) => r.name === queue && r.state === state);
      metrics.jobQueueDepth.set({ queue, state }, Number(row?.count ?? 0));
    }
  }
}

export async function findJob(id: string): Promise<JobInfo | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const { rows } = await queryJobs('WHERE id = $1', [id]);
  return rows[0] ? toJobInfo(rows[0]) : null;
}

// pg-boss's typings leave its command results empty; the count is there at run time.
function affected(result: object): number {
  return (result as { affected?: number }).affected ?? 0;
}

// A failed job gets one more attempt, a cancelled one runs again; false when it is in another state or gone.
export async function retryJob(id: string): Promise<boolean> {
  const job = await findJob(id);
  if (!job || (job.state !== 'failed' && job.state !== 'cancelled')) return false;
  const boss = await startQueue();
  return affected(job.state === 'failed' ? await boss.retry(job.name, id) : await boss.resume(job.name, id)) > 0;
}

// A waiting, retrying or running job is cancelled (a running one finishes its current attempt
// but is not retried); false when it has already finished or is gone.
export async function cancelJob(id: string): Promise<boolean> {
  const job = await findJob(id);
  if (!job || job.state === 'completed' || job.state === 'failed' || job.state === 'cancelled') return false;
  const boss = await startQueue();
  return affected(await boss.cancel(job.name, id)) > 0;
}
