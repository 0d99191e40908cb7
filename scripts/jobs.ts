// For operators: the background jobs (lib/queue.ts), their state, attempts and last error, and
// retry or cancel one. Against DATABASE_URL, or the database of a running `npm start`.
//
//   npm run jobs [list] [--name <job>] [--state <state>] [--key <value>] [--limit <n>]
//   npm run jobs show <id>
//   npm run jobs retry <id>     a failed job gets one more attempt; a cancelled one waits again
//   npm run jobs cancel <id>    a waiting, retrying or running job is not run (again)
//
// Exit status: 0 done, 1 the job is missing or not in a state that allows it, 2 bad arguments.
import { parseArgs } from 'node:util';
import { ensureAuthSecret, loadDotEnv } from './local-env';
import { embeddedPostgresUrl } from './postgres';
import type { JobName } from '../lib/queue';

const USAGE = `Usage:
  npm run jobs [list] [--name <job>] [--state <state>] [--key <value>] [--limit <n>]
  npm run jobs show <id>
  npm run jobs retry <id>
  npm run jobs cancel <id>`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { name: { type: 'string' }, state: { type: 'string' }, key: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command = 'list', ...rest] = positionals;

loadDotEnv();
ensureAuthSecret(); // lib/env asks for it, though this script signs nothing
process.env.DATABASE_URL ??= embeddedPostgresUrl(Number(process.env.EMBEDDED_PG_PORT ?? 54329), 'pagemagic');
const queue = await import('../lib/queue');
const { isJobName, jobNames, jobStates } = queue;

function when(date: Date | null): string {
  return date ? date.toISOString().replace('T', ' ').slice(0, 19) : '-';
}

function checkId(): string {
  if (rest.length !== 1) fail(`${command} takes one job id.\n\n${USAGE}`, 2);
  return rest[0];
}

async function run(): Promise<number> {
  switch (command) {
    case 'list': {
      if (rest.length) fail(`Unexpected argument: ${rest[0]}\n\n${USAGE}`, 2);
      if (values.name !== undefined && !isJobName(values.name)) fail(`Unknown job name "${values.name}". Job names: ${jobNames.join(', ')}.`, 2);
      const state = jobStates.find((s) => s === values.state);
      if (values.state !== undefined && !state) fail(`Unknown state "${values.state}". States: ${jobStates.join(', ')}.`, 2);
      const limit = values.limit === undefined ? 50 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) fail('--limit must be a whole number from 1 to 1000.', 2);
      const jobs = await queue.listJobs({ name: values.name as JobName | undefined, state, key: values.key, limit });
      if (jobs.length === 0) {
        console.log('No jobs match.');
        return 0;
      }
      console.log(['created (UTC)      ', 'state    ', 'job              ', 'attempts', 'id                                  ', 'key'].join('  '));
      for (const job of jobs) {
        const line = [
          when(job.createdAt),
          job.state.padEnd(9),
          job.name.padEnd(17),
          `${job.attempts}/${job.retryLimit}`.padEnd(8),
          job.id,
          job.singletonKey ?? '-',
        ];
        console.log(line.join('  ') + (job.lastError ? `\n    last error: ${job.lastError}` : ''));
      }
      return 0;
    }
    case 'show': {
      const job = await queue.findJob(checkId());
      if (!job) fail(`No job ${rest[0]}.`, 1);
      const rows: Array<[string, string]> = [
        ['id', job.id],
        ['job', job.name],
        ['state', job.state],
        ['attempts', `${job.attempts} failed of ${job.retryLimit} retries allowed`],
        ['key', job.singletonKey ?? '-'],
        ['data', JSON.stringify(job.data)],
        ['created', when(job.createdAt)],
        ['start after', when(job.startAfter)],
        ['started', when(job.startedAt)],
        ['finished', when(job.completedAt)],
        ['last error', job.lastError ?? '-'],
        ['output', job.output === null || job.output === undefined ? '-' : JSON.stringify(job.output, null, 2)],
      ];
      for (const [label, value] of rows) console.log(`${label.padEnd(12)} ${value}`);
      return 0;
    }
    case 'retry': {
      const id = checkId();
      if (await queue.retryJob(id)) {
        console.log(`Job ${id} will run again.`);
        return 0;
      }
      const job = await queue.findJob(id);
      console.error(job ? `Job ${id} is ${job.state}: only failed or cancelled jobs can be retried.` : `No job ${id}.`);
      return 1;
    }
    case 'cancel': {
      const id = checkId();
      if (await queue.cancelJob(id)) {
        console.log(`Job ${id} is cancelled.`);
        return 0;
      }
      const job = await queue.findJob(id);
      console.error(job ? `Job ${id} is ${job.state}: only waiting, retrying or running jobs can be cancelled.` : `No job ${id}.`);
      return 1;
    }
    default:
      return fail(`Unknown command "${command}".\n\n${USAGE}`, 2);
  }
}

let code = 1;
try {
  // A short-lived reader: no maintenance, no schedules (the app's instances do those).
  await queue.startQueue({ supervise: false });
  code = await run();
} catch (error) {
  console.error(`Could not read the jobs: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await queue.stopQueue(1000);
}
process.exit(code);
