// Copy that is true of any business, in each site language: page names, contact and FAQ
// wording, descriptions for offers the owner names that the catalogue does not know, and a whole
// honest site for a kind the catalogue does not have. {name}, {city}, {label} and {offer} are
// filled in by the generator; nothing here belongs to one kind of business.
import type { SiteLanguage } from '@/lib/i18n/languages';
import type { PriceUnit } from '../catalogue/schema';

export type NeutralCopy = {
  pages: { home: string; about: string; services: string; contact: string; blog: string; pricing: string };
  label: string; // what a business of unknown kind is called
  names: string[]; // when the prompt gives no name and the kind has none
  located: string; // a business called by what it is and where: "{label} in {city}"
  eyebrows: string[]; // may use {label}, {city}
  taglines: string[];
  hero: { headlines: string[]; subheadlines: string[] };
  ctas: string[];
  aboutActions: string[]; // the hero's second button, to the about page
  eventActions: string[]; // the same on an event's site
  faqHeadings: string[];
  galleryHeadings: string[];
  offers: { headings: string[]; intros: string[] };
  // Descriptions for an offer the owner named and the catalogue does not describe, by how the template shows offers.
  ownerOffer: { services: string[]; menu: string[]; products: string[] };
  menuCategory: string;
  // The text under a quality the owner stressed ("Atendimento rápido").
  quality: string[];
  proof: {
    headings: string[];
    intros: string[];
    items: Array<{ icon: 'check' | 'phone' | 'map-pin' | 'clock' | 'smile' | 'handshake'; title: string; text: string }>;
  };
  about: { headings: string[]; paragraphs: string[][] };
  faq: Array<{ question: string; answer: string }>;
  cta: { headings: string[]; texts: string[] };
  contact: { headings: string[]; intros: string[] };
  per: Record<PriceUnit, string>;
  // Joins a list: "a, b and c".
  and: string;
  // The event's date and place in one line ("12 October 2027 · Quinta da Lua").
  at: string;
};

const en: NeutralCopy = {
  pages: { home: 'Home', about: 'About', services: 'Services', contact: 'Contact', blog: 'News', pricing: 'Prices' },
  label: 'Local business',
  names: ['{label} {city}'],
  located: '{label} in {city}',
  eyebrows: ['{label} in {city}', '{label}'],
  taglines: ['{label} in {city}.', 'Talk to us and see how we can help.', 'Clear answers and careful work.'],
  hero: {
    headlines: ['Here to help, close to you', 'Good work, clearly explained', 'Tell us what you need'],
    subheadlines: [
      '{name} works directly with every customer: tell us what you need and we will answer with the details and a clear price.',
      'Get in touch with {name} for {offer}. We reply to every message and explain everything before we start.',
      'Ask {name} anything: how it works, how long it takes and what it costs.',
    ],
  },
  ctas: ['Get in touch', 'Ask for a quote', 'Send a message'],
  aboutActions: ['About us', 'How we work'],
  eventActions: ['The details', 'See the details'],
  faqHeadings: ['Frequently asked questions', 'Questions we often hear'],
  galleryHeadings: ['Our work', 'A closer look'],
  offers: {
    headings: ['What we offer', 'How we can help', 'Our services'],
    intros: ['Ask us about any of these and we will send you the details.', 'Everything below can be adapted to what you need.'],
  },
  ownerOffer: {
    services: [
      'Tell us what you need and we will explain how {offer} works, how long it takes and what it costs.',
      'Ask us about {offer}: we answer with the details and a clear price.',
    ],
    menu: ['One of our specialities.', 'A favourite here, ask us about it.'],
    products: ['Ask us about availability, options and prices.', 'Get in touch for details and availability.'],
  },
  menuCategory: 'Highlights',
  quality: ['This is how {name} works, every day.', 'A promise we keep with every customer.'],
  proof: {
    headings: ['What you can count on', 'How we work'],
    intros: ['A few simple promises we keep with every customer.', 'What working with {name} is like.'],
    items: [
      { icon: 'handshake', title: 'You talk to the people who do the work', text: 'Questions go straight to the team, not to a call centre.' },
      { icon: 'check', title: 'Clear prices', text: 'You know what you will pay before anything starts.' },
      { icon: 'clock', title: 'Quick replies', text: 'We answer messages and calls as fast as we can.' },
      { icon: 'map-pin', title: 'Close to you', text: 'A local business that knows its customers.' },
    ],
  },
  about: {
    headings: ['About {name}', 'Who we are'],
    paragraphs: [
      [
        '{name} is a {label} that puts its customers first: clear answers, fair prices and careful work.',
        'Tell us what you need and we will find the best way to help.',
      ],
      ['At {name}, every customer is treated as a neighbour.', 'Get in touch: we reply to every message and are happy to explain how we work.'],
    ],
  },
  faq: [
    { question: 'How can I get in touch?', answer: 'Send us a message through the form on this site or call us. We reply as soon as we can.' },
    { question: 'How much does it cost?', answer: 'It depends on what you need. Tell us a little about it and we will send you a clear price.' },
    { question: 'Where are you?', answer: 'See the contact page for our address and opening hours, or ask us for directions.' },
    { question: 'How can I pay?', answer: 'Ask us about the payment methods we accept when you get in touch.' },
  ],
  cta: {
    headings: ['Let’s talk', 'Have a question?', 'Ready when you are'],
    texts: ['Send us a message and we will get back to you soon.', 'Tell us what you need and we will take it from there.'],
  },
  contact: {
    headings: ['Get in touch', 'Contact us', 'Talk to us'],
    intros: ['Send us a message and we will get back to you as soon as we can.', 'Call, write or visit: we are happy to help.'],
  },
  per: {
    hour: '/hour',
    night: '/night',
    month: '/month',
    session: '/session',
    person: '/person',
    class: '/class',
    day: '/day',
    kg: '/kg',
    m2: '/m²',
    item: 'each',
  },
  and: 'and',
  at: '{date} · {venue}',
};

