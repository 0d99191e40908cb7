import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { checkedPaletteSchema } from './theme';
import { paletteContrastIssues, palettes } from './theme-options';

describe('palettes', () => {
  it('every bundled palette passes WCAG AA on every pair sections draw with', () => {
    for (const palette of palettes) expect(paletteContrastIssues(palette), palette.id).toEqual([]);
  });
  it('refuses a palette with unreadable pairs', () => {
    const bad = { ...palettes[0], text: '#cccccc' };
    expect(checkedPaletteSchema.safeParse(bad).success).toBe(false);
  });
  it('refuses a colour that is not hex with an issue, never a throw (it was a 500 on draft save)', () => {
    for (const colour of ['red', '#fff', '', '\u0000', 'url(x)', '#12345g']) {
      const result = checkedPaletteSchema.safeParse({ ...palettes[0], text: colour });
      expect(result.success, colour).toBe(false);
      expect(result.error?.issues[0].message).toContain('#1f2937');
    }
    expect(checkedPaletteSchema.safeParse({ ...palettes[0], primary: 12 }).success).toBe(false);
  });
  it('computes known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});
