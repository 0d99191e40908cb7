// Seeded editing sequences for the randomized typing journey (e2e/editor-typing.spec.ts): every
// way an owner selects and replaces text (clicks, double and triple clicks, Ctrl+A, Shift+arrows,
// Shift+Home/End, drags; Backspace and Delete runs; typing at any speed; plain and rich paste;
// Enter; undo then redo mid-typing; dead-key composition; leaving the field mid-word), played on
// the editor and on a plain editable element, whose text is what the owner must end up with.
import type { CDPSession, Frame, Locator, Page } from '@playwright/test';

export { seededRandom as seeded } from '../../lib/random';

export type Action =
  | { do: 'click'; at: number; count: 1 | 2 | 3 }
  | { do: 'drag'; from: number; to: number }
  | { do: 'keys'; key: string; times: number; delay: number }
  | { do: 'type'; text: string; delay: number }
  | { do: 'paste'; text: string; rich: boolean }
  | { do: 'compose'; steps: string[]; result: string }
  | { do: 'undoRedo' }
  | { do: 'leave' };

// Offsets are fractions of the text's length at the time the action runs, so a sequence means the
// same on any text.
const words = ['Flores', 'que', 'encantam', 'café', 'pão', 'açúcar', 'niño', 'O’Brien', 'R$ 80,00', '24h', 'Zé', 'über', '&', '—', 'a', 'I', '"aspas"', '50%'];
const composed = [
  { steps: ['~'], result: 'ã' },
  { steps: ['~'], result: 'õ' },
  { steps: ['´'], result: 'é' },
  { steps: ['´'], result: 'á' },
  { steps: ['^'], result: 'ê' },
  { steps: ['`'], result: 'à' },
  { steps: ['¨'], result: 'ü' },
  { steps: ['n', 'ni', 'nih'], result: '日本' },
];
const selectKeys = [
  'Shift+ArrowLeft',
  'Shift+ArrowRight',
  'Shift+Home',
  'Shift+End',
  'ControlOrMeta+a',
  'Shift+ArrowUp',
  'Shift+ArrowDown',
  'Control+Shift+ArrowLeft',
];
const moveKeys = ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Control+ArrowLeft', 'Control+ArrowRight'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function phrase(random: () => number): string {
  const n = 1 + Math.floor(random() * 3);
  return Array.from({ length: n }, () => pick(random, words)).join(' ');
}

export function sequence(random: () => number, opts: { multiline: boolean }): Action[] {
  const actions: Action[] = [{ do: 'click', at: random(), count: 1 }];
  // A triple click selects a paragraph, and in text with line breaks which one depends on the
  // field's layout (the reference's differs): there it is a double click.
  const clicks = opts.multiline ? ([1, 2, 2] as const) : ([1, 2, 3, 2, 3] as const);
  const steps = 2 + Math.floor(random() * 6);
  for (let i = 0; i < steps; i++) {
    const r = random();
    if (r < 0.2) actions.push({ do: 'click', at: random(), count: pick(random, clicks) });
    else if (r < 0.27) actions.push({ do: 'drag', from: random(), to: random() });
    else if (r < 0.4) actions.push({ do: 'keys', key: pick(random, selectKeys), times: 1 + Math.floor(random() * 6), delay: Math.floor(random() * 30) });
    else if (r < 0.45) actions.push({ do: 'keys', key: pick(random, moveKeys), times: 1 + Math.floor(random() * 4), delay: 0 });
    else if (r < 0.7) actions.push({ do: 'type', text: phrase(random), delay: pick(random, [0, 10, 30, 30, 60]) });
    else if (r < 0.8)
      actions.push({
        do: 'keys',
        key: pick(random, ['Backspace', 'Backspace', 'Delete', 'Control+Backspace']),
        times: 1 + Math.floor(random() * 25),
        delay: pick(random, [0, 15, 33]),
      });
    else if (r < 0.85) actions.push({ do: 'paste', text: random() < 0.3 ? `${phrase(random)}\n${phrase(random)}` : phrase(random), rich: random() < 0.5 });
    else if (r < 0.89) actions.push({ do: 'keys', key: pick(random, ['Enter', 'Shift+Enter']), times: 1, delay: 0 });
    else if (r < 0.94) actions.push({ do: 'compose', ...pick(random, composed) });
    else if (r < 0.97) actions.push({ do: 'undoRedo' });
    else actions.push({ do: 'leave' }, { do: 'click', at: random(), count: 1 });
  }
  // Most sequences end typing, as owners do.
  if (random() < 0.7) actions.push({ do: 'type', text: phrase(random), delay: pick(random, [0, 30]) });
  return actions;
}

