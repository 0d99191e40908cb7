import { describe, expect, it } from 'vitest';
import { templateSample } from '@/lib/generate/template-samples';
import { diffDocuments } from './diff';

describe('diffDocuments', async () => {
  const doc = await templateSample('restaurant', 'en');

  it('finds nothing between a document and its copy', () => {
    expect(diffDocuments(doc, structuredClone(doc))).toMatchObject({ theme: false, business: false, pages: [], any: false });
  });

  it('names edited, moved, added and removed sections, theme and pages', () => {
    const after = structuredClone(doc);
    const home = after.pages.find((p) => p.path === '/')!;
    (home.sections[1].props as Record<string, unknown>).headline = 'Changed';
    [home.sections[2], home.sections[3]] = [home.sections[3], home.sections[2]];
    home.sections.push({ id: 'new-one', type: 'cta', props: {} });
    after.pages = after.pages.filter((p) => p.path === '/' || p !== after.pages[after.pages.length - 1]);
    after.theme = { ...after.theme, radius: after.theme.radius === 'lg' ? 'sm' : 'lg' };
    const diff = diffDocuments(doc, after);
    expect(diff.theme).toBe(true);
    const homeChange = diff.pages.find((p) => p.path === '/')!;
    expect(homeChange.sections).toEqual({ added: 1, removed: 0, edited: 1, moved: true });
    expect(diff.pages.some((p) => p.status === 'removed')).toBe(true);
  });

  it('names the installable-app setting turned on or off, and takes absent for off', () => {
    const on = { ...structuredClone(doc), app: { installable: true } };
    expect(diffDocuments(doc, on)).toMatchObject({ app: true, theme: false, business: false, pages: [], any: true });
    expect(diffDocuments(on, { ...on, app: { installable: false } })).toMatchObject({ app: true, any: true });
    expect(diffDocuments(doc, { ...structuredClone(doc), app: { installable: false } })).toMatchObject({ app: false, any: false });
  });

  it('treats a first publish as all new', () => {
    const diff = diffDocuments(null, doc);
    expect(diff.any).toBe(true);
    expect(diff.pages.every((p) => p.status === 'added')).toBe(true);
  });
});
