import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code. scripts/test.ts gives them a fresh PostgreSQL database.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts', 'components/**/*.test.ts', 'messages/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time. Vitest's default is one fewer than the cores: on these two-core
    // machines one, and the suite ran file after file while most of them wait on PostgreSQL.
    maxWorkers: 2,
    setupFiles: ['test/setup.ts'],
  },
});