// One place the actions are played: the editor's canvas or inspector, or the reference page.
export type Target = {
  page: Page;
  frame: Frame;
  cdp: CDPSession;
  element: () => Locator;
  // Where focus goes when the owner leaves the field (a neighbouring control).
  leave: () => Promise<void>;
  // The editor's undo and redo shortcuts are played; the reference skips them (they must cancel
  // out: the canvas's own field history gives back the text and the selection), unless it is a
  // form field (`nativeUndo`): the inspector's fields keep the browser's own undo, whose redo leaves
  // the caret after the redone text, so a plain field plays the same keys.
  reference: boolean;
  nativeUndo?: boolean;
  multiline: boolean;
};

// The point (in page coordinates) of the caret at a fraction of the text.
async function caretPoint(target: Target, at: number): Promise<{ x: number; y: number } | null> {
  const el = target.element();
  await el.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'nearest' }));
  const local = await el.evaluate((node, fraction) => {
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) {
      // A form field: the caret's x from the width of the text before it, in the field's own font.
      const style = getComputedStyle(node);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const offset = Math.round(fraction * node.value.length);
      const box = node.getBoundingClientRect();
      const x =
        box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) + context.measureText(node.value.slice(0, offset)).width - node.scrollLeft;
      return {
        x: Math.min(x, box.right - 4),
        y: box.top + Math.min(box.height / 2, parseFloat(style.paddingTop) + (parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2) / 2 + 2),
      };
    }
    // The text may sit in several text nodes (an edit can split it): offsets count across them all.
    const nodes: Text[] = [];
    const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const length = nodes.reduce((sum, n) => sum + n.length, 0);
    // The node and offset in it of the character at `index` of the whole text.
    const charAt = (index: number): [Text, number] | null => {
      for (const n of nodes) {
        if (index < n.length) return [n, index];
        index -= n.length;
      }
      return null;
    };
    const box = node.getBoundingClientRect();
    if (length === 0) return { x: box.left + 2, y: box.top + box.height / 2 };
    const lines = [...node.getClientRects()];
    const inside = (p: { x: number; y: number }) => lines.some((r) => p.x >= r.left - 1 && p.x <= r.right + 1 && p.y >= r.top - 1 && p.y <= r.bottom + 1);
    // A caret between two characters: the left edge of the one after it, or the right edge of the
    // one before. A line break has no box to aim at (nor the empty line after a final one): the
    // nearest offset with a character to click on is taken instead, the same in both layouts. What
    // covers the text (another element drawn over it) is not looked at: clicking there is the test.
    const pointAt = (offset: number) => {
      if (offset < 0 || offset > length) return null;
      for (const after of [offset < length, false, true]) {
        if ((after && offset >= length) || (!after && offset === 0)) continue;
        const at = charAt(after ? offset : offset - 1);
        if (!at) continue;
        const range = node.ownerDocument.createRange();
        range.setStart(at[0], at[1]);
        range.setEnd(at[0], at[1] + 1);
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        if (!rect) continue;
        const point = { x: after ? rect.left + 0.5 : rect.right - 0.5, y: rect.top + rect.height / 2 };
        if (inside(point)) return point;
      }
      return null;
    };
    const wanted = Math.min(length, Math.round(fraction * length));
    for (let d = 0; d <= length; d++) {
      const point = pointAt(wanted - d) ?? pointAt(wanted + d);
      if (point) return point;
    }
    return { x: box.left + 2, y: box.top + box.height / 2 };
  }, at);
  if (target.frame === target.page.mainFrame()) return local;
  const frameElement = await target.frame.frameElement();
  const box = await frameElement.boundingBox();
  const inner = await target.frame.evaluate(() => window.innerWidth);
  if (!box) return null;
  const scale = box.width / inner;
  return { x: box.x + local.x * scale, y: box.y + local.y * scale };
}

