// A document's change as a patch: what the editor computes turns the revision it holds into the
// document it shows, and a patch that does not fit the document is refused whole.
import { describe, expect, it } from 'vitest';
import { testDocument } from '@/test/documents';
import { applyPatch, diffDocument, PatchError } from './draft-patch';

describe('diffDocument and applyPatch', () => {
  it('carries one edited text as one small operation', () => {
    const before = testDocument();
    const after = structuredClone(before);
    after.pages[0].sections[1].props.headline = 'Pão de verdade';
    const patch = diffDocument(before, after);
    expect(patch).toEqual([{ op: 'set', path: ['pages', 0, 'sections', 1, 'props', 'headline'], value: 'Pão de verdade' }]);
    expect(applyPatch(before, patch)).toEqual(after);
    // The document it was applied to is left as it was.
    expect(before.pages[0].sections[1].props.headline).toBe('Pão quentinho toda manhã');
  });

  it('turns any change into the new document: keys added and removed, lists longer, shorter and reordered', () => {
    const before = testDocument();
    const after = structuredClone(before) as Record<string, unknown> & ReturnType<typeof testDocument>;
    after.pages[0].sections.reverse();
    after.pages[1].sections.pop();
    after.pages[0].sections[0].props.extra = { nested: [1, 2, 3] };
    delete (after.business as Partial<typeof after.business>).schemaType;
    after.suggestions = { hero: { claims: ['0123abcd'], confirmed: false } };
    after.theme.radius = 'lg';
    expect(applyPatch(before, diffDocument(before, after))).toEqual(after);
    expect(diffDocument(after, after)).toEqual([]);
  });

  it('leaves out what JSON leaves out (an undefined value)', () => {
    const before = testDocument();
    const after = { ...structuredClone(before), pages: before.pages.map((p) => ({ ...p, language: undefined })) };
    expect(diffDocument(before, after)).toEqual([]);
  });

  it('refuses a path that is not in the document, a forbidden key or a removed list item, changing nothing', () => {
    const doc = testDocument();
    const bad = [
      [{ op: 'set', path: ['pages', 7, 'title'], value: 'x' }],
      [{ op: 'set', path: ['pages', 0, 'nothing', 'title'], value: 'x' }],
      [{ op: 'set', path: ['pages', 0, 'title', 'length'], value: 1 }],
      [{ op: 'set', path: ['pages', '0', 'title'], value: 'x' }],
      [{ op: 'set', path: ['__proto__', 'polluted'], value: true }],
      [{ op: 'set', path: ['business', 'constructor'], value: 'x' }],
      [{ op: 'remove', path: ['pages', 1] }],
      [{ op: 'remove', path: [] }],
      [
        { op: 'set', path: ['business', 'name'], value: 'Changed' },
        { op: 'set', path: ['pages', 2, 'title'], value: 'x' },
      ],
    ] as const;
    for (const patch of bad) expect(() => applyPatch(doc, patch as never), JSON.stringify(patch)).toThrow(PatchError);
    expect(doc).toEqual(testDocument());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
