// The Puck patch (patches/, applied by patch-package after every install, which fails when it does
// not apply) is written for one version of Puck, the one package.json pins. This fails when the
// installed Puck is another version or the patch is not in its files (it must reverse cleanly).
// What the patch is for is measured in a browser by e2e/puck-patch.spec.ts; patches/README.md says
// what each change does and why.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const pinned: string = json('package.json').dependencies['@puckeditor/core'];
const locked: string = json('package-lock.json').packages['node_modules/@puckeditor/core'].version;
const installed: string = json('node_modules/@puckeditor/core/package.json').version;
const patches = readdirSync('patches').filter((file) => file.startsWith('@puckeditor+core+'));

describe('Puck and its patch', () => {
  it('pins Puck to one exact version, locked and installed', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(locked).toBe(pinned);
    expect(installed).toBe(pinned);
  });

  it('has one patch, written for that version', () => {
    expect(patches).toEqual([`@puckeditor+core+${pinned}.patch`]);
  });

  it('has the patch applied to the installed files', () => {
    // Throws, with git's message naming the file and hunk, when any hunk is missing.
    expect(() => execFileSync('git', ['apply', '--check', '--reverse', `patches/${patches[0]}`], { stdio: 'pipe' })).not.toThrow();
  });
});
