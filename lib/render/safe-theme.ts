// The theme as rendering writes it into CSS, SVG art and meta tags, re-checked here whatever the
// schema said: a document that skipped validation (an old row, a bug, a hand-made import) still
// renders inert. A colour that is not #rrggbb, or a font, radius or spacing we do not know, takes
// the default's value.
import type { Theme } from '@/lib/sites/theme';
import { fontStacks, palettes, radii, spacings } from '@/lib/sites/theme-options';

const colour = /^#[0-9a-f]{6}$/i;
const known = <T extends object>(table: T, key: unknown, fallback: keyof T): keyof T =>
  typeof key === 'string' && Object.hasOwn(table, key) ? (key as keyof T) : fallback;

export function renderableTheme(theme: Theme): Theme {
  const fallback = palettes[0];
  const given = (theme?.palette ?? {}) as Partial<Record<string, unknown>>;
  const pick = (key: Exclude<keyof Theme['palette'], 'id'>) => {
    const value = given[key];
    return typeof value === 'string' && colour.test(value) ? value : fallback[key];
  };
  const palette: Theme['palette'] = {
    id: typeof given.id === 'string' && /^[a-z0-9-]{1,40}$/.test(given.id) ? given.id : fallback.id,
    background: pick('background'),
    surface: pick('surface'),
    text: pick('text'),
    muted: pick('muted'),
    primary: pick('primary'),
    onPrimary: pick('onPrimary'),
    accent: pick('accent'),
    onAccent: pick('onAccent'),
  };
  return {
    palette,
    fonts: {
      heading: known(fontStacks, theme?.fonts?.heading, 'system-sans'),
      body: known(fontStacks, theme?.fonts?.body, 'system-sans'),
    },
    radius: known(radii, theme?.radius, 'md'),
    spacing: known(spacings, theme?.spacing, 'cozy'),
  };
}
