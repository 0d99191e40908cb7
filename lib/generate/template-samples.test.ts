// The samples the gallery, the template tests and bench:lighthouse show: every template, in both
// dashboard languages, fills in as a valid document laid out by that template, in that language.
import { describe, expect, it } from 'vitest';
import { uiLocales } from '@/lib/i18n/languages';
import { parseSiteDocument } from '@/lib/sites/validate';
import { templateIds, templates } from '@/lib/sites/templates';
import { detectLanguage } from './offline/analyze';
import { templateSample, templateSamplePrompts } from './template-samples';

describe('template samples', () => {
  for (const id of templateIds) {
    for (const language of uiLocales) {
      it(`${id} in ${language}`, async () => {
        expect(detectLanguage(templateSamplePrompts[id][language])).toBe(language);
        const doc = parseSiteDocument(await templateSample(id, language));
        expect(doc.language).toBe(language);
        const home = doc.pages.find((page) => page.path === '/');
        expect(home?.sections.some((section) => section.type === 'hero')).toBe(true);
        // The template's own page plan, not the one the prompt's kind would pick.
        expect(doc.pages.length).toBeGreaterThanOrEqual(templates[id].pages.length);
        expect(await templateSample(id, language)).toBe(await templateSample(id, language));
      });
    }
  }
});
