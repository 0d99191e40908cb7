// npm start / npm run dev: the whole app on one command, with no keys and no services needed.
import { ensureBuild } from './build';
import { ensurePrismaClient } from './generate-client';
import { ensureAuthSecret, ensureDatabase, ensureDataDir, loadDotEnv } from './local-env';
import { applyMigrations } from './migrate';
import { startTracingWith } from '../lib/observability/tracing-sdk';

const dev = process.argv.includes('--dev');

async function main() {
  const startedAt = performance.now();
  loadDotEnv();
  // Tracing (when an OTLP endpoint is set) before PostgreSQL starts: its instrumentations patch `pg`
  // and `http` as they are first loaded, and nothing here has loaded them yet (postgres.ts and
  // migrate.ts load `pg` when called). lib/env cannot be read until the database's address is known.
  startTracingWith({ endpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined, serviceName: process.env.OTEL_SERVICE_NAME?.trim() || 'page-magic' });
  ensureDataDir();
  (process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production';
  ensureAuthSecret();
  const port = Number(process.env.PORT ?? 3000);
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const pg = await ensureDatabase({ database: 'pagemagic' });
  let stopping = false;
  let httpServer: Awaited<ReturnType<typeof import('../server').startServer>> | null = null;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    // Close the app first (running jobs, then the server and its database listener), then PostgreSQL.
    if (httpServer) {
      await httpServer.stopWorkers().catch((error) => console.error('The job workers did not stop cleanly:', error));
      const closed = new Promise((resolve) => httpServer!.close(resolve));
      httpServer.closeAllConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3000))]);
      // The page views counted since the last write, before the database goes.
      const { stopCountingPageViews } = await import('../lib/analytics/recorder');
      await Promise.race([stopCountingPageViews(), new Promise((resolve) => setTimeout(resolve, 3000))]);
      // The spans still buffered go to the collector (nothing to do when tracing is off).
      const { stopTracing } = await import('../lib/observability/tracing');
      await Promise.race([
        stopTracing().catch((error) => console.error('Traces were not all sent:', error)),
        new Promise((resolve) => setTimeout(resolve, 3000)),
      ]);
    }
    await pg?.stop().catch((error) => console.error('PostgreSQL did not stop cleanly:', error));
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    ensurePrismaClient();
    const applied = await applyMigrations(process.env.DATABASE_URL!, { log: (line) => console.log(line) });
    if (applied.length === 0) console.log('Database is up to date.');
    const { seedDemo } = await import('../prisma/seed');
    const demo = await seedDemo();
    if (!dev) ensureBuild(process.env);
    const { startServer } = await import('../server');
    httpServer = await startServer({ dev, port });
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(`
  Page Magic is running at ${process.env.NEXTAUTH_URL}  (ready in ${seconds}s${dev ? ', dev mode' : ''})

  Demo account
    email:    ${demo.email}
    password: ${demo.password}

  Press Ctrl-C to stop.
`);
  } catch (error) {
    console.error(`\nPage Magic could not start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

void main().catch(async (error) => {
  console.error(`\nPage Magic could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