const pt: NeutralCopy = {
  pages: { home: 'Início', about: 'Sobre', services: 'Serviços', contact: 'Contato', blog: 'Novidades', pricing: 'Preços' },
  label: 'Negócio local',
  names: ['{label} {city}'],
  located: '{label} em {city}',
  eyebrows: ['{label} em {city}', '{label}'],
  taglines: ['{label} em {city}.', 'Fale com a gente e veja como podemos ajudar.', 'Respostas claras e trabalho caprichado.'],
  hero: {
    headlines: ['Pertinho de você, pronto para ajudar', 'Trabalho bem feito, explicado com clareza', 'Conte o que você precisa'],
    subheadlines: [
      'A {name} atende cada cliente de perto: conte o que você precisa e respondemos com os detalhes e um preço claro.',
      'Fale com a {name} sobre {offer}. Respondemos todas as mensagens e explicamos tudo antes de começar.',
      'Pergunte o que quiser à {name}: como funciona, quanto tempo leva e quanto custa.',
    ],
  },
  ctas: ['Fale com a gente', 'Pedir orçamento', 'Enviar mensagem'],
  aboutActions: ['Sobre nós', 'Como trabalhamos'],
  eventActions: ['Os detalhes', 'Ver os detalhes'],
  faqHeadings: ['Perguntas frequentes', 'Dúvidas comuns'],
  galleryHeadings: ['Nosso trabalho', 'Um olhar de perto'],
  offers: {
    headings: ['O que oferecemos', 'Como podemos ajudar', 'Nossos serviços'],
    intros: ['Pergunte sobre qualquer um deles e enviamos os detalhes.', 'Tudo pode ser adaptado ao que você precisa.'],
  },
  ownerOffer: {
    services: [
      'Conte o que você precisa e explicamos como funciona {offer}, o prazo e o valor.',
      'Pergunte sobre {offer}: respondemos com os detalhes e um preço claro.',
    ],
    menu: ['Uma das especialidades da casa.', 'Um dos queridinhos daqui: pergunte por ele.'],
    products: ['Consulte disponibilidade, opções e valores.', 'Fale com a gente para saber detalhes e disponibilidade.'],
  },
  menuCategory: 'Destaques',
  quality: ['É assim que a {name} trabalha, todos os dias.', 'Um compromisso com cada cliente.'],
  proof: {
    headings: ['Com o que você pode contar', 'Como trabalhamos'],
    intros: ['Alguns compromissos simples que cumprimos com cada cliente.', 'Como é trabalhar com a {name}.'],
    items: [
      { icon: 'handshake', title: 'Você fala com quem faz', text: 'Suas perguntas vão direto para a equipe, sem central de atendimento.' },
      { icon: 'check', title: 'Preço claro', text: 'Você sabe quanto vai pagar antes de qualquer coisa começar.' },
      { icon: 'clock', title: 'Resposta rápida', text: 'Respondemos mensagens e ligações o mais rápido possível.' },
      { icon: 'map-pin', title: 'Pertinho de você', text: 'Um negócio local que conhece seus clientes.' },
    ],
  },
  about: {
    headings: ['Sobre a {name}', 'Quem somos'],
    paragraphs: [
      [
        'A {name} coloca o cliente em primeiro lugar: respostas claras, preço justo e trabalho caprichado.',
        'Conte o que você precisa e encontramos o melhor jeito de ajudar.',
      ],
      ['Aqui na {name}, cada cliente é tratado como vizinho.', 'Fale com a gente: respondemos todas as mensagens e explicamos como trabalhamos.'],
    ],
  },
  faq: [
    { question: 'Como falo com vocês?', answer: 'Envie uma mensagem pelo formulário deste site ou ligue. Respondemos o quanto antes.' },
    { question: 'Quanto custa?', answer: 'Depende do que você precisa. Conte um pouco e enviamos um preço claro.' },
    { question: 'Onde vocês ficam?', answer: 'Veja a página de contato com endereço e horários, ou peça como chegar.' },
    { question: 'Quais formas de pagamento vocês aceitam?', answer: 'Pergunte pelas formas de pagamento quando falar com a gente.' },
  ],
  cta: {
    headings: ['Vamos conversar?', 'Ficou com alguma dúvida?', 'Estamos prontos quando você estiver'],
    texts: ['Envie uma mensagem e retornamos em breve.', 'Conte o que você precisa e a gente cuida do resto.'],
  },
  contact: {
    headings: ['Fale com a gente', 'Contato', 'Entre em contato'],
    intros: ['Envie uma mensagem e retornamos o quanto antes.', 'Ligue, escreva ou venha nos visitar: será um prazer ajudar.'],
  },
  per: {
    hour: '/hora',
    night: '/noite',
    month: '/mês',
    session: '/sessão',
    person: '/pessoa',
    class: '/aula',
    day: '/dia',
    kg: '/kg',
    m2: '/m²',
    item: 'cada',
  },
  and: 'e',
  at: '{date} · {venue}',
};

