// patches/@puckeditor+core+*.patch (applied by `patch-package` after every install) removes two
// whole-page walks from each change in Puck: permissions are resolved only when some component
// has a resolver (none of ours do), and the selected section's fields are not re-set when they
// did not change. It also has the selected section's overlay check its position on a timer
// rather than from a loop of animation frames, which kept the page drawing while anything was
// selected. The editor's speed (npm run bench:editor) depends on it: this fails when an install
// skipped the patch or a Puck upgrade dropped it. And it keeps out of the editor's first load what
// Puck pulls in and the editor does not use (the editor's first-load JavaScript budget): Radix's
// popover (only the rich-text menu's select uses it; loaded when one renders), object-hash (the
// copied host styles are keyed by their markup) and @tanstack/react-virtual (loaded when a long
// outline first renders). Browsers get the ES module chunks, so those are the ones checked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(process.cwd(), 'node_modules/@puckeditor/core/dist');
const withPermissions = readdirSync(dist)
  .filter((file) => /\.m?js$/.test(file))
  .filter((file) => readFileSync(join(dist, file), 'utf8').includes('resolvePermissionsForItem = '));
const esm = readdirSync(dist).filter((file) => file.endsWith('.mjs'));
const esmImporting = (pkg: string) => esm.filter((file) => new RegExp(`(^|\\n)import [^;]*? from "${pkg}";`).test(readFileSync(join(dist, file), 'utf8')));
const withOverlay = readdirSync(dist)
  .filter((file) => /\.m?js$/.test(file))
  .filter((file) => readFileSync(join(dist, file), 'utf8').includes('MEASURE_EVERY_MS = '));

describe('the Puck patch', () => {
  it('finds the permissions slice in Puck', () => {
    expect(withPermissions.length).toBeGreaterThan(0);
  });

  it.each(withPermissions)('is applied to %s', (file) => {
    const code = readFileSync(join(dist, file), 'utf8');
    expect(code).toContain('.some((c) => c && c.resolvePermissions))) return;');
    expect(code).toMatch(/\} else if \(appStore\.getState\(\)\.fields\.fields !== defaultFields2? \|\| appStore\.getState\(\)\.fields\.id !== id\) \{/);
  });

  it('finds the overlay of the selected section in Puck', () => {
    expect(withOverlay.length).toBeGreaterThan(0);
  });

  it.each(withOverlay)('polls the selected section on a timer in %s', (file) => {
    const code = readFileSync(join(dist, file), 'utf8');
    expect(code).toContain('const timer = setInterval(tick, MEASURE_EVERY_MS);');
    expect(code).not.toContain('frame = requestAnimationFrame(tick);');
  });

  it('loads what the editor does not use only when it is used', () => {
    expect(esmImporting('@radix-ui/react-popover')).toEqual([]);
    expect(esmImporting('object-hash')).toEqual([]);
    expect(esmImporting('@tanstack/react-virtual')).toEqual([]);
    const code = esm.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    expect(code).toContain('import("@radix-ui/react-popover")');
    expect(code).toContain('import("@tanstack/react-virtual")');
  });
});
