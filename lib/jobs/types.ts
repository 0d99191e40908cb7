// What a job's file in lib/jobs/ exports: how to run one job, and when to run it by itself.
export type JobContext = {
  id: string;
  attempt: number; // 1 on the first run, 2 on the first retry…
  signal: AbortSignal; // aborted when the job is cancelled or expires
};

export type JobDefinition = {
  // Throwing fails this attempt: the job is retried with backoff (the queue's settings in
  // lib/queue.ts) and its error shows in `npm run jobs`. What it returns is kept as the job's output.
  handle: (data: Record<string, unknown>, job: JobContext) => Promise<unknown>;
  // Sent by pg-boss on this cron (UTC), once per tick whatever the number of instances; while
  // isOn() is false the schedule is removed.
  schedule?: { cron: string; isOn?: () => boolean };
  // Jobs of this name one instance fetches and runs at once (default 5).
  batchSize?: number;
};
