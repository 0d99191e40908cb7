// What each kind of business looks like in a prompt (in English, Portuguese and Spanish), which
// template it starts from, and which palettes and fonts suit it.
import type { FontId } from '@/lib/sites/theme-options';
import type { BusinessKind } from '@/lib/sites/templates/copy-bank';

export type KindProfile = {
  template: string;
  keywords: string[];
  palettes: string[];
  fonts: { heading: FontId; body: FontId };
  schemaType: string;
};

export const kindProfiles: Record<BusinessKind, KindProfile> = {
  restaurant: {
    template: 'restaurant',
    keywords: ['restaurant', 'restaurante', 'bistro', 'bistrô', 'pizzaria', 'pizzeria', 'pizza', 'churrascaria', 'steakhouse', 'sushi', 'trattoria', 'cantina', 'taqueria', 'tacos', 'comida', 'food', 'dinner', 'jantar', 'cena', 'burger', 'hamburgueria', 'hamburguesería', 'bar', 'pub', 'grill', 'cozinha', 'cocina', 'cuisine', 'vegan restaurant', 'marmitas', 'delivery', 'lanchonete'],
    palettes: ['terracotta', 'crimson', 'coffee', 'olive', 'charcoal'],
    fonts: { heading: 'classic-serif', body: 'humanist' },
    schemaType: 'Restaurant',
  },
  bakery: {
    template: 'restaurant',
    keywords: ['bakery', 'padaria', 'panadería', 'panaderia', 'confeitaria', 'pastelería', 'pasteleria', 'patisserie', 'pâtisserie', 'bolo', 'bolos', 'cake', 'cakes', 'pão', 'pães', 'bread', 'pan artesanal', 'doces', 'doceria', 'brigadeiro', 'croissant', 'sourdough', 'fermentação natural', 'masa madre', 'cupcake', 'tortas'],
    palettes: ['terracotta', 'sunshine', 'blush', 'coffee'],
    fonts: { heading: 'classic-serif', body: 'humanist' },
    schemaType: 'Bakery',
  },
  cafe: {
    template: 'restaurant',
    keywords: ['cafe', 'café', 'cafeteria', 'coffee', 'coffee shop', 'espresso', 'barista', 'casa de chá', 'tea house', 'tea room', 'brunch', 'cafetería'],
    palettes: ['coffee', 'olive', 'terracotta', 'mint'],
    fonts: { heading: 'book-serif', body: 'humanist' },
    schemaType: 'CafeOrCoffeeShop',
  },
  shop: {
    template: 'shop',
    keywords: ['shop', 'store', 'loja', 'tienda', 'boutique', 'e-commerce', 'ecommerce', 'online store', 'loja virtual', 'tienda online', 'sell', 'vender', 'vendo', 'vendemos', 'products', 'produtos', 'productos', 'clothing', 'roupas', 'ropa', 'moda', 'fashion', 'jewelry', 'joias', 'joyas', 'cosmetics', 'cosméticos', 'ceramics', 'cerâmica', 'cerámica', 'handmade', 'artesanato', 'artesanía', 'plants', 'plantas', 'velas', 'candles', 'bijuteria', 'acessórios'],
    palettes: ['blush', 'slate', 'olive', 'lavender', 'sky'],
    fonts: { heading: 'geometric', body: 'system-sans' },
    schemaType: 'Store',
  },
  salon: {
    template: 'local-service',
    keywords: ['salon', 'salão', 'salón', 'beauty', 'beleza', 'belleza', 'hair', 'cabelo', 'cabeleireiro', 'peluquería', 'peluqueria', 'barber', 'barbearia', 'barbería', 'nails', 'unhas', 'manicure', 'uñas', 'spa', 'estética', 'esthetics', 'makeup', 'maquiagem', 'maquillaje', 'massagem', 'massage', 'masaje', 'sobrancelha', 'depilação'],
    palettes: ['blush', 'lavender', 'charcoal', 'mint'],
    fonts: { heading: 'classic-serif', body: 'system-sans' },
    schemaType: 'BeautySalon',
  },
  fitness: {
    template: 'fitness',
    keywords: ['gym', 'academia', 'gimnasio', 'fitness', 'yoga', 'ioga', 'pilates', 'crossfit', 'personal trainer', 'treino', 'entrenamiento', 'training', 'workout', 'musculação', 'boxing', 'boxe', 'boxeo', 'jiu-jitsu', 'muay thai', 'martial arts', 'artes marciais', 'artes marciales', 'dance studio', 'yoga studio', 'pilates studio', 'estúdio de pilates', 'estúdio de yoga', 'estudio de yoga', 'dança', 'danza', 'funcional', 'running', 'corrida'],
    palettes: ['charcoal', 'midnight', 'crimson', 'mint', 'sky'],
    fonts: { heading: 'geometric', body: 'system-sans' },
    schemaType: 'SportsActivityLocation',
  },
  service: {
    template: 'local-service',
    keywords: ['plumber', 'plumbing', 'encanador', 'fontanero', 'fontanería', 'electrician', 'eletricista', 'electricista', 'cleaning', 'limpeza', 'limpieza', 'faxina', 'diarista', 'gardening', 'jardinagem', 'jardinería', 'jardineiro', 'repair', 'reparos', 'conserto', 'reparaciones', 'reformas', 'renovation', 'construção', 'construcción', 'pintor', 'painter', 'painting', 'mudança', 'mudanzas', 'moving', 'handyman', 'marido de aluguel', 'dedetização', 'pest control', 'ar-condicionado', 'air conditioning', 'mecânica', 'mechanic', 'taller', 'oficina', 'lavanderia', 'laundry', 'dentist', 'dentista', 'clínica', 'clinic', 'veterinário', 'veterinaria', 'vet', 'pet shop', 'advogado', 'abogado', 'lawyer', 'contador', 'accountant', 'contabilidade', 'consultoria', 'psicóloga', 'psicólogo', 'therapist', 'terapia', 'nutricionista', 'fisioterapia', 'escola', 'school', 'aulas particulares', 'tutoring', 'imobiliária', 'real estate', 'inmobiliaria'],
    palettes: ['ocean', 'sky', 'forest', 'slate'],
    fonts: { heading: 'geometric', body: 'system-sans' },
    schemaType: 'LocalBusiness',
  },
  agency: {
    template: 'agency',
    keywords: ['agency', 'agência', 'agencia', 'design studio', 'creative studio', 'estúdio de design', 'estúdio criativo', 'estudio creativo', 'estudio de diseño', 'marketing', 'branding', 'design agency', 'web design', 'desenvolvimento web', 'desarrollo web', 'social media', 'redes sociais', 'redes sociales', 'publicidade', 'publicidad', 'advertising', 'consultancy', 'produtora', 'productora'],
    palettes: ['midnight', 'charcoal', 'lavender', 'slate'],
    fonts: { heading: 'geometric', body: 'system-sans' },
    schemaType: 'ProfessionalService',
  },
  saas: {
    template: 'landing',
    keywords: ['app', 'aplicativo', 'aplicación', 'software', 'saas', 'platform', 'plataforma', 'startup', 'tool', 'ferramenta', 'herramienta', 'product', 'api', 'dashboard', 'sistema', 'automação', 'automation', 'automatización', 'crm', 'erp', 'ai tool', 'inteligência artificial'],
    palettes: ['slate', 'lavender', 'midnight', 'sky'],
    fonts: { heading: 'geometric', body: 'system-sans' },
    schemaType: 'SoftwareApplication',
  },
  portfolio: {
    template: 'portfolio',
    keywords: ['portfolio', 'portfólio', 'portafolio', 'photographer', 'fotógrafo', 'fotógrafa', 'fotografia', 'fotografía', 'photography', 'illustrator', 'ilustrador', 'ilustradora', 'designer', 'diseñador', 'diseñadora', 'architect', 'arquiteto', 'arquiteta', 'arquitecto', 'artist', 'artista', 'freelancer', 'freela', 'videomaker', 'tattoo', 'tatuador', 'tatuagem', 'writer', 'escritor', 'escritora'],
    palettes: ['charcoal', 'slate', 'olive', 'midnight'],
    fonts: { heading: 'classic-serif', body: 'system-sans' },
    schemaType: 'Person',
  },
  blog: {
    template: 'blog',
    keywords: ['blog', 'newsletter', 'diário', 'diario', 'journal', 'magazine', 'revista', 'podcast', 'articles', 'artigos', 'artículos', 'posts', 'escrevo', 'escribo', 'i write'],
    palettes: ['sunshine', 'forest', 'slate', 'blush'],
    fonts: { heading: 'book-serif', body: 'book-serif' },
    schemaType: 'Blog',
  },
  event: {
    template: 'event',
    keywords: ['event', 'evento', 'conference', 'conferência', 'conferencia', 'congresso', 'congreso', 'festival', 'summit', 'meetup', 'workshop', 'oficina de', 'taller de', 'wedding', 'casamento', 'boda', 'feira', 'feria', 'fair', 'show', 'concert', 'concerto', 'concierto', 'palestra', 'seminário', 'seminario', 'hackathon', 'retiro', 'retreat'],
    palettes: ['midnight', 'lavender', 'crimson', 'sunshine'],
    fonts: { heading: 'geometric', body: 'system-sans' },
    schemaType: 'Event',
  },
  nonprofit: {
    template: 'nonprofit',
    keywords: ['nonprofit', 'non-profit', 'ong', 'ngo', 'charity', 'caridade', 'caridad', 'associação', 'asociación', 'association', 'foundation', 'fundação', 'fundación', 'instituto', 'volunteer', 'voluntários', 'voluntarios', 'donate', 'doação', 'doações', 'donación', 'shelter', 'abrigo', 'refugio', 'resgate', 'rescue', 'comunidade', 'community', 'comunidad', 'projeto social', 'proyecto social', 'social project'],
    palettes: ['forest', 'sky', 'sunshine', 'terracotta'],
    fonts: { heading: 'humanist', body: 'humanist' },
    schemaType: 'NGO',
  },
};
