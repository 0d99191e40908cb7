// Copy banks for salons: hair salons, barbershops, nail studios, beauty and spa.
import type { CopyBank, KindBanks } from '@/lib/sites/templates/copy-bank';

const en: CopyBank = {
  kind: 'salon',
  language: 'en',
  names: ['Velvet Room Salon', 'Studio Luxe', 'The Mane Society', 'Bloom Beauty Bar', 'Silver Scissors Studio', 'Glow House', 'Shear Bliss'],
  taglines: [
    'Look good, feel even better.',
    'Your hour of calm, your best hair yet.',
    'Beauty made personal.',
    'Where great hair days begin.',
    'The salon {city} trusts with its best looks.',
  ],
  pages: { home: 'Home', about: 'About', services: 'Services', contact: 'Book & Contact', blog: 'Beauty Tips', pricing: 'Packages' },
  hero: {
    eyebrows: ['Now booking new clients', 'Hair · Color · Nails · Skin', 'Book online in seconds', 'Your neighborhood salon'],
    headlines: ['Leave feeling like yourself, only better', 'Great hair starts with listening', 'Your time to relax and shine', 'Beauty that fits your life'],
    subheadlines: [
      'At {name}, every appointment starts with a real conversation, so your cut, color or manicure looks exactly the way you imagined.',
      'Skilled stylists, premium products and a calm space where you can finally take an hour just for you.',
      'From a quick trim to a full color transformation, our team takes care of you from the first sip of coffee to the final mirror check.',
      'Precision cuts, lived-in color and flawless nails, right here in {city}.',
    ],
    primaryActions: ['Book an appointment', 'Book now', 'Reserve your spot'],
    secondaryActions: ['See our services', 'View prices', 'Meet the team'],
  },
  about: {
    headings: ['About our salon', 'A space made for you', 'The people behind the chair'],
    paragraphs: [
      [
        '{name} was born from a simple idea: a salon visit should feel like a break, not a chore. Great results, honest advice and zero pressure.',
        'Our stylists keep training every year in the latest cutting and color techniques, but the thing we are best at is listening.',
      ],
      [
        'We use professional, cruelty-free products and take the time to understand your hair, your routine and how much time you want to spend styling in the morning.',
        'Whether you are after a subtle refresh or a bold new look, we will tell you honestly what will work and how to keep it looking great at home.',
        'Then we will make you a coffee, put on good music and let you relax.',
      ],
      [
        'Behind {name} is a small team of stylists, colorists and nail artists who love what they do and it shows in every detail.',
        'Many of our clients have been with us for years, and we would love for you to become one of them. Your chair is ready.',
      ],
    ],
    highlights: [
      'Free consultation before every color',
      'Cruelty-free professional products',
      'Experienced stylists and colorists',
      'Easy online booking',
      'Complimentary coffee, tea and Wi-Fi',
    ],
  },
  features: {
    headings: ['Why clients love us', 'The {name} experience', 'What you can expect'],
    intros: [
      'Every visit is designed around you, from the first consultation to the final touch of hairspray.',
      'We sweat the small stuff so you can sit back, relax and walk out feeling amazing.',
      'Great beauty is about skill and care. Here is how we bring both to every appointment.',
    ],
    items: [
      { icon: 'users', title: 'Personal consultation', text: 'We talk through your goals, your hair history and your routine before any scissors come out.' },
      { icon: 'award', title: 'Expert stylists', text: 'Our team trains every year in modern cutting, balayage and color correction.' },
      { icon: 'leaf', title: 'Gentle products', text: 'Professional, cruelty-free formulas that care for your hair, skin and nails.' },
      { icon: 'calendar', title: 'Easy booking', text: 'Book online 24/7, get reminders and reschedule in a couple of clicks.' },
      { icon: 'shield', title: 'Spotless hygiene', text: 'Tools are sterilized after every client, and every station is cleaned between appointments.' },
      { icon: 'smile', title: 'Relaxing atmosphere', text: 'Comfortable chairs, a warm cup of coffee and a scalp massage with every wash.' },
    ],
  },
  offers: {
    headings: ['Our services', 'Services and prices', 'What we offer'],
    intros: [
      'Starting prices shown. Final price depends on hair length and thickness, and we always confirm it with you before we begin.',
      'Cuts, color, styling, nails and skin, all in one calm and friendly place.',
      'Not sure what to book? Choose a consultation and we will build the perfect appointment together.',
    ],
    items: [
      {
        category: 'Hair',
        title: "Women's cut and style",
        description: 'Consultation, wash, precision cut and blow-dry finish.',
        price: '65.00',
        icon: 'scissors',
      },
      { category: 'Hair', title: "Men's cut", description: 'Classic or modern cut with a hot towel finish.', price: '35.00', icon: 'scissors' },
      { category: 'Hair', title: 'Beard trim and shape', description: 'Clean lines, straight-razor edges and beard oil.', price: '22.00', icon: 'scissors' },
      { category: 'Hair', title: 'Blowout', description: 'Wash and a smooth, bouncy blow-dry that lasts for days.', price: '45.00', icon: 'sparkles' },
      {
        category: 'Color',
        title: 'Single-process color',
        description: 'Root touch-up or all-over color, including a gloss for shine.',
        price: '95.00',
        icon: 'palette',
      },
      {
        category: 'Color',
        title: 'Balayage',
        description: 'Hand-painted, soft and natural highlights with toner and style.',
        price: '185.00',
        icon: 'palette',
      },
      {
        category: 'Color',
        title: 'Deep conditioning treatment',
        description: 'Bond-building mask that repairs and softens damaged hair.',
        price: '40.00',
        icon: 'leaf',
      },
      { category: 'Nails', title: 'Gel manicure', description: 'Nail shaping, cuticle care and long-lasting gel polish.', price: '42.00', icon: 'heart' },
      { category: 'Nails', title: 'Spa pedicure', description: 'Soak, exfoliation, massage and polish of your choice.', price: '55.00', icon: 'sun' },
      {
        category: 'Skin',
        title: 'Signature facial',
        description: '60 minutes of cleansing, exfoliation, mask and massage for glowing skin.',
        price: '90.00',
        icon: 'smile',
      },
      { category: 'Skin', title: 'Brow shaping', description: 'Wax and tweeze shaping designed for your face.', price: '22.00', icon: 'star' },
    ],
  },
  testimonials: {
    headings: ['What our clients say', 'Real clients, real results', 'Kind words from our chairs'],
    items: [
      {
        quote: 'I have never left a salon this happy. She listened to everything I said and my balayage looks so natural.',
        name: 'Ashley Morgan',
        role: 'Color client',
      },
      {
        quote: 'Best haircut I have had in years, and it still looks great six weeks later. I am officially a regular.',
        name: 'Ryan Cooper',
        role: 'Monthly regular',
      },
      { quote: 'My gel manicure lasted three full weeks without a single chip. Worth every penny.', name: 'Nicole Adams', role: 'Nail client' },
      {
        quote: 'They fixed a box dye disaster with so much patience and zero judgment. I could not recommend them more.',
        name: 'Lauren Davis',
        role: 'Color correction client',
      },
      {
        quote: 'The team did hair for my whole bridal party and everyone looked stunning. Calm, on time and so much fun.',
        name: 'Emily Rogers',
        role: 'Bride',
      },
      { quote: 'Relaxing from the moment you walk in. The scalp massage alone is worth the visit.', name: 'Melissa Grant', role: 'Facial and blowout client' },
    ],
  },
  faq: {
    headings: ['Frequently asked questions', 'Before your appointment', 'Good to know'],
    items: [
      {
        question: 'How do I book an appointment?',
        answer: 'Book online anytime, call us or send a message. New clients booking color are welcome to start with a free 15-minute consultation.',
      },
      {
        question: 'What is your cancellation policy?',
        answer: "Please give us at least 24 hours' notice to cancel or reschedule. Late cancellations and no-shows may be charged 50% of the service.",
      },
      {
        question: 'What if I am running late?',
        answer:
          'Let us know as soon as you can. We will always try to fit you in, but if you are more than 15 minutes late we may need to shorten or reschedule your service.',
      },
      {
        question: 'Do I need a patch test before coloring?',
        answer: 'If you are new to us or have never had color, we do a quick patch test at least 48 hours before your appointment, for your safety.',
      },
      { question: "Do you cut children's hair?", answer: "Yes. Kids' cuts for ages 12 and under start at $25, and we are patient with first-timers." },
      { question: 'Do you sell gift cards?', answer: 'Yes, in any amount, at the salon or online. They make a perfect birthday or thank-you gift.' },
    ],
  },
  cta: {
    headings: ['Ready for your next great hair day?', 'Treat yourself today', 'Your chair is waiting'],
    texts: [
      'Book online in under a minute and choose the stylist and time that suit you.',
      'New look or a simple refresh, we would love to take care of you.',
      'Take an hour just for you. We will handle the rest.',
    ],
    actions: ['Book now', 'Book an appointment', 'Check availability'],
  },
  stats: [
    { value: '4.9★', label: 'Average client rating' },
    { value: '8,000+', label: 'Happy clients' },
    { value: '15 years', label: 'Of experience' },
    { value: '92%', label: 'Clients who rebook' },
  ],
  team: [
    {
      name: 'Jasmine Carter',
      role: 'Owner and master stylist',
      bio: 'Jasmine has been cutting hair for fifteen years and specializes in precision cuts and effortless, wearable shapes.',
    },
    {
      name: 'Olivia Martinez',
      role: 'Senior colorist',
      bio: 'Olivia is our balayage and color correction expert. She has a gift for finding the perfect shade for every skin tone.',
    },
    { name: 'Tyler Evans', role: 'Barber and stylist', bio: "Tyler handles classic and modern men's cuts, fades and beard work with a sharp eye for detail." },
    {
      name: 'Hannah Kim',
      role: 'Nail artist and esthetician',
      bio: 'Hannah does everything from clean, minimal manicures to detailed nail art, plus our most requested facials.',
    },
  ],
  pricing: {
    headings: ['Beauty packages', 'Treat yourself packages', 'Bundles and special occasions'],
    intros: [
      'Combine your favorite services and save. Perfect for a day off, a special event or a thoughtful gift.',
      'Each package can be booked in a single visit and adjusted to your hair and style.',
      'All packages include a consultation, complimentary drinks and a styling tip sheet to take home.',
    ],
    tiers: [
      {
        name: 'Refresh',
        price: '95.00',
        period: '',
        description: 'A quick pick-me-up for busy weeks.',
        features: ['Wash, cut and blowout', 'Brow shaping', 'Scalp massage', 'Styling advice'],
      },
      {
        name: 'Glow Day',
        price: '220.00',
        period: '',
        description: 'Our best seller: new color, fresh cut and perfect nails.',
        features: ['Single-process color or gloss', 'Cut and blowout', 'Gel manicure', 'Deep conditioning treatment', 'Complimentary drink'],
      },
      {
        name: 'Bridal',
        price: '390.00',
        period: '',
        description: 'Everything the bride needs to look and feel incredible on the big day.',
        features: [
          'Trial run before the wedding',
          'Wedding-day hair and makeup',
          'Gel manicure and pedicure',
          'Signature facial the week before',
          'Touch-up kit for the day',
        ],
      },
    ],
  },
  blog: {
    headings: ['Beauty tips', 'From the salon chair', 'Hair and beauty notes'],
    intros: [
      'Advice from our stylists on keeping your hair, nails and skin looking their best between visits.',
      'Trends, how-tos and honest answers to the questions we hear every day.',
      'Everything we tell clients in the chair, written down for you.',
    ],
    posts: [
      {
        title: 'How to make your hair color last longer',
        slug: 'make-hair-color-last-longer',
        excerpt: 'Simple habits that keep your color vibrant for weeks, straight from our senior colorist.',
        paragraphs: [
          'Fresh color looks amazing walking out of the salon, but how long it stays that way depends a lot on what happens at home.',
          'Wait at least 48 hours before your first wash to let the color settle. After that, wash less often and always with lukewarm or cool water, because heat opens the hair cuticle and lets color escape.',
          'Switch to a sulfate-free, color-safe shampoo and use a heat protectant every time you blow-dry or straighten. Sun and chlorine fade color too, so a hat and a leave-in conditioner are your friends in summer.',
          'Finally, book a gloss between color appointments. It takes only half an hour and brings back shine and tone instantly.',
        ],
        subheading: 'Color care checklist',
        listItems: [
          'Wait 48 hours before the first wash',
          'Use sulfate-free, color-safe shampoo',
          'Rinse with cool water',
          'Always use heat protection',
          'Book a gloss every 6 to 8 weeks',
        ],
        quote: 'Great color is a partnership: we create it, and your routine keeps it.',
      },
      {
        title: 'What to expect at your first balayage appointment',
        slug: 'first-balayage-appointment',
        excerpt: 'How long it takes, what it costs and how to prepare for soft, natural-looking highlights.',
        paragraphs: [
          'Balayage is one of our most requested services, and for good reason: it grows out softly, so you can go longer between appointments.',
          "Your visit starts with a consultation. Bring photos of looks you love and, just as important, looks you don't. We will look at your current color, your skin tone and how much upkeep you want.",
          'The appointment usually takes two and a half to four hours, including toning, a treatment and styling. Bring a book or your headphones and enjoy the downtime.',
          'Afterward, a color-safe routine and a gloss every couple of months will keep your balayage bright and beautiful.',
        ],
        subheading: 'How to prepare',
        listItems: [
          'Collect a few inspiration photos',
          'Come with dry, unstyled hair',
          'Tell us about any previous color or treatments',
          'Plan for three hours in the chair',
        ],
        quote: 'The best balayage looks like the sun did it, not the salon.',
      },
      {
        title: 'Keeping your nails healthy between manicures',
        slug: 'healthy-nails-between-manicures',
        excerpt: 'Our nail artist shares the habits that keep nails strong, smooth and ready for the next set.',
        paragraphs: [
          'Strong nails start with healthy habits. The good news is that a few minutes a week make a huge difference.',
          'Moisturize your cuticles every day with a little oil. Dry cuticles crack and lift, and that is when polish starts to chip.',
          'Treat your nails as jewels, not tools. Open cans with a spoon, wear gloves when you clean and never peel off gel polish, which removes layers of the nail along with it.',
          'And give us a call if something feels off. We will always remove gel properly and can recommend a strengthening treatment if your nails need a break.',
        ],
        subheading: 'Five nail-saving habits',
        listItems: [
          'Oil your cuticles every night',
          'Wear gloves for cleaning and dishes',
          'Never peel or pick at gel',
          'File in one direction only',
          'Keep a hand cream in your bag',
        ],
        quote: 'A beautiful manicure always starts with a healthy nail.',
      },
    ],
  },
  contact: {
    headings: ['Book your visit', 'Get in touch', 'Come see us'],
    intros: [
      'Book online, call or send us a message. We will find the perfect time and stylist for you.',
      'Questions about a service, prices or a special occasion? We are happy to help.',
      'Walk-ins are welcome when we have space, but booking ahead guarantees your spot.',
    ],
    hours: 'retail',
  },
  gallery: {
    headings: ['Our work', 'Inside {name}', 'Before, after and in between'],
    captions: [
      'Soft balayage with a golden tone',
      'Precision bob with a clean finish',
      'Our bright and airy salon floor',
      'Classic fade and beard shape',
      'Minimal nail art in neutral tones',
      'Bridal updo for a summer wedding',
      'Color station ready for the day',
      'Glossy blowout with natural movement',
    ],
  },
  logos: {
    headings: ['Brands we trust', 'Featured in', 'Our professional partners'],
    names: ['Aveline Professional', 'Pure Botanica Hair Care', 'Luma Nail Lacquer', 'Style & Co. Magazine', 'Northfield Bridal Fair', 'Clarity Skin Lab'],
  },
};

