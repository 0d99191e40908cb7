// Copy banks for shops: online and street stores selling goods (clothing, ceramics, cosmetics, plants, gifts...).
import type { CopyBank, KindBanks } from '@/lib/sites/templates/copy-bank';

const en: CopyBank = {
  kind: 'shop',
  language: 'en',
  names: ['Willow & Thread', 'The Good Goods Co.', 'Marigold Market', 'Little Harbor Shop', 'Maple Lane Goods', 'Fern & Finch', 'Common Thread Store'],
  taglines: [
    'Thoughtfully made things for everyday life.',
    'Small batches, big heart.',
    'Curated goods you will love for years.',
    'Beautiful things, made to last.',
    'Your favorite little shop in {city}, now online too.',
  ],
  pages: { home: 'Home', about: 'Our Story', services: 'Shop', contact: 'Contact', blog: 'Journal', pricing: 'Gift Boxes' },
  hero: {
    eyebrows: ['New arrivals every week', 'Free shipping on orders over $75', 'Made by independent makers', 'Shop online or visit our store'],
    headlines: ['Things you will love to live with', 'Made well, chosen with care', 'Find something that feels like you', 'Good things come in small batches'],
    subheadlines: [
      'At {name}, every piece is chosen by hand from makers we know and trust, so you can shop beautifully without the guesswork.',
      'Quality goods, fair prices and packaging we actually want to open. Find a gift for someone special, or something just for you.',
      'From everyday essentials to one-of-a-kind finds, discover pieces made to be used, loved and kept for years.',
      'Handpicked goods from independent makers, shipped across the country or ready for pickup in {city}.',
    ],
    primaryActions: ['Shop now', 'Browse the collection', 'See new arrivals'],
    secondaryActions: ['Our story', 'Shop gift boxes', 'Visit the store'],
  },
  about: {
    headings: ['Our story', 'Why we do this', 'Small shop, big standards'],
    paragraphs: [
      [
        '{name} started as a weekend market stall and a simple belief: the things we use every day should be well made, good looking and kind to the people who make them.',
        'Today we work with dozens of independent makers and small brands, and we still choose every single product ourselves.',
      ],
      [
        "We test what we sell. If a product doesn't hold up in our own homes, it doesn't make it onto our shelves.",
        'That means fewer, better things: natural materials, honest prices and pieces designed to last far longer than a season.',
        'When you shop with us, you support real people doing careful work, and we think you can feel that in every piece.',
      ],
      [
        'Behind {name} is a small team that loves finding beautiful, useful things and the stories behind them.',
        'We pack every order by hand, answer every message personally and are always happy to help you find the perfect gift. Thanks for shopping small with us.',
      ],
    ],
    highlights: [
      'Every product chosen by hand',
      'Independent makers and small brands',
      'Free shipping on orders over $75',
      '30-day easy returns',
      'Plastic-free packaging',
    ],
  },
  features: {
    headings: ['Why shop with us', 'What makes {name} different', 'Our promise to you'],
    intros: [
      'Shopping with a small store should feel personal. Here is what you can count on every time.',
      'We keep things simple, honest and friendly, from the first click to the moment your package arrives.',
      'A few things we do differently, because you deserve better than a faceless checkout.',
    ],
    items: [
      { icon: 'heart', title: 'Handpicked quality', text: 'Every product is tested and chosen by our team. No filler, no fast fashion, no regrets.' },
      { icon: 'users', title: 'Independent makers', text: 'We partner with small studios and local artisans and pay them fairly for their work.' },
      { icon: 'truck', title: 'Fast, free shipping', text: 'Orders ship within two business days, free on anything over $75.' },
      { icon: 'check', title: 'Easy returns', text: 'Changed your mind? Return unused items within 30 days for a full refund.' },
      { icon: 'gift', title: 'Gift wrapping', text: 'Add a handwritten note and recycled gift wrap to any order at checkout.' },
      { icon: 'lock', title: 'Secure checkout', text: 'Pay safely with all major cards, Apple Pay or Google Pay.' },
    ],
  },
  offers: {
    headings: ['Shop our favorites', 'Best sellers', 'New and noteworthy'],
    intros: [
      'A few of the pieces our customers come back for again and again. New arrivals land every week.',
      'Everyday essentials and thoughtful gifts, all chosen by hand.',
      'Limited quantities: many of our makers work in small batches, so when it is gone, it is gone.',
    ],
    items: [
      {
        category: 'Home',
        title: 'Handmade ceramic mug',
        description: 'Wheel-thrown stoneware with a speckled glaze. Each one is slightly unique. Holds 12 oz.',
        price: '34.00',
        icon: 'coffee',
      },
      {
        category: 'Home',
        title: 'Soy wax candle',
        description: 'Hand-poured with cedarwood and orange essential oils. Burns for about 45 hours.',
        price: '28.00',
        icon: 'sparkles',
      },
      {
        category: 'Home',
        title: 'Linen tea towel set',
        description: 'Two stonewashed linen towels that get softer with every wash.',
        price: '26.00',
        icon: 'home',
      },
      {
        category: 'Home',
        title: 'Potted snake plant',
        description: 'An easy-care plant in a handmade terracotta pot. Perfect for beginners.',
        price: '38.00',
        icon: 'leaf',
      },
      {
        category: 'Accessories',
        title: 'Organic cotton tote',
        description: 'A sturdy everyday bag with an inside pocket, printed with water-based inks.',
        price: '24.00',
        icon: 'shopping-bag',
      },
      {
        category: 'Accessories',
        title: 'Leather card wallet',
        description: 'Vegetable-tanned leather, hand-stitched, ages beautifully over time.',
        price: '45.00',
        icon: 'shopping-bag',
      },
      {
        category: 'Accessories',
        title: 'Merino wool beanie',
        description: 'Soft, warm and itch-free, knitted from responsibly sourced merino.',
        price: '39.00',
        icon: 'heart',
      },
      {
        category: 'Self-care',
        title: 'Natural body oil',
        description: 'Almond, jojoba and lavender oil in a glass bottle. Lightweight and fast-absorbing.',
        price: '32.00',
        icon: 'sun',
      },
      {
        category: 'Self-care',
        title: 'Handmade soap trio',
        description: 'Three cold-process bars made with olive oil and botanicals. Plastic-free.',
        price: '22.00',
        icon: 'leaf',
      },
      { category: 'Gifts', title: 'Gift card', description: 'Let them choose. Delivered by email in minutes and never expires.', price: '50.00', icon: 'gift' },
    ],
  },
  testimonials: {
    headings: ['Happy customers', 'What our customers say', 'Reviews we are proud of'],
    items: [
      {
        quote: 'Everything I have bought here has been beautiful and well made. The packaging alone made me smile.',
        name: 'Samantha Greene',
        role: 'Verified buyer',
      },
      {
        quote: 'I needed a last-minute gift and the team helped me pick the perfect set. It arrived wrapped with a handwritten note.',
        name: 'Michael Torres',
        role: 'Gift shopper',
      },
      { quote: 'My mug is the first thing I reach for every morning. You can tell a real person made it.', name: 'Jenna Collins', role: 'Repeat customer' },
      { quote: 'Fast shipping, fair prices and actual humans answering emails. I am a customer for life.', name: 'David Nguyen', role: 'Verified buyer' },
      {
        quote: 'I returned a size with zero hassle and got my exchange in three days. Shopping small has never been easier.',
        name: 'Brittany Hall',
        role: 'Verified buyer',
      },
      {
        quote: 'Love that I can visit the store and see everything in person. The staff know the story behind every item.',
        name: 'Karen Wright',
        role: 'Local customer',
      },
    ],
  },
  faq: {
    headings: ['Frequently asked questions', 'Shipping, returns and more', 'Need help?'],
    items: [
      {
        question: 'How long does shipping take?',
        answer: 'We ship within two business days. Standard delivery takes 3 to 5 business days, and express options are available at checkout.',
      },
      { question: 'Is shipping free?', answer: 'Yes, on all orders over $75. Orders under that ship for a flat $6.' },
      {
        question: 'What is your return policy?',
        answer:
          'You can return unused items in their original condition within 30 days for a full refund or exchange. Just email us and we will send you a return label.',
      },
      {
        question: 'Can I pick up my order in store?',
        answer: 'Of course. Choose local pickup at checkout and we will let you know as soon as your order is ready, usually the same day.',
      },
      {
        question: 'Do you offer gift wrapping?',
        answer: 'Yes. Add gift wrap and a handwritten note at checkout for a small fee, and we will leave the prices out of the box.',
      },
      {
        question: 'Are your products handmade?',
        answer: 'Many are. Handmade items may vary slightly in color and shape, which is part of their charm. Each product page tells you who made it and how.',
      },
    ],
  },
  cta: {
    headings: ['Find something you will love', 'Treat yourself, or someone special', 'New arrivals are in'],
    texts: [
      'Browse our latest collection and enjoy free shipping on orders over $75.',
      'Thoughtful gifts and everyday favorites, packed by hand and shipped fast.',
      'Join our newsletter for first access to new makers and limited drops.',
    ],
    actions: ['Shop now', 'Browse new arrivals', 'Find a gift'],
  },
  stats: [
    { value: '15,000+', label: 'Orders shipped' },
    { value: '4.9★', label: 'Average product rating' },
    { value: '60+', label: 'Independent makers' },
    { value: '48 h', label: 'Average shipping time' },
  ],
  team: [
    {
      name: 'Jessica Palmer',
      role: 'Founder and buyer',
      bio: 'Jessica started the shop at a weekend market and still visits every maker before adding their work to the store.',
    },
    {
      name: 'Andrew Chen',
      role: 'Operations and shipping',
      bio: 'Andrew makes sure every order leaves within two days, wrapped carefully and tracked all the way to your door.',
    },
    { name: 'Molly Sanders', role: 'Customer care', bio: 'Molly answers every email and message, and she is our resident expert at finding the perfect gift.' },
  ],
  pricing: {
    headings: ['Curated gift boxes', 'Gifts made easy', 'Ready-to-give boxes'],
    intros: [
      'Beautifully packed boxes of our best sellers, ready to ship with a handwritten note.',
      'Birthdays, thank-yous, new homes or just because. Pick a box and we will take care of the rest.',
      'Every box comes wrapped, with a card and free shipping. Corporate orders welcome.',
    ],
    tiers: [
      {
        name: 'Little Treat',
        price: '35.00',
        period: '',
        description: 'A small, thoughtful surprise for a friend or colleague.',
        features: ['Two handpicked items', 'Recycled gift box and ribbon', 'Handwritten card', 'Free shipping'],
      },
      {
        name: 'Thoughtful',
        price: '65.00',
        period: '',
        description: 'Our most loved box, with a mix of home and self-care favorites.',
        features: ['Four handpicked items', 'Signature gift box', 'Handwritten card', 'Free express shipping', 'Choose a theme: home, self-care or coffee'],
      },
      {
        name: 'Grand Gesture',
        price: '120.00',
        period: '',
        description: 'For the big moments: weddings, new homes and milestone birthdays.',
        features: ['Six to eight premium items', 'Keepsake wooden crate', 'Personal message card', 'Free express shipping', 'Custom selection with our team'],
      },
    ],
  },
  blog: {
    headings: ['From the journal', 'Stories and guides', 'Notes from the shop'],
    intros: [
      'Maker stories, gift guides and tips for caring for the things you love.',
      'Meet the people behind our products and find ideas for every occasion.',
      'News from the shop, new arrivals and a little inspiration for everyday living.',
    ],
    posts: [
      {
        title: 'The thoughtful gift guide: ideas for everyone on your list',
        slug: 'thoughtful-gift-guide',
        excerpt: 'Stuck on what to give? Our team shares the gifts they would love to receive.',
        paragraphs: [
          "The best gifts don't have to be expensive. They just have to show you were paying attention. That is the idea behind every box we pack and every product we stock.",
          'For the person who loves mornings, a handmade mug and a bag of local coffee feel personal without trying too hard. For the homebody, a candle and a soft linen throw turn any evening into a ritual.',
          "If you truly don't know, go for something consumable and beautiful: soaps, body oils or tea. They are always used and never clutter a shelf.",
          'And when in doubt, a gift card and a handwritten note say exactly what you mean: I want you to have something you love.',
        ],
        subheading: "Our team's top picks",
        listItems: [
          'Handmade ceramic mug for the coffee lover',
          'Soy candle and linen towels for the homebody',
          'Leather card wallet for the minimalist',
          'Natural soap trio for someone who needs a break',
          'A snake plant for the friend with a new home',
        ],
        quote: 'A good gift says: I know you, and I thought of you.',
      },
      {
        title: 'Meet the makers behind our shelves',
        slug: 'meet-the-makers',
        excerpt: 'We visited three of the small studios whose work you love, and came back inspired.',
        paragraphs: [
          'Most of what we sell is made by people working in small studios, garages and spare rooms. We think you should know who they are.',
          'Our ceramicist throws every mug on a wheel in a converted barn, glazing in small batches so that no two pieces are quite the same.',
          'Our candle maker started pouring soy wax in her kitchen as a hobby. Five years later she employs three people and still blends every scent by hand.',
          'Buying from small makers keeps craft alive and money in local communities. Every time you choose a handmade piece, you are part of that story.',
        ],
        subheading: 'What we look for in a maker',
        listItems: [
          'Quality materials and careful finishing',
          'Fair pay and safe working conditions',
          'Low-waste production and packaging',
          'A real passion for their craft',
        ],
        quote: "When you buy handmade, you are buying hours of someone's skill and care.",
      },
      {
        title: 'How to care for natural materials',
        slug: 'caring-for-natural-materials',
        excerpt: 'Simple habits to keep your linen, leather, ceramics and wood looking beautiful for years.',
        paragraphs: [
          'Natural materials age with character, but a little care goes a long way. These are the tips we share most often at the counter.',
          'Linen loves a gentle cycle and hates the dryer on high. Wash it cool, shake it out and let it air-dry. It gets softer every single time.',
          'Vegetable-tanned leather develops a rich patina with use. Keep it away from long soaks and rub in a little leather balm every few months.',
          'Handmade ceramics are usually dishwasher safe, but hand washing keeps glazes bright for longer. Avoid sudden temperature changes, like pouring boiling water into a cold mug.',
        ],
        subheading: 'Quick care checklist',
        listItems: [
          'Wash linen cool and air-dry',
          'Condition leather every three months',
          'Hand-wash ceramics when you can',
          'Oil wooden boards once a month',
          'Trim candle wicks before every burn',
        ],
        quote: 'Things last longer when we treat them like they matter.',
      },
    ],
  },
  contact: {
    headings: ['Get in touch', 'We are here to help', 'Visit or write to us'],
    intros: [
      'Questions about an order, a product or a custom gift? Send us a message and a real person will reply within one business day.',
      'Visit our store to see everything in person, or reach out online. We love helping you find the right piece.',
      'Wholesale, press or maker inquiries are welcome too. Just drop us a line.',
    ],
    hours: 'retail',
  },
  gallery: {
    headings: ['Inside {name}', 'Our shop and our makers', 'A closer look'],
    captions: [
      'New arrivals on the front table',
      'Mugs fresh from the kiln',
      'Orders packed by hand in plastic-free boxes',
      'Our store window this season',
      'A maker glazing ceramics in the studio',
      'Candles cooling after hand-pouring',
      'Gift boxes ready for the holidays',
      'Linen in every shade of neutral',
    ],
  },
  logos: {
    headings: ['Makers we carry', 'As featured in', 'Our brand partners'],
    names: ['Clay & Kiln Studio', 'Wildflower Candle Co.', 'North Fork Leather', 'Linen House Collective', 'Modern Maker Magazine', 'Greenhouse Botanics'],
  },
};

