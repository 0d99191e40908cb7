import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { cutSlug, slugify, slugSchema } from './slug';

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
  it('cuts a long name at a word boundary, never mid-word', () => {
    expect(slugify('Clínica Odontológica Sorriso Perfeito de Vila Mariana')).toBe('clinica-odontologica-sorriso-perfeito-de');
    expect(slugify('How we bake our sourdough bread every single morning before dawn')).toBe('how-we-bake-our-sourdough-bread-every');
    expect(slugify('Supercalifragilisticexpialidocious-and-more-words-here')).toBe('supercalifragilisticexpialidocious-and');
    expect(cutSlug('a'.repeat(50), 40)).toBe('a'.repeat(40));
    // Seeded random names (replay with the seed): the slug is whole words of the full one.
    const seed = 20261205;
    const random = seededRandom(seed);
    const letters = 'abcdefghijklmnopqrstuvwxyzáéãçñ';
    for (let n = 0; n < 300; n++) {
      const words = Array.from({ length: 2 + Math.floor(random() * 10) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 12) }, () => letters[Math.floor(random() * letters.length)]).join(''),
      );
      const name = words.join(random() < 0.5 ? ' ' : ' & ');
      const slug = slugify(name);
      expect(slug.length, `seed ${seed} #${n}: ${name}`).toBeLessThanOrEqual(40);
      expect(slugSchema.safeParse(slug).success, `seed ${seed} #${n}: ${name}`).toBe(true);
      const whole = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      if (whole.length >= 3 && whole.length <= 40) expect(slug).toBe(whole);
      else if (whole.length > 40 && whole.indexOf('-') >= 3 && whole.indexOf('-') <= 40)
        expect(`${whole}-`.startsWith(`${slug}-`), `seed ${seed} #${n}: ${name} -> ${slug}`).toBe(true);
    }
  });
});
