// A site's theme as the document holds it (zod): a palette whose colour pairs all pass WCAG AA,
// fonts, radius and spacing. The choices themselves are in theme-options.ts, plain data the editor
// loads without zod.
import { z } from 'zod';
import { fontIds, paletteContrastIssues } from './theme-options';

const hex = z.string().regex(/^#[0-9a-f]{6}$/i, 'Use a colour like #1f2937');

export const paletteSchema = z.object({
  id: z.string().max(40).default('custom'),
  background: hex,
  surface: hex,
  text: hex,
  muted: hex,
  primary: hex,
  onPrimary: hex,
  accent: hex,
  onAccent: hex,
});
export type Palette = z.infer<typeof paletteSchema>;

export const checkedPaletteSchema = paletteSchema.superRefine((palette, ctx) => {
  // Contrast is measured only between real colours: one that is not hex already has its own issue.
  const colours = [palette.background, palette.surface, palette.text, palette.muted, palette.primary, palette.onPrimary, palette.accent, palette.onAccent];
  if (!colours.every((c) => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c))) return;
  for (const issue of paletteContrastIssues(palette)) ctx.addIssue({ code: 'custom', message: issue });
});

export const themeSchema = z.object({
  palette: checkedPaletteSchema,
  fonts: z.object({ heading: z.enum(fontIds), body: z.enum(fontIds) }),
  radius: z.enum(['none', 'sm', 'md', 'lg', 'full']).default('md'),
  spacing: z.enum(['compact', 'cozy', 'roomy']).default('cozy'),
});
export type Theme = z.infer<typeof themeSchema>;
