// The ten starting templates. Each lays out multi-page sites from a copy bank; the offline
// generator fills them for the prompt's business, and the dashboard's gallery shows them
// filled with a sample business.
import type { ArtMotif } from '@/lib/sites/art-motifs';
import type { BusinessKind, CopyBank } from './copy-bank';
import type { UiLocale } from '@/lib/i18n/languages';
import type { Page, Section } from '@/lib/sites/document';
import { slugify } from '@/lib/sites/slug';
import { Composer, type ComposeInput, type PageSpec } from './compose';

import { templateIds, type TemplateId } from './ids';

export { templateIds, type TemplateId };

type PageKey = PageSpec['key'];

export type TemplateDefinition = {
  id: TemplateId;
  // The kind of business the gallery shows it with.
  sampleKind: BusinessKind;
  // In the dashboard's languages: the gallery and the New site screen show them.
  label: Record<UiLocale, string>;
  description: Record<UiLocale, string>;
  motifs: ArtMotif[];
  pages: PageKey[];
  // Sections a copy bank has no content for come back as null and are left out; a page left with
  // nothing but its navigation is left out too (buildFromTemplate).
  build: (c: Composer, ctx: { pages: (key: PageKey) => Page; tagline: string }) => DraftPage[];
};

type DraftPage = Omit<Page, 'sections'> & { sections: Array<Section | null> };

const page = (id: string, path: string, title: string, description: string, sections: Array<Section | null>): DraftPage => ({
  id,
  path,
  title,
  description,
  socialImage: '',
  sections,
});

