// A small HTML parser for the markup our own renderer writes (React's static markup: quoted
// attributes, escaped text, void elements unclosed, no optional end tags left out), and for what
// Vue's server renderer writes back. Not a general HTML5 parser: enough to read a page's head and
// body as a tree. Pure.
export type HtmlText = { type: 'text'; text: string };
export type HtmlElement = { type: 'element'; tag: string; attrs: [name: string, value: string][]; children: HtmlNode[] };
export type HtmlNode = HtmlText | HtmlElement;

export const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const rawTextElements = new Set(['script', 'style', 'textarea', 'title']);

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(source: string): [string, string][] {
  const attrs: [string, string][] = [];
  for (const m of source.matchAll(ATTR)) attrs.push([m[1], decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  return attrs;
}

export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', tag: '#root', attrs: [], children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1 || lt > i) {
      const end = lt === -1 ? html.length : lt;
      top().children.push({ type: 'text', text: decodeEntities(html.slice(i, end)) });
      i = end;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      const end = html.indexOf('>', i);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const close = /^<\/([a-zA-Z][^\s>/]*)\s*>/.exec(html.slice(i, i + 200));
    if (close) {
      const tag = close[1].toLowerCase();
      const at = stack.findLastIndex((el) => el.tag.toLowerCase() === tag);
      if (at > 0) stack.length = at;
      i += close[0].length;
      continue;
    }
    const open = /^<([a-zA-Z][^\s>/]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/.exec(html.slice(i));
    if (!open) {
      top().children.push({ type: 'text', text: '<' });
      i += 1;
      continue;
    }
    i += open[0].length;
    const tag = open[1];
    const element: HtmlElement = { type: 'element', tag, attrs: parseAttrs(open[2]), children: [] };
    top().children.push(element);
    const lower = tag.toLowerCase();
    if (voidElements.has(lower) || open[3] === '/') continue;
    if (rawTextElements.has(lower)) {
      const end = html.toLowerCase().indexOf(`</${lower}`, i);
      const body = html.slice(i, end === -1 ? html.length : end);
      if (body) element.children.push({ type: 'text', text: lower === 'script' || lower === 'style' ? body : decodeEntities(body) });
      i = end === -1 ? html.length : html.indexOf('>', end) + 1;
      continue;
    }
    stack.push(element);
  }
  return root.children;
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find(([n]) => n.toLowerCase() === name)?.[1];
}

export function* elements(nodes: readonly HtmlNode[]): Generator<HtmlElement> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    yield node;
    yield* elements(node.children);
  }
}

export function findElement(nodes: readonly HtmlNode[], tag: string): HtmlElement | undefined {
  for (const el of elements(nodes)) if (el.tag.toLowerCase() === tag) return el;
  return undefined;
}

// What a reader sees: the text of every node but scripts, styles and templates, whitespace collapsed.
export function visibleText(nodes: readonly HtmlNode[]): string {
  const parts: string[] = [];
  const walk = (list: readonly HtmlNode[]) => {
    for (const node of list) {
      if (node.type === 'text') parts.push(node.text);
      else if (!['script', 'style', 'template', 'noscript'].includes(node.tag.toLowerCase())) walk(node.children);
    }
  };
  walk(nodes);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
