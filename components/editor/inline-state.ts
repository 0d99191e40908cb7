// What the in-place text fields (InlineText.tsx) know that Puck does not yet.
//
// Fields being edited: a field the owner empties stays on the canvas while it has the focus (an
// empty value is otherwise not rendered, as on the published page), so the next keystroke still
// lands in it rather than on the page (where Backspace deletes the section).
const editing = new Set<string>();
const key = (componentId: string, propPath: string) => `${componentId}\u0000${propPath}`;

export function setInlineEditing(componentId: string, propPath: string, isEditing: boolean) {
  if (isEditing) editing.add(key(componentId, propPath));
  else editing.delete(key(componentId, propPath));
}

export function isInlineEditing(componentId: string, propPath: string): boolean {
  return editing.has(key(componentId, propPath));
}

// Keystrokes the canvas or the inspector already shows but Puck has not been told yet (InlineText
// and PaintFirstField write into Puck once the frame is painted). Autosave reads this so the status
// never says "Saved" while a keystroke is still on its way to the draft, and no save starts before
// it arrives. Each pending field is its queue of the write still to come (paint-queue.ts).
// An inspector field also tells its latest text and where the document holds it (the section, and
// the prop's path as Puck names it: `items[0].title`), so that the save sent on leaving the page
// carries it even though Puck takes it in only after the leaving handler has returned.
export type PendingValue = { sectionId: string; path: string; value: string };
type PendingField = { flush(): void; pendingValue?(): PendingValue | null };
const pending = new Set<PendingField>();
const listeners = new Set<() => void>();

export function setInlinePending(field: PendingField, isPending: boolean) {
  const had = pending.has(field);
  if (isPending === had) return;
  if (isPending) pending.add(field);
  else pending.delete(field);
  if (isPending) for (const listener of listeners) listener();
}

export function hasPendingInlineEdits(): boolean {
  return pending.size > 0;
}

// Hands Puck every keystroke still waiting for its frame, now: before the canvas is remounted (a
// page switch, a page operation, a restored version), which would drop a field's queue with it,
// and before the page goes away. A canvas field's write reaches the document at once; an inspector
// field's goes through Puck's own field change, a few microtasks later.
export function flushInlineEdits() {
  for (const field of [...pending]) field.flush();
}

// The latest text of every inspector field whose keystrokes Puck has not taken in yet.
export function pendingFieldValues(): PendingValue[] {
  return [...pending].map((field) => field.pendingValue?.() ?? null).filter((value): value is PendingValue => value !== null);
}

// Called when a field starts holding a keystroke Puck has not seen.
export function onInlinePending(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
