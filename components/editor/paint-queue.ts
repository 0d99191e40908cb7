// Work that waits for the frame that shows a change: the canvas has already been updated directly
// (the browser's own text editing, or a write into its DOM or CSS), and the bookkeeping that
// follows (a Puck action, which walks the whole page) runs once that frame is painted. Values
// pushed within one frame are sent once, the latest; flush() sends what is pending right away
// (before a shortcut acts, or when the owner leaves the field).
export class PaintQueue<T> {
  private pending: { value: T } | null = null;

  constructor(private send: (value: T) => void) {}

  // The sender as of the latest render (its closure sees the latest props).
  setSend(send: (value: T) => void) {
    this.send = send;
  }

  get isPending(): boolean {
    return this.pending !== null;
  }

  // The value waiting to be sent, if any.
  peek(): Readonly<{ value: T }> | null {
    return this.pending;
  }

  push(value: T, view: Window = window) {
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
