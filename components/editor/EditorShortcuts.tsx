'use client';
// Keyboard shortcuts beyond Puck's own (delete, and undo/redo within the canvas): duplicate and
// move the selected section, and undo/redo past the canvas's history into page operations and
// restored versions. They work with focus in the editor or inside the canvas iframe, and never
// while the owner is typing in a field.
import { createUsePuck, useGetPuck } from '@puckeditor/core';
import { useEffect } from 'react';
import { useEditorSnapshot, type EditorStore } from './editor-store';

const usePuck = createUsePuck();

// One history for the owner: the canvas's edits (Puck's history, one page at a time) and, once
// those are used up, the whole-document changes before them (the store's).
export function useEditorHistory(store: EditorStore) {
  const back = usePuck((s) => s.history.back);
  const forward = usePuck((s) => s.history.forward);
  const canvasUndo = usePuck((s) => s.history.hasPast);
  const canvasRedo = usePuck((s) => s.history.hasFuture);
  const documentUndo = useEditorSnapshot(store, (s) => s.documentUndo);
  const documentRedo = useEditorSnapshot(store, (s) => s.documentRedo);
  const selected = usePuck((s) => (s.selectedItem ? String(s.selectedItem.props.id) : null));
  return {
    undo: () => (canvasUndo ? back() : store.undoDocument()),
    redo: () => (canvasRedo ? forward() : store.redoDocument()),
    canUndo: canvasUndo || documentUndo,
    canRedo: canvasRedo || documentRedo,
    selected,
  };
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  // (And the widgets whose own keys these are, as Puck's Delete leaves them alone: a select's trigger, a list of options.)
  return Boolean(
    el.closest(
      'input, textarea, select, [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"], [role="combobox"], [role="searchbox"], [role="listbox"], [role="grid"]',
    ),
  );
}

// Puck leaves Delete alone while a dialog is open (the publish dialog, a confirmation).
function inDialog(): boolean {
  return [...document.querySelectorAll<HTMLElement>('dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"]')].some((el) =>
    el.checkVisibility(),
  );
}

export function EditorShortcuts({ store }: { store: EditorStore }) {
  const getPuck = useGetPuck();
  useEffect(() => {
    // Runs before Puck's own undo and redo (capture on the window): when the canvas has nothing
    // left to undo (or redo), the key goes to the document history instead.
    function onHistoryKey(event: KeyboardEvent) {
      if (isTyping(event.target) || !(event.metaKey || event.ctrlKey)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      const { history } = getPuck();
      if (undo && !history.hasPast && store.get().documentUndo) {
        event.preventDefault();
        store.undoDocument();
      } else if (redo && !history.hasFuture && store.get().documentRedo) {
        event.preventDefault();
        store.redoDocument();
      }
    }
    // Each shortcut is a step of its own in the undo history, however quickly the next follows:
    // Puck records a change 250 ms after the last one, so three quick Alt+↓ (or Ctrl+D, Ctrl+D,
    // Delete) were one step, and one Ctrl+Z undid them all. The change is made without Puck's
    // record and written into the history at once, with the selection it leaves.
    // A change made with the mouse just before (Puck's Duplicate or Delete button, a drag) may not be recorded yet: Puck
    // would then write it 250 ms later, after the shortcut's step, and one Ctrl+Z would undo nothing, the next both.
    // Puck writes a pending record before it moves in the history, so a step back and forward writes it now, in its
    // place; the selection the owner made since is put back.
    function recordPending() {
      const { appState, history, dispatch } = getPuck();
      if (history.histories[history.index]?.state.data === appState.data) return;
      history.back();
      history.forward();
      dispatch({ type: 'setUi', ui: appState.ui, recordHistory: false });
    }
    function asStep(change: () => void) {
      recordPending();
      change();
      const { appState, history } = getPuck();
      history.setHistories([...history.histories.slice(0, history.index + 1), { id: `shortcut-${crypto.randomUUID()}`, state: appState }]);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const { appState, dispatch } = getPuck();
      const selector = appState.ui.itemSelector;
      const count = appState.data.content.length;
      if (!selector || selector.zone === undefined || selector.index >= count) return;
      const zone = selector.zone;
      const mod = event.metaKey || event.ctrlKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 'd') {
        event.preventDefault();
        asStep(() => dispatch({ type: 'duplicate', sourceIndex: selector.index, sourceZone: zone, recordHistory: false }));
      } else if (event.altKey && !mod && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        const to = selector.index + (event.key === 'ArrowUp' ? -1 : 1);
        if (to < 0 || to >= count) return;
        event.preventDefault();
        asStep(() => {
          dispatch({ type: 'move', sourceIndex: selector.index, sourceZone: zone, destinationIndex: to, destinationZone: zone, recordHistory: false });
          dispatch({ type: 'setUi', ui: { itemSelector: { index: to, zone } }, recordHistory: false });
        });
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod && !event.altKey && !event.shiftKey && !inDialog()) {
        // Puck's own Delete, made a step of its own; preventing the default keeps Puck's from running too.
        event.preventDefault();
        asStep(() => {
          dispatch({ type: 'remove', index: selector.index, zone, recordHistory: false });
          dispatch({ type: 'setUi', ui: { itemSelector: null }, recordHistory: false });
        });
      }
    }
    const windows = new Set<Window>();
    const listen = (win: Window) => {
      windows.add(win);
      win.addEventListener('keydown', onHistoryKey, { capture: true });
      // On the capture phase, before Puck's own Delete (a listener on the document).
      win.addEventListener('keydown', onKeyDown, { capture: true });
    };
    const attach = () => {
      for (const frame of document.querySelectorAll('iframe')) {
        const win = frame.contentWindow;
        if (win && !windows.has(win)) listen(win);
      }
    };
    listen(window);
    attach();
    const timer = setInterval(attach, 1000);
    return () => {
      clearInterval(timer);
      for (const win of windows) {
        win.removeEventListener('keydown', onHistoryKey, { capture: true });
        win.removeEventListener('keydown', onKeyDown, { capture: true });
      }
    };
  }, [getPuck, store]);
  return null;
}
