// Prepares the settings a local run needs when the user gave none: .env if present, a
// generated NEXTAUTH_SECRET kept in .data/, and an embedded PostgreSQL when DATABASE_URL is unset.
// Orchestration scripts read process.env directly; the app itself reads settings only in lib/env.ts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from './postgres';

export const ROOT = resolve(import.meta.dirname, '..');
export const DATA_DIR = join(ROOT, '.data');

export function loadDotEnv() {
  const file = join(ROOT, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

export function ensureDataDir() {
  mkdirSync(DATA_DIR, { recursive: true });
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter .data/.
  if (process.getuid?.() === 0) chmodSync(DATA_DIR, 0o755);
}

export function ensureAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = join(DATA_DIR, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(file, 'utf8').trim();
}

export async function ensureDatabase(opts: { database: string; dir?: string; port?: number; quiet?: boolean }): Promise<RunningPostgres | null> {
  if (process.env.DATABASE_URL) return null;
  ensureDataDir();
  const port = opts.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const pg = await startEmbeddedPostgres({ databaseDir: opts.dir ?? join(DATA_DIR, 'postgres'), port, quiet: opts.quiet });
  await pg.createDatabase(opts.database);
  process.env.DATABASE_URL = pg.url(opts.database);
  return pg;
}