const ptBR: CopyBank = {
  kind: 'salon',
  language: 'pt-BR',
  names: ['Espaço Bela Flor', 'Studio Fio de Ouro', 'Salão Divas & Cia', 'Ateliê da Beleza', 'Espaço Lótus', 'Barbearia Dom Bigode', 'Studio Brilho'],
  taglines: [
    'Beleza com carinho e sem pressa.',
    'Seu momento de cuidar de você.',
    'Cabelo, unhas e autoestima em dia.',
    'Onde os dias de cabelo lindo começam.',
    'O salão de confiança de {city}.',
  ],
  pages: { home: 'Início', about: 'Sobre', services: 'Serviços', contact: 'Agendamento', blog: 'Dicas de Beleza', pricing: 'Pacotes' },
  hero: {
    eyebrows: ['Agenda aberta para novas clientes', 'Cabelo · Coloração · Unhas · Estética', 'Agende pelo WhatsApp em segundos', 'O salão do seu bairro'],
    headlines: [
      'Saia daqui se sentindo ainda mais você',
      'Cabelo bonito começa com uma boa conversa',
      'Seu tempo para relaxar e brilhar',
      'Beleza que combina com a sua rotina',
    ],
    subheadlines: [
      'No {name}, todo atendimento começa com uma conversa de verdade, para o seu corte, cor ou unha ficar exatamente como você imaginou.',
      'Profissionais experientes, produtos de qualidade e um espaço tranquilo para você tirar um tempinho só para você.',
      'Do corte rápido à transformação completa na cor, nossa equipe cuida de você do cafezinho na chegada até a última olhada no espelho.',
      'Cortes precisos, mechas iluminadas e unhas impecáveis, aqui em {city}.',
    ],
    primaryActions: ['Agendar horário', 'Agendar pelo WhatsApp', 'Marcar agora'],
    secondaryActions: ['Ver serviços', 'Ver preços', 'Conhecer a equipe'],
  },
  about: {
    headings: ['Sobre o salão', 'Um espaço pensado para você', 'Quem cuida de você'],
    paragraphs: [
      [
        'O {name} nasceu de uma ideia simples: ir ao salão tem que ser uma pausa boa, e não mais uma obrigação. Resultado bonito, conselho sincero e nenhuma pressão.',
        'Nossas profissionais fazem cursos todos os anos com as técnicas mais atuais de corte e coloração, mas o que a gente faz de melhor é ouvir.',
      ],
      [
        'Usamos produtos profissionais e não testados em animais, e dedicamos tempo para entender o seu cabelo, a sua rotina e quanto tempo você quer gastar para se arrumar de manhã.',
        'Seja um retoque discreto ou um visual totalmente novo, vamos dizer com sinceridade o que funciona para você e como manter tudo bonito em casa.',
        'Depois é só aceitar um cafezinho, curtir a música e relaxar.',
      ],
      [
        'Por trás do {name} existe uma equipe de cabeleireiras, coloristas, manicures e esteticistas que amam o que fazem, e isso aparece em cada detalhe.',
        'Muitas clientes estão com a gente há anos, e vamos adorar que você seja a próxima. Sua cadeira está esperando.',
      ],
    ],
    highlights: [
      'Avaliação gratuita antes da coloração',
      'Produtos profissionais cruelty-free',
      'Profissionais experientes e atualizadas',
      'Agendamento fácil pelo WhatsApp',
      'Cafezinho, chá e Wi-Fi por nossa conta',
    ],
  },
  features: {
    headings: ['Por que nossas clientes amam', 'A experiência {name}', 'O que você encontra aqui'],
    intros: [
      'Cada atendimento é pensado para você, da primeira conversa até o último toque de finalizador.',
      'A gente cuida de todos os detalhes para você só sentar, relaxar e sair se sentindo incrível.',
      'Beleza de verdade é técnica e cuidado. Veja como levamos os dois para cada horário.',
    ],
    items: [
      {
        icon: 'users',
        title: 'Atendimento personalizado',
        text: 'Conversamos sobre o que você quer, o histórico do seu cabelo e a sua rotina antes de qualquer tesourada.',
      },
      { icon: 'award', title: 'Profissionais especialistas', text: 'Nossa equipe se atualiza todo ano em cortes, mechas, loiros e correção de cor.' },
      { icon: 'leaf', title: 'Produtos de qualidade', text: 'Marcas profissionais e não testadas em animais, que cuidam do cabelo, da pele e das unhas.' },
      { icon: 'calendar', title: 'Agendamento fácil', text: 'Marque pelo WhatsApp ou pelo site, receba lembrete e remarque sem complicação.' },
      { icon: 'shield', title: 'Higiene impecável', text: 'Alicates e materiais esterilizados em autoclave e lixas descartáveis para cada cliente.' },
      { icon: 'smile', title: 'Ambiente acolhedor', text: 'Poltronas confortáveis, cafezinho passado na hora e massagem no couro cabeludo na lavagem.' },
    ],
  },
  offers: {
    headings: ['Nossos serviços', 'Serviços e preços', 'O que fazemos por você'],
    intros: [
      'Valores a partir de. O preço final depende do comprimento e do volume do cabelo, e sempre confirmamos com você antes de começar.',
      'Corte, cor, escova, unhas e estética, tudo num lugar só, tranquilo e acolhedor.',
      'Não sabe o que agendar? Marque uma avaliação e a gente monta o atendimento ideal junto com você.',
    ],
    items: [
      { category: 'Cabelo', title: 'Corte feminino', description: 'Avaliação, lavagem, corte e finalização com escova.', price: '120.00', icon: 'scissors' },
      {
        category: 'Cabelo',
        title: 'Corte masculino',
        description: 'Corte clássico ou moderno, na tesoura ou na máquina, com toalha quente.',
        price: '60.00',
        icon: 'scissors',
      },
      { category: 'Cabelo', title: 'Barba', description: 'Desenho, navalha, toalha quente e óleo para barba.', price: '45.00', icon: 'scissors' },
      { category: 'Cabelo', title: 'Escova modelada', description: 'Lavagem e escova com movimento, que dura vários dias.', price: '70.00', icon: 'sparkles' },
      {
        category: 'Cabelo',
        title: 'Hidratação profunda',
        description: 'Tratamento com máscara reconstrutora para cabelos ressecados ou com química.',
        price: '110.00',
        icon: 'leaf',
      },
      { category: 'Coloração', title: 'Coloração de raiz', description: 'Retoque de raiz ou cor global, com finalização.', price: '160.00', icon: 'palette' },
      {
        category: 'Coloração',
        title: 'Mechas e morena iluminada',
        description: 'Luzes pintadas à mão, com tonalização e escova. Valor conforme comprimento.',
        price: '380.00',
        icon: 'palette',
      },
      {
        category: 'Unhas',
        title: 'Manicure e pedicure',
        description: 'Cutilagem caprichada e esmaltação com a cor que você quiser.',
        price: '70.00',
        icon: 'heart',
      },
      {
        category: 'Unhas',
        title: 'Esmaltação em gel',
        description: 'Acabamento brilhante que dura até três semanas sem lascar.',
        price: '95.00',
        icon: 'heart',
      },
      {
        category: 'Estética',
        title: 'Limpeza de pele',
        description: 'Higienização, esfoliação, extração, máscara e hidratação. 60 minutos.',
        price: '170.00',
        icon: 'smile',
      },
      {
        category: 'Estética',
        title: 'Design de sobrancelha',
        description: 'Desenho pensado para o seu rosto, com pinça ou cera. Henna opcional.',
        price: '50.00',
        icon: 'star',
      },
    ],
  },
  testimonials: {
    headings: ['O que nossas clientes dizem', 'Clientes reais, resultados reais', 'Carinho de quem passa por aqui'],
    items: [
      {
        quote: 'Nunca saí de um salão tão feliz. Ela ouviu tudo o que eu queria e minhas mechas ficaram super naturais.',
        name: 'Ana Ribeiro',
        role: 'Cliente de coloração',
      },
      { quote: 'Melhor corte que fiz em anos, e continua lindo seis semanas depois. Virei cliente fiel.', name: 'Juliana Castro', role: 'Cliente mensal' },
      { quote: 'Minha esmaltação em gel durou três semanas sem lascar nada. Vale cada centavo.', name: 'Priscila Mendes', role: 'Cliente das unhas' },
      {
        quote: 'Corrigiram uma tintura caseira que deu errado com muita paciência e sem nenhum julgamento. Recomendo demais.',
        name: 'Tatiane Oliveira',
        role: 'Correção de cor',
      },
      {
        quote: 'Cuidaram do cabelo e da maquiagem de todas as madrinhas no meu casamento. Pontuais, calmas e muito talentosas.',
        name: 'Carolina Freitas',
        role: 'Noiva',
      },
      { quote: 'Corte e barba impecáveis, ambiente bom e aquele cafezinho. Não troco mais.', name: 'João Pereira', role: 'Cliente da barbearia' },
    ],
  },
  faq: {
    headings: ['Dúvidas frequentes', 'Antes do seu horário', 'Bom saber'],
    items: [
      {
        question: 'Como faço para agendar?',
        answer:
          'Você pode agendar pelo WhatsApp, pelo site ou por telefone. Para coloração, novas clientes podem começar com uma avaliação gratuita de 15 minutos.',
      },
      {
        question: 'Qual é a política de cancelamento?',
        answer: 'Pedimos que você cancele ou remarque com pelo menos 24 horas de antecedência. Assim conseguimos oferecer o horário para outra cliente.',
      },
      {
        question: 'E se eu me atrasar?',
        answer: 'Avise assim que puder. Sempre tentamos encaixar, mas atrasos acima de 15 minutos podem exigir reduzir o serviço ou remarcar.',
      },
      {
        question: 'Preciso fazer teste de mecha antes de colorir?',
        answer:
          'Para novas clientes ou quem nunca fez química, fazemos um teste de mecha e de sensibilidade antes, para garantir a sua segurança e o resultado.',
      },
      {
        question: 'Os materiais de manicure são esterilizados?',
        answer:
          'Sim. Alicates e espátulas são esterilizados em autoclave, e lixas e palitos são descartáveis e de uso individual. Você também pode trazer o seu kit.',
      },
      {
        question: 'Quais formas de pagamento vocês aceitam?',
        answer: 'Aceitamos Pix, cartões de débito e crédito e dinheiro. Pacotes podem ser parcelados no cartão.',
      },
    ],
  },
  cta: {
    headings: ['Que tal um dia de cabelo lindo?', 'Tire um tempo para você', 'Sua cadeira está esperando'],
    texts: [
      'Agende em menos de um minuto e escolha a profissional e o horário que combinam com você.',
      'Visual novo ou só um retoque: vamos adorar cuidar de você.',
      'Reserve uma hora só para você. O resto é com a gente.',
    ],
    actions: ['Agendar agora', 'Chamar no WhatsApp', 'Ver horários'],
  },
  stats: [
    { value: '4,9★', label: 'Avaliação das clientes' },
    { value: '6 mil+', label: 'Clientes atendidas' },
    { value: '15 anos', label: 'De experiência' },
    { value: '90%', label: 'Clientes que voltam' },
  ],
  team: [
    {
      name: 'Fernanda Alves',
      role: 'Proprietária e cabeleireira',
      bio: 'Fernanda corta cabelo há quinze anos e é especialista em cortes que ficam bonitos mesmo sem escova.',
    },
    {
      name: 'Daniela Rocha',
      role: 'Colorista',
      bio: 'Dani é a nossa especialista em loiros, morena iluminada e correção de cor. Tem olho para o tom perfeito para cada pele.',
    },
    { name: 'Rafael Lima', role: 'Barbeiro', bio: 'Rafa cuida dos cortes masculinos, degradês e barbas com precisão e muita conversa boa.' },
    {
      name: 'Simone Santos',
      role: 'Manicure e esteticista',
      bio: 'Simone faz das unhas mais clássicas às nail arts mais delicadas, além das limpezas de pele mais elogiadas da casa.',
    },
  ],
  pricing: {
    headings: ['Pacotes de beleza', 'Pacotes para se cuidar', 'Combos e ocasiões especiais'],
    intros: [
      'Junte seus serviços preferidos e economize. Perfeito para um dia de folga, um evento especial ou para dar de presente.',
      'Cada pacote pode ser feito numa só visita e é ajustado ao seu cabelo e ao seu estilo.',
      'Todos os pacotes incluem avaliação, cafezinho e dicas para manter o resultado em casa.',
    ],
    tiers: [
      {
        name: 'Renovação',
        price: '190.00',
        period: '',
        description: 'Um cuidado rápido para semanas corridas.',
        features: ['Lavagem, corte e escova', 'Design de sobrancelha', 'Massagem no couro cabeludo', 'Dicas de finalização'],
      },
      {
        name: 'Dia de Beleza',
        price: '420.00',
        period: '',
        description: 'O mais pedido: cor nova, corte e unhas perfeitas.',
        features: ['Coloração ou tonalização', 'Corte e escova', 'Manicure e pedicure', 'Hidratação profunda', 'Cafezinho e espumante'],
      },
      {
        name: 'Dia da Noiva',
        price: '1200.00',
        period: '',
        description: 'Tudo o que a noiva precisa para se sentir incrível no grande dia.',
        features: [
          'Teste de penteado e maquiagem',
          'Penteado e maquiagem no dia',
          'Manicure e pedicure',
          'Limpeza de pele na semana do casamento',
          'Kit de retoque para a festa',
        ],
      },
    ],
  },
  blog: {
    headings: ['Dicas de beleza', 'Direto da cadeira', 'Cabelo, unhas e cuidados'],
    intros: [
      'Conselhos das nossas profissionais para manter cabelo, unhas e pele bonitos entre uma visita e outra.',
      'Tendências, passo a passo e respostas sinceras às perguntas que ouvimos todo dia.',
      'Tudo o que a gente fala na cadeira, escrito para você.',
    ],
    posts: [
      {
        title: 'Como fazer a coloração durar mais',
        slug: 'coloracao-durar-mais',
        excerpt: 'Hábitos simples que mantêm a cor viva por semanas, direto da nossa colorista.',
        paragraphs: [
          'Cor nova fica linda na saída do salão, mas quanto tempo ela dura depende muito do que acontece em casa.',
          'Espere pelo menos 48 horas para a primeira lavagem. Depois, lave com menos frequência e sempre com água morna ou fria, porque água quente abre as cutículas e deixa a cor escapar.',
          'Troque para um shampoo sem sulfato, próprio para cabelos coloridos, e use protetor térmico sempre que for usar secador ou chapinha. Sol, piscina e mar também desbotam a cor, então um leave-in com proteção é essencial no verão.',
          'E agende uma tonalização entre as colorações. Leva meia hora e devolve o brilho e o tom na hora.',
        ],
        subheading: 'Checklist para a cor durar',
        listItems: [
          'Espere 48 horas para a primeira lavagem',
          'Use shampoo sem sulfato',
          'Enxágue com água fria ou morna',
          'Nunca esqueça o protetor térmico',
          'Faça tonalização a cada 6 a 8 semanas',
        ],
        quote: 'Cor bonita é parceria: a gente cria e a sua rotina mantém.',
      },
      {
        title: 'Tudo sobre a sua primeira morena iluminada',
        slug: 'primeira-morena-iluminada',
        excerpt: 'Quanto tempo leva, como se preparar e o que esperar dessa técnica que cresce de forma natural.',
        paragraphs: [
          'A morena iluminada é um dos serviços mais procurados do salão, e não é à toa: ela cresce de um jeito suave e você pode ficar mais tempo sem retocar.',
          'O atendimento começa com uma avaliação. Traga fotos de cabelos que você ama e, tão importante quanto, de cabelos que você não quer. Vamos olhar a sua cor atual, o tom da sua pele e quanta manutenção você topa fazer.',
          'O processo costuma levar de três a cinco horas, contando tonalização, tratamento e escova. Traga um livro ou seu fone e aproveite o tempo.',
          'Depois, uma rotina de cuidados para cabelos com química e uma tonalização a cada dois meses mantêm as luzes bonitas por muito mais tempo.',
        ],
        subheading: 'Como se preparar',
        listItems: [
          'Separe algumas fotos de inspiração',
          'Venha com o cabelo seco e sem finalizador',
          'Conte sobre químicas e colorações anteriores',
          'Reserve a tarde para o seu horário',
        ],
        quote: 'A melhor morena iluminada parece feita pelo sol, não pelo salão.',
      },
      {
        title: 'Como manter as unhas saudáveis entre uma manicure e outra',
        slug: 'unhas-saudaveis',
        excerpt: 'Nossa manicure conta os hábitos que deixam as unhas fortes, lisas e prontas para a próxima esmaltação.',
        paragraphs: [
          'Unha forte começa com bons hábitos, e a boa notícia é que poucos minutos por semana fazem uma diferença enorme.',
          'Hidrate as cutículas todos os dias com um pouquinho de óleo. Cutícula ressecada racha e levanta, e é aí que o esmalte começa a descascar.',
          'Trate as unhas como joias, não como ferramentas. Use luvas para lavar louça e fazer faxina e nunca arranque o esmalte em gel, porque ele leva camadas da unha junto.',
          'E se algo parecer estranho, fale com a gente. Sempre removemos o gel do jeito certo e podemos indicar um tratamento fortalecedor se a sua unha precisar de uma pausa.',
        ],
        subheading: 'Cinco hábitos que salvam as unhas',
        listItems: [
          'Passe óleo nas cutículas toda noite',
          'Use luvas para lavar louça e limpar a casa',
          'Nunca arranque o esmalte em gel',
          'Lixe sempre numa única direção',
          'Tenha um creme de mãos na bolsa',
        ],
        quote: 'Toda unha linda começa com uma unha saudável.',
      },
    ],
  },
  contact: {
    headings: ['Agende seu horário', 'Fale com a gente', 'Venha nos visitar'],
    intros: [
      'Agende pelo WhatsApp, por telefone ou pelo site. A gente encontra o horário e a profissional ideais para você.',
      'Dúvidas sobre algum serviço, preços ou um evento especial? Estamos aqui para ajudar.',
      'Encaixes são bem-vindos quando há horário livre, mas agendando você garante o seu lugar.',
    ],
    hours: 'retail',
  },
  gallery: {
    headings: ['Nossos trabalhos', 'Por dentro do {name}', 'Antes, depois e durante'],
    captions: [
      'Morena iluminada com tom dourado',
      'Corte chanel com acabamento perfeito',
      'Nosso salão claro e aconchegante',
      'Degradê e barba alinhados',
      'Nail art delicada em tons nude',
      'Penteado de noiva para um casamento ao ar livre',
      'Bancada de coloração pronta para o dia',
      'Escova com brilho e movimento',
    ],
  },
  logos: {
    headings: ['Marcas que usamos', 'Saímos na imprensa', 'Parceiros profissionais'],
    names: [
      'Aurora Cosméticos Profissionais',
      'Botânica Brasil Hair',
      'Esmaltes Flor de Lis',
      'Revista Beleza & Estilo',
      'Feira Noivas do Brasil',
      'Dermaclin Estética',
    ],
  },
};