export const templates: Record<TemplateId, TemplateDefinition> = {
  landing: {
    id: 'landing',
    sampleKind: 'saas',
    label: { en: 'Product landing page', 'pt-BR': 'Página de produto', es: 'Página de producto' },
    description: {
      en: 'Launch an app or SaaS: features, pricing, FAQ and sign-up.',
      'pt-BR': 'Lance um app ou SaaS: recursos, planos, perguntas e cadastro.',
      es: 'Lanza una app o un SaaS: funciones, planes, preguntas y registro.',
    },
    motifs: ['grid', 'circles', 'stripes'],
    pages: ['home', 'services', 'pricing', 'about', 'contact'],
    build: (c, { pages, tagline }) => [
      {
        ...pages('home'),
        sections: [c.navbar(), c.hero('centered'), c.logos(), c.features(6), c.stats(), c.testimonials(3), c.faq(5), c.cta('primary'), c.footer(tagline)],
      },
      { ...pages('services'), sections: [c.navbar(), c.services(8, { withPrices: false }), c.features(3), c.cta('surface'), c.footer(tagline)] },
      { ...pages('pricing'), sections: [c.navbar(), c.pricing(), c.faq(6), c.footer(tagline)] },
      { ...pages('about'), sections: [c.navbar(), c.about(), c.team(), c.stats(), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact({ address: '' }), c.footer(tagline)] },
    ],
  },
  shop: {
    id: 'shop',
    sampleKind: 'shop',
    label: { en: 'Online shop', 'pt-BR': 'Loja virtual', es: 'Tienda en línea' },
    description: {
      en: 'Show your products with prices and order links.',
      'pt-BR': 'Mostre seus produtos com preços e links para pedir.',
      es: 'Muestra tus productos con precios y enlaces para pedir.',
    },
    motifs: ['arches', 'terrazzo', 'blobs'],
    pages: ['home', 'services', 'about', 'contact'],
    build: (c, { pages, tagline }) => [
      { ...pages('home'), sections: [c.navbar(), c.hero('split'), c.products(6), c.features(3), c.testimonials(3), c.cta('accent'), c.footer(tagline)] },
      { ...pages('services'), sections: [c.navbar(), c.products(9), c.faq(5), c.footer(tagline)] },
      { ...pages('about'), sections: [c.navbar(), c.about(), c.gallery(6), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact(), c.faq(4), c.footer(tagline)] },
    ],
  },
  blog: {
    id: 'blog',
    sampleKind: 'blog',
    label: { en: 'Blog', 'pt-BR': 'Blog', es: 'Blog' },
    description: {
      en: 'Articles with a home page of recent posts and an about page.',
      'pt-BR': 'Artigos, com a página inicial dos posts recentes e uma página sobre.',
      es: 'Artículos, con una página de inicio de entradas recientes y una página sobre ti.',
    },
    motifs: ['hills', 'leaves', 'waves'],
    pages: ['home', 'blog', 'about', 'contact'],
    build: (c, { pages, tagline }) => {
      const posts = [0, 1, 2].filter((i) => c.hasBlogPost(i)).map((i) => c.blogPost(i));
      return [
        {
          ...pages('home'),
          sections: [
            c.navbar(),
            c.hero('centered', { primaryHref: pages('blog').path }),
            c.blogList(3),
            c.about({ withHighlights: false }),
            c.cta('surface'),
            c.footer(tagline),
          ],
        },
        { ...pages('blog'), sections: [c.navbar(), c.blogList(3), c.footer(tagline)] },
        ...posts.map((p, i) => page(`post-${i + 1}`, p.path, p.title, p.description, [c.navbar(), p.section, c.footer(tagline)])),
        { ...pages('about'), sections: [c.navbar(), c.about(), c.stats(), c.footer(tagline)] },
        { ...pages('contact'), sections: [c.navbar(), c.contact({ address: '' }), c.footer(tagline)] },
      ];
    },
  },
  portfolio: {
    id: 'portfolio',
    sampleKind: 'portfolio',
    label: { en: 'Portfolio', 'pt-BR': 'Portfólio', es: 'Portafolio' },
    description: {
      en: 'Your work up front, then services, testimonials and contact.',
      'pt-BR': 'Seus trabalhos em destaque, depois serviços, depoimentos e contato.',
      es: 'Tus trabajos destacados, luego servicios, testimonios y contacto.',
    },
    motifs: ['arches', 'blobs', 'stripes'],
    pages: ['home', 'services', 'about', 'contact'],
    build: (c, { pages, tagline }) => [
      { ...pages('home'), sections: [c.navbar(), c.hero('split'), c.gallery(9), c.logos(), c.testimonials(2), c.cta('primary'), c.footer(tagline)] },
      { ...pages('services'), sections: [c.navbar(), c.services(6), c.pricing(), c.footer(tagline)] },
      { ...pages('about'), sections: [c.navbar(), c.about(), c.stats(), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact({ address: '' }), c.faq(4), c.footer(tagline)] },
    ],
  },
  restaurant: {
    id: 'restaurant',
    sampleKind: 'restaurant',
    label: { en: 'Restaurant & café', 'pt-BR': 'Restaurante e café', es: 'Restaurante y café' },
    description: {
      en: 'Menu with prices and dietary tags, gallery, hours and location.',
      'pt-BR': 'Cardápio com preços e selos, galeria, horários e localização.',
      es: 'Menú con precios y etiquetas, galería, horarios y ubicación.',
    },
    motifs: ['blobs', 'sunburst', 'terrazzo'],
    pages: ['home', 'services', 'about', 'contact'],
    build: (c, { pages, tagline }) => [
      {
        ...pages('home'),
        sections: [c.navbar(), c.hero('cover'), c.about(), c.menu(3), c.testimonials(3), c.gallery(6), c.contact({ showForm: false }), c.footer(tagline)],
      },
      { ...pages('services'), sections: [c.navbar(), c.menu(12), c.cta('accent'), c.footer(tagline)] },
      { ...pages('about'), sections: [c.navbar(), c.about(), c.team(), c.stats(), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact(), c.faq(5), c.footer(tagline)] },
    ],
  },
  'local-service': {
    id: 'local-service',
    sampleKind: 'service',
    label: { en: 'Local service', 'pt-BR': 'Serviço local', es: 'Servicio local' },
    description: {
      en: 'Services with prices, why choose you, reviews and a quote request form.',
      'pt-BR': 'Serviços com preços, diferenciais, avaliações e pedido de orçamento.',
      es: 'Servicios con precios, ventajas, reseñas y pedido de presupuesto.',
    },
    motifs: ['hills', 'circles', 'waves'],
    pages: ['home', 'services', 'about', 'contact'],
    build: (c, { pages, tagline }) => [
      {
        ...pages('home'),
        sections: [c.navbar(), c.hero('split'), c.services(6), c.features(4), c.stats(), c.testimonials(3), c.faq(5), c.cta('primary'), c.footer(tagline)],
      },
      { ...pages('services'), sections: [c.navbar(), c.services(8), c.pricing(), c.footer(tagline)] },
      { ...pages('about'), sections: [c.navbar(), c.about(), c.team(), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact(), c.footer(tagline)] },
    ],
  },
  agency: {
    id: 'agency',
    sampleKind: 'agency',
    label: { en: 'Agency & studio', 'pt-BR': 'Agência e estúdio', es: 'Agencia y estudio' },
    description: {
      en: 'Selected work, services, clients and team for a creative studio.',
      'pt-BR': 'Trabalhos, serviços, clientes e equipe para um estúdio criativo.',
      es: 'Trabajos, servicios, clientes y equipo para un estudio creativo.',
    },
    motifs: ['stripes', 'grid', 'circles'],
    pages: ['home', 'services', 'about', 'contact'],
    build: (c, { pages, tagline }) => [
      {
        ...pages('home'),
        sections: [c.navbar(), c.hero('centered'), c.logos(), c.services(4), c.gallery(6), c.stats(), c.testimonials(3), c.cta('primary'), c.footer(tagline)],
      },
      { ...pages('services'), sections: [c.navbar(), c.services(8), c.pricing(), c.faq(5), c.footer(tagline)] },
      { ...pages('about'), sections: [c.navbar(), c.about(), c.team(), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact({ address: '' }), c.footer(tagline)] },
    ],
  },
  fitness: {
    id: 'fitness',
    sampleKind: 'fitness',
    label: { en: 'Gym & fitness', 'pt-BR': 'Academia e fitness', es: 'Gimnasio y fitness' },
    description: {
      en: 'Classes, memberships, coaches and a trial class call to action.',
      'pt-BR': 'Aulas, planos, professores e convite para aula experimental.',
      es: 'Clases, planes, profesores e invitación a una clase de prueba.',
    },
    motifs: ['stripes', 'circles', 'sunburst'],
    pages: ['home', 'services', 'pricing', 'about', 'contact'],
    build: (c, { pages, tagline }) => [
      {
        ...pages('home'),
        sections: [
          c.navbar(),
          c.hero('cover', { primaryHref: pages('pricing').path }),
          c.features(6),
          c.stats(),
          c.testimonials(3),
          c.cta('primary'),
          c.footer(tagline),
        ],
      },
      { ...pages('services'), sections: [c.navbar(), c.services(8), c.gallery(6), c.footer(tagline)] },
      { ...pages('pricing'), sections: [c.navbar(), c.pricing(), c.faq(6), c.footer(tagline)] },
      { ...pages('about'), sections: [c.navbar(), c.about(), c.team(), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact(), c.footer(tagline)] },
    ],
  },
  event: {
    id: 'event',
    sampleKind: 'event',
    label: { en: 'Event', 'pt-BR': 'Evento', es: 'Evento' },
    description: {
      en: 'Program, speakers, tickets, venue and FAQ for one event.',
      'pt-BR': 'Programação, palestrantes, ingressos, local e perguntas de um evento.',
      es: 'Programa, oradores, entradas, lugar y preguntas de un evento.',
    },
    motifs: ['sunburst', 'grid', 'waves'],
    pages: ['home', 'services', 'pricing', 'contact'],
    build: (c, { pages, tagline }) => [
      {
        ...pages('home'),
        sections: [
          c.navbar(),
          c.hero('cover', { primaryHref: pages('pricing').path }),
          c.about({ withHighlights: true }),
          c.stats(),
          c.team(),
          c.logos(),
          c.cta('primary', pages('pricing').path),
          c.footer(tagline),
        ],
      },
      { ...pages('services'), sections: [c.navbar(), c.menu(12), c.team(), c.footer(tagline)] },
      { ...pages('pricing'), sections: [c.navbar(), c.pricing(), c.faq(6), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact(), c.footer(tagline)] },
    ],
  },
  nonprofit: {
    id: 'nonprofit',
    sampleKind: 'nonprofit',
    label: { en: 'Nonprofit', 'pt-BR': 'ONG e projeto social', es: 'ONG y proyecto social' },
    description: {
      en: 'Mission, programs, impact in numbers, stories and ways to help.',
      'pt-BR': 'Missão, projetos, impacto em números, histórias e formas de ajudar.',
      es: 'Misión, proyectos, impacto en cifras, historias y formas de ayudar.',
    },
    motifs: ['leaves', 'hills', 'blobs'],
    pages: ['home', 'services', 'about', 'contact'],
    build: (c, { pages, tagline }) => [
      {
        ...pages('home'),
        sections: [c.navbar(), c.hero('cover'), c.about(), c.stats(), c.features(3), c.testimonials(3), c.pricing(), c.cta('primary'), c.footer(tagline)],
      },
      { ...pages('services'), sections: [c.navbar(), c.services(6, { withPrices: false }), c.gallery(6), c.footer(tagline)] },
      { ...pages('about'), sections: [c.navbar(), c.about(), c.team(), c.logos(), c.footer(tagline)] },
      { ...pages('contact'), sections: [c.navbar(), c.contact(), c.faq(5), c.footer(tagline)] },
    ],
  },
};

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (templateIds as readonly string[]).includes(value);
}

