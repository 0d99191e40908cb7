// Builds the app with `next build` when the build is missing or older than its inputs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const INPUTS = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  'generated',
  'patches',
  'prisma/schema.prisma',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
  'server.ts',
];
const STAMP = join(ROOT, '.next', 'page-magic-build-inputs');

function walk(path: string, out: string[]) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
      walk(join(path, entry), out);
    }
  } else {
    out.push(`${path}:${stat.size}:${createHash('sha1').update(readFileSync(path)).digest('hex')}`);
  }
}

export function buildInputsHash(): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(join(ROOT, input), lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export function ensureBuild(env: NodeJS.ProcessEnv, log: (line: string) => void = console.log): void {
  const hash = buildInputsHash();
  if (existsSync(join(ROOT, '.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) {
    log('Build is up to date.');
    return;
  }
  log('Building the app (next build)...');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed (see the output above).');
  writeFileSync(STAMP, hash);
}
