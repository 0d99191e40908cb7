// The undo history of one in-place text field while the owner edits it. The browser's own undo
// is one stack for the whole canvas document: Ctrl+Z in one field would take back typing in
// another and move the selection there. So the field keeps its own: a snapshot (text and
// selection) before each edit, with a run of typing (or of deleting) kept as one step, as text
// editors do. Undo then redo gives back exactly the text and selection undo started from.
// `backward`: the selection was made leftwards (its focus, the end that moves, is at `start`).
export type Snapshot = { text: string; start: number; end: number; backward?: boolean };

type Kind = 'type' | 'delete' | 'other';

const kindOf = (inputType: string): Kind =>
  inputType.startsWith('insertText') || inputType === 'insertCompositionText' || inputType === 'insertReplacementText'
    ? 'type'
    : inputType.startsWith('delete') && inputType !== 'deleteByCut' && inputType !== 'deleteByDrag'
      ? 'delete'
      : 'other';

export class FieldHistory {
  private past: Snapshot[] = [];
  private future: Snapshot[] = [];
  private last: { kind: Kind; at: number } | null = null;

  constructor(
    private readonly groupMs = 1000,
    private readonly limit = 100,
  ) {}

  // Before an edit of `inputType` at time `now`, with the field as it is.
  record(before: Snapshot, inputType: string, now: number) {
    const kind = kindOf(inputType);
    const collapsed = before.start === before.end;
    const joins = this.last && kind !== 'other' && this.last.kind === kind && collapsed && now - this.last.at < this.groupMs;
    if (!joins) {
      this.past.push(before);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.future = [];
    this.last = { kind, at: now };
  }

  undo(current: Snapshot): Snapshot | null {
    const target = this.past.pop();
    if (!target) return null;
    this.future.push(current);
    this.last = null;
    return target;
  }

  redo(current: Snapshot): Snapshot | null {
    const target = this.future.pop();
    if (!target) return null;
    this.past.push(current);
    this.last = null;
    return target;
  }

  // The text changed from elsewhere (the inspector, the editor's undo): old steps no longer apply.
  clear() {
    this.past = [];
    this.future = [];
    this.last = null;
  }
}
