'use client';
// In-place text editing on the canvas. Puck's field transforms hand every text and textarea prop
// to this component while the page renders in the editor: a plain-text contentEditable span that
// writes each keystroke back into the section's props. Undo and redo while it has the focus step
// through its own history (field-history.ts), then the editor's. Empty values stay empty strings
// so the section hides them exactly as the published page does (not while being emptied).
// The browser has already drawn the keystroke in the span, so the write into Puck (which walks
// the whole page) waits until that frame is painted; keystrokes within one frame are written once.
import { registerOverlayPortal, setDeep, useGetPuck } from '@puckeditor/core';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { setCanvasText } from './canvas';
import { FieldHistory, type Snapshot } from './field-history';
import { setInlineEditing, setInlinePending } from './inline-state';
import { PaintQueue } from './paint-queue';

// `editing`: rendered for a field the owner is emptying (see inline-state.ts); sections read it
// through plainText() so they keep the field on the canvas.
type Props = { componentId: string; propPath: string; value: string; multiline: boolean; label: string; editing?: boolean };

// The field's text and selection, as character offsets into its text.
function snapshot(el: HTMLElement): Snapshot {
  const text = el.textContent ?? '';
  const selection = el.ownerDocument.getSelection();
  const offset = (node: Node | null | undefined, at: number) => {
    if (!node || !el.contains(node)) return text.length;
    const range = el.ownerDocument.createRange();
    range.setStart(el, 0);
    range.setEnd(node, at);
    return range.toString().length;
  };
  const a = offset(selection?.anchorNode, selection?.anchorOffset ?? 0);
  const b = offset(selection?.focusNode, selection?.focusOffset ?? 0);
  return { text, start: Math.min(a, b), end: Math.max(a, b), backward: b < a };
}

// Puts the selection back with its direction: Shift+arrows after an undo and redo move the same end
// of it as before (a selection made leftwards grows from its left end).
function select(el: HTMLElement, { start, end, backward }: Pick<Snapshot, 'start' | 'end' | 'backward'>) {
  const node = el.firstChild;
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  if (!node) return void selection.collapse(el, 0);
  const length = node.textContent?.length ?? 0;
  const [anchor, focus] = backward ? [end, start] : [start, end];
  selection.setBaseAndExtent(node, Math.min(anchor, length), node, Math.min(focus, length));
}