const ptBR: CopyBank = {
  kind: 'shop',
  language: 'pt-BR',
  names: ['Ateliê Flor de Sal', 'Casa Manacá', 'Empório Bem-Querer', 'Loja Ipê Amarelo', 'Feito à Mão Store', 'Cantinho da Bela', 'Varanda Concept Store'],
  taglines: [
    'Coisas bonitas e bem feitas para o dia a dia.',
    'Produção pequena, carinho enorme.',
    'Peças escolhidas a dedo para você amar por anos.',
    'Feito com cuidado, pensado para durar.',
    'Sua lojinha preferida de {city}, agora também online.',
  ],
  pages: { home: 'Início', about: 'Nossa História', services: 'Loja', contact: 'Contato', blog: 'Blog', pricing: 'Kits Presente' },
  hero: {
    eyebrows: ['Novidades toda semana', 'Frete grátis acima de R$ 299', 'Feito por pequenos produtores', 'Compre online ou visite a loja'],
    headlines: [
      'Coisas que você vai amar ter por perto',
      'Bem feito e escolhido com carinho',
      'Encontre algo que tenha a sua cara',
      'O que é bom vem em pequenas tiragens',
    ],
    subheadlines: [
      'Na {name}, cada peça é escolhida a dedo entre artesãos e marcas independentes que a gente conhece e confia.',
      'Produtos de qualidade, preço justo e uma embalagem que dá gosto de abrir. Encontre um presente especial ou algo só para você.',
      'Do essencial do dia a dia às peças únicas, descubra produtos feitos para usar, amar e guardar por muitos anos.',
      'Peças escolhidas de artesãos independentes, com entrega para todo o Brasil ou retirada na loja em {city}.',
    ],
    primaryActions: ['Comprar agora', 'Ver a coleção', 'Ver novidades'],
    secondaryActions: ['Nossa história', 'Ver kits presente', 'Visitar a loja'],
  },
  about: {
    headings: ['Nossa história', 'Por que a gente faz isso', 'Loja pequena, cuidado gigante'],
    paragraphs: [
      [
        'A {name} começou numa banquinha de feira de fim de semana e numa crença simples: as coisas que usamos todos os dias merecem ser bonitas, bem feitas e justas com quem as produz.',
        'Hoje trabalhamos com dezenas de artesãos e pequenas marcas brasileiras, e continuamos escolhendo cada produto pessoalmente.',
      ],
      [
        'A gente testa o que vende. Se um produto não funciona na nossa casa, ele não entra na nossa vitrine.',
        'Isso significa menos coisas e coisas melhores: materiais naturais, preço honesto e peças pensadas para durar muito mais que uma estação.',
        'Quando você compra aqui, apoia gente de verdade fazendo um trabalho cuidadoso, e dá para sentir isso em cada peça.',
      ],
      [
        'Por trás da {name} existe uma equipe pequena apaixonada por encontrar coisas bonitas, úteis e cheias de história.',
        'Embalamos cada pedido à mão, respondemos cada mensagem pessoalmente e adoramos ajudar você a achar o presente perfeito. Obrigado por apoiar o comércio local.',
      ],
    ],
    highlights: [
      'Cada produto escolhido a dedo',
      'Artesãos e marcas independentes',
      'Frete grátis acima de R$ 299',
      'Troca fácil em até 30 dias',
      'Embalagem sem plástico',
    ],
  },
  features: {
    headings: ['Por que comprar com a gente', 'O que faz a {name} diferente', 'Nosso compromisso com você'],
    intros: [
      'Comprar de uma loja pequena tem que ser uma experiência pessoal. Veja com o que você pode contar sempre.',
      'Mantemos tudo simples, honesto e próximo, do primeiro clique até a chegada do seu pacote.',
      'Algumas coisas que fazemos diferente, porque você merece mais que um carrinho de compras sem alma.',
    ],
    items: [
      {
        icon: 'heart',
        title: 'Qualidade escolhida a dedo',
        text: 'Cada produto é testado e aprovado pela nossa equipe. Nada de enchimento, nada de moda descartável.',
      },
      { icon: 'users', title: 'Pequenos produtores', text: 'Trabalhamos com ateliês e artesãos brasileiros e pagamos um preço justo pelo trabalho deles.' },
      { icon: 'truck', title: 'Entrega rápida', text: 'Postamos em até dois dias úteis, com frete grátis para compras acima de R$ 299.' },
      { icon: 'check', title: 'Troca sem complicação', text: 'Não serviu ou mudou de ideia? Você tem 30 dias para trocar ou devolver.' },
      { icon: 'gift', title: 'Embalagem para presente', text: 'Adicione papel reciclado e um cartão escrito à mão em qualquer pedido.' },
      { icon: 'lock', title: 'Pagamento seguro', text: 'Pix com desconto, cartão em até 3x sem juros e boleto, tudo com segurança.' },
    ],
  },
  offers: {
    headings: ['Os queridinhos da loja', 'Mais vendidos', 'Novidades que chegaram'],
    intros: [
      'Algumas das peças que nossos clientes sempre voltam para comprar. Toda semana chega coisa nova.',
      'Itens do dia a dia e presentes especiais, todos escolhidos a dedo.',
      'Quantidades limitadas: muitos dos nossos artesãos produzem em pequenos lotes. Acabou, acabou.',
    ],
    items: [
      {
        category: 'Casa',
        title: 'Caneca de cerâmica feita à mão',
        description: 'Cerâmica de alta temperatura com esmalte artesanal. Cada peça é única. 350 ml.',
        price: '79.00',
        icon: 'coffee',
      },
      {
        category: 'Casa',
        title: 'Vela aromática de soja',
        description: 'Feita à mão com cera vegetal e óleos essenciais de capim-limão. Cerca de 40 horas de queima.',
        price: '69.00',
        icon: 'sparkles',
      },
      {
        category: 'Casa',
        title: 'Jogo de panos de prato de linho',
        description: 'Dois panos de linho lavado que ficam mais macios a cada lavagem.',
        price: '59.00',
        icon: 'home',
      },
      {
        category: 'Casa',
        title: 'Costela-de-adão no vaso de barro',
        description: 'Planta fácil de cuidar em vaso de cerâmica artesanal. Ótima para quem está começando.',
        price: '89.00',
        icon: 'leaf',
      },
      {
        category: 'Acessórios',
        title: 'Ecobag de algodão cru',
        description: 'Bolsa resistente com bolso interno, estampada com tinta à base de água.',
        price: '49.00',
        icon: 'shopping-bag',
      },
      {
        category: 'Acessórios',
        title: 'Carteira de couro',
        description: 'Couro curtido com tanino vegetal, costurada à mão, que ganha charme com o tempo.',
        price: '129.00',
        icon: 'shopping-bag',
      },
      {
        category: 'Acessórios',
        title: 'Camiseta de algodão orgânico',
        description: 'Modelagem reta, tecido macio e tingimento natural. Do P ao GG.',
        price: '119.00',
        icon: 'heart',
      },
      {
        category: 'Cuidados',
        title: 'Óleo corporal natural',
        description: 'Óleos de amêndoas, jojoba e lavanda em frasco de vidro. Leve e de rápida absorção.',
        price: '74.00',
        icon: 'sun',
      },
      {
        category: 'Cuidados',
        title: 'Trio de sabonetes artesanais',
        description: 'Três barras de processo a frio com azeite e ervas brasileiras. Zero plástico.',
        price: '55.00',
        icon: 'leaf',
      },
      {
        category: 'Presentes',
        title: 'Vale-presente',
        description: 'Deixe a pessoa escolher. Enviado por e-mail em minutos e válido por um ano.',
        price: '150.00',
        icon: 'gift',
      },
    ],
  },
  testimonials: {
    headings: ['Clientes felizes', 'O que dizem nossos clientes', 'Avaliações que nos enchem de orgulho'],
    items: [
      { quote: 'Tudo o que comprei aqui é lindo e muito bem feito. Só a embalagem já me fez sorrir.', name: 'Ana Ribeiro', role: 'Compra verificada' },
      {
        quote: 'Precisava de um presente de última hora e a equipe me ajudou a escolher o kit perfeito. Chegou embrulhado e com cartão escrito à mão.',
        name: 'Felipe Andrade',
        role: 'Comprou um presente',
      },
      {
        quote: 'Minha caneca é a primeira coisa que pego todo dia de manhã. Dá para sentir que foi feita por uma pessoa de verdade.',
        name: 'Letícia Ramos',
        role: 'Cliente fiel',
      },
      { quote: 'Entrega rápida, preço justo e gente de verdade respondendo no WhatsApp. Virei cliente.', name: 'João Pereira', role: 'Compra verificada' },
      { quote: 'Troquei o tamanho da camiseta sem nenhuma burocracia e recebi a nova em três dias.', name: 'Bianca Teixeira', role: 'Compra verificada' },
      {
        quote: 'Adoro passar na loja e ver tudo de perto. A equipe conhece a história de cada peça.',
        name: 'Cláudia Monteiro',
        role: 'Cliente da loja física',
      },
    ],
  },
  faq: {
    headings: ['Dúvidas frequentes', 'Entrega, trocas e mais', 'Precisa de ajuda?'],
    items: [
      {
        question: 'Qual é o prazo de entrega?',
        answer: 'Postamos em até dois dias úteis. O prazo dos Correios ou da transportadora aparece no carrinho antes de você finalizar a compra.',
      },
      { question: 'O frete é grátis?', answer: 'Sim, para compras acima de R$ 299 em todo o Brasil. Abaixo disso, o frete é calculado pelo CEP.' },
      {
        question: 'Como funcionam as trocas e devoluções?',
        answer:
          'Você tem até 7 dias após o recebimento para desistir da compra e até 30 dias para trocar produtos sem uso, na embalagem original. É só chamar a gente que enviamos o código de postagem.',
      },
      { question: 'Quais formas de pagamento vocês aceitam?', answer: 'Pix com 5% de desconto, cartão de crédito em até 3x sem juros e boleto bancário.' },
      {
        question: 'Posso retirar na loja?',
        answer: 'Pode! Escolha retirada na loja ao finalizar a compra e avisamos assim que o pedido estiver separado, geralmente no mesmo dia.',
      },
      {
        question: 'Os produtos são feitos à mão?',
        answer:
          'Muitos são. Peças artesanais podem ter pequenas variações de cor e formato, e é isso que as torna únicas. Cada página de produto conta quem fez e como.',
      },
    ],
  },
  cta: {
    headings: ['Encontre algo que você vai amar', 'Um mimo para você ou para alguém especial', 'Chegaram novidades'],
    texts: [
      'Conheça a nova coleção e aproveite frete grátis acima de R$ 299.',
      'Presentes especiais e queridinhos do dia a dia, embalados à mão e enviados rapidinho.',
      'Assine a nossa newsletter e saiba antes de todo mundo das novidades e edições limitadas.',
    ],
    actions: ['Comprar agora', 'Ver novidades', 'Escolher um presente'],
  },
  stats: [
    { value: '12 mil+', label: 'Pedidos enviados' },
    { value: '4,9★', label: 'Avaliação média dos produtos' },
    { value: '50+', label: 'Artesãos parceiros' },
    { value: '48 h', label: 'Prazo médio de postagem' },
  ],
  team: [
    {
      name: 'Isabela Cunha',
      role: 'Fundadora e curadora',
      bio: 'Isabela começou a loja numa feira de artesanato e até hoje visita cada ateliê antes de colocar um produto na vitrine.',
    },
    {
      name: 'Pedro Lacerda',
      role: 'Logística e envios',
      bio: 'Pedro garante que cada pedido saia em até dois dias, bem embalado e com rastreio até a sua porta.',
    },
    {
      name: 'Camila Nunes',
      role: 'Atendimento',
      bio: 'Camila responde cada mensagem no WhatsApp e é a especialista da casa em encontrar o presente perfeito.',
    },
  ],
  pricing: {
    headings: ['Kits presente', 'Presentear ficou fácil', 'Caixas prontas para presentear'],
    intros: [
      'Caixas com os nossos mais vendidos, embaladas com carinho e prontas para enviar com um cartão escrito à mão.',
      'Aniversário, agradecimento, casa nova ou só porque sim. Escolha a caixa e a gente cuida do resto.',
      'Todos os kits vão embrulhados, com cartão e frete grátis. Atendemos pedidos corporativos.',
    ],
    tiers: [
      {
        name: 'Mimo',
        price: '119.00',
        period: '',
        description: 'Uma surpresa pequena e carinhosa para amigos ou colegas de trabalho.',
        features: ['Dois produtos escolhidos a dedo', 'Caixa reciclada com laço', 'Cartão escrito à mão', 'Frete grátis'],
      },
      {
        name: 'Carinho',
        price: '229.00',
        period: '',
        description: 'O kit mais amado, com uma mistura de casa e autocuidado.',
        features: [
          'Quatro produtos escolhidos a dedo',
          'Caixa exclusiva da loja',
          'Cartão escrito à mão',
          'Frete expresso grátis',
          'Tema à escolha: casa, autocuidado ou café',
        ],
      },
      {
        name: 'Grande Ocasião',
        price: '419.00',
        period: '',
        description: 'Para os grandes momentos: casamento, casa nova e aniversários marcantes.',
        features: [
          'De seis a oito produtos especiais',
          'Caixote de madeira para guardar',
          'Mensagem personalizada',
          'Frete expresso grátis',
          'Seleção montada com a nossa equipe',
        ],
      },
    ],
  },
  blog: {
    headings: ['Blog da loja', 'Histórias e guias', 'Recados da loja'],
    intros: [
      'Histórias de artesãos, guias de presentes e dicas para cuidar das coisas que você ama.',
      'Conheça quem está por trás dos nossos produtos e encontre ideias para toda ocasião.',
      'Novidades da loja, lançamentos e um pouco de inspiração para o dia a dia.',
    ],
    posts: [
      {
        title: 'Guia de presentes: ideias para todo mundo da sua lista',
        slug: 'guia-de-presentes',
        excerpt: 'Sem ideia do que dar? Nossa equipe conta os presentes que adoraria ganhar.',
        paragraphs: [
          'Presente bom não precisa ser caro. Precisa mostrar que você prestou atenção. Essa é a ideia por trás de cada kit que montamos e de cada produto que escolhemos.',
          'Para quem ama um café da manhã caprichado, uma caneca feita à mão e um pacote de café especial parecem pessoais sem exagero. Para quem adora ficar em casa, uma vela e panos de linho transformam qualquer noite num ritual.',
          'Se você não faz ideia, aposte em algo bonito e que se usa: sabonetes, óleos corporais ou chás. Sempre são aproveitados e nunca viram tralha.',
          'E na dúvida, um vale-presente com um bilhete escrito à mão diz exatamente o que você quer dizer: quero que você tenha algo que ame.',
        ],
        subheading: 'As escolhas da nossa equipe',
        listItems: [
          'Caneca de cerâmica para quem ama café',
          'Vela de soja e panos de linho para quem ama ficar em casa',
          'Carteira de couro para quem é minimalista',
          'Trio de sabonetes para quem precisa de uma pausa',
          'Uma costela-de-adão para quem mudou de casa',
        ],
        quote: 'Um bom presente diz: eu te conheço e pensei em você.',
      },
      {
        title: 'Conheça os artesãos por trás da nossa vitrine',
        slug: 'conheca-nossos-artesaos',
        excerpt: 'Visitamos três dos ateliês cujo trabalho vocês mais amam, e voltamos inspirados.',
        paragraphs: [
          'Quase tudo o que vendemos é feito por pessoas em pequenos ateliês, garagens e quartinhos transformados em oficina. A gente acha que você merece saber quem são.',
          'Nossa ceramista, no interior de Minas, torneia cada caneca à mão e esmalta em pequenas fornadas, por isso nenhuma peça é igual à outra.',
          'A criadora das nossas velas começou derretendo cera de soja na cozinha de casa, como hobby. Cinco anos depois, emprega três pessoas e ainda mistura cada aroma à mão.',
          'Comprar de pequenos produtores mantém o artesanato vivo e o dinheiro circulando nas comunidades. Cada vez que você escolhe uma peça feita à mão, faz parte dessa história.',
        ],
        subheading: 'O que buscamos em um artesão',
        listItems: [
          'Materiais de qualidade e acabamento caprichado',
          'Pagamento justo e condições de trabalho dignas',
          'Produção e embalagem com pouco desperdício',
          'Paixão de verdade pelo que faz',
        ],
        quote: 'Quem compra feito à mão leva para casa horas de talento e cuidado de alguém.',
      },
      {
        title: 'Como cuidar de peças de materiais naturais',
        slug: 'cuidados-com-materiais-naturais',
        excerpt: 'Hábitos simples para manter linho, couro, cerâmica e madeira bonitos por muitos anos.',
        paragraphs: [
          'Materiais naturais envelhecem com personalidade, mas um pouquinho de cuidado faz toda a diferença. Estas são as dicas que mais damos no balcão.',
          'Linho gosta de ciclo delicado e odeia secadora no quente. Lave em água fria, estique bem e deixe secar à sombra. Ele fica mais macio a cada lavagem.',
          'Couro curtido com tanino vegetal ganha uma pátina linda com o uso. Evite deixar molhar por muito tempo e passe um hidratante de couro a cada poucos meses.',
          'Cerâmica artesanal costuma ir à lava-louças, mas lavar à mão conserva o esmalte por mais tempo. Evite choques térmicos, como água fervendo numa caneca gelada.',
        ],
        subheading: 'Checklist rápido de cuidados',
        listItems: [
          'Lave o linho em água fria e seque à sombra',
          'Hidrate o couro a cada três meses',
          'Prefira lavar cerâmica à mão',
          'Passe óleo nas tábuas de madeira uma vez por mês',
          'Apare o pavio da vela antes de acender',
        ],
        quote: 'As coisas duram mais quando a gente trata como se importassem.',
      },
    ],
  },
  contact: {
    headings: ['Fale com a gente', 'Estamos aqui para ajudar', 'Visite ou escreva para nós'],
    intros: [
      'Dúvidas sobre um pedido, um produto ou um presente personalizado? Mande uma mensagem e uma pessoa de verdade responde em até um dia útil.',
      'Visite a loja para ver tudo de perto ou fale com a gente pelo WhatsApp. Adoramos ajudar você a encontrar a peça certa.',
      'Pedidos corporativos, imprensa ou artesãos que querem vender com a gente também são muito bem-vindos.',
    ],
    hours: 'retail',
  },
  gallery: {
    headings: ['Por dentro da {name}', 'Nossa loja e nossos artesãos', 'De pertinho'],
    captions: [
      'Novidades na mesa da entrada',
      'Canecas recém-saídas do forno',
      'Pedidos embalados à mão e sem plástico',
      'Nossa vitrine nesta estação',
      'Ceramista esmaltando peças no ateliê',
      'Velas descansando depois de envasadas',
      'Kits presente prontos para o Natal',
      'Linho em todos os tons neutros',
    ],
  },
  logos: {
    headings: ['Marcas que vendemos', 'Saímos na imprensa', 'Parceiros da loja'],
    names: [
      'Ateliê Barro Bom',
      'Velas Serra da Mantiqueira',
      'Couros do Sertão',
      'Coletivo Linho & Algodão',
      'Revista Casa Feita à Mão',
      'Estufa Verde Plantas',
    ],
  },
};

