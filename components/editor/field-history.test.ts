import { describe, expect, it } from 'vitest';
import { FieldHistory, type Snapshot } from './field-history';

const at = (text: string, start = text.length, end = start): Snapshot => ({ text, start, end });

describe('an in-place field keeps its own undo history', () => {
  it('takes back a run of typing as one step, and redo gives it back with its selection', () => {
    const h = new FieldHistory();
    h.record(at('Flores', 0, 6), 'insertText', 0); // typing over the whole text
    h.record(at('A'), 'insertText', 100);
    h.record(at('Am'), 'insertText', 200);
    expect(h.undo(at('Amor'))).toEqual(at('Flores', 0, 6));
    expect(h.redo(at('Flores', 0, 6))).toEqual(at('Amor'));
    expect(h.undo(at('Amor'))).toEqual(at('Flores', 0, 6));
  });

  it('starts a new step after a pause, on a new kind of edit, or over a selection', () => {
    const h = new FieldHistory(1000);
    h.record(at(''), 'insertText', 0);
    h.record(at('a'), 'insertText', 2000); // pause
    h.record(at('ab'), 'deleteContentBackward', 2100); // deleting
    h.record(at('a'), 'insertFromPaste', 2200); // paste is always its own step
    h.record(at('axy', 0, 3), 'insertText', 2300); // over a selection
    const steps: string[] = [];
    let current = at('z');
    for (let s = h.undo(current); s; s = h.undo(current)) {
      steps.push(s.text);
      current = s;
    }
    expect(steps).toEqual(['axy', 'a', 'ab', 'a', '']);
  });

  it('forgets redo after a new edit, and everything after a change from elsewhere', () => {
    const h = new FieldHistory();
    h.record(at('a'), 'insertText', 0);
    expect(h.undo(at('ab'))).toEqual(at('a'));
    h.record(at('a'), 'insertText', 10);
    expect(h.redo(at('ac'))).toBeNull();
    h.clear();
    expect(h.undo(at('ac'))).toBeNull();
  });
});