const es: NeutralCopy = {
  pages: { home: 'Inicio', about: 'Nosotros', services: 'Servicios', contact: 'Contacto', blog: 'Novedades', pricing: 'Precios' },
  label: 'Negocio local',
  names: ['{label} {city}'],
  located: '{label} en {city}',
  eyebrows: ['{label} en {city}', '{label}'],
  taglines: ['{label} en {city}.', 'Escríbenos y te contamos cómo podemos ayudarte.', 'Respuestas claras y trabajo cuidado.'],
  hero: {
    headlines: ['Cerca de ti, listos para ayudarte', 'Buen trabajo, explicado con claridad', 'Cuéntanos qué necesitas'],
    subheadlines: [
      '{name} atiende a cada cliente de cerca: cuéntanos qué necesitas y te respondemos con los detalles y un precio claro.',
      'Habla con {name} sobre {offer}. Respondemos todos los mensajes y te lo explicamos todo antes de empezar.',
      'Pregunta a {name} lo que quieras: cómo funciona, cuánto tarda y cuánto cuesta.',
    ],
  },
  ctas: ['Contáctanos', 'Pedir presupuesto', 'Enviar mensaje'],
  aboutActions: ['Sobre nosotros', 'Cómo trabajamos'],
  eventActions: ['Los detalles', 'Ver los detalles'],
  faqHeadings: ['Preguntas frecuentes', 'Dudas habituales'],
  galleryHeadings: ['Nuestro trabajo', 'Un vistazo de cerca'],
  offers: {
    headings: ['Lo que ofrecemos', 'Cómo podemos ayudarte', 'Nuestros servicios'],
    intros: ['Pregúntanos por cualquiera de ellos y te enviamos los detalles.', 'Todo se puede adaptar a lo que necesitas.'],
  },
  ownerOffer: {
    services: [
      'Cuéntanos qué necesitas y te explicamos cómo funciona {offer}, el plazo y el precio.',
      'Pregúntanos por {offer}: te respondemos con los detalles y un precio claro.',
    ],
    menu: ['Una de las especialidades de la casa.', 'Uno de los favoritos de aquí: pregúntanos por él.'],
    products: ['Consulta disponibilidad, opciones y precios.', 'Escríbenos para conocer detalles y disponibilidad.'],
  },
  menuCategory: 'Destacados',
  quality: ['Así trabaja {name}, todos los días.', 'Un compromiso con cada cliente.'],
  proof: {
    headings: ['Con lo que puedes contar', 'Cómo trabajamos'],
    intros: ['Algunos compromisos sencillos que cumplimos con cada cliente.', 'Así es trabajar con {name}.'],
    items: [
      { icon: 'handshake', title: 'Hablas con quien hace el trabajo', text: 'Tus preguntas llegan directamente al equipo, sin centralitas.' },
      { icon: 'check', title: 'Precios claros', text: 'Sabes lo que vas a pagar antes de empezar.' },
      { icon: 'clock', title: 'Respuesta rápida', text: 'Respondemos mensajes y llamadas lo antes posible.' },
      { icon: 'map-pin', title: 'Cerca de ti', text: 'Un negocio local que conoce a sus clientes.' },
    ],
  },
  about: {
    headings: ['Sobre {name}', 'Quiénes somos'],
    paragraphs: [
      [
        '{name} pone a sus clientes primero: respuestas claras, precios justos y trabajo cuidado.',
        'Cuéntanos qué necesitas y encontraremos la mejor manera de ayudarte.',
      ],
      ['En {name}, cada cliente es un vecino.', 'Escríbenos: respondemos todos los mensajes y te explicamos cómo trabajamos.'],
    ],
  },
  faq: [
    { question: '¿Cómo me pongo en contacto?', answer: 'Envíanos un mensaje desde el formulario de esta web o llámanos. Respondemos lo antes posible.' },
    { question: '¿Cuánto cuesta?', answer: 'Depende de lo que necesites. Cuéntanos un poco y te enviamos un precio claro.' },
    { question: '¿Dónde están?', answer: 'Consulta la página de contacto con la dirección y el horario, o pregúntanos cómo llegar.' },
    { question: '¿Cómo puedo pagar?', answer: 'Pregúntanos por las formas de pago cuando nos contactes.' },
  ],
  cta: {
    headings: ['¿Hablamos?', '¿Tienes alguna pregunta?', 'Listos cuando tú quieras'],
    texts: ['Envíanos un mensaje y te respondemos pronto.', 'Cuéntanos qué necesitas y nos encargamos del resto.'],
  },
  contact: {
    headings: ['Contáctanos', 'Contacto', 'Hablemos'],
    intros: ['Envíanos un mensaje y te respondemos lo antes posible.', 'Llama, escribe o visítanos: será un placer ayudarte.'],
  },
  per: {
    hour: '/hora',
    night: '/noche',
    month: '/mes',
    session: '/sesión',
    person: '/persona',
    class: '/clase',
    day: '/día',
    kg: '/kg',
    m2: '/m²',
    item: 'c/u',
  },
  and: 'y',
  at: '{date} · {venue}',
};

export const neutralCopy: Record<SiteLanguage, NeutralCopy> = { en, 'pt-BR': pt, es };
