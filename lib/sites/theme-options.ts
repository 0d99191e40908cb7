// The choices a theme is made of: curated palettes whose colour pairs all pass WCAG AA, a bundled
// set of font stacks (system fonts and open fonts when the device has them; nothing is
// downloaded), radii and spacings. Plain data with no zod, so the editor can load it; the
// document's theme schema is in theme.ts.
import { AA, contrastRatio } from './contrast';
import type { Palette } from './theme';

// Every pair a section draws text with. Each must reach AA (4.5:1).
export const contrastPairs: Array<[keyof Palette, keyof Palette]> = [
  ['text', 'background'],
  ['text', 'surface'],
  ['muted', 'background'],
  ['muted', 'surface'],
  ['primary', 'background'],
  ['primary', 'surface'],
  ['onPrimary', 'primary'],
  ['onAccent', 'accent'],
];

export function paletteContrastIssues(palette: Palette): string[] {
  return contrastPairs
    .map(([fg, bg]) => ({ fg, bg, ratio: contrastRatio(palette[fg], palette[bg]) }))
    .filter(({ ratio }) => ratio < AA)
    .map(({ fg, bg, ratio }) => `${fg} on ${bg} has contrast ${ratio.toFixed(2)}:1, below ${AA}:1`);
}

const p = (id: string, c: Omit<Palette, 'id'>): Palette => ({ id, ...c });

export const palettes: Palette[] = [
  p('terracotta', {
    background: '#fbf6f1',
    surface: '#f3e7dc',
    text: '#2b1d16',
    muted: '#5e4a3f',
    primary: '#9a3f1f',
    onPrimary: '#ffffff',
    accent: '#d9825b',
    onAccent: '#2b1d16',
  }),
  p('ocean', {
    background: '#f5f9fc',
    surface: '#e4eef6',
    text: '#0f1f2e',
    muted: '#3d5366',
    primary: '#0b5c8e',
    onPrimary: '#ffffff',
    accent: '#5fb3d9',
    onAccent: '#0f1f2e',
  }),
  p('forest', {
    background: '#f6f8f3',
    surface: '#e6ede0',
    text: '#16231a',
    muted: '#44584a',
    primary: '#2f6b3a',
    onPrimary: '#ffffff',
    accent: '#9cc28a',
    onAccent: '#16231a',
  }),
  p('midnight', {
    background: '#0f1220',
    surface: '#1a1f33',
    text: '#f1f3fa',
    muted: '#b4bbd3',
    primary: '#9db4ff',
    onPrimary: '#0f1220',
    accent: '#6c5ce7',
    onAccent: '#ffffff',
  }),
  p('blush', {
    background: '#fdf7f8',
    surface: '#f8e6ea',
    text: '#2e1a20',
    muted: '#674a52',
    primary: '#a3324f',
    onPrimary: '#ffffff',
    accent: '#eaa4b4',
    onAccent: '#2e1a20',
  }),
  p('sunshine', {
    background: '#fffcf2',
    surface: '#fcf0cf',
    text: '#2a2310',
    muted: '#5f5431',
    primary: '#8a5a00',
    onPrimary: '#ffffff',
    accent: '#f2c14e',
    onAccent: '#2a2310',
  }),
  p('slate', {
    background: '#f8fafc',
    surface: '#e8edf3',
    text: '#0f172a',
    muted: '#475569',
    primary: '#1e40af',
    onPrimary: '#ffffff',
    accent: '#94a3b8',
    onAccent: '#0f172a',
  }),
  p('olive', {
    background: '#f9f9f2',
    surface: '#ecebd9',
    text: '#23240f',
    muted: '#55563a',
    primary: '#5b6114',
    onPrimary: '#ffffff',
    accent: '#b8b86b',
    onAccent: '#23240f',
  }),
  p('lavender', {
    background: '#faf8fd',
    surface: '#ece6f7',
    text: '#221a33',
    muted: '#554a6b',
    primary: '#5b3d9e',
    onPrimary: '#ffffff',
    accent: '#b9a3e3',
    onAccent: '#221a33',
  }),
  p('coffee', {
    background: '#1c1512',
    surface: '#2a201b',
    text: '#f6ede6',
    muted: '#cdbbb0',
    primary: '#e0a872',
    onPrimary: '#1c1512',
    accent: '#8c5a3c',
    onAccent: '#ffffff',
  }),
  p('mint', {
    background: '#f4fbf8',
    surface: '#dff2ea',
    text: '#0e2a22',
    muted: '#3b5c52',
    primary: '#0d6e55',
    onPrimary: '#ffffff',
    accent: '#7fd1b3',
    onAccent: '#0e2a22',
  }),
  p('crimson', {
    background: '#fffafa',
    surface: '#f7e4e4',
    text: '#2a0f0f',
    muted: '#634040',
    primary: '#a11d2b',
    onPrimary: '#ffffff',
    accent: '#e07a7a',
    onAccent: '#2a0f0f',
  }),
  p('charcoal', {
    background: '#121212',
    surface: '#1e1e1e',
    text: '#f5f5f5',
    muted: '#bdbdbd',
    primary: '#ffcc4d',
    onPrimary: '#121212',
    accent: '#ff7a59',
    onAccent: '#121212',
  }),
  p('sky', {
    background: '#f7fbff',
    surface: '#e3f0fc',
    text: '#0d1b2a',
    muted: '#40536a',
    primary: '#1d5fa8',
    onPrimary: '#ffffff',
    accent: '#8ec5f5',
    onAccent: '#0d1b2a',
  }),
];

export const fontStacks = {
  'system-sans': { stack: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" },
  humanist: { stack: "'Source Sans 3', 'Segoe UI', Candara, 'Noto Sans', 'DejaVu Sans', sans-serif" },
  geometric: { stack: "Inter, 'Avenir Next', Avenir, Montserrat, Futura, 'Century Gothic', system-ui, sans-serif" },
  rounded: { stack: "Nunito, 'SF Pro Rounded', 'Arial Rounded MT Bold', 'Varela Round', system-ui, sans-serif" },
  'classic-serif': { stack: "'Playfair Display', 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, serif" },
  'book-serif': { stack: "Merriweather, 'Source Serif 4', 'Noto Serif', Georgia, 'Times New Roman', serif" },
  slab: { stack: "'Roboto Slab', 'Zilla Slab', Rockwell, 'DejaVu Serif', Georgia, serif" },
  mono: { stack: "'JetBrains Mono', 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace" },
} as const;
export type FontId = keyof typeof fontStacks;
export const fontIds = Object.keys(fontStacks) as [FontId, ...FontId[]];

export const radii = { none: '0px', sm: '4px', md: '10px', lg: '18px', full: '999px' } as const;
export const spacings = { compact: 0.8, cozy: 1, roomy: 1.25 } as const;

export function findPalette(id: string): Palette | undefined {
  return palettes.find((palette) => palette.id === id);
}
