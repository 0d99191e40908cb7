// Defence in depth: a document that skipped validation, with markup in its theme, still renders
// inert: the page has the same elements and attributes as with a clean theme, and no markup of its own.
import { describe, expect, it } from 'vitest';
import { palettes } from '@/lib/sites/theme-options';
import { testDocument } from '@/test/documents';
import { renderPageDocument } from './render-page';
import { renderableTheme } from './safe-theme';

const hostile = '#fff"><script>alert(1)</script><img src=x onerror=alert(2) x="';
const breakout = 'red}</style><script>alert(3)</script><style>';

function shape(html: string) {
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
  const attributes = [...html.matchAll(/\s([a-zA-Z-:]+)=/g)].map((m) => m[1].toLowerCase());
  return { tags: tags.join(' '), attributes: [...new Set(attributes)].sort() };
}

describe('theme values at render time', () => {
  it('a colour, font, radius or spacing carrying markup renders as the default value, changing no element or attribute', async () => {
    const clean = testDocument();
    const bad = structuredClone(clean);
    (bad as unknown as { theme: unknown }).theme = {
      palette: { ...clean.theme.palette, id: breakout, primary: hostile, background: breakout, text: 'expression(alert(4))' },
      fonts: { heading: breakout, body: '__proto__' },
      radius: hostile,
      spacing: 'constructor',
    };
    const origin = 'https://padaria.example.test';
    const good = await renderPageDocument(clean, clean.pages[0], { mode: 'publish' as const, origin, showBadge: false });
    const html = await renderPageDocument(bad, bad.pages[0], { mode: 'publish' as const, origin, showBadge: false });
    expect(html).not.toMatch(/alert\(|onerror|expression\(/);
    expect(shape(html)).toEqual(shape(good));
    expect(html).toContain(`<meta name="theme-color" content="${palettes[0].primary}">`);
  });

  it('keeps every valid value as it is', () => {
    const theme = testDocument().theme;
    expect(renderableTheme(theme)).toEqual(theme);
  });
});
