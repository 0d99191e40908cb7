'use client';
// The editor's document outside Puck: the whole site (every page, theme, business), the revision
// it was loaded at, and the save status. Puck owns one page at a time; its changes are merged
// back here. Kept outside React state so a keystroke re-renders only the canvas, not the shell.
import { useMemo, useSyncExternalStore } from 'react';
import type { Data } from '@puckeditor/core';
import type { Page, SiteDocument } from '@/lib/sites/document';
import type { Theme } from '@/lib/sites/theme';
import { flushInlineEdits, type PendingValue } from './inline-state';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'offline' | 'invalid' | 'conflict';

export type EditorSnapshot = {
  doc: SiteDocument;
  pageId: string;
  // Bumped whenever the document is replaced from outside Puck (page switch, restore, conflict):
  // Puck reads its data once, so the canvas remounts.
  mountKey: number;
  status: SaveStatus;
  error: string | null;
  // Changes since the last successful save.
  dirtyVersion: number;
  savedVersion: number;
  // Whole-document changes (page operations, a restored version) that Undo and Redo can take back
  // once the canvas's own history is used up (see changePages).
  documentUndo: boolean;
  documentRedo: boolean;
};

type DocumentState = { doc: SiteDocument; pageId: string };

type Listener = () => void;

// The page the editor opens on: the home page.
export function openingPage(doc: SiteDocument): Page {
  return doc.pages.find((p) => p.path === '/') ?? doc.pages[0];
}

export class EditorStore {
  private snapshot: EditorSnapshot;
  private listeners = new Set<Listener>();
  // What Puck owns (the current page and the theme) as last seen, serialized: a change is compared
  // against it once instead of serializing both sides on every keystroke.
  private puckOwned: string | null = null;
  revision: number;
  // The document as the server holds it at `revision`: a save too large to send whole sends its
  // change from this one (use-autosave.ts).
  saved: SiteDocument;

  constructor(doc: SiteDocument, revision: number) {
    this.revision = revision;
    this.saved = doc;
    this.snapshot = {
      doc,
      pageId: openingPage(doc).id,
      mountKey: 0,
      status: 'saved',
      error: null,
      dirtyVersion: 0,
      savedVersion: 0,
      documentUndo: false,
      documentRedo: false,
    };
  }

  get = () => this.snapshot;

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<EditorSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  page(): Page {
    const { doc, pageId } = this.snapshot;
    return doc.pages.find((p) => p.id === pageId) ?? doc.pages[0];
  }

  // A change made inside Puck (sections, root props) for the current page.
  applyPuckData(data: Data) {
    const { doc, pageId } = this.snapshot;
    const root = (data.root.props ?? {}) as { title?: string; description?: string; socialImage?: string; theme?: Theme };
    const pages = doc.pages.map((page) =>
      page.id === pageId
        ? {
            ...page,
            title: root.title ?? page.title,
            description: root.description ?? page.description,
            socialImage: root.socialImage ?? page.socialImage,
            sections: data.content.map((item) => {
              const { id, ...props } = item.props as { id: string } & Record<string, unknown>;
              return { id, type: String(item.type), props };
            }),
          }
        : page,
    );
    const next = { ...doc, theme: root.theme ?? doc.theme, pages };
    // Puck also calls onChange for changes that leave the data as it was; compare only what it owns.
    const before = this.puckOwned ?? JSON.stringify([doc.pages.find((p) => p.id === pageId), doc.theme]);
    const after = JSON.stringify([pages.find((p) => p.id === pageId), next.theme]);
    this.puckOwned = after;
    if (before === after) return;
    // A new edit ends what could be redone; an edit made after the canvas was remounted for another
    // reason (a page switch) would be lost by going back to an older document, so that history ends.
    this.future = [];
    if (this.snapshot.mountKey !== this.documentMount) this.past = [];
    this.changed(next, false);
  }

  // A change to what Puck does not hold (which suggested facts the owner confirmed): saved like any
  // edit, without remounting the canvas.
  updateDocument(update: (doc: SiteDocument) => SiteDocument) {
    const next = update(this.snapshot.doc);
    if (next !== this.snapshot.doc) this.changed(next, false);
  }

  // A change made outside Puck (pages panel, restore a version): the canvas remounts.
  private replace(doc: SiteDocument, opts: { pageId?: string } = {}) {
    const pageId =
      opts.pageId && doc.pages.some((p) => p.id === opts.pageId) ? opts.pageId : (doc.pages.find((p) => p.id === this.snapshot.pageId) ?? doc.pages[0]).id;
    this.changed(doc, true, pageId);
  }

  private changed(doc: SiteDocument, remount: boolean, pageId = this.snapshot.pageId) {
    if (remount) this.puckOwned = null;
    this.set({
      documentUndo: this.past.length > 0,
      documentRedo: this.future.length > 0,
      doc,
      pageId,
      mountKey: remount ? this.snapshot.mountKey + 1 : this.snapshot.mountKey,
      dirtyVersion: this.snapshot.dirtyVersion + 1,
      status: this.snapshot.status === 'conflict' ? 'conflict' : 'pending',
      error: null,
    });
  }

  // Whole-document changes remount the canvas, which starts a new canvas history; they keep their
  // own. Undo takes back the canvas's edits first and then, once those are used up, the document
  // change before them, so the owner walks back through every kind of edit in order.
  private past: DocumentState[] = [];
  private future: DocumentState[] = [];
  // The canvas mount that shows the result of the last document change.
  private documentMount = -1;

