// Generates the Prisma client when it is missing or older than prisma/schema.prisma.
// `prisma generate` needs no engine, but the CLI tries to download one first unless told where one is.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export function ensurePrismaClient(log: (line: string) => void = console.log): void {
  const schemaHash = createHash('sha256')
    .update(readFileSync(join(ROOT, 'prisma/schema.prisma')))
    .digest('hex');
  const stamp = join(ROOT, 'generated/prisma/.schema-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === schemaHash) return;
  log('Generating the Prisma client...');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/prisma/build/index.js'), 'generate'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://localhost/unused',
    },
  });
  if (result.status !== 0) throw new Error('prisma generate failed.');
  writeFileSync(stamp, schemaHash);
}

if (import.meta.url === `file://${process.argv[1]}`) ensurePrismaClient();
