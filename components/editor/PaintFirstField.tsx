'use client';
// Puck's own text and textarea inspector fields, with each keystroke drawn on the canvas first:
// when the section shows the prop in place (InlineText), its text is written there directly and
// the change reaches Puck (which walks the whole page) once that frame is painted. Keystrokes
// within one frame reach Puck once; a shortcut or leaving the field sends what is pending first.
// Props the canvas does not show in place go to Puck at once, as before.
import { createUsePuck } from '@puckeditor/core';
import { cloneElement, isValidElement, useEffect, useState } from 'react';
import { canvasInlineText } from './canvas';
import { PaintQueue } from './paint-queue';

const usePuck = createUsePuck();

type Props = { name: string; onChange: (value: unknown) => void; children?: React.ReactNode };

export function PaintFirstField({ name, onChange, children }: Props) {
  const sectionId = usePuck((s) => (s.selectedItem ? String(s.selectedItem.props.id) : null));
  const [queue] = useState(() => new PaintQueue<unknown>(onChange));
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
    queue.push(value, shown.ownerDocument.defaultView ?? window);
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