export async function textOf(el: Locator): Promise<string> {
  // A field that is gone fails within seconds, naming the sequence, rather than at the test's end.
  return el.evaluate((node) => (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement ? node.value : (node.textContent ?? '')), undefined, {
    timeout: 10_000,
  });
}

async function focusAt(target: Target, at: number, count: 1 | 2 | 3) {
  const text = await textOf(target.element());
  // Text of line breaks only has no characters to aim at: the field is focused as Tab would.
  const point = text.trim().length ? await caretPoint(target, at) : null;
  if (!point) {
    await target.element().focus();
    return;
  }
  await target.page.mouse.click(point.x, point.y, { clickCount: count, delay: 20 });
}

// The clipboard is filled by copying on a page of its own, as an owner copies from elsewhere.
const clipboards = new WeakMap<object, Page>();

export async function pasteFrom(page: Page, text: string, rich: boolean) {
  let clip = clipboards.get(page.context());
  if (!clip || clip.isClosed()) {
    clip = await page.context().newPage();
    clipboards.set(page.context(), clip);
  }
  const html = rich
    ? `<div id="c" contenteditable><b style="color:red">${text.split('\n')[0]}</b>${text.includes('\n') ? `<p><i>${text.split('\n').slice(1).join('\n')}</i></p>` : ''}</div>`
    : `<textarea id="c">${text}</textarea>`;
  await clip.setContent(html);
  await clip.locator('#c').focus();
  await clip.keyboard.press('ControlOrMeta+a');
  await clip.keyboard.press('ControlOrMeta+c');
  // The page that pastes back in front: input to a page behind another waits for frames that
  // come slowly (a click took most of a second, a drag several).
  await page.bringToFront();
}

export async function play(target: Target, action: Action) {
  const { page } = target;
  switch (action.do) {
    case 'click':
      return focusAt(target, action.at, action.count);
    case 'drag': {
      const text = await textOf(target.element());
      if (!text.trim().length) return target.element().focus();
      // In a form field (the inspector's), a drag over a text longer than the field scrolls it on
      // the browser's timer, so what it selected depended on how busy the machine was, in the
      // reference as much as in the editor (seed 409843 #9 on the team page). The browser's own
      // field is not ours to test: the same selection is made with keys, from one end to the other.
      if (await target.element().evaluate((el) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) {
        const [from, to] = [action.from, action.to].map((f) => Math.round(f * text.length));
        await target.element().focus();
        await page.keyboard.press('ControlOrMeta+Home');
        for (let i = 0; i < from; i++) await page.keyboard.press('ArrowRight');
        for (let i = 0; i < Math.abs(from - to); i++) await page.keyboard.press(to < from ? 'Shift+ArrowLeft' : 'Shift+ArrowRight');
        return;
      }
      const a = await caretPoint(target, action.from);
      const b = await caretPoint(target, action.to);
      if (!a || !b) return;
      // A drag that starts inside a selection moves the selected text (by layout, which the
      // reference cannot copy): the selection is collapsed first, as the owner's arrow key would.
      await page.keyboard.press('ArrowLeft');
      await page.mouse.move(a.x, a.y);
      await page.mouse.down();
      await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 3 });
      await page.mouse.move(b.x, b.y, { steps: 3 });
      await page.mouse.up();
      return;
    }
    case 'keys':
      // A one-line field takes no line break (by design); the reference skips the key.
      if (target.reference && !target.multiline && /Enter$/.test(action.key)) return;
      // Cadence matters to the editor only: the reference takes its keys at once.
      for (let i = 0; i < action.times; i++) {
        await page.keyboard.press(action.key, { delay: action.delay && !target.reference ? 5 : 0 });
        if (action.delay && !target.reference) await page.waitForTimeout(action.delay);
      }
      return;
    case 'type':
      return page.keyboard.type(action.text, { delay: target.reference ? 0 : action.delay });
    case 'paste':
      // The clipboard is filled first (pasteFrom), once for both places.
      return page.keyboard.press('ControlOrMeta+v');
    case 'compose':
      for (const step of action.steps) await target.cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      await target.cdp.send('Input.insertText', { text: action.result });
      return;
    case 'undoRedo':
      if (target.reference && !target.nativeUndo) return;
      await page.keyboard.press('ControlOrMeta+z');
      await page.keyboard.press('ControlOrMeta+Shift+z');
      return;
    case 'leave':
      return target.leave();
  }
}

