// The incremental scanner reports each value when it closes, whatever the chunking.
import { describe, expect, it } from 'vitest';
import { JsonScanner, type JsonPath } from './json-scanner';

function scan(text: string, chunkSize: number) {
  const seen: Array<[string, unknown]> = [];
  const scanner = new JsonScanner((path: JsonPath, raw) => seen.push([path.join('.'), JSON.parse(raw)]));
  for (let i = 0; i < text.length; i += chunkSize) scanner.push(text.slice(i, i + chunkSize));
  return { seen, root: scanner.root };
}

describe('JsonScanner', () => {
  const doc = { a: 'x "quoted" \\ }]{[', b: [1, -2.5e3, true, null, { c: 'd' }], e: { f: [] } };
  const text = '```json\n' + JSON.stringify(doc, null, 1) + '\n```';

  for (const chunkSize of [1, 3, 7, 1000]) {
    it(`reports every value with its path, in closing order (chunks of ${chunkSize})`, () => {
      const { seen, root } = scan(text, chunkSize);
      expect(seen).toEqual([
        ['a', doc.a],
        ['b.0', 1],
        ['b.1', -2500],
        ['b.2', true],
        ['b.3', null],
        ['b.4.c', 'd'],
        ['b.4', { c: 'd' }],
        ['b', doc.b],
        ['e.f', []],
        ['e', doc.e],
        ['', doc],
      ]);
      expect(JSON.parse(root!)).toEqual(doc);
    });
  }

  it('has no root while the document is cut off', () => {
    const { seen, root } = scan('{"pages": [{"id": "home"}, {"id": "ab', 5);
    expect(root).toBeNull();
    expect(seen.map(([path]) => path)).toEqual(['pages.0.id', 'pages.0']);
  });
});