const es: CopyBank = {
  kind: 'shop',
  language: 'es',
  names: ['Tienda Lavanda', 'Hilo & Barro', 'La Casa de Olivia', 'Mercadillo Alegre', 'Raíces Tienda', 'El Baúl de Clara', 'Nido Concept Store'],
  taglines: [
    'Cosas bonitas y bien hechas para cada día.',
    'Pequeñas tiradas, gran corazón.',
    'Piezas elegidas con mimo para disfrutar durante años.',
    'Hecho con cuidado, pensado para durar.',
    'Tu tienda favorita de {city}, ahora también online.',
  ],
  pages: { home: 'Inicio', about: 'Nuestra Historia', services: 'Tienda', contact: 'Contacto', blog: 'Blog', pricing: 'Cajas Regalo' },
  hero: {
    eyebrows: ['Novedades cada semana', 'Envío gratis a partir de 60 €', 'Hecho por creadores independientes', 'Compra online o visita la tienda'],
    headlines: ['Cosas que te encantará tener cerca', 'Bien hecho, elegido con cariño', 'Encuentra algo que hable de ti', 'Lo bueno viene en pequeñas tiradas'],
    subheadlines: [
      'En {name} elegimos cada pieza a mano entre artesanos y marcas independientes que conocemos y en los que confiamos.',
      'Productos de calidad, precios justos y un embalaje que da gusto abrir. Encuentra un regalo especial o algo solo para ti.',
      'De lo esencial del día a día a piezas únicas: descubre productos hechos para usarse, quererse y guardarse durante años.',
      'Piezas de creadores independientes, con envío a todo el país o recogida en tienda en {city}.',
    ],
    primaryActions: ['Comprar ahora', 'Ver la colección', 'Ver novedades'],
    secondaryActions: ['Nuestra historia', 'Ver cajas regalo', 'Visitar la tienda'],
  },
  about: {
    headings: ['Nuestra historia', 'Por qué hacemos esto', 'Tienda pequeña, exigencia grande'],
    paragraphs: [
      [
        '{name} empezó como un puesto en un mercadillo de fin de semana y una idea sencilla: las cosas que usamos cada día deberían ser bonitas, estar bien hechas y ser justas con quien las fabrica.',
        'Hoy trabajamos con decenas de artesanos y pequeñas marcas, y seguimos eligiendo cada producto personalmente.',
      ],
      [
        'Probamos todo lo que vendemos. Si un producto no funciona en nuestra casa, no llega a nuestras estanterías.',
        'Eso significa menos cosas, pero mejores: materiales naturales, precios honestos y piezas pensadas para durar mucho más que una temporada.',
        'Cuando compras con nosotros apoyas a personas reales que hacen un trabajo cuidadoso, y eso se nota en cada pieza.',
      ],
      [
        'Detrás de {name} hay un equipo pequeño al que le encanta descubrir cosas bonitas, útiles y con historia.',
        'Empaquetamos cada pedido a mano, respondemos cada mensaje personalmente y nos encanta ayudarte a encontrar el regalo perfecto. Gracias por apoyar el comercio pequeño.',
      ],
    ],
    highlights: [
      'Cada producto elegido a mano',
      'Artesanos y marcas independientes',
      'Envío gratis a partir de 60 €',
      'Devoluciones fáciles en 30 días',
      'Embalaje sin plástico',
    ],
  },
  features: {
    headings: ['Por qué comprar con nosotros', 'Lo que hace diferente a {name}', 'Nuestro compromiso contigo'],
    intros: [
      'Comprar en una tienda pequeña debería ser una experiencia cercana. Esto es lo que puedes esperar siempre.',
      'Lo hacemos todo sencillo, honesto y cercano, desde el primer clic hasta que llega tu paquete.',
      'Algunas cosas que hacemos diferente, porque mereces algo mejor que un carrito de compra sin alma.',
    ],
    items: [
      { icon: 'heart', title: 'Calidad elegida a mano', text: 'Nuestro equipo prueba y elige cada producto. Nada de relleno ni de moda de usar y tirar.' },
      { icon: 'users', title: 'Creadores independientes', text: 'Colaboramos con pequeños talleres y artesanos locales y les pagamos un precio justo.' },
      { icon: 'truck', title: 'Envío rápido', text: 'Enviamos en 48 horas laborables, gratis en pedidos a partir de 60 €.' },
      { icon: 'check', title: 'Devoluciones sencillas', text: '¿Has cambiado de opinión? Tienes 30 días para devolver cualquier producto sin usar.' },
      { icon: 'gift', title: 'Envoltorio de regalo', text: 'Añade papel reciclado y una nota escrita a mano a cualquier pedido.' },
      { icon: 'lock', title: 'Pago seguro', text: 'Paga con tarjeta, PayPal o Bizum con total seguridad.' },
    ],
  },
  offers: {
    headings: ['Nuestros favoritos', 'Lo más vendido', 'Novedades destacadas'],
    intros: [
      'Algunas de las piezas por las que nuestros clientes vuelven una y otra vez. Cada semana llegan novedades.',
      'Básicos para el día a día y regalos especiales, todos elegidos a mano.',
      'Unidades limitadas: muchos de nuestros creadores trabajan en pequeñas tiradas. Cuando se acaba, se acaba.',
    ],
    items: [
      {
        category: 'Casa',
        title: 'Taza de cerámica hecha a mano',
        description: 'Gres torneado con esmalte moteado. Cada una es ligeramente distinta. 350 ml.',
        price: '24.00',
        icon: 'coffee',
      },
      {
        category: 'Casa',
        title: 'Vela de cera de soja',
        description: 'Vertida a mano con aceites esenciales de cedro y naranja. Unas 45 horas de duración.',
        price: '22.00',
        icon: 'sparkles',
      },
      {
        category: 'Casa',
        title: 'Set de paños de lino',
        description: 'Dos paños de lino lavado a la piedra que se suavizan con cada lavado.',
        price: '19.00',
        icon: 'home',
      },
      {
        category: 'Casa',
        title: 'Sansevieria en maceta de barro',
        description: 'Una planta que casi se cuida sola, en maceta de terracota artesanal.',
        price: '29.00',
        icon: 'leaf',
      },
      {
        category: 'Accesorios',
        title: 'Bolsa de algodón orgánico',
        description: 'Resistente, con bolsillo interior y estampada con tintas al agua.',
        price: '18.00',
        icon: 'shopping-bag',
      },
      {
        category: 'Accesorios',
        title: 'Tarjetero de piel',
        description: 'Piel de curtido vegetal cosida a mano que mejora con el paso del tiempo.',
        price: '35.00',
        icon: 'shopping-bag',
      },
      {
        category: 'Accesorios',
        title: 'Gorro de lana merino',
        description: 'Suave, cálido y que no pica, tejido con merino de origen responsable.',
        price: '32.00',
        icon: 'heart',
      },
      {
        category: 'Cuidado personal',
        title: 'Aceite corporal natural',
        description: 'Almendra, jojoba y lavanda en frasco de vidrio. Ligero y de rápida absorción.',
        price: '26.00',
        icon: 'sun',
      },
      {
        category: 'Cuidado personal',
        title: 'Trío de jabones artesanos',
        description: 'Tres pastillas elaboradas en frío con aceite de oliva y plantas. Sin plástico.',
        price: '16.00',
        icon: 'leaf',
      },
      {
        category: 'Regalos',
        title: 'Tarjeta regalo',
        description: 'Que elijan ellos. La recibes por correo en minutos y no caduca.',
        price: '40.00',
        icon: 'gift',
      },
    ],
  },
  testimonials: {
    headings: ['Clientes felices', 'Lo que dicen nuestros clientes', 'Opiniones que nos hacen sonreír'],
    items: [
      {
        quote: 'Todo lo que he comprado aquí es precioso y está muy bien hecho. Solo el paquete ya me alegró el día.',
        name: 'Lucía Fernández',
        role: 'Compra verificada',
      },
      {
        quote: 'Necesitaba un regalo de última hora y me ayudaron a elegir la caja perfecta. Llegó envuelta y con una nota escrita a mano.',
        name: 'Álvaro Gil',
        role: 'Compró un regalo',
      },
      { quote: 'Mi taza es lo primero que cojo cada mañana. Se nota que la ha hecho una persona de verdad.', name: 'Nuria Serrano', role: 'Clienta habitual' },
      {
        quote: 'Envío rápido, precios justos y personas de verdad contestando los correos. Cliente para siempre.',
        name: 'Hugo Navarro',
        role: 'Compra verificada',
      },
      { quote: 'Cambié la talla sin ningún lío y tenía el cambio en casa en tres días.', name: 'Cristina León', role: 'Compra verificada' },
      {
        quote: 'Me encanta pasarme por la tienda y verlo todo en persona. El equipo conoce la historia de cada pieza.',
        name: 'Pilar Cortés',
        role: 'Clienta de la tienda física',
      },
    ],
  },
  faq: {
    headings: ['Preguntas frecuentes', 'Envíos, devoluciones y más', '¿Necesitas ayuda?'],
    items: [
      {
        question: '¿Cuánto tarda el envío?',
        answer: 'Preparamos tu pedido en 48 horas laborables. La entrega estándar tarda entre 2 y 4 días laborables, y también puedes elegir envío urgente.',
      },
      { question: '¿El envío es gratis?', answer: 'Sí, en pedidos a partir de 60 €. Por debajo de esa cantidad, el envío cuesta 4,95 €.' },
      {
        question: '¿Cómo funcionan las devoluciones?',
        answer:
          'Tienes 30 días para devolver productos sin usar y en su embalaje original. Escríbenos y te enviamos la etiqueta de devolución; el reembolso llega en pocos días.',
      },
      {
        question: '¿Puedo recoger mi pedido en la tienda?',
        answer: 'Claro. Elige recogida en tienda al pagar y te avisamos en cuanto esté listo, normalmente el mismo día.',
      },
      {
        question: '¿Se puede envolver para regalo?',
        answer: 'Sí. Añade el envoltorio y una nota escrita a mano al finalizar la compra y no incluiremos el precio en el paquete.',
      },
      {
        question: '¿Los productos son hechos a mano?',
        answer:
          'Muchos sí. Las piezas artesanas pueden variar ligeramente de color y forma, y eso forma parte de su encanto. En cada ficha te contamos quién lo hizo y cómo.',
      },
    ],
  },
  cta: {
    headings: ['Encuentra algo que te enamore', 'Un capricho para ti o para alguien especial', 'Han llegado novedades'],
    texts: [
      'Descubre nuestra nueva colección y disfruta de envío gratis a partir de 60 €.',
      'Regalos con intención y favoritos de cada día, empaquetados a mano y enviados enseguida.',
      'Suscríbete a nuestra newsletter y entérate antes que nadie de novedades y ediciones limitadas.',
    ],
    actions: ['Comprar ahora', 'Ver novedades', 'Buscar un regalo'],
  },
  stats: [
    { value: '10.000+', label: 'Pedidos enviados' },
    { value: '4,9★', label: 'Valoración media de productos' },
    { value: '45+', label: 'Creadores independientes' },
    { value: '48 h', label: 'Tiempo medio de envío' },
  ],
  team: [
    {
      name: 'Clara Domínguez',
      role: 'Fundadora y compradora',
      bio: 'Clara empezó la tienda en un mercadillo de artesanía y todavía visita cada taller antes de añadir sus piezas al catálogo.',
    },
    {
      name: 'Iván Molina',
      role: 'Logística y envíos',
      bio: 'Iván se asegura de que cada pedido salga en 48 horas, bien protegido y con seguimiento hasta tu puerta.',
    },
    { name: 'Noelia Vargas', role: 'Atención al cliente', bio: 'Noelia responde cada mensaje y es nuestra experta oficial en encontrar el regalo perfecto.' },
  ],
  pricing: {
    headings: ['Cajas regalo', 'Regalar nunca fue tan fácil', 'Cajas listas para regalar'],
    intros: [
      'Cajas con nuestros productos más queridos, empaquetadas con mimo y listas para enviar con una nota escrita a mano.',
      'Cumpleaños, agradecimientos, casa nueva o porque sí. Elige tu caja y nosotros nos ocupamos del resto.',
      'Todas las cajas van envueltas, con tarjeta y envío gratis. Aceptamos pedidos de empresa.',
    ],
    tiers: [
      {
        name: 'Detalle',
        price: '30.00',
        period: '',
        description: 'Una sorpresa pequeña y cariñosa para amigos o compañeros.',
        features: ['Dos productos elegidos a mano', 'Caja reciclada con lazo', 'Tarjeta escrita a mano', 'Envío gratis'],
      },
      {
        name: 'Con Cariño',
        price: '55.00',
        period: '',
        description: 'Nuestra caja más querida, con una mezcla de casa y cuidado personal.',
        features: [
          'Cuatro productos elegidos a mano',
          'Caja exclusiva de la tienda',
          'Tarjeta escrita a mano',
          'Envío urgente gratis',
          'Temática a elegir: casa, cuidado personal o café',
        ],
      },
      {
        name: 'Gran Ocasión',
        price: '99.00',
        period: '',
        description: 'Para los grandes momentos: bodas, casas nuevas y cumpleaños especiales.',
        features: [
          'De seis a ocho productos especiales',
          'Caja de madera para guardar',
          'Mensaje personalizado',
          'Envío urgente gratis',
          'Selección hecha con nuestro equipo',
        ],
      },
    ],
  },
  blog: {
    headings: ['El blog de la tienda', 'Historias y guías', 'Notas desde la tienda'],
    intros: [
      'Historias de creadores, guías de regalos y consejos para cuidar lo que más quieres.',
      'Conoce a las personas detrás de nuestros productos y encuentra ideas para cada ocasión.',
      'Novedades de la tienda, lanzamientos y un poco de inspiración para el día a día.',
    ],
    posts: [
      {
        title: 'Guía de regalos: ideas para todas las personas de tu lista',
        slug: 'guia-de-regalos',
        excerpt: '¿No sabes qué regalar? Nuestro equipo comparte los regalos que le encantaría recibir.',
        paragraphs: [
          'Un buen regalo no tiene por qué ser caro. Solo tiene que demostrar que prestaste atención. Esa es la idea detrás de cada caja que preparamos y cada producto que elegimos.',
          'Para quien adora los desayunos tranquilos, una taza hecha a mano y un paquete de café local resultan personales sin pasarse. Para quien disfruta de estar en casa, una vela y unos paños de lino convierten cualquier tarde en un ritual.',
          'Si de verdad no tienes ni idea, apuesta por algo bonito que se gaste: jabones, aceites corporales o té. Siempre se usan y nunca acumulan polvo.',
          'Y si dudas, una tarjeta regalo con una nota escrita a mano dice exactamente lo que quieres decir: quiero que tengas algo que te encante.',
        ],
        subheading: 'Las elecciones de nuestro equipo',
        listItems: [
          'Taza de cerámica para amantes del café',
          'Vela de soja y paños de lino para los más caseros',
          'Tarjetero de piel para minimalistas',
          'Trío de jabones para quien necesita una pausa',
          'Una sansevieria para quien estrena casa',
        ],
        quote: 'Un buen regalo dice: te conozco y pensé en ti.',
      },
      {
        title: 'Conoce a los creadores detrás de nuestras estanterías',
        slug: 'conoce-a-los-creadores',
        excerpt: 'Visitamos tres de los talleres cuyo trabajo más te gusta y volvimos llenos de ideas.',
        paragraphs: [
          'Casi todo lo que vendemos lo hacen personas en pequeños talleres, garajes y habitaciones convertidas en estudio. Creemos que mereces saber quiénes son.',
          'Nuestra ceramista tornea cada taza en un antiguo granero y esmalta en pequeñas hornadas, así que no hay dos piezas iguales.',
          'La creadora de nuestras velas empezó fundiendo cera de soja en la cocina de su casa como afición. Cinco años después da trabajo a tres personas y sigue mezclando cada aroma a mano.',
          'Comprar a pequeños creadores mantiene vivos los oficios y el dinero en las comunidades locales. Cada vez que eliges una pieza artesana, formas parte de esa historia.',
        ],
        subheading: 'Lo que buscamos en un creador',
        listItems: [
          'Materiales de calidad y acabados cuidados',
          'Salarios justos y buenas condiciones de trabajo',
          'Producción y embalaje con pocos residuos',
          'Pasión de verdad por su oficio',
        ],
        quote: 'Cuando compras algo hecho a mano, te llevas horas de talento y cuidado de alguien.',
      },
      {
        title: 'Cómo cuidar los materiales naturales',
        slug: 'cuidar-materiales-naturales',
        excerpt: 'Hábitos sencillos para que el lino, la piel, la cerámica y la madera luzcan bonitos durante años.',
        paragraphs: [
          'Los materiales naturales envejecen con carácter, pero un poco de cuidado marca la diferencia. Estos son los consejos que más damos en la tienda.',
          'El lino agradece los programas delicados y odia la secadora a alta temperatura. Lávalo en frío, sacúdelo bien y déjalo secar al aire. Cada lavado lo hace más suave.',
          'La piel de curtido vegetal desarrolla una pátina preciosa con el uso. Evita que se empape y aplícale un bálsamo para piel cada pocos meses.',
          'La cerámica artesana suele poder ir al lavavajillas, pero lavarla a mano mantiene el esmalte más bonito. Evita los cambios bruscos de temperatura, como echar agua hirviendo en una taza muy fría.',
        ],
        subheading: 'Lista rápida de cuidados',
        listItems: [
          'Lava el lino en frío y sécalo al aire',
          'Hidrata la piel cada tres meses',
          'Friega la cerámica a mano siempre que puedas',
          'Aceita las tablas de madera una vez al mes',
          'Recorta la mecha de la vela antes de encenderla',
        ],
        quote: 'Las cosas duran más cuando las tratamos como si importaran.',
      },
    ],
  },
  contact: {
    headings: ['Contacta con nosotros', 'Estamos para ayudarte', 'Visítanos o escríbenos'],
    intros: [
      '¿Dudas sobre un pedido, un producto o un regalo personalizado? Escríbenos y una persona de verdad te responderá en menos de 24 horas laborables.',
      'Visita la tienda para verlo todo en persona o escríbenos online. Nos encanta ayudarte a encontrar la pieza adecuada.',
      'También recibimos con gusto consultas de empresas, prensa y creadores que quieran vender con nosotros.',
    ],
    hours: 'retail',
  },
  gallery: {
    headings: ['Dentro de {name}', 'Nuestra tienda y nuestros creadores', 'De cerca'],
    captions: [
      'Novedades en la mesa de entrada',
      'Tazas recién salidas del horno',
      'Pedidos empaquetados a mano y sin plástico',
      'Nuestro escaparate de esta temporada',
      'Una ceramista esmaltando en su taller',
      'Velas reposando tras el vertido',
      'Cajas regalo listas para Navidad',
      'Lino en todos los tonos neutros',
    ],
  },
  logos: {
    headings: ['Creadores que vendemos', 'Han hablado de nosotros', 'Marcas aliadas'],
    names: ['Taller Tierra y Fuego', 'Velas La Colmena', 'Marroquinería Artesa', 'Lino del Norte', 'Revista Hecho a Mano', 'Vivero Las Hiedras'],
  },
};

export const shopBanks: KindBanks = { en, 'pt-BR': ptBR, es };
