'use client';
// Puck's own text and textarea inspector fields, with each keystroke drawn on the canvas first:
// when the section shows the prop in place (InlineText), its text is written there directly and
// the change reaches Puck (which walks the whole page) once that frame is painted. Keystrokes
// within one frame reach Puck once; a shortcut or leaving the field sends what is pending first.
// Props the canvas does not show in place go to Puck at once, as before.
import { createUsePuck } from '@puckeditor/core';
import { cloneElement, isValidElement, useEffect, useState } from 'react';
import { canvasInlineText } from './canvas';

const usePuck = createUsePuck();

// The value waiting for the paint, and Puck's latest onChange to send it to.
class PaintQueue {
  private pending: { value: unknown } | null = null;
  constructor(private send: (value: unknown) => void) {}

  setSend(send: (value: unknown) => void) {
    this.send = send;
  }

  after(view: Window, value: unknown) {
    const scheduled = this.pending !== null;
    this.pending = { value };
    if (!scheduled) view.requestAnimationFrame(() => view.setTimeout(() => this.flush(), 0));
  }

  flush() {
    const next = this.pending;
    if (!next) return;
    this.pending = null;
    this.send(next.value);
  }
}

type Props = { name: string; onChange: (value: unknown) => void; children?: React.ReactNode };

export function PaintFirstField({ name, onChange, children }: Props) {
  const sectionId = usePuck((s) => (s.selectedItem ? String(s.selectedItem.props.id) : null));
  const [queue] = useState(() => new PaintQueue(onChange));
  useEffect(() => queue.setSend(onChange), [queue, onChange]);

  if (!isValidElement<{ onChange: (value: unknown) => void }>(children)) return children;
  const change = (value: unknown) => {
    const shown = sectionId && typeof value === 'string' ? canvasInlineText(sectionId, name) : null;
    if (!shown) {
      queue.flush();
      onChange(value);
      return;
    }
    shown.textContent = value as string;
    queue.after(shown.ownerDocument.defaultView ?? window, value);
  };
  return (
    <div
      onBlur={() => queue.flush()}
      onKeyDownCapture={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) queue.flush();
      }}
    >
      {cloneElement(children, { onChange: change })}
    </div>
  );
}
