// What a module loads when it runs, read from the source: its imports (not `import type`, not
// `export type`), followed through the project's own files, with the packages they name (not
// followed). For tests that keep a part of the code free of something: React out of validation,
// zod out of the editor's first load.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const ROOT = join(__dirname, '..');

const packageImports = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).imports as Record<string, { browser: string; default: string }>;

export type LoadedModules = { files: Set<string>; packages: Set<string> };

// `dynamic: false` leaves out `import()`: what loads with the module itself, not on first use.
// `browser: true` resolves package.json "imports" as a browser bundle does.
export function loadedModules(entry: string, opts: { dynamic?: boolean; browser?: boolean } = {}): LoadedModules {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [join(ROOT, entry)];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    if (opts.dynamic !== false) specifiers.push(...[...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]));
    for (const specifier of specifiers) {
      if (/\.(css|json)$/.test(specifier)) continue;
      const mapped = packageImports[specifier];
      const base = mapped
        ? join(ROOT, opts.browser ? mapped.browser : mapped.default)
        : specifier.startsWith('@/')
          ? join(ROOT, specifier.slice(2))
          : specifier.startsWith('.')
            ? join(dirname(file), specifier)
            : null;
      if (!base) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
        continue;
      }
      const resolved = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((path) => /\.tsx?$/.test(path) && existsSync(path));
      if (!resolved) throw new Error(`${relative(ROOT, file)}: cannot resolve ${specifier}`);
      pending.push(resolved);
    }
  }
  return { files: new Set([...files].map((f) => relative(ROOT, f))), packages };
}
