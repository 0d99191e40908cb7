// Published pages' CSS, minified by Lightning CSS: it parses the CSS, so the minified rules mean
// exactly what the source meant (a whitespace-stripping regex turns `.nav :focus` into `.nav:focus`).
// Server only (a native module); the editor's canvas uses the CSS as written.
import { transform } from 'lightningcss';

// A page's CSS is its section types' CSS: a few dozen distinct strings in a whole process, so each
// is minified once. Bounded, oldest out first.
const MAX_CACHED = 128;
const minified = new Map<string, string>();

export function minifyCss(css: string): string {
  const cached = minified.get(css);
  if (cached !== undefined) return cached;
  // errorRecovery: a rule Lightning CSS cannot parse is kept out with a warning, not a failed publish.
  const { code } = transform({ filename: 'page.css', code: Buffer.from(css), minify: true, errorRecovery: true });
  const out = Buffer.from(code).toString('utf8');
  if (minified.size >= MAX_CACHED) minified.delete(minified.keys().next().value as string);
  minified.set(css, out);
  return out;
}
