// What the editor's first load carries (the code that loads with SiteEditor.tsx, before anything
// it imports on first use): no zod and no props schemas (the server validates saves), no section
// defaults (they load with the first selection or the library), no section component (each
// type's loads when the editor first needs it) and no patch maker (only a document too large for a
// keepalive request needs it). npm run bench:editor
// measures the bytes; this keeps what must stay out, out.
import { describe, expect, it } from 'vitest';
import { loadedModules } from '@/test/import-graph';

describe("the editor's first load", () => {
  const { files, packages } = loadedModules('components/editor/SiteEditor.tsx', { dynamic: false, browser: true });

  it('has the section catalogue but no zod and no props schema', () => {
    expect(files.has('lib/sites/section-catalogue.ts')).toBe(true);
    expect(packages.has('zod')).toBe(false);
    expect([...files].filter((f) => f.endsWith('.schema.ts') || f === 'lib/sites/section-schemas.ts' || f === 'lib/sites/validate.ts')).toEqual([]);
  });

  it('has no section defaults', () => {
    expect([...files].filter((f) => f.endsWith('.defaults.ts') || f === 'lib/sites/section-defaults.ts')).toEqual([]);
  });

  it('has the render registry but no section component', () => {
    expect(files.has('lib/render/sections/registry.ts')).toBe(true);
    expect([...files].filter((f) => f.startsWith('lib/render/sections/') && f !== 'lib/render/sections/registry.ts')).toEqual([]);
  });

  it('has no patch maker and no page CSS builder', () => {
    expect(files.has('lib/sites/draft-patch.ts')).toBe(false);
    expect(files.has('lib/render/section-display-css.ts')).toBe(false);
  });
});
