// An incremental JSON scanner for a streamed model answer: fed the text chunk by chunk, it reports
// every value the moment its last character arrives, with the value's path from the root
// (['pages', 0, 'sections', 2]) and its raw text. It only tracks nesting, strings and scalars, so
// it costs one pass over the text; it does not judge validity (JSON.parse does that, per value and
// for the whole answer). Text before the root `{` or `[` (a ```json fence, a sentence) is skipped.
export type JsonPath = Array<string | number>;

type Frame = { start: number } & ({ kind: 'object'; key: string | null; awaitingKey: boolean } | { kind: 'array'; index: number });

const WHITESPACE = new Set([' ', '\n', '\r', '\t']);

export class JsonScanner {
  private text = '';
  private pos = 0;
  private readonly stack: Frame[] = [];
  private inString = false;
  private escaped = false;
  private stringStart = -1;
  private scalarStart = -1;
  private rootStart = -1;
  private rootEnd = -1;

  constructor(private readonly onValue: (path: JsonPath, raw: string) => void) {}

  push(chunk: string): void {
    this.text += chunk;
    for (; this.pos < this.text.length && this.rootEnd < 0; this.pos++) this.step(this.text[this.pos], this.pos);
  }

  // Everything received so far.
  get received(): string {
    return this.text;
  }

  // The root value's text once it has closed, else null (the answer was cut off or never started).
  get root(): string | null {
    return this.rootEnd < 0 ? null : this.text.slice(this.rootStart, this.rootEnd);
  }

  private path(): JsonPath {
    return this.stack.map((frame) => (frame.kind === 'array' ? frame.index : (frame.key ?? '')));
  }

  private step(c: string, i: number) {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === '\\') this.escaped = true;
      else if (c === '"') {
        this.inString = false;
        const raw = this.text.slice(this.stringStart, i + 1);
        const top = this.stack.at(-1);
        if (top?.kind === 'object' && top.awaitingKey) {
          try {
            top.key = JSON.parse(raw) as string;
          } catch {
            top.key = raw.slice(1, -1);
          }
          top.awaitingKey = false;
        } else if (top) this.onValue(this.path(), raw);
      }
      return;
    }
    if (this.scalarStart >= 0 && (c === ',' || c === '}' || c === ']' || WHITESPACE.has(c))) {
      this.onValue(this.path(), this.text.slice(this.scalarStart, i));
      this.scalarStart = -1;
    }
    if (this.stack.length === 0) {
      // Before the root: only an opening bracket starts the document.
      if (c !== '{' && c !== '[') return;
      this.rootStart = i;
    }
    switch (c) {
      case '{':
        this.stack.push({ kind: 'object', start: i, key: null, awaitingKey: true });
        return;
      case '[':
        this.stack.push({ kind: 'array', start: i, index: 0 });
        return;
      case '}':
      case ']': {
        const frame = this.stack.pop();
        if (!frame) return;
        if (this.stack.length === 0) {
          this.rootEnd = i + 1;
          this.onValue([], this.text.slice(frame.start, i + 1));
        } else this.onValue(this.path(), this.text.slice(frame.start, i + 1));
        return;
      }
      case '"':
        this.inString = true;
        this.stringStart = i;
        return;
      case ',': {
        const top = this.stack.at(-1);
        if (top?.kind === 'object') {
          top.awaitingKey = true;
          top.key = null;
        } else if (top) top.index += 1;
        return;
      }
      case ':':
        return;
      default:
        if (!WHITESPACE.has(c) && this.scalarStart < 0) this.scalarStart = i;
    }
  }
}