  private current(): DocumentState {
    return { doc: this.snapshot.doc, pageId: this.snapshot.pageId };
  }

  // A page operation (add, rename, reorder, make home, delete) or a restored version.
  changePages(doc: SiteDocument, opts: { pageId?: string } = {}) {
    // A keystroke still on its way belongs to the document being left (see switchPage).
    flushInlineEdits();
    this.past = [...this.past.slice(-49), this.current()];
    this.future = [];
    this.replace(doc, opts);
    this.documentMount = this.snapshot.mountKey;
  }

  undoDocument() {
    this.step(this.past, this.future);
  }

  redoDocument() {
    this.step(this.future, this.past);
  }

  // Goes to the newest state in `from`, keeping the current one in `to`.
  private step(from: DocumentState[], to: DocumentState[]) {
    flushInlineEdits();
    const target = from.pop();
    if (!target) return;
    to.push(this.current());
    this.replace(target.doc, { pageId: target.pageId });
    this.documentMount = this.snapshot.mountKey;
  }

  switchPage(pageId: string) {
    if (pageId === this.snapshot.pageId) return;
    // Keystrokes the canvas shows but Puck has not been handed yet (they wait for their frame) go
    // into the page being left now: the remount would drop their field's queue with the field.
    flushInlineEdits();
    this.puckOwned = null;
    this.set({ pageId, mountKey: this.snapshot.mountKey + 1 });
  }

  // The owner changed something the document does not hold yet (a keystroke on its way from the
  // canvas): not saved until a save that starts after it.
  touch() {
    if (this.snapshot.status === 'conflict') return;
    this.set({ status: 'pending', error: null, dirtyVersion: this.snapshot.dirtyVersion + 1 });
  }

  setStatus(status: SaveStatus, error: string | null = null) {
    this.set({ status, error });
  }

  markSaved(version: number, revision: number, doc: SiteDocument) {
    this.revision = revision;
    this.saved = doc;
    const pending = this.snapshot.dirtyVersion !== version;
    this.set({ savedVersion: version, status: pending ? 'pending' : 'saved', error: null });
  }

  // Load the other tab's document: it becomes the draft, and this tab's unsaved edits are dropped
  // by the owner's choice.
  loadTheirs(doc: SiteDocument, revision: number) {
    this.revision = revision;
    this.saved = doc;
    const pageId = doc.pages.some((p) => p.id === this.snapshot.pageId) ? this.snapshot.pageId : doc.pages[0].id;
    const version = this.snapshot.dirtyVersion + 1;
    this.puckOwned = null;
    this.past = [];
    this.future = [];
    this.set({
      doc,
      pageId,
      mountKey: this.snapshot.mountKey + 1,
      dirtyVersion: version,
      savedVersion: version,
      status: 'saved',
      error: null,
      documentUndo: false,
      documentRedo: false,
    });
  }

  // Keep this tab's document: save it over theirs, starting from their revision.
  keepMine(revision: number, theirs: SiteDocument) {
    this.revision = revision;
    this.saved = theirs;
    this.set({ status: 'pending', error: null, dirtyVersion: this.snapshot.dirtyVersion + 1 });
  }
}

export function useEditorSnapshot<T>(store: EditorStore, select: (s: EditorSnapshot) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}

// The site's pages, business, language and suggested facts (no section content), for rendering only: a component
// using it re-renders when a page is added, renamed or switched, not on every keystroke. Actions
// must read the whole, current document from store.get().doc.
export function useDocShell(store: EditorStore): SiteDocument {
  const key = useEditorSnapshot(store, (s) =>
    JSON.stringify([s.doc.business, s.doc.language, s.doc.pages.map((p) => [p.id, p.path, p.title, p.language]), s.pageId, s.doc.suggestions]),
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => store.get().doc, [key]);
}

// The document with the given field values written into the sections of one page (each at its
// prop path as Puck names it: `headline`, `items[0].title`). A section, or a path through it, that
// is not there is left alone.
export function withFieldValues(doc: SiteDocument, pageId: string, values: readonly PendingValue[]): SiteDocument {
  if (!values.length) return doc;
  const setPath = (target: unknown, [key, ...rest]: (string | number)[], value: string): unknown => {
    if (key === undefined) return value;
    if (typeof key === 'number') {
      if (!Array.isArray(target) || key >= target.length) return target;
      return target.map((item, i) => (i === key ? setPath(item, rest, value) : item));
    }
    if (!target || typeof target !== 'object' || Array.isArray(target)) return target;
    const record = target as Record<string, unknown>;
    if (rest.length && !Object.hasOwn(record, key)) return target;
    return { ...record, [key]: setPath(record[key], rest, value) };
  };
  const segments = (path: string) => [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
  return {
    ...doc,
    pages: doc.pages.map((page) =>
      page.id !== pageId
        ? page
        : {
            ...page,
            sections: page.sections.map((section) =>
              values
                .filter((v) => v.sectionId === section.id)
                .reduce((s, v) => ({ ...s, props: setPath(s.props, segments(v.path), v.value) as typeof s.props }), section),
            ),
          },
    ),
  };
}

export function toPuckData(doc: SiteDocument, page: Page): Data {
  const rootProps: Record<string, unknown> = { title: page.title, description: page.description, socialImage: page.socialImage, theme: doc.theme };
  return {
    root: { props: rootProps },
    content: page.sections.map((section) => ({ type: section.type, props: { ...section.props, id: section.id } })),
  };
}