// Paths and titles for a template's pages in the bank's language ("/cardapio", "Cardápio").
export function pagePlan(template: TemplateDefinition, bank: CopyBank) {
  const paths = { home: '', about: '', services: '', contact: '', blog: '', pricing: '' } as ComposeInput['paths'];
  const titles = { ...bank.pages } as ComposeInput['titles'];
  const used = new Set<string>(['/']);
  for (const key of template.pages) {
    if (key === 'home') {
      paths.home = '/';
      continue;
    }
    let path = `/${slugify(bank.pages[key])}`;
    if (used.has(path)) path = `/${key}`;
    used.add(path);
    paths[key] = path;
  }
  return { paths, titles };
}

export function buildFromTemplate(template: TemplateDefinition, input: ComposeInput, tagline: string): Page[] {
  const composer = new Composer(input);
  const pages = (key: PageKey) =>
    page(key, input.paths[key] || '/', key === 'home' ? input.name : input.titles[key], key === 'home' ? tagline : '', []) as Page;
  const drafts = template.build(composer, { pages, tagline }).map((p) => ({ ...p, sections: p.sections.filter((s): s is Section => s !== null) }));
  const chrome = new Set(['navbar', 'footer']);
  // A prices page without prices (a kind that sells no plans) goes, whatever else it holds.
  const kept = drafts.filter(
    (p) => p.path === '/' || (p.sections.some((s) => !chrome.has(s.type)) && !(p.id === 'pricing' && !p.sections.some((s) => s.type === 'pricing'))),
  );
  const dropped = new Set(drafts.filter((p) => !kept.includes(p)).map((p) => p.path));
  if (!dropped.size) return kept;
  // Links to a page that was left out point to the contact page instead, or disappear from menus.
  const fallback = dropped.has(input.paths.contact) || !input.paths.contact ? '/' : input.paths.contact;
  const relink = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value
        .filter((v) => !(v && typeof v === 'object' && 'href' in v && dropped.has((v as { href: string }).href) && 'label' in v && !('items' in v)))
        .map(relink);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'href' && typeof v === 'string' && dropped.has(v) ? fallback : relink(v)]));
    }
    return value;
  };
  return kept.map((p) => ({ ...p, sections: p.sections.map((s) => ({ ...s, props: relink(s.props) as Record<string, unknown> })) }));
}
