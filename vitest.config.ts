import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Unit and integration tests sit beside the code. scripts/test.ts gives them a fresh PostgreSQL database.
const root = import.meta.dirname;
const folders = ['lib', 'test', 'scripts', 'app', 'components', 'messages'];
const testFiles = folders.flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && !file.split('/').includes('node_modules'))
    .map((file) => `${folder}/${file}`),
);

// Most files share their worker's modules with the files before them (isolate: false): the app's
// modules (Prisma's client, the section library, the publishing engine) are imported once per
// worker instead of once per file, which was about a third of the step. A file runs in a module
// graph (and process) of its own when it replaces or spies on modules, stubs globals, fakes
// timers, closes the shared database client, or registers OpenTelemetry's SDK (once per process),
// found here by what it calls so that a new such file is isolated by itself; or when it looks at a
// module's state before anything used it (named below).
const needsOwnModules = /\bvi\.(mock|doMock|unmock|spyOn|stubEnv|stubGlobal|useFakeTimers|resetModules)\(|\$disconnect\(|\bstartTracing\(/;
const isolated = testFiles.filter(
  (file) =>
    needsOwnModules.test(readFileSync(join(root, file), 'utf8')) ||
    // The section renders load lazily: it checks that none is loaded before the library asks.
    file === 'lib/render/sections/sections.test.ts',
);

// The files that install and build an exported project from the registry, or run Lighthouse, take
// up to a minute or more each: they start first, so that none is left running alone at the end
// while the other worker has nothing to do. (Otherwise the order is Vitest's own.)
const slow = /(angular|react|vue)-export\.test\.ts$|\/lighthouse\.test\.ts$/;
class SlowFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    return [...sorted.filter((spec) => slow.test(spec.moduleId)), ...sorted.filter((spec) => !slow.test(spec.moduleId))];
  }
}

// Paths as glob patterns that match only themselves (`app/api/sites/[id]/…` has brackets).
const literal = (file: string) => file.replace(/[[\]{}()*?!+@]/g, '\\$&');

export default defineConfig({
  resolve: { alias: { '@': resolve(root) } },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time. Vitest's default is one fewer than the cores: on these two-core
    // machines one, and the suite ran file after file while most of them wait on PostgreSQL.
    maxWorkers: 2,
    setupFiles: ['test/setup.ts'],
    sequence: { sequencer: SlowFirst },
    projects: [
      { extends: true, test: { name: 'own modules', include: isolated.map(literal) } },
      { extends: true, test: { name: 'shared modules', isolate: false, include: testFiles.filter((file) => !isolated.includes(file)).map(literal) } },
    ],
  },
});
