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
  return Boolean(el.closest('input, textarea, select, [contenteditable="true"], [contenteditable="plaintext-only"]'));
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
    function onKeyDown(event: KeyboardEvent) {
      if (isTyping(event.target)) return;
      const { appState, dispatch } = getPuck();
      const selector = appState.ui.itemSelector;
      if (!selector || selector.zone === undefined) return;
      const zone = selector.zone;
      const count = appState.data.content.length;
      const mod = event.metaKey || event.ctrlKey;
      if (mod && event.key.toLowerCase() === 'd') {
        event.preventDefault();
        dispatch({ type: 'duplicate', sourceIndex: selector.index, sourceZone: zone });
      } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        const to = selector.index + (event.key === 'ArrowUp' ? -1 : 1);
        if (to < 0 || to >= count) return;
        event.preventDefault();
        dispatch({ type: 'move', sourceIndex: selector.index, sourceZone: zone, destinationIndex: to, destinationZone: zone });
        dispatch({ type: 'setUi', ui: { itemSelector: { index: to, zone } }, recordHistory: false });
      }
    }
    const windows = new Set<Window>();
    const listen = (win: Window) => {
      windows.add(win);
      win.addEventListener('keydown', onHistoryKey, { capture: true });
      win.addEventListener('keydown', onKeyDown);
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
        win.removeEventListener('keydown', onKeyDown);
      }
    };
  }, [getPuck, store]);
  return null;
}
