// Copy banks for restaurants: bistros, pizzerias, churrascarias, sushi bars and neighborhood kitchens.
import type { CopyBank, KindBanks } from '@/lib/sites/templates/copy-bank';

const en: CopyBank = {
  kind: 'restaurant',
  language: 'en',
  names: ['The Copper Table', 'Olive & Ember', 'Harvest Kitchen', 'Saltwater Bistro', 'The Corner Hearth', 'Juniper Street Kitchen', 'Fig & Fennel'],
  taglines: [
    'Honest food, cooked with care.',
    'Seasonal plates, generous pours, good company.',
    'Your neighborhood table, every night of the week.',
    'Fresh from the market, straight to your plate.',
    'The best seat in {city} is at our table.',
  ],
  pages: { home: 'Home', about: 'Our Story', services: 'Menu', contact: 'Visit Us', blog: 'Journal', pricing: 'Private Dining' },
  hero: {
    eyebrows: ['Now taking reservations', 'Fresh, seasonal, made from scratch', 'Lunch · Dinner · Weekend brunch', 'A neighborhood favorite'],
    headlines: ['Food worth gathering around', 'Made from scratch, served with heart', 'Come hungry, leave happy', 'Where every plate tells a story'],
    subheadlines: [
      "At {name}, we cook with what the season gives us: local produce, bread baked every morning and recipes we've perfected over years of family dinners.",
      "Reserve a table, grab a seat at the bar or take dinner home. However you join us, your food is made fresh the moment you order.",
      'Fire-kissed flavors, handmade sauces and a drink list picked to match. Pull up a chair at {name}.',
      'From quick weekday lunches to long Saturday dinners, {name} is the table {city} comes back to.',
    ],
    primaryActions: ['Reserve a table', 'Book your table', 'Save me a seat'],
    secondaryActions: ['View the menu', 'See what we cook', 'Explore the menu'],
  },
  about: {
    headings: ['Our story', 'Cooking for our neighbors', 'More than a meal'],
    paragraphs: [
      [
        '{name} began with a simple idea: cook the kind of food we love to eat at home, only with more time, better ingredients and a bigger table.',
        'Our kitchen still works the same way. Sauces simmer for hours, bread comes out of the oven every morning, and the menu changes whenever the farmers we buy from bring something new to the back door.',
      ],
      [
        'A good restaurant is part of a neighborhood\'s routine: the place for a quick lunch, a birthday dinner or a glass of wine after a long week.',
        "That's why everything at {name} is made in-house, our prices stay fair and our team knows many guests by name. We want you to feel like a regular from your very first visit.",
        'Come as you are. We will take care of the rest.',
      ],
      [
        'We cook with our hands, our noses and a lot of tasting spoons. No shortcuts, no frozen sauces, no dishes we would not serve our own families.',
        'Behind every plate at {name} are local growers, a patient kitchen team and servers who actually love food. That is the recipe, and we are sticking to it.',
      ],
    ],
    highlights: ['Everything made from scratch, daily', 'Ingredients from local farms', 'Vegetarian and gluten-free options', 'Private room for up to 30 guests', 'Takeout ready in 20 minutes'],
  },
  features: {
    headings: ['Why guests keep coming back', 'What makes {name} different', 'The little things we care about'],
    intros: [
      'Great food is only half of a great night out. Here is what we do to make the rest just as good.',
      'We sweat the details so you can relax, eat well and stay for one more dessert.',
      'A few promises we make to every guest who walks through our door.',
    ],
    items: [
      { icon: 'leaf', title: 'Local and seasonal', text: 'We buy from growers and fishermen we know by name, and our menu follows what is at its best each week.' },
      { icon: 'utensils', title: 'Made from scratch', text: 'Stocks, sauces, pasta, bread and desserts are all made in our kitchen, every single day.' },
      { icon: 'heart', title: 'Warm hospitality', text: 'Our team remembers your favorite table, your usual order and how you like your steak.' },
      { icon: 'shield', title: 'Allergy-aware kitchen', text: 'Tell us what you can\'t eat and we will guide you through the menu and adapt dishes wherever we can.' },
      { icon: 'calendar', title: 'Private events', text: 'Birthdays, rehearsal dinners and team celebrations with a dedicated menu and host.' },
      { icon: 'truck', title: 'Takeout and delivery', text: 'The same food, packed with care so it arrives at your door tasting just like it does here.' },
    ],
  },
  offers: {
    headings: ['Our menu', 'From the kitchen', 'What we are cooking'],
    intros: [
      'A short menu that changes with the seasons, so everything on it is at its best. Ask your server about today\'s specials.',
      'Plates to share, mains worth the trip and desserts worth saving room for.',
      'Made fresh when you order. Dishes marked for dietary needs can often be adapted further, just ask.',
    ],
    items: [
      { category: 'Starters', title: 'Burrata and roasted tomatoes', description: 'Creamy burrata, blistered cherry tomatoes, basil oil and grilled sourdough.', price: '14.00', icon: 'leaf', tags: ['vegetarian'] },
      { category: 'Starters', title: 'Crispy calamari', description: 'Lightly fried squid with lemon aioli and a pinch of smoked paprika.', price: '13.50', icon: 'utensils' },
      { category: 'Starters', title: 'Charred broccolini', description: 'Grilled broccolini with chili, garlic, lemon and toasted almonds.', price: '11.00', icon: 'leaf', tags: ['vegan', 'glutenFree', 'spicy'] },
      { category: 'Starters', title: 'Soup of the day', description: 'Ask your server what the kitchen is simmering today. Served with warm bread.', price: '9.00', icon: 'utensils' },
      { category: 'Mains', title: 'Wood-fired margherita', description: 'San Marzano tomato, fresh mozzarella, basil and olive oil on our 48-hour dough.', price: '17.00', icon: 'utensils', tags: ['vegetarian'] },
      { category: 'Mains', title: 'Braised short rib', description: 'Slow-cooked for eight hours, with creamy polenta and red wine jus.', price: '29.00', icon: 'utensils', tags: ['glutenFree'] },
      { category: 'Mains', title: 'Pan-seared salmon', description: 'Crispy-skin salmon, herb butter, crushed potatoes and green beans.', price: '27.00', icon: 'utensils', tags: ['glutenFree'] },
      { category: 'Mains', title: 'Wild mushroom risotto', description: 'Arborio rice, roasted mushrooms, parmesan and a drizzle of truffle oil.', price: '22.00', icon: 'leaf', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Mains', title: 'Grilled steak frites', description: '10 oz sirloin, hand-cut fries and house chimichurri.', price: '32.00', icon: 'utensils', tags: ['dairyFree'] },
      { category: 'Desserts', title: 'Olive oil cake', description: 'Moist citrus cake with whipped mascarpone and seasonal fruit.', price: '10.00', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Desserts', title: 'Dark chocolate mousse', description: 'Silky 70% chocolate mousse with sea salt and cocoa nibs.', price: '9.50', icon: 'cake', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Desserts', title: 'Seasonal sorbet', description: 'Three scoops made in-house from the fruit of the week.', price: '8.00', icon: 'sun', tags: ['vegan', 'glutenFree', 'dairyFree'] },
    ],
  },
  testimonials: {
    headings: ['What our guests say', 'Kind words from our tables', 'Why people keep coming back'],
    items: [
      { quote: 'The short rib is the best thing I have eaten all year. We come every Friday now and the staff greets us like family.', name: 'Megan Foster', role: 'Regular since opening week' },
      { quote: 'We booked the private room for my dad\'s 70th and the team handled everything. The food was incredible and nobody had to lift a finger.', name: 'Daniel Brooks', role: 'Hosted a birthday dinner' },
      { quote: 'As someone with celiac disease, I rarely feel this safe eating out. The server knew exactly what I could order.', name: 'Rachel Kim', role: 'Gluten-free guest' },
      { quote: 'Cozy, unpretentious and seriously good. The kind of place you recommend to every friend who visits.', name: 'Tom Alvarez', role: 'Local food blogger' },
      { quote: 'Takeout that actually travels well. The pizza was still crisp when we opened the box at home.', name: 'Priya Shah', role: 'Weeknight takeout fan' },
      { quote: 'Great wine suggestions, generous portions and a chocolate mousse I still think about.', name: 'Chris Walker', role: 'Date night regular' },
    ],
  },
  faq: {
    headings: ['Good to know', 'Frequently asked questions', 'Before you visit'],
    items: [
      { question: 'Do I need a reservation?', answer: 'Reservations are recommended for dinner, especially on weekends. We always keep a few tables and bar seats for walk-ins.' },
      { question: 'Can you accommodate allergies and dietary restrictions?', answer: 'Yes. Let us know when you book or tell your server. Many dishes are vegetarian or gluten-free, and our kitchen will adapt others when possible.' },
      { question: 'Do you host private events?', answer: 'We do. Our private room seats up to 30 guests, and we can close the whole restaurant for larger groups. See our private dining packages or call us to plan.' },
      { question: 'Do you offer takeout or delivery?', answer: 'The full menu is available for pickup, and we deliver nearby through our own drivers and the main delivery apps.' },
      { question: 'Is the restaurant family-friendly?', answer: 'Absolutely. We have high chairs, a kids\' menu and crayons on hand for little guests.' },
      { question: 'Do you sell gift cards?', answer: 'Yes, gift cards are available at the host stand or by phone, in any amount. They never expire.' },
    ],
  },
  cta: {
    headings: ['Your table is waiting', 'Hungry yet?', 'Let us cook for you tonight'],
    texts: [
      'Book in under a minute, or call us and we will find you a spot.',
      'Gather your favorite people and come share a meal with us.',
      'Tonight\'s specials are already on the stove. Reserve now and come taste them.',
    ],
    actions: ['Reserve now', 'Book a table', 'Call to reserve'],
  },
  stats: [
    { value: '4.8★', label: 'Average guest rating' },
    { value: '12 years', label: 'Feeding the neighborhood' },
    { value: '40+', label: 'Local producers we buy from' },
    { value: '250,000+', label: 'Plates served' },
  ],
  team: [
    { name: 'Daniel Moretti', role: 'Chef and owner', bio: 'Daniel cooked in busy city kitchens for fifteen years before opening the restaurant he always wanted to eat at. He still tastes every sauce before service.' },
    { name: 'Sarah Mitchell', role: 'General manager', bio: 'Sarah runs the dining room with calm and good humor, and she knows which wine goes with every dish on the menu.' },
    { name: 'Luis Romero', role: 'Sous chef', bio: 'Luis leads the line on busy nights and is the mind behind our seasonal specials and the famous short rib.' },
    { name: 'Emily Carter', role: 'Pastry chef', bio: 'Emily bakes our bread each morning and turns whatever fruit is in season into desserts guests order twice.' },
  ],
  pricing: {
    headings: ['Private dining and events', 'Celebrate with us', 'Group dining packages'],
    intros: [
      'Birthdays, anniversaries, team dinners and rehearsal parties. Pick a package and we will handle the details.',
      'Every package includes a dedicated host, a printed menu and a kitchen that cooks only for your group.',
      'Prices are per guest, before tax and gratuity. Menus can be adapted for dietary needs.',
    ],
    tiers: [
      { name: 'Family Style', price: '45.00', period: '/guest', description: 'Shared platters passed around the table, perfect for relaxed celebrations.', features: ['Three shared starters', 'Two mains served family style', 'Seasonal dessert platter', 'Soft drinks, coffee and tea', 'Groups of 10 to 30'] },
      { name: 'Chef\'s Table', price: '68.00', period: '/guest', description: 'Our most requested option: a plated four-course menu designed with the chef.', features: ['Welcome drink on arrival', 'Four plated courses', 'Menu tailored with our chef', 'Wine pairing available', 'Private room for up to 30'] },
      { name: 'Full Buyout', price: '95.00', period: '/guest', description: 'The whole restaurant, just for your group, from aperitif to last dance.', features: ['Exclusive use of the restaurant', 'Custom menu and cocktail hour', 'Open bar packages available', 'Decor and music welcome', 'Up to 80 guests'] },
    ],
  },
  blog: {
    headings: ['From our kitchen', 'The journal', 'Stories from the stove'],
    intros: [
      'Recipes, seasonal notes and a look behind the kitchen door.',
      'What we are cooking, where it comes from and how to make a little of it at home.',
      'News from the restaurant, tips from our chefs and the people who grow our food.',
    ],
    posts: [
      {
        title: 'Cooking with the season: what is on our menu this month',
        slug: 'cooking-with-the-season',
        excerpt: 'Why our menu keeps changing, and the ingredients we are most excited about right now.',
        paragraphs: [
          'Guests sometimes ask why their favorite dish disappeared from the menu. The honest answer is that we only cook things when they taste their best, and nature keeps its own calendar.',
          'Every week our chef calls the farms we work with and asks a simple question: what is great right now? The answer shapes our specials, and sometimes a whole new section of the menu.',
          'Cooking this way means less waste, fairer prices for growers and better flavor for you. A tomato picked ripe two days ago simply tastes different from one that traveled across the country.',
          'So if your favorite dish is gone, don\'t worry. It will be back when its season returns, and in the meantime there is something new worth trying.',
        ],
        subheading: 'What we are loving this month',
        listItems: ['Heirloom tomatoes with nothing but salt and good olive oil', 'Sweet corn, grilled and brushed with herb butter', 'Stone fruit for our olive oil cake', 'Fresh herbs from a farm twenty minutes away'],
        quote: 'We don\'t write the menu. The season does, and we just cook it.',
      },
      {
        title: 'Five easy wine pairings for a weeknight dinner',
        slug: 'easy-wine-pairings',
        excerpt: 'You don\'t need a sommelier to pick a great bottle. Our manager shares the pairings she recommends most.',
        paragraphs: [
          'Wine pairing has a reputation for being complicated, but at home it comes down to one idea: match the weight of the wine to the weight of the food.',
          'Light dishes like salads, fish and vegetables love crisp whites and rosé. Richer dishes such as braised meats, mushrooms and aged cheeses call for reds with a bit more body.',
          'Acidity is your friend. A wine with fresh acidity cuts through fried and creamy food the same way a squeeze of lemon does.',
          'Most of all, drink what you enjoy. The best pairing is the bottle you are happy to open with the people around your table.',
        ],
        subheading: 'Our go-to pairings',
        listItems: ['Margherita pizza with a light Chianti or Sangiovese', 'Salmon with a dry rosé or Pinot Noir', 'Mushroom risotto with an oaked Chardonnay', 'Steak with Malbec or Cabernet Sauvignon', 'Chocolate desserts with a glass of port'],
        quote: 'If a wine makes you want another bite, and the food makes you want another sip, you got it right.',
      },
      {
        title: 'A day in our kitchen, from first delivery to last plate',
        slug: 'a-day-in-our-kitchen',
        excerpt: 'Long before the first guest arrives, our team is already hard at work. Here is what happens behind the pass.',
        paragraphs: [
          'Our day starts at seven, when the first deliveries arrive. Vegetables, fish and dairy are checked one by one, and anything that is not perfect goes right back on the truck.',
          'By nine the bread is proofing, stocks are simmering and the prep team is peeling, chopping and portioning everything the evening will need.',
          'At four we hold family meal: the whole team sits down together, tastes the specials and talks through reservations, allergies and celebrations booked for the night.',
          'Then the doors open, the tickets start printing and, for a few hours, the kitchen moves like a small orchestra. It is hard work, and we would not trade it for anything.',
        ],
        subheading: 'What our team does before you arrive',
        listItems: ['Check every delivery by hand', 'Bake bread and prep pasta dough', 'Simmer stocks and sauces for hours', 'Taste every special together at family meal'],
        quote: 'Service looks effortless when the prep is done with love.',
      },
    ],
  },
  contact: {
    headings: ['Visit us', 'Come see us', 'Reservations and directions'],
    intros: [
      'Reserve online, give us a call or just stop by. We keep seats at the bar for walk-ins.',
      'Questions about the menu, allergies or a big group? We are happy to help.',
      'Find us, book a table or plan your next celebration with our team.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['A taste of {name}', 'Inside our kitchen and dining room', 'Moments at the table'],
    captions: ['Fresh pasta rolled by hand every morning', 'Our dining room on a busy Friday night', 'Short rib, slow-braised for eight hours', 'The chef plating tonight\'s special', 'Seasonal produce straight from the farm', 'Desserts ready for the evening rush', 'A long table set for a private celebration', 'Golden hour on the terrace'],
  },
  logos: {
    headings: ['Proudly sourcing from', 'As featured in', 'Friends and partners'],
    names: ['Bluebird Creek Farm', 'Hollow Oak Creamery', 'Northshore Fish Co.', 'City Plate Magazine', 'Red Barn Produce', 'Ridgeview Vineyards'],
  },
};

const ptBR: CopyBank = {
  kind: 'restaurant',
  language: 'pt-BR',
  names: ['Casa Ribeiro', 'Brasa & Alecrim', 'Cozinha da Vila', 'Sabor de Quintal', 'Mesa Farta', 'Bistrô Jabuticaba', 'Empório do Largo'],
  taglines: [
    'Comida de verdade, feita com carinho.',
    'Tempero de casa, mesa cheia e gente boa.',
    'O almoço de todo dia e o jantar das ocasiões especiais.',
    'Ingredientes frescos, receitas de família.',
    'A mesa mais querida de {city}.',
  ],
  pages: { home: 'Início', about: 'Nossa História', services: 'Cardápio', contact: 'Reservas', blog: 'Blog', pricing: 'Eventos' },
  hero: {
    eyebrows: ['Reservas abertas', 'Tudo feito na hora, com ingredientes frescos', 'Almoço · Jantar · Feijoada aos sábados', 'O restaurante favorito do bairro'],
    headlines: ['Comida boa para reunir quem você gosta', 'Feito na hora, servido com carinho', 'Chegue com fome, saia feliz', 'Cada prato conta uma história'],
    subheadlines: [
      'No {name}, a gente cozinha com o que a estação oferece: produtos de pequenos produtores, pão saindo do forno e receitas que passaram de geração em geração.',
      'Reserve sua mesa, sente no balcão ou peça para levar. Do jeito que você preferir, sua comida é preparada na hora.',
      'Carnes na brasa, molhos feitos em casa e uma carta de bebidas escolhida a dedo. Seja bem-vindo ao {name}.',
      'Do almoço rápido durante a semana ao jantar demorado de sábado, o {name} é a mesa de {city} para todas as ocasiões.',
    ],
    primaryActions: ['Reservar mesa', 'Fazer minha reserva', 'Garantir meu lugar'],
    secondaryActions: ['Ver o cardápio', 'Conhecer o cardápio', 'Pedir para viagem'],
  },
  about: {
    headings: ['Nossa história', 'Cozinhando para os vizinhos', 'Mais que uma refeição'],
    paragraphs: [
      [
        'O {name} nasceu de uma vontade simples: servir a comida que a gente gosta de comer em casa, só que com mais tempo, ingredientes melhores e uma mesa bem maior.',
        'A cozinha continua funcionando do mesmo jeito. O feijão é escolhido à mão, os molhos apuram por horas e o cardápio muda sempre que os produtores trazem alguma novidade.',
      ],
      [
        'Restaurante bom faz parte da rotina do bairro: é onde você almoça no meio da semana, comemora aniversário ou toma uma caipirinha depois de um dia puxado.',
        'Por isso tudo no {name} é feito aqui mesmo, os preços são justos e a nossa equipe conhece muitos clientes pelo nome. Queremos que você se sinta em casa desde a primeira visita.',
        'Pode chegar do jeito que você é. O resto é com a gente.',
      ],
      [
        'Cozinhamos sem atalhos: nada de molho pronto, nada de prato que a gente não serviria para a própria família.',
        'Por trás de cada prato do {name} estão pequenos produtores, uma cozinha caprichosa e garçons que amam comida de verdade. Essa é a nossa receita, e a gente não abre mão dela.',
      ],
    ],
    highlights: ['Tudo preparado na hora, todos os dias', 'Ingredientes de pequenos produtores', 'Opções vegetarianas e sem glúten', 'Espaço reservado para até 30 pessoas', 'Pedidos para viagem em 20 minutos'],
  },
  features: {
    headings: ['Por que nossos clientes sempre voltam', 'O que faz o {name} diferente', 'Os detalhes que fazem a diferença'],
    intros: [
      'Comida boa é só metade de uma noite especial. Veja o que fazemos para o resto ser igualmente bom.',
      'A gente cuida de cada detalhe para você relaxar, comer bem e ficar para a sobremesa.',
      'Algumas promessas que fazemos para cada pessoa que senta à nossa mesa.',
    ],
    items: [
      { icon: 'leaf', title: 'Frescos e da estação', text: 'Compramos de produtores que conhecemos pelo nome, e o cardápio acompanha o que está melhor em cada época.' },
      { icon: 'utensils', title: 'Feito em casa', text: 'Caldos, molhos, massas, pães e sobremesas são preparados na nossa cozinha, todos os dias.' },
      { icon: 'heart', title: 'Atendimento acolhedor', text: 'Nossa equipe lembra da sua mesa preferida, do seu pedido de sempre e do ponto da sua carne.' },
      { icon: 'shield', title: 'Cuidado com alergias', text: 'Conte o que você não pode comer e a gente indica as melhores opções e adapta pratos sempre que possível.' },
      { icon: 'calendar', title: 'Eventos e confraternizações', text: 'Aniversários, happy hours de empresa e jantares de família com cardápio exclusivo.' },
      { icon: 'truck', title: 'Delivery e retirada', text: 'A mesma comida, embalada com cuidado para chegar na sua casa com o sabor de quem comeu aqui.' },
    ],
  },
  offers: {
    headings: ['Nosso cardápio', 'Direto da cozinha', 'O que tem para hoje'],
    intros: [
      'Um cardápio enxuto que muda com as estações, para que tudo esteja sempre no ponto. Pergunte ao garçom pelo prato do dia.',
      'Entradas para dividir, pratos que valem a visita e sobremesas para não deixar de pedir.',
      'Tudo preparado na hora. Pratos com restrições alimentares podem ser adaptados, é só pedir.',
    ],
    items: [
      { category: 'Entradas', title: 'Bolinho de bacalhau', description: 'Seis unidades crocantes por fora e cremosas por dentro, com maionese de ervas.', price: '38.00', icon: 'utensils' },
      { category: 'Entradas', title: 'Pastel de queijo com geleia de pimenta', description: 'Massa sequinha, recheio de queijo minas meia cura e geleia de pimenta da casa.', price: '29.00', icon: 'utensils', tags: ['vegetarian', 'spicy'] },
      { category: 'Entradas', title: 'Salada de palmito pupunha', description: 'Palmito assado, folhas da horta, tomatinhos e vinagrete de maracujá.', price: '32.00', icon: 'leaf', tags: ['vegan', 'glutenFree'] },
      { category: 'Pratos principais', title: 'Picanha na brasa', description: 'Picanha grelhada no ponto, com arroz, farofa de manteiga e vinagrete.', price: '94.00', icon: 'utensils', tags: ['glutenFree'] },
      { category: 'Pratos principais', title: 'Moqueca de peixe', description: 'Peixe branco, leite de coco, dendê e pimentões, servida com arroz e pirão.', price: '98.00', icon: 'utensils', tags: ['glutenFree', 'dairyFree'] },
      { category: 'Pratos principais', title: 'Feijoada completa', description: 'Aos sábados. Com arroz, couve refogada, farofa, torresmo e laranja.', price: '72.00', icon: 'utensils', tags: ['glutenFree', 'dairyFree'] },
      { category: 'Pratos principais', title: 'Risoto de cogumelos', description: 'Arroz arbóreo, mix de cogumelos frescos e parmesão, finalizado com azeite trufado.', price: '68.00', icon: 'leaf', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Pratos principais', title: 'Escondidinho de carne seca', description: 'Carne seca desfiada sob purê de mandioca gratinado com queijo coalho.', price: '62.00', icon: 'utensils', tags: ['glutenFree'] },
      { category: 'Sobremesas', title: 'Pudim de leite', description: 'A receita da avó: lisinho, sem furinhos e com calda de caramelo.', price: '19.00', icon: 'cake', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Sobremesas', title: 'Petit gâteau de doce de leite', description: 'Bolinho quente com recheio cremoso e sorvete de creme.', price: '28.00', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Bebidas', title: 'Caipirinha de limão', description: 'Cachaça artesanal de Minas, limão taiti e açúcar na medida certa.', price: '26.00', icon: 'sparkles', tags: ['vegan', 'glutenFree'] },
      { category: 'Bebidas', title: 'Suco natural da estação', description: 'Laranja, abacaxi com hortelã ou a fruta da semana. Copo de 400 ml.', price: '13.00', icon: 'sun', tags: ['vegan', 'glutenFree'] },
    ],
  },
  testimonials: {
    headings: ['O que dizem nossos clientes', 'Quem prova, volta', 'Palavras de quem sentou à nossa mesa'],
    items: [
      { quote: 'A feijoada de sábado virou tradição da nossa família. Tempero de casa e um atendimento que faz a gente se sentir da família.', name: 'Ana Ribeiro', role: 'Cliente há 5 anos' },
      { quote: 'Fizemos o aniversário de 70 anos do meu pai no espaço reservado e a equipe cuidou de tudo. Ninguém precisou se preocupar com nada.', name: 'João Pereira', role: 'Organizou um aniversário' },
      { quote: 'Tenho doença celíaca e raramente me sinto tão segura comendo fora. O garçom sabia exatamente o que eu podia pedir.', name: 'Mariana Costa', role: 'Cliente sem glúten' },
      { quote: 'Aconchegante, sem frescura e com uma comida muito bem feita. O tipo de lugar que a gente indica para todo mundo.', name: 'Rafael Almeida', role: 'Morador do bairro' },
      { quote: 'O delivery chega quentinho e bem embalado. A moqueca estava perfeita até no sofá de casa.', name: 'Juliana Martins', role: 'Pede delivery toda semana' },
      { quote: 'Picanha no ponto certo, caipirinha caprichada e um pudim que não sai da minha cabeça.', name: 'Carlos Souza', role: 'Almoça aqui às sextas' },
    ],
  },
  faq: {
    headings: ['Dúvidas frequentes', 'Bom saber antes de vir', 'Perguntas e respostas'],
    items: [
      { question: 'Preciso fazer reserva?', answer: 'Recomendamos reservar para o jantar e para os fins de semana. Sempre deixamos algumas mesas livres para quem chega sem reserva.' },
      { question: 'Vocês atendem restrições alimentares?', answer: 'Sim. Avise na reserva ou fale com o garçom. Temos vários pratos vegetarianos e sem glúten, e a cozinha adapta outros sempre que possível.' },
      { question: 'Posso fazer um evento ou confraternização aí?', answer: 'Pode sim. Nosso espaço reservado recebe até 30 pessoas e podemos fechar o restaurante para grupos maiores. Veja os pacotes de eventos ou fale com a gente.' },
      { question: 'Vocês fazem delivery?', answer: 'Fazemos. O cardápio completo está disponível para retirada no balcão e para entrega pelos principais aplicativos e pelo nosso WhatsApp.' },
      { question: 'Dá para levar criança?', answer: 'Claro! Temos cadeirão, porções infantis e lápis de cor para os pequenos.' },
      { question: 'Quais formas de pagamento vocês aceitam?', answer: 'Aceitamos Pix, cartões de crédito e débito, vale-refeição e dinheiro.' },
    ],
  },
  cta: {
    headings: ['Sua mesa está esperando', 'Já bateu a fome?', 'Deixe que a gente cozinha hoje'],
    texts: [
      'Reserve em menos de um minuto ou chame no WhatsApp que a gente encontra um lugar para você.',
      'Junte quem você gosta e venha dividir uma refeição com a gente.',
      'O prato do dia já está no fogo. Reserve agora e venha provar.',
    ],
    actions: ['Reservar agora', 'Fazer reserva', 'Chamar no WhatsApp'],
  },
  stats: [
    { value: '4,8★', label: 'Nota média dos clientes' },
    { value: '12 anos', label: 'Alimentando o bairro' },
    { value: '40+', label: 'Produtores parceiros' },
    { value: '250 mil', label: 'Pratos servidos' },
  ],
  team: [
    { name: 'Eduardo Tavares', role: 'Chef e proprietário', bio: 'Eduardo passou quinze anos em cozinhas movimentadas antes de abrir o restaurante onde sempre quis comer. Até hoje prova cada molho antes do serviço.' },
    { name: 'Helena Duarte', role: 'Gerente do salão', bio: 'Helena comanda o salão com calma e bom humor, e sabe indicar a bebida certa para cada prato do cardápio.' },
    { name: 'Luiz Carvalho', role: 'Subchef', bio: 'Luiz segura a cozinha nas noites mais cheias e é quem cria os pratos do dia e a famosa feijoada de sábado.' },
    { name: 'Beatriz Nogueira', role: 'Confeiteira', bio: 'Bia assa os pães toda manhã e transforma as frutas da estação em sobremesas que os clientes pedem duas vezes.' },
  ],
  pricing: {
    headings: ['Eventos e confraternizações', 'Comemore com a gente', 'Pacotes para grupos'],
    intros: [
      'Aniversários, bodas, confraternizações de empresa e jantares de família. Escolha o pacote e a gente cuida dos detalhes.',
      'Todos os pacotes incluem atendimento exclusivo, cardápio impresso e uma cozinha dedicada ao seu grupo.',
      'Valores por pessoa, sem a taxa de serviço. O cardápio pode ser adaptado para restrições alimentares.',
    ],
    tiers: [
      { name: 'Mesa Farta', price: '119.00', period: '/pessoa', description: 'Travessas para servir à vontade no centro da mesa, ideal para comemorações descontraídas.', features: ['Três entradas para compartilhar', 'Dois pratos principais servidos em travessas', 'Sobremesas da casa', 'Refrigerantes, sucos e café', 'Grupos de 10 a 30 pessoas'] },
      { name: 'Menu do Chef', price: '179.00', period: '/pessoa', description: 'O mais pedido: menu de quatro etapas montado junto com o nosso chef.', features: ['Drinque de boas-vindas', 'Menu servido em quatro tempos', 'Cardápio personalizado com o chef', 'Harmonização de vinhos opcional', 'Espaço reservado para até 30 pessoas'] },
      { name: 'Restaurante Exclusivo', price: '249.00', period: '/pessoa', description: 'O restaurante inteiro só para o seu evento, do aperitivo à última música.', features: ['Uso exclusivo do restaurante', 'Cardápio e coquetel personalizados', 'Open bar sob consulta', 'Decoração e som liberados', 'Até 80 convidados'] },
    ],
  },
  blog: {
    headings: ['Da nossa cozinha', 'Blog do {name}', 'Histórias de fogão'],
    intros: [
      'Receitas, ingredientes da estação e os bastidores da nossa cozinha.',
      'O que estamos cozinhando, de onde vem e como fazer um pouco disso na sua casa.',
      'Novidades do restaurante, dicas do chef e as pessoas que produzem nossa comida.',
    ],
    posts: [
      {
        title: 'Cozinhando com a estação: o que entrou no cardápio',
        slug: 'cozinhando-com-a-estacao',
        excerpt: 'Por que o nosso cardápio muda tanto e quais ingredientes estão deixando a cozinha animada agora.',
        paragraphs: [
          'De vez em quando alguém pergunta por que aquele prato favorito sumiu do cardápio. A resposta é simples: só cozinhamos cada ingrediente quando ele está no seu melhor momento.',
          'Toda semana o chef liga para os produtores parceiros e faz a mesma pergunta: o que está bonito agora? A resposta define os pratos do dia e, às vezes, uma parte inteira do cardápio.',
          'Cozinhar assim significa menos desperdício, preço justo para quem planta e mais sabor para você. Um tomate colhido maduro há dois dias tem outro gosto.',
          'Então, se o seu prato preferido saiu, fique tranquilo. Ele volta quando a estação voltar, e enquanto isso tem novidade boa esperando por você.',
        ],
        subheading: 'O que estamos amando neste mês',
        listItems: ['Milho verde na brasa com manteiga de ervas', 'Abóbora cabotiá assada no forno a lenha', 'Manga palmer nas sobremesas', 'Ervas frescas de uma horta a 30 minutos daqui'],
        quote: 'Quem escreve o cardápio é a estação. A gente só cozinha.',
      },
      {
        title: 'Como fazer uma feijoada caprichada em casa',
        slug: 'feijoada-caprichada-em-casa',
        excerpt: 'O chef conta os segredos da feijoada de sábado, do feijão escolhido ao acompanhamento certo.',
        paragraphs: [
          'Feijoada boa começa um dia antes. As carnes salgadas precisam ficar de molho na água fria, trocada algumas vezes, para perder o excesso de sal.',
          'O feijão preto deve ser escolhido com cuidado e cozido devagar. Colocamos as carnes em etapas, das mais duras às mais macias, para que tudo fique no ponto ao mesmo tempo.',
          'O caldo grosso vem do tempo e de uma concha de feijão amassado devolvida à panela. Nada de pressa: a feijoada gosta de fogo baixo.',
          'E não esqueça os acompanhamentos. São eles que transformam um prato pesado em uma refeição equilibrada e muito brasileira.',
        ],
        subheading: 'Os acompanhamentos que não podem faltar',
        listItems: ['Arroz branco soltinho', 'Couve fininha refogada no alho', 'Farofa de manteiga bem dourada', 'Laranja em gomos para refrescar', 'Torresmo sequinho'],
        quote: 'Feijoada é prato de paciência e de mesa cheia.',
      },
      {
        title: 'Um dia na nossa cozinha, da primeira entrega ao último prato',
        slug: 'um-dia-na-nossa-cozinha',
        excerpt: 'Muito antes do primeiro cliente chegar, a equipe já está a todo vapor. Veja o que acontece nos bastidores.',
        paragraphs: [
          'Nosso dia começa às sete, com as primeiras entregas. Verduras, peixes e laticínios são conferidos um a um, e o que não estiver perfeito volta no caminhão.',
          'Às nove o pão já está crescendo, os caldos estão no fogo e a equipe de pré-preparo descasca, corta e porciona tudo o que o dia vai pedir.',
          'Antes de abrir, a equipe inteira almoça junto, prova os pratos do dia e repassa as reservas, as alergias e as comemorações marcadas.',
          'Aí as portas abrem, os pedidos começam a chegar e a cozinha vira uma pequena orquestra. É trabalho pesado, e a gente não trocaria por nada.',
        ],
        subheading: 'O que fazemos antes de você chegar',
        listItems: ['Conferimos cada entrega à mão', 'Assamos o pão e abrimos as massas', 'Apuramos caldos e molhos por horas', 'Provamos juntos cada prato do dia'],
        quote: 'O serviço parece fácil quando o preparo é feito com amor.',
      },
    ],
  },
  contact: {
    headings: ['Venha nos visitar', 'Reservas e localização', 'Fale com a gente'],
    intros: [
      'Reserve pelo site, ligue ou chame no WhatsApp. Sempre guardamos lugares no balcão para quem chega sem reserva.',
      'Dúvidas sobre o cardápio, alergias ou um grupo grande? A gente ajuda.',
      'Encontre o restaurante, reserve sua mesa ou planeje sua próxima comemoração com a nossa equipe.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['Um gostinho do {name}', 'Nossa cozinha e nosso salão', 'Momentos à mesa'],
    captions: ['Picanha dourando na brasa', 'O salão cheio numa sexta à noite', 'Feijoada de sábado saindo do fogo', 'O chef finalizando o prato do dia', 'Verduras fresquinhas do produtor', 'Pudim pronto para a sobremesa', 'Mesa posta para uma comemoração', 'Fim de tarde na varanda'],
  },
  logos: {
    headings: ['Nossos fornecedores', 'Saímos na imprensa', 'Parceiros de confiança'],
    names: ['Sítio Boa Esperança', 'Laticínios Serra Azul', 'Peixaria Porto Velho', 'Guia Come Bem', 'Horta Orgânica Vale Verde', 'Cachaçaria Alambique Mineiro'],
  },
};

const es: CopyBank = {
  kind: 'restaurant',
  language: 'es',
  names: ['Casa Olivo', 'La Brasa de Lucía', 'Fogón del Barrio', 'Mesa Larga', 'El Rincón de Sal', 'Taberna La Higuera', 'Cocina Romero'],
  taglines: [
    'Cocina honesta, hecha con cariño.',
    'Producto de temporada, buena mesa y mejor compañía.',
    'Tu mesa de siempre, todos los días de la semana.',
    'Del mercado a tu plato, sin atajos.',
    'La mesa más querida de {city}.',
  ],
  pages: { home: 'Inicio', about: 'Nuestra Historia', services: 'Menú', contact: 'Reservas', blog: 'Blog', pricing: 'Eventos' },
  hero: {
    eyebrows: ['Reservas abiertas', 'Cocina de temporada, hecha al momento', 'Comidas · Cenas · Brunch de fin de semana', 'El favorito del barrio'],
    headlines: ['Comida para compartir con los tuyos', 'Hecho al momento, servido con cariño', 'Ven con hambre, vete feliz', 'Cada plato cuenta una historia'],
    subheadlines: [
      'En {name} cocinamos con lo que da la temporada: producto de pequeños productores, pan recién horneado y recetas que hemos perfeccionado en años de comidas familiares.',
      'Reserva mesa, siéntate en la barra o pide para llevar. Como prefieras, tu comida se prepara en el momento.',
      'Sabores a la brasa, salsas caseras y una carta de vinos elegida para acompañar. Bienvenido a {name}.',
      'De la comida rápida entre semana a la cena larga del sábado, {name} es la mesa de {city} para cada ocasión.',
    ],
    primaryActions: ['Reservar mesa', 'Hacer mi reserva', 'Guárdame un sitio'],
    secondaryActions: ['Ver el menú', 'Descubrir la carta', 'Pedir para llevar'],
  },
  about: {
    headings: ['Nuestra historia', 'Cocinando para el barrio', 'Mucho más que una comida'],
    paragraphs: [
      [
        '{name} nació de una idea sencilla: servir la comida que nos gusta comer en casa, pero con más tiempo, mejores ingredientes y una mesa mucho más grande.',
        'Nuestra cocina sigue funcionando igual. Los fondos se cocinan durante horas, el pan sale del horno cada mañana y la carta cambia cada vez que nuestros productores traen algo nuevo.',
      ],
      [
        'Un buen restaurante forma parte de la vida del barrio: es donde comes entre semana, celebras un cumpleaños o te tomas una copa de vino después de un día largo.',
        'Por eso en {name} todo se hace en casa, los precios son justos y nuestro equipo conoce a muchos clientes por su nombre. Queremos que te sientas de la casa desde la primera visita.',
        'Ven tal como eres. Del resto nos encargamos nosotros.',
      ],
      [
        'Cocinamos sin atajos: nada de salsas de bote, nada de platos que no serviríamos a nuestra propia familia.',
        'Detrás de cada plato de {name} hay productores locales, una cocina paciente y un equipo de sala que ama la buena comida. Esa es nuestra receta y no pensamos cambiarla.',
      ],
    ],
    highlights: ['Todo hecho en casa, cada día', 'Producto de proximidad', 'Opciones vegetarianas y sin gluten', 'Reservado privado hasta 30 personas', 'Pedidos para llevar en 20 minutos'],
  },
  features: {
    headings: ['Por qué nuestros clientes vuelven', 'Lo que hace diferente a {name}', 'Los detalles que nos importan'],
    intros: [
      'La buena comida es solo la mitad de una gran noche. Esto es lo que hacemos para que el resto esté a la altura.',
      'Cuidamos cada detalle para que tú solo tengas que relajarte, comer bien y quedarte al postre.',
      'Algunas promesas que hacemos a cada persona que se sienta a nuestra mesa.',
    ],
    items: [
      { icon: 'leaf', title: 'Producto de temporada', text: 'Compramos a productores y pescadores que conocemos por su nombre, y la carta sigue lo mejor de cada semana.' },
      { icon: 'utensils', title: 'Hecho en casa', text: 'Fondos, salsas, pasta, pan y postres se elaboran en nuestra cocina todos los días.' },
      { icon: 'heart', title: 'Trato cercano', text: 'Nuestro equipo recuerda tu mesa favorita, lo que sueles pedir y el punto de tu carne.' },
      { icon: 'shield', title: 'Atentos a las alergias', text: 'Cuéntanos qué no puedes comer y te guiaremos por la carta, adaptando platos siempre que sea posible.' },
      { icon: 'calendar', title: 'Eventos privados', text: 'Cumpleaños, comidas de empresa y celebraciones familiares con menú y atención exclusivos.' },
      { icon: 'truck', title: 'Para llevar y a domicilio', text: 'La misma comida, empaquetada con mimo para que llegue a tu casa como si la comieras aquí.' },
    ],
  },
  offers: {
    headings: ['Nuestra carta', 'Desde la cocina', 'Lo que estamos cocinando'],
    intros: [
      'Una carta corta que cambia con las estaciones para que todo esté en su mejor momento. Pregunta por los platos fuera de carta.',
      'Entrantes para compartir, principales que merecen la visita y postres para los que vale la pena guardar sitio.',
      'Todo se prepara al momento. Si tienes alguna restricción, pregúntanos y adaptamos el plato.',
    ],
    items: [
      { category: 'Entrantes', title: 'Croquetas caseras de jamón', description: 'Seis croquetas cremosas de jamón ibérico, fritas al momento.', price: '9.50', icon: 'utensils' },
      { category: 'Entrantes', title: 'Pimientos de Padrón', description: 'Fritos en aceite de oliva virgen extra con escamas de sal. Unos pican y otros no.', price: '7.00', icon: 'leaf', tags: ['vegan', 'glutenFree', 'spicy'] },
      { category: 'Entrantes', title: 'Ceviche de corvina', description: 'Corvina marinada en lima, ají amarillo, cebolla morada y cilantro.', price: '14.50', icon: 'utensils', tags: ['glutenFree', 'dairyFree', 'spicy'] },
      { category: 'Entrantes', title: 'Ensalada de tomate de temporada', description: 'Tomate de huerta, cebolleta, aceitunas y aceite de oliva virgen extra.', price: '9.00', icon: 'leaf', tags: ['vegan', 'glutenFree'] },
      { category: 'Principales', title: 'Pulpo a la brasa', description: 'Con parmentier de patata, pimentón de la Vera y aceite de oliva.', price: '21.00', icon: 'utensils', tags: ['glutenFree'] },
      { category: 'Principales', title: 'Arroz meloso de setas', description: 'Arroz bomba con setas de temporada, ajo y parmesano.', price: '16.50', icon: 'leaf', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Principales', title: 'Lomo bajo a la parrilla', description: 'Ternera madurada, patatas fritas caseras y chimichurri.', price: '24.00', icon: 'utensils', tags: ['glutenFree', 'dairyFree'] },
      { category: 'Principales', title: 'Lubina a la espalda', description: 'Lubina abierta a la plancha con refrito de ajo y guindilla y verduras salteadas.', price: '22.00', icon: 'utensils', tags: ['glutenFree', 'dairyFree'] },
      { category: 'Principales', title: 'Pizza de horno de leña', description: 'Tomate, mozzarella fresca y albahaca sobre masa fermentada 48 horas.', price: '13.50', icon: 'utensils', tags: ['vegetarian'] },
      { category: 'Postres', title: 'Tarta de queso al horno', description: 'Cremosa por dentro y tostada por fuera, con frutos rojos.', price: '7.50', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Postres', title: 'Flan casero', description: 'Flan de huevo de la receta de la abuela, con caramelo y nata.', price: '6.00', icon: 'cake', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Postres', title: 'Sorbete de limón y menta', description: 'Hecho en casa, ligero y refrescante para cerrar la comida.', price: '5.50', icon: 'sun', tags: ['vegan', 'glutenFree', 'dairyFree'] },
    ],
  },
  testimonials: {
    headings: ['Lo que dicen nuestros clientes', 'Quien prueba, repite', 'Palabras desde nuestras mesas'],
    items: [
      { quote: 'El pulpo es de lo mejor que he comido este año. Venimos todos los viernes y el equipo nos recibe como a la familia.', name: 'Lucía Fernández', role: 'Cliente desde la apertura' },
      { quote: 'Celebramos los 70 de mi padre en el reservado y se encargaron de todo. La comida, increíble, y nadie tuvo que preocuparse de nada.', name: 'Javier Morales', role: 'Organizó un cumpleaños' },
      { quote: 'Soy celíaca y pocas veces me siento tan tranquila comiendo fuera. El camarero sabía perfectamente qué podía pedir.', name: 'Carmen Ruiz', role: 'Clienta sin gluten' },
      { quote: 'Acogedor, sin pretensiones y con una cocina buenísima. El sitio que recomiendas a todos tus amigos.', name: 'Diego Navarro', role: 'Vecino del barrio' },
      { quote: 'La comida para llevar llega perfecta. El arroz estaba en su punto incluso en el sofá de casa.', name: 'Sofía Herrera', role: 'Pide a domicilio cada semana' },
      { quote: 'Buenas recomendaciones de vino, raciones generosas y una tarta de queso que todavía recuerdo.', name: 'Andrés Castillo', role: 'Habitual de las cenas' },
    ],
  },
  faq: {
    headings: ['Preguntas frecuentes', 'Antes de tu visita', 'Conviene saber'],
    items: [
      { question: '¿Necesito reservar?', answer: 'Te recomendamos reservar para cenas y fines de semana. Siempre guardamos algunas mesas y sitios en barra para quien llega sin reserva.' },
      { question: '¿Se pueden adaptar los platos por alergias o intolerancias?', answer: 'Sí. Avísanos al reservar o coméntalo al equipo de sala. Tenemos muchas opciones vegetarianas y sin gluten, y adaptamos otros platos siempre que se pueda.' },
      { question: '¿Puedo celebrar un evento privado?', answer: 'Claro. Nuestro reservado tiene capacidad para 30 personas y podemos cerrar el restaurante para grupos más grandes. Consulta nuestros menús de eventos o escríbenos.' },
      { question: '¿Hay comida para llevar o a domicilio?', answer: 'Toda la carta está disponible para recoger en el local y hacemos envíos a domicilio en la zona a través de las principales aplicaciones.' },
      { question: '¿Puedo venir con niños?', answer: 'Por supuesto. Tenemos tronas, menú infantil y lápices de colores para los más pequeños.' },
      { question: '¿Hay tarjetas regalo?', answer: 'Sí, puedes comprarlas en el restaurante o por teléfono, por el importe que quieras. No caducan.' },
    ],
  },
  cta: {
    headings: ['Tu mesa te espera', '¿Ya tienes hambre?', 'Esta noche cocinamos para ti'],
    texts: [
      'Reserva en menos de un minuto o llámanos y te buscamos un hueco.',
      'Reúne a tu gente favorita y ven a compartir mesa con nosotros.',
      'Los platos del día ya están en el fuego. Reserva ahora y ven a probarlos.',
    ],
    actions: ['Reservar ahora', 'Reservar mesa', 'Llamar para reservar'],
  },
  stats: [
    { value: '4,8★', label: 'Valoración media' },
    { value: '12 años', label: 'Dando de comer al barrio' },
    { value: '40+', label: 'Productores locales' },
    { value: '250.000+', label: 'Platos servidos' },
  ],
  team: [
    { name: 'Ramón Iglesias', role: 'Chef y propietario', bio: 'Ramón pasó quince años en cocinas de mucho ritmo antes de abrir el restaurante en el que siempre quiso comer. Todavía prueba cada salsa antes del servicio.' },
    { name: 'Inés Carrasco', role: 'Jefa de sala', bio: 'Inés dirige la sala con calma y buen humor, y sabe qué vino recomendar con cada plato de la carta.' },
    { name: 'Pablo Ortega', role: 'Segundo de cocina', bio: 'Pablo lleva la cocina en las noches más intensas y es quien idea los platos fuera de carta de cada semana.' },
    { name: 'Marta Gil', role: 'Repostera', bio: 'Marta hornea el pan cada mañana y convierte la fruta de temporada en postres que los clientes piden dos veces.' },
  ],
  pricing: {
    headings: ['Eventos y grupos', 'Celebra con nosotros', 'Menús para grupos'],
    intros: [
      'Cumpleaños, aniversarios, comidas de empresa y celebraciones familiares. Elige tu menú y nosotros nos ocupamos del resto.',
      'Todos los menús incluyen atención exclusiva, carta impresa y una cocina dedicada a tu grupo.',
      'Precios por persona, IVA incluido. Adaptamos los menús a alergias e intolerancias.',
    ],
    tiers: [
      { name: 'Para compartir', price: '35.00', period: '/persona', description: 'Platos al centro para compartir, ideal para celebraciones relajadas.', features: ['Tres entrantes para compartir', 'Dos principales al centro', 'Surtido de postres caseros', 'Agua, refrescos y café', 'Grupos de 10 a 30 personas'] },
      { name: 'Menú del Chef', price: '55.00', period: '/persona', description: 'El más pedido: menú de cuatro pases diseñado con nuestro chef.', features: ['Cóctel de bienvenida', 'Cuatro pases servidos en mesa', 'Menú personalizado con el chef', 'Maridaje de vinos opcional', 'Reservado privado hasta 30 personas'] },
      { name: 'Restaurante Exclusivo', price: '80.00', period: '/persona', description: 'Todo el restaurante para tu evento, del aperitivo al último baile.', features: ['Uso exclusivo del local', 'Menú y cóctel a medida', 'Barra libre bajo consulta', 'Decoración y música a tu gusto', 'Hasta 80 invitados'] },
    ],
  },
  blog: {
    headings: ['Desde nuestra cocina', 'El blog de {name}', 'Historias de fogón'],
    intros: [
      'Recetas, producto de temporada y lo que pasa detrás de la puerta de la cocina.',
      'Lo que cocinamos, de dónde viene y cómo prepararlo en tu casa.',
      'Novedades del restaurante, consejos del chef y las personas que cultivan nuestra comida.',
    ],
    posts: [
      {
        title: 'Cocinar con la temporada: lo nuevo de nuestra carta',
        slug: 'cocinar-con-la-temporada',
        excerpt: 'Por qué nuestra carta cambia tanto y qué ingredientes nos tienen más ilusionados ahora mismo.',
        paragraphs: [
          'A veces nos preguntan por qué desapareció de la carta su plato favorito. La respuesta es sencilla: solo cocinamos cada ingrediente cuando está en su mejor momento.',
          'Cada semana el chef llama a nuestros productores y les hace la misma pregunta: ¿qué hay bueno ahora? Esa respuesta decide los platos fuera de carta y, a veces, una sección entera del menú.',
          'Cocinar así significa menos desperdicio, un precio justo para quien cultiva y más sabor para ti. Un tomate recogido maduro hace dos días sabe distinto.',
          'Así que si tu plato favorito ya no está, tranquilo. Volverá con su temporada y, mientras tanto, hay algo nuevo que merece la pena probar.',
        ],
        subheading: 'Lo que más nos gusta este mes',
        listItems: ['Tomates de huerta con sal en escamas y buen aceite', 'Alcachofas confitadas a fuego lento', 'Fresas para la tarta de queso', 'Hierbas frescas de una huerta a veinte minutos'],
        quote: 'La carta no la escribimos nosotros: la escribe la temporada.',
      },
      {
        title: 'Cinco maridajes fáciles para una cena entre semana',
        slug: 'maridajes-faciles',
        excerpt: 'No hace falta ser sumiller para elegir una buena botella. Nuestra jefa de sala comparte sus combinaciones favoritas.',
        paragraphs: [
          'Maridar tiene fama de complicado, pero en casa todo se resume en una idea: que el cuerpo del vino acompañe al cuerpo del plato.',
          'Los platos ligeros, como ensaladas, pescados y verduras, van de maravilla con blancos frescos y rosados. Los guisos, las setas y los quesos curados piden tintos con algo más de estructura.',
          'La acidez es tu aliada. Un vino fresco limpia el paladar después de un frito o una salsa cremosa, igual que unas gotas de limón.',
          'Y sobre todo, bebe lo que te guste. El mejor maridaje es la botella que te apetece abrir con la gente que tienes en la mesa.',
        ],
        subheading: 'Nuestros maridajes de confianza',
        listItems: ['Pizza margarita con un tinto joven', 'Pescado a la plancha con un albariño', 'Arroz de setas con un blanco con crianza', 'Carne a la brasa con un tempranillo o un malbec', 'Tarta de queso con un vino dulce'],
        quote: 'Si el vino te pide otro bocado y el plato otro sorbo, acertaste.',
      },
      {
        title: 'Un día en nuestra cocina, de la primera entrega al último plato',
        slug: 'un-dia-en-nuestra-cocina',
        excerpt: 'Mucho antes de que llegue el primer cliente, el equipo ya está a pleno rendimiento. Te contamos qué pasa entre bastidores.',
        paragraphs: [
          'Nuestro día empieza a las siete con las primeras entregas. Verduras, pescado y lácteos se revisan uno a uno, y lo que no está perfecto se devuelve.',
          'A las nueve el pan ya está fermentando, los fondos están al fuego y el equipo de preparación pela, corta y raciona todo lo que pedirá el servicio.',
          'Antes de abrir comemos todos juntos, probamos los platos del día y repasamos las reservas, las alergias y las celebraciones de la noche.',
          'Luego se abren las puertas, empiezan a llegar las comandas y la cocina se mueve como una pequeña orquesta. Es un trabajo duro, y no lo cambiaríamos por nada.',
        ],
        subheading: 'Lo que hacemos antes de que llegues',
        listItems: ['Revisamos cada entrega a mano', 'Horneamos el pan y preparamos la masa', 'Cocinamos fondos y salsas durante horas', 'Probamos juntos cada plato del día'],
        quote: 'El servicio parece fácil cuando la preparación se hace con cariño.',
      },
    ],
  },
  contact: {
    headings: ['Ven a vernos', 'Reservas y ubicación', 'Contacta con nosotros'],
    intros: [
      'Reserva online, llámanos o simplemente pásate. Siempre guardamos sitio en la barra para quien llega sin reserva.',
      '¿Dudas sobre la carta, alergias o un grupo grande? Te ayudamos encantados.',
      'Encuéntranos, reserva tu mesa o planea tu próxima celebración con nuestro equipo.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['Un bocado de {name}', 'Nuestra cocina y nuestra sala', 'Momentos en la mesa'],
    captions: ['Pasta fresca amasada cada mañana', 'La sala llena un viernes por la noche', 'Pulpo recién salido de la brasa', 'El chef emplatando el plato del día', 'Verdura de temporada recién llegada de la huerta', 'Postres listos para el servicio', 'Mesa larga preparada para una celebración', 'Atardecer en la terraza'],
  },
  logos: {
    headings: ['Nuestros proveedores', 'Han hablado de nosotros', 'Amigos y socios'],
    names: ['Huerta Los Almendros', 'Quesería Valle Alto', 'Lonja del Puerto', 'Revista Buen Comer', 'Bodegas Sierra Clara', 'Panadería Horno Viejo'],
  },
};

export const restaurantBanks: KindBanks = { en, 'pt-BR': ptBR, es };