const es: CopyBank = {
  kind: 'salon',
  language: 'es',
  names: ['Estudio Alma Bella', 'Salón Tijeras de Oro', 'Espacio Magnolia', 'La Barbería de Nico', 'Brillo Studio', 'Casa Melena', 'Pelo & Arte'],
  taglines: [
    'Belleza con calma y con cariño.',
    'Tu momento para cuidarte.',
    'Pelo, uñas y autoestima al día.',
    'Donde empiezan los días de pelo perfecto.',
    'El salón de confianza de {city}.',
  ],
  pages: { home: 'Inicio', about: 'Nosotros', services: 'Servicios', contact: 'Reservas', blog: 'Consejos', pricing: 'Packs' },
  hero: {
    eyebrows: ['Reservas abiertas', 'Corte · Color · Uñas · Estética', 'Reserva online en segundos', 'Tu salón de barrio'],
    headlines: ['Sal sintiéndote tú, pero mejor', 'Un gran corte empieza escuchando', 'Tu momento para relajarte y brillar', 'Belleza que encaja con tu vida'],
    subheadlines: [
      'En {name} cada cita empieza con una conversación de verdad, para que tu corte, tu color o tu manicura queden justo como los imaginas.',
      'Profesionales con experiencia, productos de calidad y un espacio tranquilo para que por fin te dediques una hora a ti.',
      'Del repaso rápido a un cambio de color completo, nuestro equipo te cuida desde el primer café hasta el último vistazo al espejo.',
      'Cortes de precisión, mechas naturales y uñas impecables, aquí en {city}.',
    ],
    primaryActions: ['Reservar cita', 'Pedir cita', 'Reservar ahora'],
    secondaryActions: ['Ver servicios', 'Ver precios', 'Conocer al equipo'],
  },
  about: {
    headings: ['Sobre nuestro salón', 'Un espacio pensado para ti', 'Las manos detrás de cada look'],
    paragraphs: [
      [
        '{name} nació de una idea sencilla: ir a la peluquería debería ser un respiro, no una obligación. Buenos resultados, consejos sinceros y cero presión.',
        'Nuestro equipo se forma cada año en las últimas técnicas de corte y color, pero lo que mejor hacemos es escuchar.',
      ],
      [
        'Trabajamos con productos profesionales libres de crueldad animal y nos tomamos el tiempo de entender tu pelo, tu rutina y cuánto quieres dedicar a peinarte por la mañana.',
        'Tanto si buscas un cambio sutil como un look completamente nuevo, te diremos con sinceridad qué te va a funcionar y cómo mantenerlo en casa.',
        'Después, te preparamos un café, ponemos buena música y te dejamos desconectar.',
      ],
      [
        'Detrás de {name} hay un pequeño equipo de estilistas, coloristas, barberos y manicuristas que disfrutan de su trabajo, y se nota en cada detalle.',
        'Muchos de nuestros clientes llevan años con nosotros, y nos encantaría que fueras el siguiente. Tu sillón te espera.',
      ],
    ],
    highlights: [
      'Diagnóstico gratuito antes de cada color',
      'Productos profesionales cruelty-free',
      'Estilistas y coloristas con experiencia',
      'Reserva online fácil',
      'Café, té y wifi de cortesía',
    ],
  },
  features: {
    headings: ['Por qué nos eligen', 'La experiencia {name}', 'Lo que puedes esperar'],
    intros: [
      'Cada cita gira en torno a ti, desde el primer diagnóstico hasta el último toque de laca.',
      'Cuidamos cada detalle para que solo tengas que sentarte, relajarte y salir sintiéndote genial.',
      'La belleza es técnica y cuidado. Así ponemos las dos cosas en cada cita.',
    ],
    items: [
      {
        icon: 'users',
        title: 'Asesoramiento personal',
        text: 'Hablamos de lo que buscas, del historial de tu pelo y de tu rutina antes de coger las tijeras.',
      },
      { icon: 'award', title: 'Profesionales expertos', text: 'Nuestro equipo se forma cada año en corte, balayage y corrección de color.' },
      { icon: 'leaf', title: 'Productos respetuosos', text: 'Fórmulas profesionales y libres de crueldad animal que cuidan tu pelo, tu piel y tus uñas.' },
      { icon: 'calendar', title: 'Reserva sencilla', text: 'Reserva online las 24 horas, recibe recordatorios y cambia tu cita en un par de clics.' },
      { icon: 'shield', title: 'Higiene impecable', text: 'Esterilizamos las herramientas después de cada cliente y limpiamos cada puesto entre citas.' },
      { icon: 'smile', title: 'Ambiente relajante', text: 'Sillones cómodos, un café calentito y masaje capilar en cada lavado.' },
    ],
  },
  offers: {
    headings: ['Nuestros servicios', 'Servicios y precios', 'Lo que hacemos por ti'],
    intros: [
      'Precios desde. El precio final depende del largo y la densidad del pelo, y siempre te lo confirmamos antes de empezar.',
      'Corte, color, peinado, uñas y estética, todo en un mismo lugar tranquilo y cercano.',
      '¿No sabes qué reservar? Pide un diagnóstico y diseñamos juntos la cita perfecta.',
    ],
    items: [
      {
        category: 'Peluquería',
        title: 'Corte y peinado mujer',
        description: 'Diagnóstico, lavado, corte y secado con peinado.',
        price: '38.00',
        icon: 'scissors',
      },
      {
        category: 'Peluquería',
        title: 'Corte caballero',
        description: 'Corte clásico o moderno con acabado a navaja y toalla caliente.',
        price: '18.00',
        icon: 'scissors',
      },
      {
        category: 'Peluquería',
        title: 'Arreglo de barba',
        description: 'Perfilado, navaja, toalla caliente y aceite para barba.',
        price: '12.00',
        icon: 'scissors',
      },
      {
        category: 'Peluquería',
        title: 'Lavado y peinado',
        description: 'Lavado con masaje y secado con volumen y movimiento.',
        price: '22.00',
        icon: 'sparkles',
      },
      { category: 'Color', title: 'Tinte', description: 'Retoque de raíz o color completo, con baño de brillo.', price: '45.00', icon: 'palette' },
      {
        category: 'Color',
        title: 'Mechas balayage',
        description: 'Mechas pintadas a mano, suaves y naturales, con matiz y peinado.',
        price: '95.00',
        icon: 'palette',
      },
      {
        category: 'Color',
        title: 'Tratamiento reparador',
        description: 'Mascarilla reconstructora para pelo seco, dañado o con químicos.',
        price: '25.00',
        icon: 'leaf',
      },
      {
        category: 'Uñas',
        title: 'Manicura semipermanente',
        description: 'Limado, cutículas y esmalte semipermanente que dura semanas.',
        price: '22.00',
        icon: 'heart',
      },
      { category: 'Uñas', title: 'Pedicura spa', description: 'Baño, exfoliación, masaje y esmaltado a elegir.', price: '32.00', icon: 'sun' },
      {
        category: 'Estética',
        title: 'Limpieza facial',
        description: '60 minutos de limpieza, exfoliación, mascarilla y masaje.',
        price: '48.00',
        icon: 'smile',
      },
      { category: 'Estética', title: 'Diseño de cejas', description: 'Depilación y diseño adaptados a tu rostro.', price: '12.00', icon: 'star' },
    ],
  },
  testimonials: {
    headings: ['Lo que dicen nuestros clientes', 'Clientes reales, resultados reales', 'Palabras desde el sillón'],
    items: [
      {
        quote: 'Nunca había salido tan contenta de una peluquería. Escuchó todo lo que le dije y mis mechas quedaron naturalísimas.',
        name: 'Lucía Fernández',
        role: 'Clienta de color',
      },
      { quote: 'El mejor corte que me han hecho en años, y seis semanas después sigue perfecto. Ya soy fijo.', name: 'Pablo Herrera', role: 'Cliente mensual' },
      { quote: 'La manicura semipermanente me duró tres semanas sin un solo desconchón. Merece cada euro.', name: 'Andrea Molina', role: 'Clienta de uñas' },
      {
        quote: 'Arreglaron un desastre de tinte casero con muchísima paciencia y sin juzgarme. No puedo recomendarlas más.',
        name: 'Sara Blanco',
        role: 'Corrección de color',
      },
      { quote: 'Peinaron a todas mis damas de honor y estábamos preciosas. Puntuales, tranquilas y divertidísimas.', name: 'Beatriz Ramos', role: 'Novia' },
      {
        quote: 'Corte y barba impecables, buen ambiente y siempre te reciben con un café. No cambio de barbería.',
        name: 'Javier Morales',
        role: 'Cliente de barbería',
      },
    ],
  },
  faq: {
    headings: ['Preguntas frecuentes', 'Antes de tu cita', 'Conviene saber'],
    items: [
      {
        question: '¿Cómo reservo una cita?',
        answer:
          'Puedes reservar online a cualquier hora, llamarnos o escribirnos por WhatsApp. Si eres nuevo y quieres color, empieza con un diagnóstico gratuito de 15 minutos.',
      },
      {
        question: '¿Cuál es la política de cancelación?',
        answer: 'Te pedimos que canceles o cambies tu cita con al menos 24 horas de antelación. Así podemos ofrecer ese hueco a otra persona.',
      },
      {
        question: '¿Qué pasa si llego tarde?',
        answer:
          'Avísanos en cuanto puedas. Siempre intentamos atenderte, pero si llegas más de 15 minutos tarde puede que tengamos que acortar el servicio o cambiar la cita.',
      },
      {
        question: '¿Necesito una prueba de alergia antes del tinte?',
        answer: 'Si es tu primera vez con nosotros o nunca te has teñido, hacemos una prueba de sensibilidad al menos 48 horas antes, por tu seguridad.',
      },
      {
        question: '¿Hacen cortes para niños?',
        answer: 'Sí. El corte infantil, hasta 12 años, cuesta desde 14 €, y tenemos mucha paciencia con los primerizos.',
      },
      { question: '¿Tienen tarjetas regalo?', answer: 'Sí, del importe que quieras, en el salón o por teléfono. Son el regalo perfecto para un cumpleaños.' },
    ],
  },
  cta: {
    headings: ['¿Listo para un día de pelo perfecto?', 'Date un capricho hoy', 'Tu sillón te espera'],
    texts: [
      'Reserva online en menos de un minuto y elige el profesional y la hora que mejor te vengan.',
      'Un cambio de look o un simple repaso: nos encantará cuidarte.',
      'Regálate una hora solo para ti. Del resto nos encargamos nosotros.',
    ],
    actions: ['Reservar ahora', 'Pedir cita', 'Ver disponibilidad'],
  },
  stats: [
    { value: '4,9★', label: 'Valoración media' },
    { value: '7.000+', label: 'Clientes felices' },
    { value: '15 años', label: 'De experiencia' },
    { value: '90%', label: 'Clientes que repiten' },
  ],
  team: [
    {
      name: 'Marina Ortiz',
      role: 'Fundadora y estilista',
      bio: 'Marina lleva quince años cortando pelo y es especialista en cortes que quedan bien incluso sin secador.',
    },
    {
      name: 'Alba Moreno',
      role: 'Colorista',
      bio: 'Alba es nuestra experta en balayage, rubios y corrección de color. Tiene un don para encontrar el tono perfecto para cada piel.',
    },
    {
      name: 'Nicolás Peña',
      role: 'Barbero',
      bio: 'Nico domina los cortes clásicos y modernos, los degradados y la barba, con un ojo muy fino para el detalle.',
    },
    {
      name: 'Irene Castro',
      role: 'Manicurista y esteticista',
      bio: 'Irene hace desde manicuras sencillas hasta nail art detallado, además de nuestras limpiezas faciales más pedidas.',
    },
  ],
  pricing: {
    headings: ['Packs de belleza', 'Packs para cuidarte', 'Packs y ocasiones especiales'],
    intros: [
      'Combina tus servicios favoritos y ahorra. Ideal para un día libre, un evento especial o para regalar.',
      'Cada pack se hace en una sola visita y se adapta a tu pelo y a tu estilo.',
      'Todos los packs incluyen diagnóstico, bebida de cortesía y consejos para mantener el resultado en casa.',
    ],
    tiers: [
      {
        name: 'Puesta a Punto',
        price: '55.00',
        period: '',
        description: 'Un repaso rápido para semanas con poco tiempo.',
        features: ['Lavado, corte y peinado', 'Diseño de cejas', 'Masaje capilar', 'Consejos de peinado'],
      },
      {
        name: 'Día de Brillo',
        price: '125.00',
        period: '',
        description: 'El más pedido: color nuevo, corte y uñas perfectas.',
        features: ['Tinte o baño de color', 'Corte y peinado', 'Manicura semipermanente', 'Tratamiento reparador', 'Bebida de cortesía'],
      },
      {
        name: 'Novias',
        price: '320.00',
        period: '',
        description: 'Todo lo que necesitas para sentirte increíble el gran día.',
        features: [
          'Prueba de peinado y maquillaje',
          'Peinado y maquillaje el día de la boda',
          'Manicura y pedicura',
          'Limpieza facial la semana antes',
          'Kit de retoque para la celebración',
        ],
      },
    ],
  },
  blog: {
    headings: ['Consejos de belleza', 'Desde el sillón', 'Pelo, uñas y cuidados'],
    intros: [
      'Consejos de nuestro equipo para que tu pelo, tus uñas y tu piel luzcan bien entre visita y visita.',
      'Tendencias, paso a paso y respuestas sinceras a las preguntas que más nos hacen.',
      'Todo lo que contamos en el sillón, por escrito para ti.',
    ],
    posts: [
      {
        title: 'Cómo hacer que tu color dure más',
        slug: 'que-tu-color-dure-mas',
        excerpt: 'Hábitos sencillos para mantener el color vivo durante semanas, de la mano de nuestra colorista.',
        paragraphs: [
          'El color recién hecho queda precioso al salir del salón, pero cuánto dura depende mucho de lo que pase en casa.',
          'Espera al menos 48 horas antes del primer lavado. Después, lava el pelo con menos frecuencia y siempre con agua tibia o fría, porque el calor abre la cutícula y deja escapar el color.',
          'Cámbiate a un champú sin sulfatos para cabello teñido y usa protector térmico cada vez que uses secador o plancha. El sol, el cloro y el mar también apagan el color, así que en verano un acondicionador sin aclarado con filtro es tu mejor aliado.',
          'Y reserva un baño de brillo entre tintes. Se hace en media hora y devuelve el tono y el brillo al instante.',
        ],
        subheading: 'Lista para cuidar tu color',
        listItems: [
          'Espera 48 horas antes del primer lavado',
          'Usa champú sin sulfatos',
          'Aclara con agua fría o tibia',
          'No olvides el protector térmico',
          'Haz un baño de brillo cada 6 u 8 semanas',
        ],
        quote: 'Un buen color es trabajo en equipo: nosotros lo creamos y tu rutina lo mantiene.',
      },
      {
        title: 'Qué esperar de tu primer balayage',
        slug: 'tu-primer-balayage',
        excerpt: 'Cuánto dura, cómo prepararte y qué esperar de esta técnica de mechas tan natural.',
        paragraphs: [
          'El balayage es uno de nuestros servicios más pedidos, y con razón: crece de forma suave y te permite espaciar mucho más las visitas.',
          'La cita empieza con un diagnóstico. Tráenos fotos de looks que te encanten y, igual de importante, de los que no. Miraremos tu color actual, tu tono de piel y cuánto mantenimiento quieres hacer.',
          'El proceso suele durar entre dos horas y media y cuatro horas, contando matiz, tratamiento y peinado. Trae un libro o tus auriculares y disfruta del momento.',
          'Después, una rutina para cabello teñido y un baño de brillo cada par de meses mantendrán tu balayage luminoso durante mucho tiempo.',
        ],
        subheading: 'Cómo prepararte',
        listItems: [
          'Guarda algunas fotos de inspiración',
          'Ven con el pelo seco y sin productos',
          'Cuéntanos tus tintes y tratamientos anteriores',
          'Resérvate unas tres horas',
        ],
        quote: 'El mejor balayage parece obra del sol, no de la peluquería.',
      },
      {
        title: 'Cómo mantener las uñas sanas entre manicuras',
        slug: 'unas-sanas-entre-manicuras',
        excerpt: 'Nuestra manicurista comparte los hábitos que mantienen las uñas fuertes y listas para la próxima cita.',
        paragraphs: [
          'Unas uñas fuertes empiezan con buenos hábitos, y la buena noticia es que unos minutos a la semana marcan una gran diferencia.',
          'Hidrata las cutículas cada día con un poco de aceite. Las cutículas secas se agrietan y se levantan, y ahí es cuando el esmalte empieza a saltar.',
          'Trata tus uñas como joyas, no como herramientas. Usa guantes para fregar y limpiar y nunca te arranques el semipermanente, porque se lleva capas de uña con él.',
          'Y si notas algo raro, cuéntanoslo. Siempre retiramos el semipermanente como es debido y podemos recomendarte un tratamiento fortalecedor si tus uñas necesitan un descanso.',
        ],
        subheading: 'Cinco hábitos que salvan tus uñas',
        listItems: [
          'Aceite en las cutículas cada noche',
          'Guantes para fregar y limpiar',
          'Nunca arranques el semipermanente',
          'Lima siempre en una sola dirección',
          'Lleva crema de manos en el bolso',
        ],
        quote: 'Una manicura bonita siempre empieza con una uña sana.',
      },
    ],
  },
  contact: {
    headings: ['Reserva tu cita', 'Escríbenos', 'Ven a vernos'],
    intros: [
      'Reserva online, llámanos o escríbenos por WhatsApp. Encontraremos la hora y el profesional perfectos para ti.',
      '¿Dudas sobre un servicio, precios o una ocasión especial? Te ayudamos encantados.',
      'Si tenemos hueco, te atendemos sin cita, pero reservando te aseguras tu sitio.',
    ],
    hours: 'retail',
  },
  gallery: {
    headings: ['Nuestro trabajo', 'Dentro de {name}', 'Antes, después y durante'],
    captions: [
      'Balayage suave con reflejos dorados',
      'Bob de precisión con acabado pulido',
      'Nuestro salón luminoso',
      'Degradado clásico y barba perfilada',
      'Nail art minimalista en tonos nude',
      'Recogido de novia para una boda de verano',
      'Tocador de color listo para el día',
      'Peinado con brillo y movimiento natural',
    ],
  },
  logos: {
    headings: ['Marcas en las que confiamos', 'Han hablado de nosotros', 'Nuestros socios profesionales'],
    names: [
      'Aurea Cosmética Profesional',
      'Botánica Capilar',
      'Esmaltes Luna Nail',
      'Revista Estilo y Belleza',
      'Feria Novias del Sur',
      'Laboratorio Piel Clara',
    ],
  },
};

export const salonBanks: KindBanks = { en, 'pt-BR': ptBR, es };
