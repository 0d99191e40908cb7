// A small valid site document for tests, built from the sections' own defaults.
import type { SiteDocument } from '@/lib/sites/document';
import type { SectionType } from '@/lib/sites/section-catalogue';
import { sectionDefaults } from '@/lib/sites/section-defaults';
import { palettes } from '@/lib/sites/theme-options';

export function sectionOf(type: SectionType, id: string, overrides: Record<string, unknown> = {}) {
  return { id, type, props: { ...(structuredClone(sectionDefaults[type]) as Record<string, unknown>), ...overrides } };
}

export function testDocument(overrides: { headline?: string; name?: string } = {}): SiteDocument {
  return {
    schemaVersion: 1,
    language: 'pt-BR',
    business: {
      name: overrides.name ?? 'Padaria Teste',
      kind: 'bakery',
      tagline: 'Pão de fermentação natural todos os dias',
      city: 'Curitiba',
      address: '',
      phone: '',
      email: '',
      priceRange: '',
      currency: 'BRL',
      schemaType: '',
    },
    theme: { palette: palettes[0], fonts: { heading: 'classic-serif', body: 'humanist' }, radius: 'md', spacing: 'cozy' },
    pages: [
      {
        id: 'home',
        path: '/',
        title: 'Padaria Teste',
        description: 'Pão artesanal em Curitiba',
        socialImage: '',
        sections: [
          sectionOf('navbar', 'nav', { logoText: overrides.name ?? 'Padaria Teste', links: [{ label: 'Sobre', href: '/sobre' }] }),
          sectionOf('hero', 'hero', { headline: overrides.headline ?? 'Pão quentinho toda manhã' }),
          sectionOf('contact', 'contact'),
          sectionOf('footer', 'footer'),
        ],
      },
      {
        id: 'about',
        path: '/sobre',
        title: 'Sobre',
        description: 'Nossa história',
        socialImage: '',
        sections: [sectionOf('navbar', 'nav2'), sectionOf('about', 'about'), sectionOf('footer', 'footer2')],
      },
    ],
  };
}

// A valid answer in the shape the model is asked for: the test document with the theme as ids.
export function modelAnswerJson(overrides: { name?: string; heroHref?: string } = {}): string {
  const doc = testDocument({ name: overrides.name ?? 'Padaria Aurora' });
  if (overrides.heroHref) {
    const hero = doc.pages[0].sections.find((s) => s.type === 'hero')!;
    hero.props.primaryAction = { label: 'Ver', href: overrides.heroHref };
  }
  return JSON.stringify({
    language: doc.language,
    business: doc.business,
    theme: { palette: 'forest', headingFont: 'classic-serif', bodyFont: 'humanist', radius: 'lg', spacing: 'roomy' },
    pages: doc.pages.map(({ id, path, title, description, sections }) => ({ id, path, title, description, sections })),
  });
}
