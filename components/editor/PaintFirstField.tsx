'use client';
// The inspector's text and textarea fields, drawn first. The field is the browser's own input,
// uncontrolled: a keystroke re-renders nothing. When the section shows the prop in place
// (InlineText), the text is written there directly; the change reaches Puck (which walks the whole
// page) once that frame is painted, once per frame with the latest text. A shortcut or leaving the
// field sends what is pending first. It looks and behaves like Puck's own fields (label, focus and
// read-only state), whose controlled inputs re-render on every keystroke.
import { createUsePuck, FieldLabel, type FieldProps } from '@puckeditor/core';
import { Type } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { canvasInlineText, setCanvasText } from './canvas';
import { setInlinePending } from './inline-state';
import { PaintQueue } from './paint-queue';

const usePuck = createUsePuck();

type LabelProps = { label: string; icon?: React.ReactNode; readOnly?: boolean; children?: React.ReactNode };
type Props = FieldProps<{ type: string; placeholder?: string }, unknown> & {
  name: string;
  label?: string;
  labelIcon?: React.ReactNode;
  // Puck passes its own label at run time (it carries the field's hover and read-only styles).
  Label?: React.ComponentType<LabelProps>;
};

export function PaintFirstField({ field, name, id, value, onChange, readOnly, label, labelIcon, Label = FieldLabel }: Props) {
  const sectionId = usePuck((s) => (s.selectedItem ? String(s.selectedItem.props.id) : null));
  const [queue] = useState(() => new PaintQueue<string>(onChange));
  // Where the pending text belongs: the section selected when it was typed, and this field's path.
  const pendingIn = useRef<{ sectionId: string | null; path: string }>({ sectionId: null, path: name });
  const [pendingField] = useState(() => ({
    flush: () => queue.flush(),
    // What a save sent on leaving the page carries for this field (inline-state.ts): Puck takes the
    // text in only a few microtasks after it is sent, after the leaving handler has returned.
    pendingValue: () => {
      const { sectionId, path } = pendingIn.current;
      const latest = queue.peek();
      return latest && sectionId ? { sectionId, path, value: latest.value } : null;
    },
  }));
  // Until the text reaches Puck, autosave knows a keystroke is on its way (inline-state.ts): it says
  // "Unsaved" and starts no save, so "Saved" never shows with the keystroke missing from the draft.
  useEffect(
    () =>
      queue.setSend((next) => {
        setInlinePending(pendingField, false);
        onChange(next);
      }),
    [queue, pendingField, onChange],
  );
  useEffect(() => () => setInlinePending(pendingField, false), [pendingField]);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const text = typeof value === 'string' ? value : '';

  // Changes made elsewhere (in place, undo, AI) show here, except while the owner types in this
  // field; leaving the field shows the latest value (as with Puck's own fields), unless it still
  // has the owner's own typing to send.
  const show = (latest: string, isLeaving = false) => {
    const el = ref.current;
    if (el && (isLeaving || el.ownerDocument.activeElement !== el) && el.value !== latest) el.value = latest;
  };
  useEffect(() => show(text), [text]);

  // The canvas element this field writes into, found once per section rather than per keystroke
  // (a long page has thousands of elements to search).
  const target = useRef<{ sectionId: string; el: HTMLElement | null } | null>(null);
  const input = (event: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const next = event.currentTarget.value;
    let shown: HTMLElement | null = null;
    if (sectionId) {
      const known = target.current;
      const isCurrent = known?.sectionId === sectionId && known.el?.isConnected && known.el.dataset.pmInline === name;
      shown = isCurrent ? known.el : canvasInlineText(sectionId, name);
      target.current = { sectionId, el: shown };
    }
    if (shown) setCanvasText(shown, next);
    pendingIn.current = { sectionId, path: name };
    setInlinePending(pendingField, true);
    queue.push(next, shown?.ownerDocument.defaultView ?? window);
  };
  // Undo and redo in a text field are the field's own (the browser's), as in any form. Puck's
  // page-wide shortcut listens on the document (where React's own handlers also sit, so stopping
  // the event there is too late): it would take the key, undo the page (possibly another section,
  // or the selection that shows this field) and cancel the field's undo. The key stops here.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if (!(event.ctrlKey || event.metaKey) || event.altKey || (key !== 'z' && key !== 'y')) return;
      queue.flush();
      event.stopPropagation();
    };
    el.addEventListener('keydown', onKeyDown);
    return () => el.removeEventListener('keydown', onKeyDown);
  }, [queue]);
  const common = {
    ref,
    id,
    name,
    title: label || name,
    className: 'pm-puck-input',
    autoComplete: 'off',
    defaultValue: text,
    readOnly,
    tabIndex: readOnly ? -1 : undefined,
    placeholder: field.placeholder,
    onInput: input,
    onBlur: () => {
      if (queue.isPending) queue.flush();
      else show(text, true);
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) queue.flush();
    },
  };
  return (
    <Label label={label || name} icon={labelIcon ?? <Type size={16} aria-hidden />} readOnly={readOnly}>
      {field.type === 'textarea' ? <textarea rows={5} {...common} /> : <input type="text" {...common} />}
    </Label>
  );
}