function InlineTextInner({ componentId, propPath, value, multiline, label }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const getPuck = useGetPuck();
  // The write into Puck, after the paint (see the top of the file).
  const [queue] = useState(() => new PaintQueue<null>(() => undefined));

  // The text this span last wrote into Puck. Puck answers a write with that same value a moment
  // later, by which time the owner may have typed more: an echo of our own write never touches the
  // DOM (it would drop the newer keystrokes and move the caret). Only a value from elsewhere (undo,
  // the inspector, a regenerated section) replaces the text.
  const written = useRef<string | null>(null);
  const [history] = useState(() => new FieldHistory());
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || value === written.current) return;
    written.current = null;
    if (el.textContent === value) return;
    // The owner's caret stays where it was (as far as the new text reaches).
    const focused = el.ownerDocument.activeElement === el;
    const before = focused ? snapshot(el) : null;
    setCanvasText(el, value);
    history.clear();
    if (before) select(el, before);
  }, [value, history]);

  // Undo or redo within the field; with nothing left there, the editor's history takes over.
  function step(direction: 'undo' | 'redo') {
    const el = ref.current;
    if (!el) return;
    const current = snapshot(el);
    const target = direction === 'undo' ? history.undo(current) : history.redo(current);
    if (!target) {
      queue.flush();
      const { history: pageHistory } = getPuck();
      if (direction === 'undo') pageHistory.back();
      else pageHistory.forward();
      return;
    }
    setCanvasText(el, target.text);
    select(el, target);
    setInlinePending(queue, true);
    queue.push(null, el.ownerDocument.defaultView ?? window);
  }

  // Each edit is recorded in the field's own history before it happens (see field-history.ts);
  // the browser's undo and redo (shortcut or menu) are replaced by the field's.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
        event.preventDefault();
        step(event.inputType === 'historyUndo' ? 'undo' : 'redo');
      } else history.record(snapshot(el), event.inputType, event.timeStamp);
    };
    el.addEventListener('beforeinput', onBeforeInput);
    return () => el.removeEventListener('beforeinput', onBeforeInput);
  });

  // A one-line field takes no line break, whatever brings it (Enter, Shift+Enter, a paste or a drop
  // of several lines): breaks in pasted text become spaces, inserted as the browser's own edit so
  // its undo still works.
  useEffect(() => {
    const el = ref.current;
    if (!el || multiline) return;
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') return event.preventDefault();
      const data = event.dataTransfer?.getData('text/plain') ?? event.data;
      if ((event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop' || event.inputType === 'insertText') && data && /[\r\n]/.test(data)) {
        event.preventDefault();
        el.ownerDocument.execCommand('insertText', false, data.replace(/[\r\n]+/g, ' '));
      }
    };
    el.addEventListener('beforeinput', onBeforeInput);
    return () => el.removeEventListener('beforeinput', onBeforeInput);
  }, [multiline]);

  // Lets the text take clicks through Puck's selection overlay.
  useEffect(() => registerOverlayPortal(ref.current) ?? undefined, []);
  // Editable while pointed at or focused (so dragging the section still works elsewhere). The two
  // are kept apart: typing over a selection shrinks the text from under the pointer, and the span
  // must stay editable while it has the focus. (The canvas is an iframe: its own document knows
  // what is focused, not this window's.)
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);

  function commit() {
    const el = ref.current;
    if (!el) return;
    const text = (el.textContent ?? '').replace(multiline ? /\r/g : /[\r\n]+/g, multiline ? '' : ' ');
    written.current = text;
    const { getItemById, getSelectorForId, dispatch } = getPuck();
    const item = getItemById(componentId);
    const selector = getSelectorForId(componentId);
    setInlinePending(queue, false);
    if (!item || !selector) return;
    dispatch({
      type: 'replace',
      destinationIndex: selector.index,
      destinationZone: selector.zone,
      data: { ...item, props: setDeep(item.props, propPath, text) },
    });
  }

  useEffect(() => queue.setSend(commit));
  useEffect(
    () => () => {
      setInlinePending(queue, false);
      setInlineEditing(componentId, propPath, false);
    },
    [queue, componentId, propPath],
  );

  return (
    <span
      ref={ref}
      data-pm-inline={propPath}
      className="pm-inline-text"
      contentEditable={hovered || focused ? 'plaintext-only' : 'false'}
      suppressContentEditableWarning
      tabIndex={0}
      onMouseOverCapture={() => setHovered(true)}
      onMouseOutCapture={() => setHovered(false)}
      onFocus={(e) => {
        // Editable from the focus itself, not from the next render: a key pressed at once (Tab
        // into an emptied field, then Ctrl+A and typing) would otherwise act on a read-only span,
        // Ctrl+A selecting the whole page and the typing going nowhere.
        e.currentTarget.contentEditable = 'plaintext-only';
        setInlineEditing(componentId, propPath, true);
        setFocused(true);
      }}
      onBlur={() => {
        queue.flush();
        setInlineEditing(componentId, propPath, false);
        setFocused(false);
      }}
      onKeyUp={(e) => e.stopPropagation()}
      role="textbox"
      aria-multiline={multiline}
      aria-label={label}
      spellCheck
      onInput={() => {
        setInlinePending(queue, true);
        queue.push(null, ref.current?.ownerDocument.defaultView ?? window);
      }}
      onClick={(e) => {
        // Select the section (its fields open in the inspector) without following a link.
        e.preventDefault();
        e.stopPropagation();
        const { getSelectorForId, dispatch } = getPuck();
        const itemSelector = getSelectorForId(componentId);
        if (itemSelector) dispatch({ type: 'setUi', ui: { itemSelector } });
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        // Shortcuts (duplicate, move) act on the text as typed so far.
        if (e.ctrlKey || e.metaKey || e.altKey) queue.flush();
        const key = e.key.toLowerCase();
        if ((e.ctrlKey || e.metaKey) && !e.altKey && (key === 'z' || (key === 'y' && !e.shiftKey))) {
          e.preventDefault();
          step(key === 'z' && !e.shiftKey ? 'undo' : 'redo');
          return;
        }
        if (!multiline && e.key === 'Enter') e.preventDefault();
        // A word move (Ctrl or Alt with an arrow) from a selection whose moving end is at the edge of
        // the text: Chrome will not move out of the field when the page has text beyond it, and
        // leaves the selection as it was (so what is typed next replaces it); a text field collapses
        // it there, and so does this.
        if ((e.ctrlKey || e.altKey) && !e.shiftKey && !e.metaKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && ref.current) {
          const { text, start, end, backward } = snapshot(ref.current);
          const moving = backward ? start : end;
          if (start !== end && moving === (e.key === 'ArrowLeft' ? 0 : text.length)) {
            e.preventDefault();
            select(ref.current, { start: moving, end: moving, backward: false });
          }
        }
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
      }}
    />
  );
}

export const InlineText = memo(InlineTextInner);
