// Shared set-up for benchmarks: a fresh database on the bench's own embedded PostgreSQL, and
// percentiles. Benchmarks print figures; they are not timed tests.
import { join } from 'node:path';
import pg from 'pg';
import { ensureDataDir, ROOT } from '../scripts/local-env';
import { applyMigrations } from '../scripts/migrate';
import { startEmbeddedPostgres, type RunningPostgres } from '../scripts/postgres';
import type { SiteDocument } from '../lib/sites/document';
import { confirmFacts } from '../lib/sites/suggested-facts';

export async function benchDatabase(name: string): Promise<{ url: string; server: RunningPostgres }> {
  ensureDataDir();
  const server = await startEmbeddedPostgres({
    databaseDir: join(ROOT, '.data/bench-postgres'),
    port: Number(process.env.EMBEDDED_PG_BENCH_PORT ?? 54359),
    quiet: true,
  });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  await server.createDatabase(name);
  const url = server.url(name);
  await applyMigrations(url);
  return { url, server };
}

export function benchEnv(url: string, port: number): Record<string, string> {
  return {
    DATABASE_URL: url,
    NEXTAUTH_SECRET: 'bench-secret-for-page-magic-benchmarks-only-0123456789',
    NEXTAUTH_URL: `http://localhost:${port}`,
    PORT: String(port),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    // Billing is off in benchmarks; one owner makes a site per template, more than Free allows.
    BILLING_DEFAULT_PLAN: 'business',
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// A generated site as its owner publishes it: its suggested reviews, team, figures and client
// names confirmed as true (publishing refuses them otherwise, see lib/sites/suggested-facts.ts).
export function confirmedSite(doc: SiteDocument): SiteDocument {
  return confirmFacts(
    doc,
    doc.pages.flatMap((p) => p.sections.map((x) => x.id)),
  );
}
