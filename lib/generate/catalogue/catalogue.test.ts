// The catalogue of kinds: every file valid, copy in its own language, no term two kinds claim,
// every family's template used, and the parts every kind has (reasons, plans) written in parallel
// in the three languages. Offers, questions and pictures may differ per language (a regional
// dish); the offline translation leaves such lists as they are.
import { describe, expect, it } from 'vitest';
import { siteLanguages } from '@/lib/i18n/languages';
import { templateIds } from '@/lib/sites/templates/ids';
import { families } from './schema';
import { loadKinds } from './load';
import { catalogueProblems } from './problems';
import { readFileSync } from 'node:fs';
import { catalogueIndex } from '../understand/catalogue-index';
import { guardFile, vocabularyHash, type TypoGuard } from '../understand/typo-guard';

const kinds = loadKinds();

describe('the catalogue of kinds', () => {
  it('has at least 80 kinds, every family and every template', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(80);
    expect(new Set(kinds.map((k) => k.family))).toEqual(new Set(families));
    expect(new Set(kinds.map((k) => k.template))).toEqual(new Set(templateIds));
  });

  it('has no problems beyond the schema (language, terms, palettes) and no term two kinds claim', () => {
    const { errors, warnings } = catalogueProblems();
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('has a typo guard built for its current terms (else run npx tsx scripts/build-typo-guard.ts)', () => {
    const guard = JSON.parse(readFileSync(guardFile(), 'utf8')) as TypoGuard;
    expect(guard.vocabulary).toBe(vocabularyHash(catalogueIndex()));
    expect(guard.words.length).toBeGreaterThan(1000);
  });

  it('has one kind with a full family bank per family, and its own copy for every other', () => {
    for (const family of families) expect(kinds.filter((k) => k.bank && k.family === family).length, family).toBe(1);
  });

  for (const kind of kinds.filter((k) => !k.bank)) {
    it(`${kind.id}: the three languages have the same parts`, () => {
      const shape = (language: (typeof siteLanguages)[number]) => {
        const l = kind.bank ? null : kind.locales[language];
        return l && { proof: l.proof.items.length, packages: l.packages?.tiers.length ?? 0, hasGallery: !!l.gallery, headlines: l.hero.headlines.length > 0 };
      };
      expect(shape('pt-BR')).toEqual(shape('en'));
      expect(shape('es')).toEqual(shape('en'));
    });
  }
});
