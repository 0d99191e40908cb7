// Copy banks for cafes: coffee shops, cafeterias and specialty coffee bars.
import type { CopyBank, KindBanks } from '@/lib/sites/templates/copy-bank';

const en: CopyBank = {
  kind: 'cafe',
  language: 'en',
  names: ['Morning Ritual Coffee', 'The Daily Grind', 'Bean & Bloom', 'Little Fox Cafe', 'Second Cup', 'Copper Kettle Coffee House', 'Hearth & Brew'],
  taglines: [
    'Great coffee, good people, no rush.',
    'Your daily cup, made with care.',
    'Specialty coffee for everyday mornings.',
    'Slow down. The coffee is worth it.',
    'The neighborhood living room of {city}.',
  ],
  pages: { home: 'Home', about: 'About Us', services: 'Menu', contact: 'Find Us', blog: 'Coffee Notes', pricing: 'Subscriptions' },
  hero: {
    eyebrows: ['Specialty coffee, roasted weekly', 'Espresso · Pour-over · Fresh bakes', 'Open early, every day', 'Your neighborhood coffee shop'],
    headlines: ['Coffee worth slowing down for', 'Your favorite part of the morning', 'Good coffee, better company', 'Where every cup is made with care'],
    subheadlines: [
      'At {name}, we brew carefully sourced beans, bake fresh every morning and save you a cozy seat by the window.',
      'Grab a flat white on your way to work or settle in with a pour-over and a good book. Either way, we are glad you are here.',
      'Single-origin espresso, house-made syrups and pastries from the bakery down the street. Pull up a chair.',
      'The best cup in {city}, served with a smile and a pastry that is still warm.',
    ],
    primaryActions: ['See the menu', 'Order ahead', 'Visit us today'],
    secondaryActions: ['Shop our beans', 'Find the cafe', 'Our coffee story'],
  },
  about: {
    headings: ['Our story', 'More than a coffee shop', 'From the farm to your cup'],
    paragraphs: [
      [
        '{name} opened with one espresso machine, a handful of secondhand tables and a simple wish: to make the kind of coffee shop we wanted to spend our mornings in.',
        'Today we still pull every shot by hand, we know most regulars by their usual order, and the coffee is still the reason we get up early.',
      ],
      [
        'We buy our beans from small roasters who work directly with farmers, paying fair prices for coffee that is grown with care.',
        'Every bag is roasted within the last two weeks and dialed in each morning by our baristas, so your cup tastes exactly like it should: sweet, balanced and alive.',
        'Pair it with a pastry baked fresh that morning, and you have our favorite breakfast.',
      ],
      [
        'A good cafe is a neighborhood\'s living room. It is where deals get closed, first dates happen and people write the first chapter of their novel.',
        'At {name}, everyone is welcome to stay as long as they like. Fast wifi, plenty of outlets, good music at a reasonable volume and refills that come with a smile.',
      ],
    ],
    highlights: ['Beans roasted within two weeks', 'Direct-trade, traceable coffee', 'Oat, almond and soy milk at no extra cost', 'Free wifi and plenty of outlets', 'Pastries baked fresh every morning'],
  },
  features: {
    headings: ['Why people love our coffee', 'What makes {name} special', 'The little things in every cup'],
    intros: [
      'Great coffee comes from hundreds of small decisions. Here are the ones we are proudest of.',
      'We care about every step, from the farm to the foam on your cappuccino.',
      'A few reasons our regulars keep coming back, cup after cup.',
    ],
    items: [
      { icon: 'coffee', title: 'Specialty beans', text: 'Traceable, high-scoring coffees from small farms, roasted within the last two weeks.' },
      { icon: 'award', title: 'Skilled baristas', text: 'Our team is trained to dial in every shot and pour a silky flat white every time.' },
      { icon: 'leaf', title: 'Plant milks included', text: 'Oat, almond and soy at no extra charge, because nobody should pay more for their milk.' },
      { icon: 'cake', title: 'Fresh bakes daily', text: 'Croissants, muffins and cakes delivered warm from a local bakery every morning.' },
      { icon: 'home', title: 'A place to stay', text: 'Comfy seats, fast wifi and outlets everywhere, whether you are working or catching up.' },
      { icon: 'clock', title: 'Order ahead', text: 'Skip the line: order on your phone and your drink will be waiting at the counter.' },
    ],
  },
  offers: {
    headings: ['Our menu', 'What we are brewing', 'Coffee, tea and good things to eat'],
    intros: [
      'Every drink can be made with oat, almond or soy milk at no extra cost. Ask us about today\'s single origin.',
      'Classic espresso drinks, slow coffee and a small kitchen menu for breakfast and lunch.',
      'Prices are for a regular size. Add a shot or go large for a little more.',
    ],
    items: [
      { category: 'Coffee', title: 'Espresso', description: 'A double shot of our house blend: notes of chocolate, caramel and red fruit.', price: '3.25', icon: 'coffee', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Coffee', title: 'Flat white', description: 'Double ristretto with velvety steamed milk. Small, strong and smooth.', price: '4.50', icon: 'coffee', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Coffee', title: 'Cappuccino', description: 'Espresso, steamed milk and a thick cap of foam, dusted with cocoa on request.', price: '4.75', icon: 'coffee', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Coffee', title: 'Pour-over', description: 'Today\'s single origin brewed by hand in a V60. Ask for tasting notes.', price: '5.00', icon: 'coffee', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Coffee', title: 'Cold brew', description: 'Steeped for 18 hours for a smooth, naturally sweet iced coffee.', price: '4.75', icon: 'sun', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Tea and more', title: 'Chai latte', description: 'House-made spiced chai with steamed milk and a touch of honey.', price: '5.00', icon: 'leaf', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Tea and more', title: 'Matcha latte', description: 'Ceremonial-grade matcha whisked with your choice of milk.', price: '5.50', icon: 'leaf', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Tea and more', title: 'Hot chocolate', description: 'Real dark chocolate melted into steamed milk. Whipped cream optional.', price: '4.50', icon: 'heart', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Food', title: 'Avocado toast', description: 'Sourdough, smashed avocado, chili flakes, lemon and seeds.', price: '9.50', icon: 'leaf', tags: ['vegan', 'dairyFree'] },
      { category: 'Food', title: 'Breakfast sandwich', description: 'Fried egg, aged cheddar and tomato jam on a toasted brioche bun.', price: '8.75', icon: 'utensils', tags: ['vegetarian'] },
      { category: 'Food', title: 'Butter croissant', description: 'Flaky and golden, delivered warm from our bakery partner every morning.', price: '3.75', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Food', title: 'Banana bread', description: 'Moist, toasted and served with a little salted butter.', price: '4.25', icon: 'cake', tags: ['vegetarian'] },
    ],
  },
  testimonials: {
    headings: ['What our regulars say', 'Loved by the neighborhood', 'Kind words over coffee'],
    items: [
      { quote: 'The best flat white in town, hands down. And they remember my order before I even reach the counter.', name: 'Lauren Scott', role: 'Daily regular' },
      { quote: 'My favorite place to work remotely. Great coffee, fast wifi and nobody rushes you out.', name: 'Ethan Reed', role: 'Freelance designer' },
      { quote: 'I never liked black coffee until I tried their pour-over. Now I am a total convert.', name: 'Sophia Nguyen', role: 'Weekend visitor' },
      { quote: 'No extra charge for oat milk is such a small thing, but it tells you everything about how they treat people.', name: 'Jordan Ellis', role: 'Oat latte devotee' },
      { quote: 'The coffee subscription is the best gift I ever gave myself. Fresh beans on my doorstep every two weeks.', name: 'Amanda Price', role: 'Subscriber' },
      { quote: 'Warm, cozy and always smells amazing. It has become our Sunday morning tradition.', name: 'Nick and Tara Lewis', role: 'Sunday brunch regulars' },
    ],
  },
  faq: {
    headings: ['Frequently asked questions', 'Good to know', 'Before you stop by'],
    items: [
      { question: 'Do you have wifi and outlets?', answer: 'Yes. Wifi is free and fast, and most tables have an outlet nearby. On busy weekend mornings we kindly ask laptop users to share larger tables.' },
      { question: 'Do you charge extra for plant-based milk?', answer: 'Never. Oat, almond and soy milk are included at no extra cost in every drink.' },
      { question: 'Do you have decaf?', answer: 'We do. Our decaf is a Swiss Water processed coffee from Colombia, so it is chemical-free and still full of flavor.' },
      { question: 'Can I buy your coffee beans?', answer: 'Yes. We sell whole beans in the cafe and can grind them for your brewing method. You can also subscribe and get fresh coffee delivered.' },
      { question: 'Are dogs allowed?', answer: 'Well-behaved dogs are welcome on our patio, and we always have water and a treat ready for them.' },
      { question: 'Can I book the cafe for a meeting or event?', answer: 'We host small workshops, book clubs and private events after hours. Send us a message and we will help you plan it.' },
    ],
  },
  cta: {
    headings: ['Your cup is waiting', 'Come in for a coffee', 'Start your morning with us'],
    texts: [
      'Stop by for your favorite drink, or order ahead and skip the line.',
      'Fresh coffee, warm pastries and a seat saved for you.',
      'Take a break from the rush. We will put the kettle on.',
    ],
    actions: ['Order ahead', 'Find the cafe', 'See the menu'],
  },
  stats: [
    { value: '500+', label: 'Cups served every day' },
    { value: '4.9★', label: 'Average customer rating' },
    { value: '8', label: 'Partner coffee farms' },
    { value: '6 years', label: 'Brewing for the neighborhood' },
  ],
  team: [
    { name: 'Natalie Brooks', role: 'Founder', bio: 'Natalie left a corporate job to open the cafe she always wished existed. She still works the bar every Saturday morning.' },
    { name: 'Marcus Hill', role: 'Head barista', bio: 'A latte art competitor and coffee nerd, Marcus trains every barista on our team and picks our guest coffees.' },
    { name: 'Grace Lee', role: 'Cafe manager', bio: 'Grace keeps everything running smoothly, from morning deliveries to the playlist, and remembers every regular\'s name.' },
  ],
  pricing: {
    headings: ['Coffee subscriptions', 'Fresh beans, delivered', 'Bring our coffee home'],
    intros: [
      'Freshly roasted beans delivered to your door. Pause, skip or cancel anytime.',
      'Choose how much coffee you drink and we will take care of the rest. Whole beans or ground for your brewer.',
      'Every bag is roasted within days of shipping, with brewing tips and tasting notes included.',
    ],
    tiers: [
      { name: 'Taster', price: '18.00', period: '/month', description: 'One bag a month to explore a new single origin each time.', features: ['One 12 oz bag per month', 'A different origin every month', 'Whole bean or ground', 'Tasting notes card', 'Free shipping'] },
      { name: 'Regular', price: '32.00', period: '/month', description: 'Our favorite for daily brewers: enough coffee for a cup or two every day.', features: ['Two 12 oz bags per month', 'House blend plus a rotating origin', 'Delivery every two weeks', '10% off drinks in the cafe', 'Free shipping'] },
      { name: 'Office', price: '89.00', period: '/month', description: 'Keep your team caffeinated with fresh beans and barista support.', features: ['Five pounds of coffee per month', 'Blend chosen for your machine', 'Brewing setup advice', 'Priority delivery', 'One free team tasting per quarter'] },
    ],
  },
  blog: {
    headings: ['Coffee notes', 'From behind the bar', 'Stories in every cup'],
    intros: [
      'Brewing guides, coffee origins and news from the cafe.',
      'Everything we have learned about coffee, shared one cup at a time.',
      'Tips from our baristas and stories from the farms behind your coffee.',
    ],
    posts: [
      {
        title: 'How to brew better coffee at home',
        slug: 'brew-better-coffee-at-home',
        excerpt: 'Five simple changes that will make your morning cup taste like it came from our bar.',
        paragraphs: [
          'You don\'t need expensive equipment to make great coffee at home. Most of the difference comes from a few habits that take almost no extra time.',
          'Start with fresh beans. Coffee is at its best between one and four weeks after roasting, so check the roast date on the bag and buy small amounts more often.',
          'Grind right before brewing, and measure your coffee instead of guessing. A kitchen scale is the cheapest upgrade you can make: we use about 15 grams of coffee for every 250 ml of water.',
          'Finally, mind your water. Use filtered water just off the boil, around 200°F, and you will taste sweetness and clarity you may have been missing.',
        ],
        subheading: 'Our five golden rules',
        listItems: ['Buy beans roasted in the last month', 'Grind just before brewing', 'Weigh your coffee and water', 'Use filtered water just off the boil', 'Clean your equipment every week'],
        quote: 'Great coffee at home is not about gear. It is about paying a little more attention.',
      },
      {
        title: 'Where our coffee comes from',
        slug: 'where-our-coffee-comes-from',
        excerpt: 'Meet the farms and roasters behind the beans we brew every day.',
        paragraphs: [
          'Every cup we serve starts on a farm thousands of miles away, often on a steep hillside tended by families who have grown coffee for generations.',
          'We work with roasters who buy directly from these farms, paying well above commodity prices. That money goes into better harvests, fairer wages and schools in coffee communities.',
          'Direct relationships also mean traceability. We can tell you which farm, which variety and sometimes even which week your coffee was picked.',
          'When you taste bright citrus in a Kenyan coffee or chocolate in a Brazilian one, you are tasting the work of real people. We think they deserve to be known.',
        ],
        subheading: 'What direct trade means to us',
        listItems: ['Fair prices paid straight to producers', 'Full traceability for every bag', 'Long-term relationships, season after season', 'Better coffee for everyone in the chain'],
        quote: 'The best coffee is grown by people who are paid fairly to grow it.',
      },
      {
        title: 'Espresso drinks explained',
        slug: 'espresso-drinks-explained',
        excerpt: 'Flat white, cortado, cappuccino or latte? A quick guide to ordering exactly what you like.',
        paragraphs: [
          'Our menu board can look like a foreign language, but almost every espresso drink is just espresso and milk in different proportions.',
          'A cortado is equal parts espresso and warm milk, small and punchy. A flat white adds a little more silky milk with very thin foam, so the coffee still shines.',
          'A cappuccino has more foam and feels lighter and airier, while a latte is the milkiest of all, smooth and mellow, perfect for flavored syrups.',
          'Not sure what you like? Tell your barista how strong and how milky you want it, and we will make the perfect drink for you.',
        ],
        subheading: 'From strongest to mildest',
        listItems: ['Espresso: pure coffee, no milk', 'Cortado: equal parts coffee and milk', 'Flat white: strong and velvety', 'Cappuccino: lots of airy foam', 'Latte: the smoothest and milkiest'],
        quote: 'There is no wrong order, only the one you enjoy most.',
      },
    ],
  },
  contact: {
    headings: ['Find us', 'Come say hi', 'Visit the cafe'],
    intros: [
      'We are open early every day. Drop in, or send us a message about events, wholesale or subscriptions.',
      'Questions about our beans, your subscription or booking the space? We are happy to help.',
      'Follow the smell of fresh coffee, or get in touch and we will get back to you today.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['Life at {name}', 'Inside the cafe', 'Moments over coffee'],
    captions: ['Latte art at the morning rush', 'Fresh beans from this week\'s roast', 'The window seats on a rainy afternoon', 'Pour-over brewed by hand', 'Croissants just delivered', 'Our baristas behind the bar', 'A quiet corner for working', 'Iced coffee on the patio'],
  },
  logos: {
    headings: ['Our coffee partners', 'As featured in', 'Proudly serving'],
    names: ['Highland Ridge Roasters', 'Finca La Esperanza', 'Good Grain Bakery', 'Oak Valley Dairy', 'The Coffee Compass', 'Metro Weekly'],
  },
};

const ptBR: CopyBank = {
  kind: 'cafe',
  language: 'pt-BR',
  names: ['Café Grão Dourado', 'Coado & Cia', 'Café da Esquina', 'Torra Fina Cafés', 'Cafezal Urbano', 'Xícara Cheia', 'Café Jardim'],
  taglines: [
    'Café especial, gente boa e nenhuma pressa.',
    'O seu cafezinho, feito com carinho.',
    'Do grão à xícara, com todo cuidado.',
    'Pare um pouco. O café merece.',
    'O cantinho mais gostoso de {city} para tomar um café.',
  ],
  pages: { home: 'Início', about: 'Sobre Nós', services: 'Cardápio', contact: 'Onde Estamos', blog: 'Blog', pricing: 'Clube do Café' },
  hero: {
    eyebrows: ['Cafés especiais torrados toda semana', 'Espresso · Coado · Pão de queijo quentinho', 'Aberto desde cedo, todos os dias', 'A cafeteria do bairro'],
    headlines: ['Um café que vale a pausa', 'A melhor parte da sua manhã', 'Café bom e companhia melhor ainda', 'Cada xícara feita com carinho'],
    subheadlines: [
      'No {name}, a gente prepara grãos especiais de pequenos produtores, serve pão de queijo saindo do forno e guarda um lugar gostoso na janela para você.',
      'Pegue um cappuccino a caminho do trabalho ou sente com calma para um coado e um bom livro. Do jeito que for, que bom que você veio.',
      'Cafés do Sul de Minas e do Cerrado, xaropes feitos aqui e bolos caseiros todos os dias. Puxe uma cadeira.',
      'O melhor cafezinho de {city}, servido com sorriso e um pão de queijo quentinho.',
    ],
    primaryActions: ['Ver o cardápio', 'Pedir para viagem', 'Venha nos visitar'],
    secondaryActions: ['Conhecer nossos grãos', 'Como chegar', 'Nossa história'],
  },
  about: {
    headings: ['Nossa história', 'Mais que uma cafeteria', 'Da fazenda para a sua xícara'],
    paragraphs: [
      [
        'O {name} abriu com uma máquina de espresso, algumas mesas de segunda mão e uma vontade simples: criar a cafeteria onde a gente gostaria de passar as manhãs.',
        'Até hoje cada espresso é extraído à mão, conhecemos o pedido de muitos clientes de cor e o café continua sendo o motivo de acordarmos cedo.',
      ],
      [
        'O Brasil produz alguns dos melhores cafés do mundo, e a gente faz questão de servir o que há de melhor por aqui. Compramos direto de pequenos produtores de Minas Gerais, São Paulo e Espírito Santo.',
        'Todo grão é torrado há no máximo duas semanas e regulado toda manhã pelos nossos baristas, para que a sua xícara fique do jeito certo: doce, equilibrada e cheia de sabor.',
        'Com um pão de queijo ou uma fatia de bolo caseiro do lado, vira o nosso café da manhã preferido.',
      ],
      [
        'Cafeteria boa é a sala de estar do bairro. É onde se fecha negócio, se marca o primeiro encontro e se escreve o primeiro capítulo de um livro.',
        'No {name}, todo mundo pode ficar o tempo que quiser. Wi-Fi rápido, tomadas sobrando, música boa num volume gostoso e aquele refil servido com sorriso.',
      ],
    ],
    highlights: ['Grãos torrados há no máximo duas semanas', 'Café comprado direto do produtor', 'Leite vegetal sem custo extra', 'Wi-Fi grátis e tomadas em todas as mesas', 'Pão de queijo e bolos feitos aqui'],
  },
  features: {
    headings: ['Por que nosso café é diferente', 'O que faz o {name} especial', 'Os detalhes de cada xícara'],
    intros: [
      'Café bom nasce de centenas de pequenas escolhas. Estas são as que mais nos orgulham.',
      'Cuidamos de cada etapa, da fazenda até a espuma do seu cappuccino.',
      'Alguns motivos que fazem os nossos clientes voltarem, xícara após xícara.',
    ],
    items: [
      { icon: 'coffee', title: 'Cafés especiais', text: 'Grãos rastreáveis e bem pontuados de pequenas fazendas brasileiras, torrados há poucos dias.' },
      { icon: 'award', title: 'Baristas de verdade', text: 'Nossa equipe é treinada para regular cada extração e vaporizar o leite no ponto certo.' },
      { icon: 'leaf', title: 'Leite vegetal incluso', text: 'Aveia, amêndoa ou soja sem cobrar nada a mais. Ninguém deveria pagar extra pelo leite.' },
      { icon: 'cake', title: 'Feito aqui todo dia', text: 'Pão de queijo, bolos caseiros e cookies assados na nossa cozinha toda manhã.' },
      { icon: 'home', title: 'Lugar para ficar', text: 'Poltronas confortáveis, Wi-Fi rápido e tomada perto de cada mesa, para trabalhar ou bater papo.' },
      { icon: 'clock', title: 'Peça e retire', text: 'Faça o pedido pelo WhatsApp e seu café fica pronto no balcão, sem fila.' },
    ],
  },
  offers: {
    headings: ['Nosso cardápio', 'O que tem na xícara', 'Cafés, bebidas e comidinhas'],
    intros: [
      'Todas as bebidas podem ser feitas com leite de aveia, amêndoa ou soja sem custo extra. Pergunte qual é o café da semana.',
      'Clássicos do espresso, métodos filtrados e um cardápio de comidinhas para o café da manhã e o lanche da tarde.',
      'Preços para o tamanho padrão. Dose extra ou tamanho grande por um valor a mais.',
    ],
    items: [
      { category: 'Cafés', title: 'Espresso', description: 'Dose do nosso blend da casa, com notas de chocolate, caramelo e castanhas.', price: '7.50', icon: 'coffee', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Cafés', title: 'Cappuccino', description: 'Espresso, leite vaporizado e espuma cremosa, com canela ou cacau se quiser.', price: '13.00', icon: 'coffee', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Cafés', title: 'Latte', description: 'Espresso com bastante leite vaporizado, suave e cremoso.', price: '14.00', icon: 'coffee', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Cafés', title: 'Coado no V60', description: 'O café especial da semana passado na hora. Pergunte as notas sensoriais.', price: '16.00', icon: 'coffee', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Cafés', title: 'Cold brew com tônica', description: 'Café extraído a frio por 18 horas, servido com água tônica e laranja.', price: '18.00', icon: 'sun', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Outras bebidas', title: 'Chocolate quente', description: 'Chocolate 50% cacau derretido no leite vaporizado. Chantilly opcional.', price: '15.00', icon: 'heart', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Outras bebidas', title: 'Chai latte', description: 'Chá de especiarias preparado aqui, com leite vaporizado e um toque de mel.', price: '15.00', icon: 'leaf', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Comidinhas', title: 'Pão de queijo', description: 'Porção com quatro unidades, saindo do forno a cada meia hora.', price: '12.00', icon: 'heart', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Comidinhas', title: 'Pão na chapa', description: 'Pão francês tostadinho na manteiga. O clássico da padaria, do nosso jeito.', price: '9.00', icon: 'utensils', tags: ['vegetarian'] },
      { category: 'Comidinhas', title: 'Torrada de abacate', description: 'Pão de fermentação natural, abacate amassado, limão, pimenta e sementes.', price: '28.00', icon: 'leaf', tags: ['vegan', 'dairyFree'] },
      { category: 'Comidinhas', title: 'Misto quente', description: 'Presunto e queijo derretido no pão de forma da casa, tostado na chapa.', price: '18.00', icon: 'utensils' },
      { category: 'Comidinhas', title: 'Bolo de fubá com goiabada', description: 'Fatia generosa de bolo caseiro, fofinho e com pedacinhos de goiabada.', price: '12.00', icon: 'cake', tags: ['vegetarian'] },
    ],
  },
  testimonials: {
    headings: ['O que dizem nossos clientes', 'O cafezinho preferido do bairro', 'Palavras entre um café e outro'],
    items: [
      { quote: 'O melhor cappuccino da região, sem dúvida. E eles já sabem o meu pedido antes de eu chegar no balcão.', name: 'Ana Ribeiro', role: 'Cliente de todas as manhãs' },
      { quote: 'Meu lugar preferido para trabalhar. Café ótimo, Wi-Fi rápido e ninguém apressa a gente.', name: 'Gustavo Moreira', role: 'Designer freelancer' },
      { quote: 'Eu só tomava café com açúcar até provar o coado daqui. Mudou a minha relação com o café.', name: 'Larissa Campos', role: 'Visita aos fins de semana' },
      { quote: 'Não cobrar pelo leite de aveia parece pouco, mas mostra como eles tratam as pessoas.', name: 'Thiago Barbosa', role: 'Fã do latte de aveia' },
      { quote: 'A assinatura do clube foi o melhor presente que eu me dei. Café fresquinho chegando em casa todo mês.', name: 'Renata Cardoso', role: 'Assinante do clube' },
      { quote: 'Pão de queijo quentinho, café coado e aquele cheirinho bom. Virou o nosso programa de domingo.', name: 'João e Paula Pereira', role: 'Clientes de domingo' },
    ],
  },
  faq: {
    headings: ['Dúvidas frequentes', 'Bom saber', 'Antes de passar aqui'],
    items: [
      { question: 'Tem Wi-Fi e tomada?', answer: 'Tem sim. O Wi-Fi é grátis e rápido, e quase todas as mesas têm tomada por perto. Nos horários mais cheios do fim de semana, pedimos que quem estiver de notebook divida as mesas maiores.' },
      { question: 'Vocês cobram a mais pelo leite vegetal?', answer: 'Nunca. Leite de aveia, amêndoa e soja estão incluídos em todas as bebidas, sem custo extra.' },
      { question: 'Tem café descafeinado?', answer: 'Temos. Nosso descafeinado é um café especial brasileiro processado sem químicos, e continua cheio de sabor.' },
      { question: 'Posso comprar os grãos para fazer em casa?', answer: 'Pode. Vendemos os cafés em grão ou moídos para o seu método de preparo, e você também pode assinar o nosso clube do café.' },
      { question: 'Posso levar meu cachorro?', answer: 'Cachorros bem-comportados são bem-vindos na área externa. Sempre temos água fresquinha e um petisco para eles.' },
      { question: 'Dá para reservar o espaço para um evento?', answer: 'Dá sim. Recebemos workshops, clubes do livro e eventos fechados fora do horário. Mande uma mensagem e a gente ajuda a organizar.' },
    ],
  },
  cta: {
    headings: ['Seu café está esperando', 'Vem tomar um café', 'Comece o dia com a gente'],
    texts: [
      'Passe aqui para a sua bebida preferida ou peça pelo WhatsApp e retire sem fila.',
      'Café fresquinho, pão de queijo quentinho e um lugar reservado para você.',
      'Dê uma pausa na correria. A gente coloca a água para ferver.',
    ],
    actions: ['Pedir pelo WhatsApp', 'Como chegar', 'Ver o cardápio'],
  },
  stats: [
    { value: '600+', label: 'Xícaras servidas por dia' },
    { value: '4,9★', label: 'Nota média dos clientes' },
    { value: '12', label: 'Fazendas parceiras' },
    { value: '7 anos', label: 'Passando café no bairro' },
  ],
  team: [
    { name: 'Mariana Azevedo', role: 'Fundadora', bio: 'Mariana trocou o escritório pelo balcão para abrir a cafeteria que sempre quis frequentar. Aos sábados ainda é ela quem tira os espressos.' },
    { name: 'Felipe Rocha', role: 'Barista-chefe', bio: 'Campeão regional de latte art, Felipe treina toda a equipe e escolhe os cafés convidados de cada mês.' },
    { name: 'Dona Rosa Lima', role: 'Cozinha', bio: 'É a Dona Rosa quem faz o pão de queijo e os bolos caseiros que somem do balcão antes do meio-dia.' },
  ],
  pricing: {
    headings: ['Clube do café', 'Café fresquinho na sua casa', 'Leve o nosso café para casa'],
    intros: [
      'Cafés especiais torrados na hora e entregues na sua porta. Pause ou cancele quando quiser.',
      'Escolha quanto café você toma e a gente cuida do resto. Em grãos ou moído para o seu método.',
      'Cada pacote é torrado poucos dias antes do envio e vem com dicas de preparo e notas sensoriais.',
    ],
    tiers: [
      { name: 'Degustação', price: '59.00', period: '/mês', description: 'Um pacote por mês para conhecer um café diferente a cada envio.', features: ['Um pacote de 250 g por mês', 'Uma fazenda nova todo mês', 'Em grãos ou moído', 'Cartão com notas sensoriais', 'Frete grátis para a região'] },
      { name: 'Do Dia a Dia', price: '99.00', period: '/mês', description: 'O preferido de quem passa café todo dia em casa.', features: ['Dois pacotes de 250 g por mês', 'Blend da casa e um café convidado', 'Entrega a cada 15 dias', '10% de desconto na cafeteria', 'Frete grátis para a região'] },
      { name: 'Escritório', price: '249.00', period: '/mês', description: 'Café especial para a sua equipe, com suporte de barista.', features: ['2 kg de café por mês', 'Torra escolhida para a sua máquina', 'Orientação para montar o cantinho do café', 'Entrega prioritária', 'Uma degustação para a equipe por trimestre'] },
    ],
  },
  blog: {
    headings: ['Blog do café', 'Por trás do balcão', 'Histórias em cada xícara'],
    intros: [
      'Guias de preparo, origens do café e novidades da cafeteria.',
      'Tudo o que aprendemos sobre café, dividido uma xícara de cada vez.',
      'Dicas dos nossos baristas e histórias das fazendas por trás do seu café.',
    ],
    posts: [
      {
        title: 'Como fazer um café coado melhor em casa',
        slug: 'cafe-coado-melhor-em-casa',
        excerpt: 'Cinco mudanças simples para o seu café de todo dia ficar com gosto de cafeteria.',
        paragraphs: [
          'Não precisa de equipamento caro para tomar um café excelente em casa. A maior diferença está em alguns hábitos que quase não tomam tempo.',
          'Comece pelo grão fresco. O café fica no seu melhor entre uma e quatro semanas depois da torra, então confira a data no pacote e compre em quantidades menores.',
          'Moa na hora de passar e meça o café em vez de usar a colher no olho. Uma balança de cozinha é o melhor investimento: usamos cerca de 15 gramas de café para 250 ml de água.',
          'E cuide da água. Use água filtrada, sem deixar ferver demais, por volta de 92 a 96 graus. Você vai sentir doçura e sabores que estavam escondidos.',
        ],
        subheading: 'Nossas cinco regras de ouro',
        listItems: ['Compre grãos torrados há menos de um mês', 'Moa na hora de preparar', 'Pese o café e a água', 'Use água filtrada quase fervendo', 'Escalde o filtro de papel antes'],
        quote: 'Café bom em casa não depende de equipamento, depende de atenção.',
      },
      {
        title: 'De onde vem o nosso café',
        slug: 'de-onde-vem-nosso-cafe',
        excerpt: 'Conheça as fazendas e os produtores brasileiros por trás dos grãos que servimos todos os dias.',
        paragraphs: [
          'Toda xícara que servimos começa numa fazenda, muitas vezes nas montanhas do Sul de Minas, do Cerrado Mineiro ou das serras do Espírito Santo.',
          'Compramos direto de pequenos produtores e pagamos bem acima do preço de mercado. Esse valor volta em colheitas mais cuidadosas, salários mais justos e investimento nas comunidades.',
          'A compra direta também garante rastreabilidade. Sabemos de qual fazenda, qual variedade e às vezes até de qual semana de colheita veio o seu café.',
          'Quando você sente notas de frutas amarelas ou de chocolate na xícara, está provando o trabalho de gente de verdade. A gente acha que elas merecem ser conhecidas.',
        ],
        subheading: 'O que a compra direta significa para nós',
        listItems: ['Preço justo pago direto ao produtor', 'Rastreabilidade de cada pacote', 'Parcerias que duram safra após safra', 'Café melhor para todo mundo na cadeia'],
        quote: 'O melhor café é cultivado por quem recebe um preço justo para cultivá-lo.',
      },
      {
        title: 'Guia rápido das bebidas com espresso',
        slug: 'guia-bebidas-com-espresso',
        excerpt: 'Cappuccino, latte, macchiato ou cortado? Aprenda a pedir exatamente o que você gosta.',
        paragraphs: [
          'O cardápio da cafeteria pode parecer outra língua, mas quase toda bebida com espresso é só café e leite em proporções diferentes.',
          'O macchiato é um espresso manchado com um pouquinho de espuma. O cortado leva partes iguais de café e leite, pequeno e intenso.',
          'O cappuccino tem mais espuma e fica mais leve e aerado. Já o latte é o mais cremoso de todos, suave e perfeito para quem gosta de café com leite.',
          'Ainda na dúvida? Conte ao barista se você prefere mais forte ou mais suave, e a gente prepara a bebida ideal.',
        ],
        subheading: 'Da mais forte para a mais suave',
        listItems: ['Espresso: café puro, sem leite', 'Macchiato: espresso com um toque de espuma', 'Cortado: partes iguais de café e leite', 'Cappuccino: bastante espuma aerada', 'Latte: o mais cremoso e suave'],
        quote: 'Não existe pedido errado, só aquele que você mais gosta.',
      },
    ],
  },
  contact: {
    headings: ['Onde estamos', 'Venha tomar um café', 'Fale com a gente'],
    intros: [
      'Abrimos cedo todos os dias. Passe aqui ou mande uma mensagem sobre eventos, revenda ou o clube do café.',
      'Dúvidas sobre os grãos, a sua assinatura ou reserva do espaço? A gente ajuda com prazer.',
      'Siga o cheirinho de café ou fale com a gente que respondemos hoje mesmo.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['Um dia no {name}', 'Por dentro da cafeteria', 'Momentos com café'],
    captions: ['Latte art no movimento da manhã', 'Grãos fresquinhos da torra da semana', 'O cantinho da janela numa tarde de chuva', 'Coado no V60 feito na hora', 'Pão de queijo saindo do forno', 'Nossos baristas no balcão', 'Mesa tranquila para trabalhar', 'Cold brew na área externa'],
  },
  logos: {
    headings: ['Nossos parceiros', 'Saímos na imprensa', 'Cafés que servimos'],
    names: ['Fazenda Santa Inês', 'Sítio Pedra Branca', 'Torrefação Alto Caparaó', 'Laticínios Boa Vista', 'Revista Xícara', 'Guia do Café Especial'],
  },
};

const es: CopyBank = {
  kind: 'cafe',
  language: 'es',
  names: ['Café Tostado', 'La Taza Feliz', 'Grano & Leche', 'Café del Rincón', 'Molienda Café', 'El Cafetal', 'Café Aurora'],
  taglines: [
    'Buen café, buena gente y sin prisas.',
    'Tu café de cada día, hecho con mimo.',
    'Café de especialidad para todas las mañanas.',
    'Para un momento. El café lo merece.',
    'El salón de estar de {city}.',
  ],
  pages: { home: 'Inicio', about: 'Nosotros', services: 'Carta', contact: 'Dónde Estamos', blog: 'Blog', pricing: 'Suscripciones' },
  hero: {
    eyebrows: ['Café de especialidad tostado cada semana', 'Espresso · Filtrados · Bollería del día', 'Abierto desde temprano, todos los días', 'Tu cafetería de barrio'],
    headlines: ['Un café que merece la pausa', 'La mejor parte de tu mañana', 'Buen café, mejor compañía', 'Cada taza, hecha con cariño'],
    subheadlines: [
      'En {name} preparamos granos seleccionados de pequeños productores, horneamos cada mañana y te guardamos un sitio junto a la ventana.',
      'Llévate un flat white de camino al trabajo o quédate con un filtrado y un buen libro. Como sea, nos alegra que estés aquí.',
      'Espresso de origen único, siropes caseros y bollería del obrador de la esquina. Siéntate y disfruta.',
      'El mejor café de {city}, servido con una sonrisa y algo rico recién horneado.',
    ],
    primaryActions: ['Ver la carta', 'Pedir para llevar', 'Ven a vernos'],
    secondaryActions: ['Nuestros cafés', 'Cómo llegar', 'Nuestra historia'],
  },
  about: {
    headings: ['Nuestra historia', 'Mucho más que una cafetería', 'De la finca a tu taza'],
    paragraphs: [
      [
        '{name} abrió con una cafetera espresso, unas cuantas mesas de segunda mano y un deseo sencillo: crear la cafetería en la que nos gustaría pasar las mañanas.',
        'Hoy seguimos extrayendo cada café a mano, conocemos de memoria el pedido de muchos clientes y el café sigue siendo la razón por la que madrugamos.',
      ],
      [
        'Compramos nuestros granos a pequeños tostadores que trabajan directamente con caficultores de Colombia, Etiopía, Guatemala y Brasil, y pagan precios justos por un café cultivado con cuidado.',
        'Cada bolsa tiene menos de dos semanas de tueste y nuestros baristas la ajustan cada mañana, para que tu taza sepa como debe: dulce, equilibrada y llena de vida.',
        'Acompáñala con algo recién horneado y tendrás nuestro desayuno favorito.',
      ],
      [
        'Una buena cafetería es el salón de estar del barrio. Es donde se cierran tratos, se tienen primeras citas y se escribe el primer capítulo de una novela.',
        'En {name} puedes quedarte todo el tiempo que quieras: wifi rápido, enchufes de sobra, buena música a un volumen razonable y un equipo que siempre te recibe con una sonrisa.',
      ],
    ],
    highlights: ['Café tostado hace menos de dos semanas', 'Comercio directo y trazable', 'Bebidas vegetales sin coste extra', 'Wifi gratis y enchufes en todas las mesas', 'Bollería recién horneada cada mañana'],
  },
  features: {
    headings: ['Por qué nos gusta tanto nuestro café', 'Lo que hace especial a {name}', 'Los detalles de cada taza'],
    intros: [
      'El buen café nace de cientos de pequeñas decisiones. Estas son las que más nos enorgullecen.',
      'Cuidamos cada paso, desde la finca hasta la espuma de tu capuchino.',
      'Algunas razones por las que nuestros clientes vuelven taza tras taza.',
    ],
    items: [
      { icon: 'coffee', title: 'Café de especialidad', text: 'Granos trazables y de alta puntuación, de pequeñas fincas, tostados hace pocos días.' },
      { icon: 'award', title: 'Baristas con oficio', text: 'Nuestro equipo ajusta cada extracción y texturiza la leche para que quede sedosa.' },
      { icon: 'leaf', title: 'Bebidas vegetales incluidas', text: 'Avena, almendra o soja sin coste extra, porque nadie debería pagar más por su leche.' },
      { icon: 'cake', title: 'Horneado cada día', text: 'Cruasanes, bizcochos y galletas que llegan calentitos cada mañana.' },
      { icon: 'home', title: 'Un sitio para quedarse', text: 'Sillones cómodos, wifi rápido y enchufes por todas partes, para trabajar o charlar.' },
      { icon: 'clock', title: 'Pide y recoge', text: 'Haz tu pedido desde el móvil y tu bebida te estará esperando en la barra.' },
    ],
  },
  offers: {
    headings: ['Nuestra carta', 'Lo que preparamos', 'Cafés, tés y cosas ricas'],
    intros: [
      'Todas las bebidas pueden prepararse con avena, almendra o soja sin coste extra. Pregúntanos por el origen de la semana.',
      'Los clásicos del espresso, café de filtro y una pequeña carta para desayunar y merendar.',
      'Precios para tamaño normal. Un shot extra o tamaño grande, por un poco más.',
    ],
    items: [
      { category: 'Cafés', title: 'Espresso', description: 'Nuestro blend de la casa, con notas de chocolate, caramelo y frutos rojos.', price: '1.60', icon: 'coffee', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Cafés', title: 'Cortado', description: 'Espresso con un chorrito de leche texturizada. Pequeño e intenso.', price: '1.80', icon: 'coffee', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Cafés', title: 'Flat white', description: 'Doble ristretto con leche sedosa. Fuerte, suave y redondo.', price: '3.20', icon: 'coffee', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Cafés', title: 'Capuchino', description: 'Espresso, leche y una buena capa de espuma, con cacao si te apetece.', price: '2.80', icon: 'coffee', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Cafés', title: 'Filtrado V60', description: 'El origen de la semana preparado a mano. Pregunta por sus notas de cata.', price: '3.80', icon: 'coffee', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Cafés', title: 'Cold brew', description: 'Infusionado en frío durante 18 horas, suave y naturalmente dulce.', price: '3.50', icon: 'sun', tags: ['vegan', 'glutenFree', 'dairyFree'] },
      { category: 'Tés y otras bebidas', title: 'Chai latte', description: 'Chai de especias preparado en casa con leche texturizada y un toque de miel.', price: '3.60', icon: 'leaf', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Tés y otras bebidas', title: 'Chocolate caliente', description: 'Chocolate negro de verdad fundido en leche. Con nata si quieres.', price: '3.20', icon: 'heart', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Para comer', title: 'Tostada con tomate', description: 'Pan de masa madre, tomate rallado, aceite de oliva virgen extra y sal.', price: '3.00', icon: 'leaf', tags: ['vegan', 'dairyFree'] },
      { category: 'Para comer', title: 'Tostada de aguacate', description: 'Masa madre, aguacate, lima, escamas de chile y semillas.', price: '6.50', icon: 'leaf', tags: ['vegan', 'dairyFree'] },
      { category: 'Para comer', title: 'Cruasán de mantequilla', description: 'Hojaldrado y dorado, recién llegado del obrador cada mañana.', price: '1.90', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Para comer', title: 'Bizcocho de plátano', description: 'Jugoso, tostado a la plancha y servido con un poco de mantequilla salada.', price: '3.50', icon: 'cake', tags: ['vegetarian'] },
    ],
  },
  testimonials: {
    headings: ['Lo que dicen nuestros clientes', 'El café favorito del barrio', 'Palabras entre taza y taza'],
    items: [
      { quote: 'El mejor flat white de la ciudad, sin discusión. Y saben lo que voy a pedir antes de que llegue a la barra.', name: 'Lucía Fernández', role: 'Clienta de cada mañana' },
      { quote: 'Mi sitio favorito para teletrabajar. Café buenísimo, wifi rápido y nadie te mete prisa.', name: 'Martín Suárez', role: 'Diseñador independiente' },
      { quote: 'Nunca me había gustado el café solo hasta que probé su filtrado. Ahora no tomo otra cosa.', name: 'Paula Romero', role: 'Viene los fines de semana' },
      { quote: 'No cobrar extra por la bebida de avena parece un detalle pequeño, pero dice mucho de cómo tratan a la gente.', name: 'Daniel Vega', role: 'Fan del latte de avena' },
      { quote: 'La suscripción es el mejor regalo que me he hecho. Café recién tostado en casa cada dos semanas.', name: 'Isabel Moreno', role: 'Suscriptora' },
      { quote: 'Acogedor, tranquilo y siempre huele de maravilla. Se ha convertido en nuestro plan de domingo.', name: 'Ana y Jorge Prieto', role: 'Clientes de los domingos' },
    ],
  },
  faq: {
    headings: ['Preguntas frecuentes', 'Conviene saber', 'Antes de venir'],
    items: [
      { question: '¿Hay wifi y enchufes?', answer: 'Sí. El wifi es gratis y rápido, y casi todas las mesas tienen un enchufe cerca. En las horas punta del fin de semana pedimos a quien trabaja con portátil que comparta las mesas grandes.' },
      { question: '¿Cobran extra por la bebida vegetal?', answer: 'Nunca. La bebida de avena, almendra o soja está incluida en todas las bebidas sin coste adicional.' },
      { question: '¿Tienen café descafeinado?', answer: 'Sí. Nuestro descafeinado es un café colombiano procesado con agua, sin químicos, y sigue teniendo muchísimo sabor.' },
      { question: '¿Puedo comprar su café en grano?', answer: 'Claro. Vendemos café en grano o molido para tu cafetera, y también puedes suscribirte para recibirlo en casa.' },
      { question: '¿Se admiten perros?', answer: 'Los perros tranquilos son bienvenidos en la terraza, y siempre tenemos agua y una golosina para ellos.' },
      { question: '¿Puedo reservar el local para un evento?', answer: 'Organizamos talleres, clubes de lectura y eventos privados fuera del horario de apertura. Escríbenos y te ayudamos a planearlo.' },
    ],
  },
  cta: {
    headings: ['Tu café te espera', 'Pásate a tomar un café', 'Empieza la mañana con nosotros'],
    texts: [
      'Ven a por tu bebida favorita o pídela desde el móvil y evita la cola.',
      'Café recién hecho, bollería calentita y un sitio guardado para ti.',
      'Tómate un respiro. Nosotros ponemos el café.',
    ],
    actions: ['Pedir para llevar', 'Cómo llegar', 'Ver la carta'],
  },
  stats: [
    { value: '500+', label: 'Cafés servidos al día' },
    { value: '4,9★', label: 'Valoración media' },
    { value: '8', label: 'Fincas cafeteras aliadas' },
    { value: '6 años', label: 'Sirviendo café en el barrio' },
  ],
  team: [
    { name: 'Julia Benítez', role: 'Fundadora', bio: 'Julia dejó la oficina para abrir la cafetería que siempre había querido tener cerca. Los sábados sigue detrás de la barra.' },
    { name: 'Sergio Campos', role: 'Barista jefe', bio: 'Competidor de latte art y apasionado del café, Sergio forma a todo el equipo y elige los cafés invitados.' },
    { name: 'Camila Duarte', role: 'Encargada', bio: 'Camila hace que todo funcione, de los pedidos de la mañana a la música, y se sabe el nombre de cada cliente habitual.' },
  ],
  pricing: {
    headings: ['Suscripciones de café', 'Café recién tostado en tu casa', 'Llévate nuestro café'],
    intros: [
      'Café de especialidad recién tostado y enviado a tu puerta. Pausa o cancela cuando quieras.',
      'Elige cuánto café tomas y nosotros nos ocupamos del resto. En grano o molido para tu cafetera.',
      'Cada bolsa se tuesta pocos días antes del envío e incluye consejos de preparación y notas de cata.',
    ],
    tiers: [
      { name: 'Descubre', price: '15.00', period: '/mes', description: 'Una bolsa al mes para probar un origen distinto en cada envío.', features: ['Una bolsa de 250 g al mes', 'Un origen nuevo cada mes', 'En grano o molido', 'Ficha con notas de cata', 'Envío gratis'] },
      { name: 'Diario', price: '27.00', period: '/mes', description: 'El favorito de quien prepara café en casa cada día.', features: ['Dos bolsas de 250 g al mes', 'Blend de la casa y un café invitado', 'Envío cada dos semanas', '10% de descuento en la cafetería', 'Envío gratis'] },
      { name: 'Oficina', price: '75.00', period: '/mes', description: 'Café de especialidad para tu equipo, con asesoramiento de barista.', features: ['2 kg de café al mes', 'Tueste elegido para tu máquina', 'Asesoría para el rincón del café', 'Entrega prioritaria', 'Una cata para el equipo cada trimestre'] },
    ],
  },
  blog: {
    headings: ['Notas de café', 'Desde la barra', 'Historias en cada taza'],
    intros: [
      'Guías de preparación, orígenes del café y novedades de la cafetería.',
      'Todo lo que hemos aprendido sobre café, compartido taza a taza.',
      'Consejos de nuestros baristas e historias de las fincas detrás de tu café.',
    ],
    posts: [
      {
        title: 'Cómo preparar mejor café en casa',
        slug: 'mejor-cafe-en-casa',
        excerpt: 'Cinco cambios sencillos para que tu café de cada mañana sepa como el de nuestra barra.',
        paragraphs: [
          'No hace falta un equipo caro para tomar un café excelente en casa. La mayor diferencia está en unos pocos hábitos que apenas llevan tiempo.',
          'Empieza por el grano fresco. El café está en su mejor momento entre una y cuatro semanas después del tueste, así que mira la fecha en la bolsa y compra cantidades pequeñas más a menudo.',
          'Muele justo antes de preparar y pesa el café en lugar de calcularlo a ojo. Una báscula de cocina es la mejor inversión: usamos unos 15 gramos de café por cada 250 ml de agua.',
          'Por último, cuida el agua. Usa agua filtrada recién retirada del hervor, a unos 93 grados, y notarás un dulzor y una claridad que quizá te estabas perdiendo.',
        ],
        subheading: 'Nuestras cinco reglas de oro',
        listItems: ['Compra café tostado hace menos de un mes', 'Muele justo antes de preparar', 'Pesa el café y el agua', 'Usa agua filtrada casi hirviendo', 'Limpia tu cafetera cada semana'],
        quote: 'El buen café en casa no depende del equipo, depende de la atención.',
      },
      {
        title: 'De dónde viene nuestro café',
        slug: 'de-donde-viene-nuestro-cafe',
        excerpt: 'Conoce las fincas y los tostadores que hay detrás de los granos que preparamos cada día.',
        paragraphs: [
          'Cada taza que servimos empieza en una finca a miles de kilómetros, muchas veces en laderas empinadas cuidadas por familias que cultivan café desde hace generaciones.',
          'Trabajamos con tostadores que compran directamente a esas fincas y pagan muy por encima del precio de mercado. Ese dinero se convierte en mejores cosechas, salarios más justos y escuelas en las comunidades cafeteras.',
          'La relación directa también significa trazabilidad. Podemos decirte de qué finca, qué variedad y a veces incluso en qué semana se recogió tu café.',
          'Cuando notas cítricos en un café de Etiopía o chocolate en uno de Brasil, estás probando el trabajo de personas reales. Creemos que merecen que las conozcas.',
        ],
        subheading: 'Lo que significa para nosotros el comercio directo',
        listItems: ['Precios justos pagados directamente a los productores', 'Trazabilidad completa de cada bolsa', 'Relaciones que duran cosecha tras cosecha', 'Mejor café para todos en la cadena'],
        quote: 'El mejor café lo cultiva quien recibe un precio justo por cultivarlo.',
      },
      {
        title: 'Guía rápida de cafés con espresso',
        slug: 'guia-cafes-con-espresso',
        excerpt: '¿Cortado, flat white, capuchino o latte? Aprende a pedir justo lo que te gusta.',
        paragraphs: [
          'La pizarra de una cafetería puede parecer otro idioma, pero casi todas las bebidas con espresso son café y leche en distintas proporciones.',
          'El cortado lleva un chorrito de leche, pequeño e intenso. El flat white añade algo más de leche sedosa con muy poca espuma, para que el café siga siendo el protagonista.',
          'El capuchino tiene más espuma y resulta más ligero y aireado, mientras que el latte es el más lechoso de todos, suave y perfecto para siropes.',
          '¿Todavía dudas? Dile a tu barista si lo prefieres más fuerte o más suave y te prepararemos la bebida perfecta.',
        ],
        subheading: 'Del más intenso al más suave',
        listItems: ['Espresso: café puro, sin leche', 'Cortado: un chorrito de leche', 'Flat white: intenso y sedoso', 'Capuchino: mucha espuma aireada', 'Latte: el más suave y lechoso'],
        quote: 'No hay pedido equivocado, solo el que más disfrutas.',
      },
    ],
  },
  contact: {
    headings: ['Dónde estamos', 'Pásate a saludar', 'Escríbenos'],
    intros: [
      'Abrimos temprano todos los días. Ven a vernos o escríbenos sobre eventos, venta al por mayor o suscripciones.',
      '¿Dudas sobre nuestros cafés, tu suscripción o la reserva del local? Te ayudamos encantados.',
      'Sigue el olor a café recién hecho o escríbenos y te respondemos hoy mismo.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['Un día en {name}', 'Dentro de la cafetería', 'Momentos con café'],
    captions: ['Latte art en plena hora punta', 'Granos recién tostados de esta semana', 'Los sillones junto a la ventana en una tarde de lluvia', 'Filtrado V60 preparado a mano', 'Cruasanes recién llegados', 'Nuestros baristas en la barra', 'Un rincón tranquilo para trabajar', 'Cold brew en la terraza'],
  },
  logos: {
    headings: ['Nuestros aliados', 'Han hablado de nosotros', 'Cafés que servimos'],
    names: ['Finca El Mirador', 'Tostadores Sierra Nevada', 'Obrador San Telmo', 'Lácteos La Pradera', 'Revista Café y Barra', 'Guía del Buen Café'],
  },
};

export const cafeBanks: KindBanks = { en, 'pt-BR': ptBR, es };
