// What browser bundles get for `object-hash` (next.config.ts, turbopack.resolveAlias). Its one
// importer there is Puck's canvas frame, which keys the host page's styles it copies into the
// iframe by `hash(element.outerHTML)`; the editor turns that copying off (`syncHostStyles: false`
// in SiteEditor.tsx), and a string is already a key as good as its SHA-1. Anything but a string
// fails loudly rather than being keyed differently from the real library.
export default function hash(value: unknown): string {
  if (typeof value !== 'string')
    throw new TypeError('object-hash is replaced in browser bundles by components/editor/object-hash.ts, which keys strings only (see next.config.ts).');
  return value;
}
