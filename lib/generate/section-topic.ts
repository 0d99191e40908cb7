// "Add a section about…": which section type suits what the owner typed, in English, Portuguese
// or Spanish ("prices" → pricing, "perguntas frequentes" → faq, "cardápio" → menu). Shared by
// both generators: the offline one fills that type from its banks, the OpenAI one is asked for it.
import type { SectionType } from '@/lib/sites/section-catalogue';

// Section types a new section can be; the navbar, footer and a blog post are page furniture.
export const addableSectionTypes = [
  'hero',
  'about',
  'features',
  'services',
  'menu',
  'products',
  'gallery',
  'testimonials',
  'pricing',
  'team',
  'stats',
  'faq',
  'cta',
  'logos',
  'blogList',
  'contact',
] as const satisfies readonly SectionType[];
export type AddableSectionType = (typeof addableSectionTypes)[number];

// Most specific first: a phrase that names a type wins over a word that hints at one.
const topics: Array<[AddableSectionType, string[]]> = [
  [
    'faq',
    [
      'faq',
      'faqs',
      'frequently asked',
      'questions',
      'question',
      'perguntas frequentes',
      'perguntas',
      'dúvidas',
      'duvidas',
      'preguntas frecuentes',
      'preguntas',
      'dudas',
    ],
  ],
  ['menu', ['menu', 'menú', 'cardápio', 'cardapio', 'carta', 'dishes', 'pratos', 'platos', 'drinks', 'bebidas', 'wine list', 'carta de vinos']],
  [
    'pricing',
    [
      'pricing',
      'prices',
      'price',
      'plans',
      'packages',
      'memberships',
      'membership',
      'tickets',
      'rates',
      'preços',
      'preço',
      'precos',
      'planos',
      'pacotes',
      'valores',
      'mensalidade',
      'ingressos',
      'precios',
      'precio',
      'planes',
      'paquetes',
      'tarifas',
      'entradas',
      'membresías',
      'cuotas',
    ],
  ],
  [
    'team',
    [
      'team',
      'staff',
      'our people',
      'who we are',
      'founders',
      'coaches',
      'speakers',
      'equipe',
      'equipa',
      'nossa equipe',
      'professores',
      'palestrantes',
      'equipo',
      'nuestro equipo',
      'entrenadores',
      'ponentes',
    ],
  ],
  [
    'testimonials',
    [
      'testimonials',
      'reviews',
      'review',
      'what clients say',
      'what customers say',
      'feedback',
      'depoimentos',
      'avaliações',
      'avaliacoes',
      'opiniões',
      'o que dizem',
      'testimonios',
      'reseñas',
      'opiniones',
      'lo que dicen',
    ],
  ],
  ['gallery', ['gallery', 'photos', 'pictures', 'images', 'galeria', 'fotos', 'imagens', 'galería', 'imágenes']],
  [
    'contact',
    [
      'contact',
      'location',
      'address',
      'hours',
      'opening hours',
      'find us',
      'visit us',
      'map',
      'contato',
      'endereço',
      'horários',
      'horário',
      'localização',
      'como chegar',
      'contacto',
      'dirección',
      'horarios',
      'ubicación',
      'cómo llegar',
    ],
  ],
  ['stats', ['numbers', 'statistics', 'stats', 'figures', 'impact', 'results', 'números', 'estatísticas', 'impacto', 'resultados', 'cifras', 'estadísticas']],
  [
    'logos',
    ['partners', 'clients', 'press', 'sponsors', 'logos', 'brands', 'parceiros', 'clientes', 'imprensa', 'patrocinadores', 'marcas', 'socios', 'prensa'],
  ],
  ['blogList', ['blog', 'articles', 'posts', 'news', 'latest news', 'artigos', 'notícias', 'noticias', 'novidades', 'artículos', 'novedades']],
  ['products', ['products', 'shop', 'store', 'catalog', 'catalogue', 'produtos', 'loja', 'catálogo', 'productos', 'tienda']],
  [
    'services',
    [
      'services',
      'what we do',
      'treatments',
      'classes',
      'programs',
      'serviços',
      'servicos',
      'o que fazemos',
      'tratamentos',
      'aulas',
      'programas',
      'servicios',
      'lo que hacemos',
      'tratamientos',
      'clases',
    ],
  ],
  [
    'features',
    [
      'features',
      'benefits',
      'why us',
      'why choose us',
      'advantages',
      'how it works',
      'diferenciais',
      'benefícios',
      'vantagens',
      'por que nós',
      'por que escolher',
      'como funciona',
      'ventajas',
      'beneficios',
      'por qué elegirnos',
      'cómo funciona',
      'recursos',
      'características',
    ],
  ],
  [
    'about',
    [
      'about us',
      'our story',
      'story',
      'history',
      'mission',
      'values',
      'sobre nós',
      'nossa história',
      'história',
      'missão',
      'valores',
      'quem somos',
      'nosotros',
      'nuestra historia',
      'historia',
      'misión',
      'quiénes somos',
    ],
  ],
  [
    'cta',
    [
      'call to action',
      'sign up',
      'book now',
      'booking',
      'reservations',
      'order now',
      'newsletter',
      'reservas',
      'agende',
      'agendar',
      'inscreva',
      'inscrições',
      'reservar',
      'inscríbete',
      'inscripciones',
    ],
  ],
  ['hero', ['banner', 'hero', 'headline', 'welcome', 'boas-vindas', 'bienvenida']],
];

export type TopicChoice = { type: AddableSectionType; matched: boolean };

export function chooseSectionType(about: string): TopicChoice {
  const text = ` ${about.toLowerCase().normalize('NFC')} `;
  let best: { type: AddableSectionType; score: number; at: number } | null = null;
  for (const [type, words] of topics) {
    for (const word of words) {
      const re = new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u');
      const m = re.exec(text);
      if (!m) continue;
      // Longer phrases are more specific; on a tie the word named first wins.
      const score = word.length;
      if (!best || score > best.score || (score === best.score && m.index < best.at)) best = { type, score, at: m.index };
    }
  }
  return best ? { type: best.type, matched: true } : { type: 'features', matched: false };
}

// The owner's words as a heading, for a section whose type was not named: "about our recycling
// program" → "Our recycling program".
export function topicHeading(about: string): string {
  const stripped = about
    .trim()
    .replace(/^(a |an |the )?(section |seção |sección )?(about|on|sobre|acerca de|de)\s+/i, '')
    .replace(/[.!?]+$/, '')
    .trim();
  const heading = stripped || about.trim();
  return (heading.charAt(0).toUpperCase() + heading.slice(1)).slice(0, 120);
}
