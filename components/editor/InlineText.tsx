'use client';
// In-place text editing on the canvas. Puck's field transforms hand every text and textarea prop
// to this component while the page renders in the editor: a plain-text contentEditable span that
// writes each keystroke back into the section's props (one Puck history entry per pause).
// Empty values stay empty strings so the section hides them exactly as the published page does.
// The browser has already drawn the keystroke in the span, so the write into Puck (which walks
// the whole page) waits until that frame is painted; keystrokes within one frame are written once.
import { registerOverlayPortal, setDeep, useGetPuck } from '@puckeditor/core';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { setCanvasText } from './canvas';
import { PaintQueue } from './paint-queue';

type Props = { componentId: string; propPath: string; value: string; multiline: boolean; label: string };

function InlineTextInner({ componentId, propPath, value, multiline, label }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const getPuck = useGetPuck();

  // Keep the DOM in step with the value (undo, inspector edits) without moving the caret while
  // the owner is typing here.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.textContent !== value) setCanvasText(el, value);
  }, [value]);

  // Lets the text take clicks through Puck's selection overlay.
  useEffect(() => registerOverlayPortal(ref.current) ?? undefined, []);
  const [active, setActive] = useState(false);

  function commit() {
    const el = ref.current;
    if (!el) return;
    const text = (el.textContent ?? '').replace(multiline ? /\r/g : /[\r\n]+/g, multiline ? '' : ' ');
    const { getItemById, getSelectorForId, dispatch } = getPuck();
    const item = getItemById(componentId);
    const selector = getSelectorForId(componentId);
    if (!item || !selector) return;
    dispatch({
      type: 'replace',
      destinationIndex: selector.index,
      destinationZone: selector.zone,
      data: { ...item, props: setDeep(item.props, propPath, text) },
    });
  }

  // The write into Puck, after the paint (see the top of the file).
  const [queue] = useState(() => new PaintQueue<null>(() => undefined));
  useEffect(() => queue.setSend(commit));

  return (
    <span
      ref={ref}
      data-pm-inline={propPath}
      className="pm-inline-text"
      // Editable while pointed at or focused, so dragging the section still works elsewhere.
      contentEditable={active ? 'plaintext-only' : 'false'}
      suppressContentEditableWarning
      tabIndex={0}
      onMouseOverCapture={() => setActive(true)}
      onMouseOutCapture={() => setActive(document.activeElement === ref.current)}
      onFocus={() => setActive(true)}
      onBlur={() => {
        queue.flush();
        setActive(false);
      }}
      onKeyUp={(e) => e.stopPropagation()}
      role="textbox"
      aria-multiline={multiline}
      aria-label={label}
      spellCheck
      onInput={() => queue.push(null, ref.current?.ownerDocument.defaultView ?? window)}
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
        // Shortcuts (undo, duplicate, move) act on the text as typed so far.
        if (e.ctrlKey || e.metaKey || e.altKey) queue.flush();
        if (!multiline && e.key === 'Enter') e.preventDefault();
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
      }}
    />
  );
}

export const InlineText = memo(InlineTextInner);
