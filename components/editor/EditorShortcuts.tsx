'use client';
// Keyboard shortcuts beyond Puck's own (undo, redo, delete): duplicate and move the selected
// section. They work with focus in the editor or inside the canvas iframe, and never while the
// owner is typing in a field.
import { createUsePuck, useGetPuck } from '@puckeditor/core';
import { useEffect } from 'react';

const usePuck = createUsePuck();

export function useCanvasHistory() {
  const back = usePuck((s) => s.history.back);
  const forward = usePuck((s) => s.history.forward);
  const canUndo = usePuck((s) => s.history.hasPast);
  const canRedo = usePuck((s) => s.history.hasFuture);
  const selected = usePuck((s) => (s.selectedItem ? String(s.selectedItem.props.id) : null));
  return { undo: back, redo: forward, canUndo, canRedo, selected };
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return Boolean(el.closest('input, textarea, select, [contenteditable="true"], [contenteditable="plaintext-only"]'));
}

export function EditorShortcuts() {
  const getPuck = useGetPuck();
  useEffect(() => {
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
    const windows = new Set<Window>([window]);
    const attach = () => {
      for (const frame of document.querySelectorAll('iframe')) {
        const win = frame.contentWindow;
        if (win && !windows.has(win)) {
          windows.add(win);
          win.addEventListener('keydown', onKeyDown);
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    attach();
    const timer = setInterval(attach, 1000);
    return () => {
      clearInterval(timer);
      for (const win of windows) win.removeEventListener('keydown', onKeyDown);
    };
  }, [getPuck]);
  return null;
}
