import { describe, expect, it } from 'vitest';
import { slugify, slugSchema } from './slug';

describe('slugs', () => {
  it('accepts lowercase words with single hyphens, 3 to 40 characters', () => {
    for (const slug of ['abc', 'padaria-sao-joao', 'a1b2', 'x'.repeat(40)]) expect(slugSchema.safeParse(slug).success, slug).toBe(true);
  });
  it('refuses bad shapes and reserved words', () => {
    for (const slug of ['ab', 'x'.repeat(41), 'Padaria', 'pa--daria', '-padaria', 'padaria-', 'pá', 'www', 'app', 'api', 'admin', 'mail']) {
      expect(slugSchema.safeParse(slug).success, slug).toBe(false);
    }
  });
  it('makes a valid slug from any business name', () => {
    expect(slugify('Padaria São João!')).toBe('padaria-sao-joao');
    expect(slugify('Café Niño & Co.')).toBe('cafe-nino-co');
    expect(slugify('AB')).toBe('ab-site');
    expect(slugify('www')).toBe('www-site');
    expect(slugSchema.safeParse(slugify('  ')).success).toBe(true);
    expect(slugSchema.safeParse(slugify('A'.repeat(80))).success).toBe(true);
  });
});