// The reference: a plain editable element holding the field's text, as the browser edits it.
export async function resetReference(
  page: Page,
  text: string,
  opts: { multiline: boolean; kind: 'inline' | 'input' | 'textarea'; font: string; width: number; box?: string; breakAfter?: boolean },
) {
  await page.evaluate(
    ({ text, multiline, kind, font, width, box, breakAfter }) => {
      document.body.innerHTML = '';
      document.body.style.margin = '40px';
      const wrap = document.createElement('div');
      wrap.style.cssText = `width:${width}px;font:${font}`;
      let el: HTMLElement;
      if (kind === 'inline') {
        el = document.createElement('span');
        el.contentEditable = 'plaintext-only';
        // A one-line field's text stays on one line here (its keys are the whole-text forms).
        el.style.whiteSpace = multiline ? 'pre-wrap' : 'pre';
        el.textContent = text;
        // The field's text as the canvas holds it: the browser keeps a line break after the text
        // there (it shows a final empty line, and keeps the browser from adding a line break of its
        // own when a Backspace reaches one at the end), so the reference holds one too.
        if (breakAfter) el.append(document.createElement('br'));
        // A one-line field: a pasted line break becomes a space, as the editor promises.
        if (!multiline)
          el.addEventListener('beforeinput', (e) => {
            if (e.inputType === 'insertParagraph' || e.inputType === 'insertLineBreak') e.preventDefault();
            // (A plain-text editable gets the pasted text as `data`, not as a data transfer.)
            const data = e.dataTransfer?.getData('text/plain') ?? e.data;
            if (e.inputType === 'insertFromPaste' && data && /[\r\n]/.test(data)) {
              e.preventDefault();
              document.execCommand('insertText', false, data.replace(/[\r\n]+/g, ' '));
            }
          });
      } else {
        const field = document.createElement(kind);
        if (field instanceof HTMLInputElement) field.type = 'text';
        field.value = text;
        field.style.width = `${width}px`;
        // A form field does not take its font from the page: it is given the editor field's own, so
        // that text too long for the box overflows (and a point past its visible end lands) alike.
        field.style.font = font;
        // The editor's own field's box (padding, border, line height), so text wraps alike.
        if (box) field.style.cssText += box;
        el = field;
      }
      el.id = 'ref';
      // The field is a block of its own (a triple click selects its text only), with a control after it.
      const block = document.createElement('div');
      block.append(el);
      wrap.append(block, Object.assign(document.createElement('button'), { textContent: 'next' }));
      document.body.append(wrap);
    },
    { text, ...opts },
  );
}

// Whether an editable ends in a line break element (see resetReference).
export async function endsInBreak(el: Locator): Promise<boolean> {
  return el.evaluate((node) => node.lastChild?.nodeName === 'BR').catch(() => false);
}

export function describeSequence(actions: Action[]): string {
  return actions.map((a) => JSON.stringify(a)).join('\n    ');
}
