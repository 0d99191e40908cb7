import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { firstGrapheme } from './context';

describe('firstGrapheme', () => {
  it('takes the first character as a person sees it, upper-cased', () => {
    expect(firstGrapheme('padaria')).toBe('P');
    expect(firstGrapheme('  ébano')).toBe('É');
    expect(firstGrapheme('🥐 Croissant')).toBe('🥐');
    expect(firstGrapheme('👩‍🍳 Chef Ana')).toBe('👩‍🍳');
    expect(firstGrapheme('🇵🇹 Tasca')).toBe('🇵🇹');
    expect(firstGrapheme('')).toBe('');
  });

  it('never returns half a character, whatever the text (seeded)', () => {
    const pool = ['a', 'é', 'e\u0301', '🥐', '👩‍🍳', '🇧🇷', ' ', 'ß', '中', '\u200b', 'Z'];
    const random = seededRandom(11);
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pool[Math.floor(random() * pool.length)]).join('');
      const first = firstGrapheme(text);
      expect(first).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(first === '').toBe(text.trim() === '');
    }
  });
});
