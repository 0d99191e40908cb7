// The editor's document history: page operations and restored versions are undone and redone in
// order after the canvas's own edits, and never at the cost of an edit made since.
import { describe, expect, it } from 'vitest';
import { templateSample } from '@/lib/generate/template-samples';
import { EditorStore, toPuckData, withFieldValues } from './editor-store';
import { hasPendingInlineEdits, pendingFieldValues, setInlinePending } from './inline-state';

async function store() {
  const doc = await templateSample('landing', 'en');
  return new EditorStore(doc, 1);
}

function renamed(s: EditorStore, title: string) {
  const doc = s.get().doc;
  return { ...doc, pages: doc.pages.map((p) => (p.path === '/' ? { ...p, title } : p)) };
}

const homeTitle = (s: EditorStore) => s.get().doc.pages.find((p) => p.path === '/')!.title;

// An edit made on the canvas: the hero headline, as Puck reports it through onChange.
function editHeadline(s: EditorStore, headline: string) {
  const data = toPuckData(s.get().doc, s.page());
  const hero = data.content.find((item) => item.type === 'hero')!;
  hero.props = { ...hero.props, headline };
  s.applyPuckData(data);
}

describe('EditorStore document history', () => {
  it('undoes and redoes page operations in order', async () => {
    const s = await store();
    const original = homeTitle(s);
    s.changePages(renamed(s, 'First'));
    s.changePages(renamed(s, 'Second'));
    expect(s.get()).toMatchObject({ documentUndo: true, documentRedo: false });
    s.undoDocument();
    expect(homeTitle(s)).toBe('First');
    s.undoDocument();
    expect(homeTitle(s)).toBe(original);
    expect(s.get()).toMatchObject({ documentUndo: false, documentRedo: true });
    s.redoDocument();
    expect(homeTitle(s)).toBe('First');
    // Every step remounts the canvas and is saved like any change.
    expect(s.get().mountKey).toBe(5);
    expect(s.get().status).toBe('pending');
  });

  it('a new edit ends what could be redone', async () => {
    const s = await store();
    s.changePages(renamed(s, 'First'));
    s.undoDocument();
    expect(s.get().documentRedo).toBe(true);
    editHeadline(s, 'Something new');
    expect(s.get().documentRedo).toBe(false);
  });

  it('keeps page undo across edits on the same canvas, and drops it after edits elsewhere', async () => {
    const s = await store();
    s.changePages(renamed(s, 'First'));
    // On the canvas that shows the change: Puck's history holds the edit, then the page change.
    editHeadline(s, 'Edited here');
    expect(s.get().documentUndo).toBe(true);
    // After a switch to another page and an edit there, going back to the older document would
    // lose that edit: the document history ends.
    const other = s.get().doc.pages.find((p) => p.path !== '/')!;
    s.switchPage(other.id);
    const data = toPuckData(s.get().doc, s.page());
    data.root.props = { ...data.root.props, title: 'Another title' };
    s.applyPuckData(data);
    expect(s.get().documentUndo).toBe(false);
    s.undoDocument();
    expect(s.page().title).toBe('Another title');
  });

  it('loading the other tab’s document clears the history', async () => {
    const s = await store();
    s.changePages(renamed(s, 'First'));
    s.loadTheirs(renamed(s, 'Theirs'), 7);
    expect(s.get()).toMatchObject({ documentUndo: false, documentRedo: false });
    expect(homeTitle(s)).toBe('Theirs');
  });
});

describe('EditorStore and keystrokes still on their way', () => {
  it('a page switch first hands Puck what a field still holds, so it lands on the page being left', async () => {
    const s = await store();
    const home = s.page().id;
    // A canvas field holding a keystroke until its frame is painted (InlineText's queue).
    const field = {
      flush() {
        setInlinePending(field, false);
        editHeadline(s, 'Typed just before');
      },
    };
    setInlinePending(field, true);
    const other = s.get().doc.pages.find((p) => p.id !== home)!;
    s.switchPage(other.id);
    expect(hasPendingInlineEdits()).toBe(false);
    expect(s.get().pageId).toBe(other.id);
    const hero = s
      .get()
      .doc.pages.find((p) => p.id === home)!
      .sections.find((x) => x.type === 'hero')!;
    expect(hero.props.headline).toBe('Typed just before');
    expect(s.get().dirtyVersion).toBe(1);
  });
});

// What the save sent on leaving the page carries for an inspector field whose text Puck has not
// taken in yet (use-autosave.ts): each field's latest text at its prop path, in its section.
describe('the document as sent on leaving', () => {
  it('holds the latest text of every pending field, top-level and in lists, and nothing else changes', async () => {
    const s = await store();
    const hero = s.page().sections.find((section) => section.type === 'hero')!;
    const withItems = s.page().sections.find((section) => Array.isArray(section.props.items) && (section.props.items as unknown[]).length > 1)!;
    const field = { flush: () => undefined, pendingValue: () => ({ sectionId: hero.id, path: 'headline', value: 'Typed last' }) };
    setInlinePending(field, true);
    const values = [...pendingFieldValues(), { sectionId: withItems.id, path: 'items[1].title', value: 'Second item' }];
    setInlinePending(field, false);
    const before = structuredClone(s.get().doc);
    const sent = withFieldValues(s.get().doc, s.get().pageId, values);
    const page = sent.pages.find((p) => p.id === s.get().pageId)!;
    expect(page.sections.find((section) => section.id === hero.id)!.props.headline).toBe('Typed last');
    expect((page.sections.find((section) => section.id === withItems.id)!.props.items as Array<{ title: string }>)[1].title).toBe('Second item');
    // The store's own document is untouched, and a section or path that is not there changes nothing.
    expect(s.get().doc).toEqual(before);
    const expected = structuredClone(sent);
    expect(
      withFieldValues(sent, s.get().pageId, [
        { sectionId: 'gone', path: 'headline', value: 'x' },
        { sectionId: hero.id, path: 'missing.deep', value: 'x' },
        { sectionId: withItems.id, path: 'items[99].title', value: 'x' },
      ]),
    ).toEqual(expected);
  });
});
