// Copy banks for bakeries: padarias, confeitarias, pastelerías, artisan bread and cake shops.
import type { CopyBank, KindBanks } from '@/lib/sites/templates/copy-bank';

const en: CopyBank = {
  kind: 'bakery',
  language: 'en',
  names: ['Golden Crust Bakery', 'Rise & Shine Bakehouse', 'The Flour Room', 'Sweet Loaf', 'Butter & Bloom', 'Oven Door Bakery', 'Little Crumb Bakeshop'],
  taglines: [
    'Baked fresh before the sun comes up.',
    'Real bread, made slowly, by hand.',
    'Cakes for every celebration, bread for every day.',
    'Good mornings start with warm bread.',
    'The smell of fresh bread, right here in {city}.',
  ],
  pages: { home: 'Home', about: 'Our Bakery', services: 'Menu', contact: 'Visit & Order', blog: 'From the Oven', pricing: 'Catering' },
  hero: {
    eyebrows: ['Baked fresh every morning', 'Sourdough · Pastries · Custom cakes', 'Now taking cake orders', 'Your neighborhood bakery'],
    headlines: ['Bread worth waking up for', 'Baked by hand, shared with love', 'Fresh from our oven to your table', 'Every celebration deserves a great cake'],
    subheadlines: [
      'At {name}, our bakers start at 4 a.m. so you can enjoy crusty sourdough, flaky croissants and cakes made with real butter.',
      'Slow-fermented bread, pastries that shatter when you bite them and custom cakes designed just for you.',
      'Stop by for your morning loaf, or order a cake for the next birthday. Everything is made from scratch, every single day.',
      'Warm bread, buttery pastries and celebration cakes, baked fresh every morning for {city}.',
    ],
    primaryActions: ['Order a cake', 'Pre-order now', 'Place an order'],
    secondaryActions: ['See today\'s bakes', 'Browse the menu', 'Visit the bakery'],
  },
  about: {
    headings: ['Our story', 'Flour, water, time and love', 'Why we bake'],
    paragraphs: [
      [
        '{name} started with a single sourdough starter, a borrowed oven and a dream of bringing real bread back to the neighborhood.',
        'Years later, that starter is still alive and bubbling. It goes into every loaf we bake, alongside stone-milled flour, sea salt and plenty of patience.',
      ],
      [
        'We believe bread should be simple: good flour, water, salt and time. Our doughs ferment for up to 36 hours, which gives them deep flavor, a crackling crust and makes them easier to digest.',
        'Our pastry team brings the same care to croissants, tarts and cakes, using real butter, free-range eggs and fruit from local orchards.',
        'Nothing is frozen, nothing comes from a mix. If it is on our shelves, it was baked here this morning.',
      ],
      [
        'Every morning before dawn, our bakers shape, score and bake the bread you take home. It is early, floury work, and we love it.',
        'From a Tuesday loaf to a three-tier wedding cake, {name} is here for the everyday moments and the big ones. Come in, say hello and follow the smell of fresh bread.',
      ],
    ],
    highlights: ['Sourdough fermented for up to 36 hours', 'Real butter, free-range eggs', 'Custom cakes for every occasion', 'Gluten-free and vegan options daily', 'Leftover bread donated every evening'],
  },
  features: {
    headings: ['Why our bread tastes different', 'What goes into every bake', 'Baked the old-fashioned way'],
    intros: [
      'No shortcuts, no additives, no frozen dough. Just honest baking and a lot of early mornings.',
      'Great baking is all about small choices made every day. These are ours.',
      'Here is what you can count on every time you walk through our door.',
    ],
    items: [
      { icon: 'clock', title: 'Slow fermentation', text: 'Our sourdough rises for up to 36 hours, building flavor and a crust that crackles.' },
      { icon: 'leaf', title: 'Simple ingredients', text: 'Stone-milled flour, sea salt, real butter and seasonal fruit. Nothing you can\'t pronounce.' },
      { icon: 'sun', title: 'Fresh every morning', text: 'Everything on our shelves was baked today, starting well before sunrise.' },
      { icon: 'cake', title: 'Custom cakes', text: 'Birthday, wedding or just because: tell us your idea and we will bake it to order.' },
      { icon: 'shield', title: 'Options for every diet', text: 'Gluten-free loaves, vegan pastries and clear allergen labels on every item.' },
      { icon: 'truck', title: 'Pre-order and delivery', text: 'Reserve your favorites online and pick them up warm, or have them delivered nearby.' },
    ],
  },
  offers: {
    headings: ['Fresh from the oven', 'Today\'s bakes', 'Our menu'],
    intros: [
      'Our shelves change with the seasons, but these favorites are baked every day. Come early: the croissants go fast.',
      'Breads, pastries and cakes, all made from scratch in our kitchen.',
      'Everything can be pre-ordered for pickup. Whole cakes need 48 hours\' notice.',
    ],
    items: [
      { category: 'Breads', title: 'Country sourdough', description: 'Our signature loaf: 36-hour fermentation, crackling crust and an open, tangy crumb.', price: '9.00', icon: 'sun', tags: ['vegan', 'dairyFree'] },
      { category: 'Breads', title: 'Seeded rye', description: 'Dense and nutty, packed with sunflower, flax and pumpkin seeds.', price: '10.00', icon: 'leaf', tags: ['vegan', 'dairyFree'] },
      { category: 'Breads', title: 'Classic baguette', description: 'Thin, crisp crust and a light crumb, baked three times a day.', price: '4.50', icon: 'sun', tags: ['vegan', 'dairyFree'] },
      { category: 'Breads', title: 'Gluten-free loaf', description: 'Buckwheat and brown rice bread baked in a separate, dedicated oven.', price: '11.00', icon: 'leaf', tags: ['glutenFree', 'vegan', 'dairyFree'] },
      { category: 'Pastries', title: 'Butter croissant', description: 'Three days in the making, with dozens of flaky, buttery layers.', price: '4.25', icon: 'coffee', tags: ['vegetarian'] },
      { category: 'Pastries', title: 'Pain au chocolat', description: 'Our croissant dough wrapped around two bars of dark chocolate.', price: '4.75', icon: 'coffee', tags: ['vegetarian'] },
      { category: 'Pastries', title: 'Cinnamon roll', description: 'Soft, swirled with brown sugar and cinnamon, finished with cream cheese icing.', price: '5.00', icon: 'heart', tags: ['vegetarian'] },
      { category: 'Pastries', title: 'Seasonal fruit galette', description: 'Rustic butter pastry filled with whatever fruit is at its best this week.', price: '5.50', icon: 'leaf', tags: ['vegetarian'] },
      { category: 'Cakes', title: 'Carrot cake slice', description: 'Spiced, moist and topped with a thick layer of cream cheese frosting.', price: '6.50', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Cakes', title: 'Flourless chocolate cake', description: 'Rich, fudgy and naturally gluten-free. A slice is never enough.', price: '6.75', icon: 'cake', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Cakes', title: 'Custom celebration cake', description: 'Two layers, serves 12. Choose your flavors, filling and message.', price: '65.00', icon: 'gift', tags: ['vegetarian'] },
      { category: 'Cakes', title: 'Vegan lemon loaf', description: 'Zesty, tender and glazed with fresh lemon. Sold by the slice or whole.', price: '5.25', icon: 'cake', tags: ['vegan', 'dairyFree'] },
    ],
  },
  testimonials: {
    headings: ['What our customers say', 'Loved by early risers', 'Kind words from our regulars'],
    items: [
      { quote: 'I have tried every bakery in town and nothing comes close to their sourdough. My Saturday morning is not complete without a loaf.', name: 'Hannah Miller', role: 'Saturday regular' },
      { quote: 'They made my daughter\'s unicorn birthday cake and it was even better than the photo I brought. It tasted amazing too.', name: 'Jessica Turner', role: 'Ordered a birthday cake' },
      { quote: 'Finally, gluten-free bread that tastes like real bread. I cried a little the first time.', name: 'Olivia Bennett', role: 'Gluten-free customer' },
      { quote: 'The croissants are the real deal: flaky, buttery and gone by 10 a.m. Get there early.', name: 'Mark Hughes', role: 'Morning commuter' },
      { quote: 'Our wedding cake was the talk of the night. The team listened to every detail and delivered it perfectly.', name: 'Emma and Ryan Cole', role: 'Newlyweds' },
      { quote: 'We order their pastries for every office meeting now. Always fresh, always on time.', name: 'Kevin Park', role: 'Office manager' },
    ],
  },
  faq: {
    headings: ['Frequently asked questions', 'Good to know', 'Ordering and allergies'],
    items: [
      { question: 'How far in advance should I order a custom cake?', answer: 'We ask for at least 48 hours for standard cakes and one to two weeks for tiered or highly decorated cakes. Wedding cakes are best booked a month or more ahead.' },
      { question: 'Do you have gluten-free bread?', answer: 'Yes. We bake gluten-free loaves and treats every day in a separate oven with dedicated tools. Because we use wheat flour in the same building, we can\'t guarantee zero cross-contact for severe allergies.' },
      { question: 'Do you offer vegan options?', answer: 'Our sourdough, baguettes and rye are naturally vegan, and we always have at least two vegan pastries or cakes on the counter.' },
      { question: 'Can I reserve bread or pastries for pickup?', answer: 'Absolutely. Pre-order online or by phone by 6 p.m. the day before and your order will be waiting for you, warm and bagged.' },
      { question: 'Do you deliver?', answer: 'We deliver cakes and catering orders nearby for a small fee. Everyday bread and pastries are available for pickup in the shop.' },
      { question: 'What happens to the bread you don\'t sell?', answer: 'Leftover bread is donated every evening to a local food bank, so nothing good goes to waste.' },
    ],
  },
  cta: {
    headings: ['Planning a celebration?', 'Warm bread is waiting', 'Let us bake for you'],
    texts: [
      'Tell us about your event and we will design a cake everyone will remember.',
      'Pre-order your favorites tonight and pick them up fresh tomorrow morning.',
      'From a single loaf to a dessert table for 100 guests, we would love to bake for you.',
    ],
    actions: ['Order a cake', 'Pre-order now', 'Get in touch'],
  },
  stats: [
    { value: '3,000+', label: 'Loaves baked every week' },
    { value: '4.9★', label: 'Average customer rating' },
    { value: '10 years', label: 'Of early mornings' },
    { value: '1,200+', label: 'Custom cakes delivered' },
  ],
  team: [
    { name: 'Claire Dubois', role: 'Founder and head baker', bio: 'Claire trained in France and came home determined to bake honest bread. She still shapes the first loaves every morning.' },
    { name: 'Ben Harper', role: 'Pastry chef', bio: 'Ben is the patient hands behind our croissants and the artist behind our most spectacular celebration cakes.' },
    { name: 'Maria Lopez', role: 'Shop manager', bio: 'Maria greets regulars by name, manages cake orders and always knows what just came out of the oven.' },
    { name: 'Grace Moore', role: 'Savory baker', bio: 'For twelve years Grace has made the most popular savory pastries in the neighborhood, always from the same recipe.' },
  ],
  pricing: {
    headings: ['Catering and events', 'Sweet tables for every occasion', 'Bakery catering packages'],
    intros: [
      'Breakfast meetings, birthdays, baby showers and weddings. Choose a package and we will handle the baking.',
      'All packages are baked fresh on the day of your event and can include gluten-free and vegan options.',
      'Prices are per guest, with a minimum of 15 guests. Delivery and setup available nearby.',
    ],
    tiers: [
      { name: 'Morning Meeting', price: '9.00', period: '/guest', description: 'A fresh breakfast spread for offices and small gatherings.', features: ['Assorted croissants and muffins', 'Mini sourdough sandwiches', 'Seasonal fruit platter', 'Coffee and tea service', 'Plates, napkins and labels'] },
      { name: 'Celebration', price: '16.00', period: '/guest', description: 'Our most popular choice for birthdays, showers and parties.', features: ['Custom cake with your message', 'Two kinds of cookies or bars', 'Mini pastries and tarts', 'Savory bites', 'Delivery and setup included'] },
      { name: 'Dessert Table', price: '28.00', period: '/guest', description: 'A full dessert table designed around your wedding or big event.', features: ['Tasting session for two', 'Tiered or naked cake', 'Five assorted desserts', 'Styled display and stands', 'On-site setup and pickup'] },
    ],
  },
  blog: {
    headings: ['From the oven', 'Bakery notes', 'Baking stories and tips'],
    intros: [
      'Recipes, baking tips and what our team is pulling out of the oven this week.',
      'Everything we have learned about bread and cake, shared with you.',
      'Behind-the-scenes stories from the bakery and advice for your own kitchen.',
    ],
    posts: [
      {
        title: 'Why our sourdough takes 36 hours',
        slug: 'why-sourdough-takes-36-hours',
        excerpt: 'Good bread can\'t be rushed. Here is what happens to every loaf between mixing and baking.',
        paragraphs: [
          'When people hear that each loaf takes a day and a half, they often ask why we bother. The short answer is flavor. The longer answer is a little science and a lot of tradition.',
          'Sourdough rises with wild yeast and bacteria living in our starter, not commercial yeast. Given time, they break down starches and proteins, creating the gentle tang and deep aroma you taste in every bite.',
          'That long, cool fermentation also makes the bread easier to digest for many people and helps it stay fresh for days without any additives.',
          'So the next time you tear into one of our loaves, know that it started its journey the day before yesterday. We think it was worth the wait.',
        ],
        subheading: 'The life of a loaf',
        listItems: ['Day 1, morning: we feed the starter', 'Day 1, afternoon: mixing, folding and shaping', 'Day 1, night: a slow, cold rest in the fridge', 'Day 2, dawn: scoring and baking in a steam oven'],
        quote: 'Time is the one ingredient you can\'t buy, and it is the one that matters most.',
      },
      {
        title: 'How to keep bread fresh at home',
        slug: 'keep-bread-fresh-at-home',
        excerpt: 'Simple tricks to keep your loaf tasting great all week, and how to bring a day-old one back to life.',
        paragraphs: [
          'Real bread has no preservatives, so it needs a little care once it leaves our shop. The good news is that a good sourdough can stay delicious for four or five days.',
          'The biggest mistake is the fridge. Cold temperatures make bread go stale faster. Keep it at room temperature, cut side down on a board, or in a linen or paper bag.',
          'If you won\'t finish a loaf in time, slice it and freeze it. You can toast slices straight from the freezer, and they will taste almost freshly baked.',
          'And if your bread gets a little hard, don\'t throw it away. Day-old bread makes the best toast, croutons, French toast and bread pudding.',
        ],
        subheading: 'Our quick rules',
        listItems: ['Never store bread in the fridge', 'Keep it cut side down on the board', 'Use a linen or paper bag, not plastic', 'Slice and freeze what you won\'t eat in three days', 'Revive a stale loaf with a splash of water and 5 minutes in a hot oven'],
        quote: 'Bread is meant to be eaten, shared and never wasted.',
      },
      {
        title: 'Planning the perfect birthday cake',
        slug: 'planning-the-perfect-birthday-cake',
        excerpt: 'Size, flavors, timing and design: our pastry chef answers the questions we hear most.',
        paragraphs: [
          'A birthday cake is often the centerpiece of the party, so it is worth planning a little ahead. Start with the number of guests: a two-layer 8-inch cake serves about 12 people, and a 10-inch serves around 20.',
          'Next, think flavor before decoration. Our best sellers are vanilla with berries, chocolate with salted caramel and carrot with cream cheese. Kids usually love the chocolate, and adults never complain either.',
          'For decoration, bring photos, colors or the party theme. We can do simple and elegant, bright and playful, or something completely new.',
          'Finally, order at least 48 hours ahead, or a week ahead for detailed designs. Then all that is left is to light the candles.',
        ],
        subheading: 'What to have ready when you order',
        listItems: ['Date and pickup or delivery time', 'Number of guests', 'Favorite flavors and any allergies', 'Theme, colors or inspiration photos', 'The name and message for the top'],
        quote: 'The best cakes start with a good conversation.',
      },
    ],
  },
  contact: {
    headings: ['Visit the bakery', 'Come say hello', 'Orders and questions'],
    intros: [
      'Pop in for warm bread or send us a message to order a cake. We answer every request within one business day.',
      'Pre-orders, cake inquiries, catering or a simple question about allergens: we are happy to help.',
      'Find us, follow the smell of fresh bread, or get in touch to plan your order.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['Fresh out of the oven', 'Inside {name}', 'A peek behind the counter'],
    captions: ['Sourdough loaves cooling on the rack', 'Croissants mid-lamination', 'A three-tier wedding cake ready for delivery', 'Our counter on a Saturday morning', 'Flour, starter and early-morning hands', 'Seasonal fruit tarts', 'Cinnamon rolls fresh from the oven', 'A birthday cake with a personal message'],
  },
  logos: {
    headings: ['Our trusted suppliers', 'As seen in', 'Where you can find our bread'],
    names: ['Stone Valley Mill', 'Meadowbrook Dairy', 'Sunny Acres Orchard', 'The Daily Crumb Magazine', 'Corner Roast Coffee', 'Greenleaf Market'],
  },
};

const ptBR: CopyBank = {
  kind: 'bakery',
  language: 'pt-BR',
  names: ['Padaria Trigo de Ouro', 'Forno da Vila', 'Pão & Afeto', 'Confeitaria Doce Lembrança', 'Padaria Bom Dia', 'Casa do Fermento', 'Padaria Santa Massa'],
  taglines: [
    'Pão quentinho toda hora.',
    'Feito à mão, com tempo e carinho.',
    'Do pãozinho de todo dia ao bolo da festa.',
    'Seu café da manhã começa aqui.',
    'O cheirinho de pão fresco mais gostoso de {city}.',
  ],
  pages: { home: 'Início', about: 'Nossa Padaria', services: 'Produtos', contact: 'Encomendas', blog: 'Blog', pricing: 'Festas e Eventos' },
  hero: {
    eyebrows: ['Pão saindo do forno o dia todo', 'Fermentação natural · Salgados · Bolos de festa', 'Encomendas de bolos abertas', 'A padaria do seu bairro'],
    headlines: ['Pão fresquinho que vale acordar cedo', 'Feito à mão, servido com carinho', 'Do nosso forno para a sua mesa', 'Toda festa merece um bolo especial'],
    subheadlines: [
      'Na {name}, a fornada começa às 4 da manhã para você levar pão francês crocante, pão de queijo quentinho e bolos feitos com manteiga de verdade.',
      'Pães de fermentação natural, salgados fritos na hora e bolos de festa decorados do jeito que você imaginou.',
      'Passe para tomar um café com pão na chapa ou encomende o bolo do próximo aniversário. Tudo feito aqui, todos os dias.',
      'Pão quentinho, salgados e doces caseiros saindo do forno o dia inteiro para toda {city}.',
    ],
    primaryActions: ['Encomendar bolo', 'Fazer encomenda', 'Pedir pelo WhatsApp'],
    secondaryActions: ['Ver os produtos', 'Conhecer a vitrine', 'Ver fornadas do dia'],
  },
  about: {
    headings: ['Nossa história', 'Farinha, água, tempo e carinho', 'Por que a gente faz pão'],
    paragraphs: [
      [
        'A {name} começou pequenininha, com um forno, uma receita de família e a vontade de trazer de volta o pão de verdade para o bairro.',
        'Hoje a vitrine cresceu, mas o jeito de fazer continua o mesmo: massa sovada com calma, fermento natural cuidado todo dia e ingredientes que a gente conhece de onde vêm.',
      ],
      [
        'Para nós, padaria é ponto de encontro. É o cafezinho antes do trabalho, o pão da tarde para o lanche das crianças e o bolo que faz parte das festas da família.',
        'Por isso tudo aqui é feito na hora: o pão francês sai várias vezes por dia, os salgados são fritos na hora e os bolos levam manteiga, ovos caipiras e frutas frescas.',
        'Nada de massa congelada, nada de mistura pronta. Se está na nossa vitrine, foi feito aqui hoje.',
      ],
      [
        'Todo dia, antes de o sol nascer, nossos padeiros já estão sovando, modelando e assando o pão que chega à sua mesa.',
        'Do pãozinho de todo dia ao bolo de casamento de três andares, a {name} está presente nos momentos simples e nos grandes. Entre, tome um café e sinta o cheirinho.',
      ],
    ],
    highlights: ['Pão francês saindo o dia todo', 'Fermentação natural de até 36 horas', 'Bolos de festa sob encomenda', 'Opções sem glúten e sem lactose', 'Pães do dia doados todas as noites'],
  },
  features: {
    headings: ['Por que o nosso pão é diferente', 'O que vai em cada fornada', 'Padaria como antigamente'],
    intros: [
      'Sem atalhos, sem conservantes e sem massa congelada. Só padaria de verdade e muita madrugada.',
      'Pão bom nasce de pequenas escolhas feitas todos os dias. Estas são as nossas.',
      'Veja o que você encontra sempre que entra pela nossa porta.',
    ],
    items: [
      { icon: 'clock', title: 'Fermentação lenta', text: 'Nossos pães de fermentação natural descansam até 36 horas para ganhar sabor e casca crocante.' },
      { icon: 'leaf', title: 'Ingredientes simples', text: 'Farinha de qualidade, manteiga de verdade, ovos caipiras e frutas da estação. Nada de aditivos.' },
      { icon: 'sun', title: 'Fornadas o dia todo', text: 'Pão francês quentinho de manhã, à tarde e no fim do dia. É só chegar.' },
      { icon: 'cake', title: 'Bolos sob encomenda', text: 'Aniversário, casamento ou chá de bebê: conte a sua ideia e a gente cria o bolo.' },
      { icon: 'shield', title: 'Opções para todos', text: 'Pães sem glúten, doces sem lactose e informação clara sobre alergênicos em cada produto.' },
      { icon: 'truck', title: 'Encomenda e entrega', text: 'Peça pelo WhatsApp e retire quentinho, ou receba em casa aqui pertinho.' },
    ],
  },
  offers: {
    headings: ['Saindo do forno', 'Nossa vitrine', 'Pães, salgados e doces'],
    intros: [
      'A vitrine muda com as estações, mas estes queridinhos saem todos os dias. Chegue cedo: o pão de queijo voa.',
      'Pães, salgados, doces e bolos, tudo feito na nossa cozinha.',
      'Todos os itens podem ser encomendados para retirada. Bolos inteiros com 48 horas de antecedência.',
    ],
    items: [
      { category: 'Pães', title: 'Pão francês', description: 'Casquinha crocante e miolo macio, saindo do forno várias vezes ao dia. Preço por kg.', price: '19.90', icon: 'sun', tags: ['vegan', 'dairyFree'] },
      { category: 'Pães', title: 'Pão de fermentação natural', description: 'Nosso pão italiano de 36 horas, com casca grossa e miolo aerado.', price: '26.00', icon: 'sun', tags: ['vegan', 'dairyFree'] },
      { category: 'Pães', title: 'Pão de queijo mineiro', description: 'Seis unidades feitas com polvilho azedo e queijo canastra.', price: '14.00', icon: 'heart', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Pães', title: 'Pão sem glúten', description: 'Feito com farinha de arroz e sementes, assado em forno separado.', price: '28.00', icon: 'leaf', tags: ['glutenFree', 'dairyFree'] },
      { category: 'Salgados', title: 'Coxinha de frango com catupiry', description: 'Massa sequinha e recheio cremoso, frita na hora.', price: '9.50', icon: 'utensils' },
      { category: 'Salgados', title: 'Empada de palmito', description: 'Massa amanteigada que derrete na boca, com recheio de palmito.', price: '10.00', icon: 'utensils', tags: ['vegetarian'] },
      { category: 'Salgados', title: 'Esfiha de carne', description: 'Massa fofinha assada com carne temperada, cebola e um toque de limão.', price: '8.00', icon: 'utensils' },
      { category: 'Doces e bolos', title: 'Sonho de creme', description: 'Massa leve recheada com creme de baunilha e polvilhada com açúcar.', price: '8.50', icon: 'heart', tags: ['vegetarian'] },
      { category: 'Doces e bolos', title: 'Bolo de cenoura com chocolate', description: 'O clássico da tarde, com cobertura de brigadeiro. Bolo inteiro.', price: '42.00', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Doces e bolos', title: 'Caixa de brigadeiros', description: 'Doze brigadeiros de chocolate belga enrolados à mão.', price: '45.00', icon: 'gift', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Doces e bolos', title: 'Bolo de festa', description: 'Massa, recheio e decoração à sua escolha. Preço por kg.', price: '129.00', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Doces e bolos', title: 'Croissant de manteiga', description: 'Três dias de preparo e dezenas de camadas folhadas e amanteigadas.', price: '12.00', icon: 'coffee', tags: ['vegetarian'] },
    ],
  },
  testimonials: {
    headings: ['O que nossos clientes dizem', 'Quem prova, volta', 'O carinho de quem passa por aqui'],
    items: [
      { quote: 'Já provei pão em tudo quanto é padaria e nenhum chega perto do pão de fermentação natural daqui. Meu sábado não começa sem ele.', name: 'Ana Ribeiro', role: 'Cliente de todo sábado' },
      { quote: 'Fizeram o bolo de aniversário da minha filha e ficou ainda mais lindo que a foto que eu levei. E estava delicioso!', name: 'Patrícia Gomes', role: 'Encomendou bolo de aniversário' },
      { quote: 'Finalmente um pão sem glúten com gosto de pão de verdade. Virei cliente fiel.', name: 'Fernanda Lima', role: 'Cliente celíaca' },
      { quote: 'O pão de queijo é o melhor do bairro, sem discussão. Passo todo dia antes do trabalho.', name: 'João Pereira', role: 'Cliente do café da manhã' },
      { quote: 'O bolo do nosso casamento foi o assunto da festa. A equipe ouviu cada detalhe e entregou tudo perfeito.', name: 'Camila e Bruno Rocha', role: 'Recém-casados' },
      { quote: 'Encomendamos os salgados para todas as reuniões do escritório. Sempre fresquinhos e no horário.', name: 'Marcelo Dias', role: 'Gerente administrativo' },
    ],
  },
  faq: {
    headings: ['Dúvidas frequentes', 'Bom saber', 'Encomendas e alergias'],
    items: [
      { question: 'Com quanto tempo de antecedência devo encomendar um bolo?', answer: 'Pedimos pelo menos 48 horas para bolos simples e de uma a duas semanas para bolos decorados ou de andares. Bolos de casamento, de preferência com um mês de antecedência.' },
      { question: 'Vocês têm pão sem glúten?', answer: 'Temos, sim. Fazemos pães e doces sem glúten em forno separado e com utensílios exclusivos. Como usamos farinha de trigo no mesmo espaço, não garantimos ausência total de contaminação para alergias graves.' },
      { question: 'Tem opções sem lactose ou veganas?', answer: 'O pão francês, o pão de fermentação natural e o pão sem glúten não levam leite. Sempre temos também pelo menos um doce vegano na vitrine.' },
      { question: 'Posso encomendar salgados para festa?', answer: 'Pode! Fazemos cento de salgados fritos e assados, mini sanduíches e docinhos. É só pedir com pelo menos 48 horas de antecedência.' },
      { question: 'Vocês entregam?', answer: 'Entregamos bolos, salgados e encomendas de festa na região por uma taxa pequena. Para o dia a dia, você também pode pedir pelos aplicativos de entrega.' },
      { question: 'O que acontece com o pão que sobra?', answer: 'Os pães do dia que não vendemos são doados todas as noites para uma instituição do bairro. Aqui nada de bom vai para o lixo.' },
    ],
  },
  cta: {
    headings: ['Vai ter festa?', 'Tem pão quentinho esperando', 'Deixe a fornada com a gente'],
    texts: [
      'Conte como vai ser a sua festa e a gente cria um bolo que ninguém vai esquecer.',
      'Faça sua encomenda hoje e retire tudo fresquinho amanhã cedo.',
      'Do pãozinho de todo dia ao cento de salgados para 100 convidados, queremos fazer parte da sua mesa.',
    ],
    actions: ['Encomendar agora', 'Pedir pelo WhatsApp', 'Falar com a gente'],
  },
  stats: [
    { value: '5 mil', label: 'Pães franceses por dia' },
    { value: '4,9★', label: 'Nota média dos clientes' },
    { value: '18 anos', label: 'De fornadas no bairro' },
    { value: '1.500+', label: 'Bolos de festa entregues' },
  ],
  team: [
    { name: 'Antônio Ferreira', role: 'Fundador e mestre padeiro', bio: 'Seu Antônio aprendeu o ofício com o pai e até hoje abre a padaria às 4 da manhã para cuidar da primeira fornada.' },
    { name: 'Luciana Ferreira', role: 'Confeiteira', bio: 'Lu é a artista por trás dos bolos de festa e dos brigadeiros que somem da vitrine antes do meio-dia.' },
    { name: 'Rodrigo Santos', role: 'Padeiro de fermentação natural', bio: 'Rodrigo cuida do nosso fermento como se fosse da família e desenvolve os pães especiais da casa.' },
    { name: 'Dona Cida Moura', role: 'Salgadeira', bio: 'Há doze anos a Dona Cida faz as coxinhas mais pedidas do bairro, sempre com a mesma receita.' },
  ],
  pricing: {
    headings: ['Festas e eventos', 'Pacotes para a sua festa', 'Encomendas para eventos'],
    intros: [
      'Aniversários, chás de bebê, reuniões e casamentos. Escolha o pacote e a gente cuida da comida.',
      'Tudo é preparado no dia do evento e pode incluir opções sem glúten e sem lactose.',
      'Valores por convidado, com mínimo de 20 pessoas. Entrega na região sob consulta.',
    ],
    tiers: [
      { name: 'Café de Reunião', price: '24.00', period: '/pessoa', description: 'Um café da manhã caprichado para empresas e pequenos encontros.', features: ['Pão de queijo e mini croissants', 'Mini sanduíches de pão de fermentação natural', 'Bolo caseiro fatiado', 'Café, leite e sucos', 'Guardanapos e descartáveis'] },
      { name: 'Festa Completa', price: '45.00', period: '/pessoa', description: 'O preferido para aniversários e chás: salgados, doces e bolo.', features: ['Bolo de festa personalizado', 'Oito salgados por pessoa', 'Quatro docinhos por pessoa', 'Refrigerantes e sucos', 'Entrega e montagem inclusas'] },
      { name: 'Mesa de Doces', price: '78.00', period: '/pessoa', description: 'Mesa de doces completa para casamentos e grandes eventos.', features: ['Degustação para o casal', 'Bolo de andares ou naked cake', 'Doces finos variados', 'Louças e suportes decorativos', 'Montagem no local'] },
    ],
  },
  blog: {
    headings: ['Do nosso forno', 'Blog da padaria', 'Receitas e dicas'],
    intros: [
      'Receitas, dicas de padeiro e o que está saindo do nosso forno esta semana.',
      'Tudo o que aprendemos sobre pão e bolo, dividido com você.',
      'Bastidores da padaria e conselhos para a sua cozinha.',
    ],
    posts: [
      {
        title: 'Por que o nosso pão de fermentação natural leva 36 horas',
        slug: 'fermentacao-natural-36-horas',
        excerpt: 'Pão bom não tem pressa. Veja o que acontece com cada pão entre a mistura e o forno.',
        paragraphs: [
          'Quando contamos que cada pão leva um dia e meio para ficar pronto, muita gente pergunta se vale a pena. A resposta curta é: sabor. A longa envolve um pouco de ciência e muita tradição.',
          'O pão de fermentação natural cresce com leveduras e bactérias que vivem no nosso fermento, e não com fermento industrial. Com tempo, elas transformam a massa e criam aquele aroma profundo e a acidez suave.',
          'A fermentação longa e fria também deixa o pão mais fácil de digerir para muita gente e faz com que ele dure dias sem nenhum conservante.',
          'Então, da próxima vez que você partir um dos nossos pães, lembre que ele começou a ser feito anteontem. A gente acha que a espera compensa.',
        ],
        subheading: 'A vida de um pão',
        listItems: ['Dia 1, manhã: alimentamos o fermento', 'Dia 1, tarde: mistura, dobras e modelagem', 'Dia 1, noite: descanso lento na geladeira', 'Dia 2, madrugada: corte e forno com vapor'],
        quote: 'Tempo é o único ingrediente que não se compra, e é o que mais importa.',
      },
      {
        title: 'Como conservar o pão em casa',
        slug: 'como-conservar-o-pao',
        excerpt: 'Truques simples para o pão durar a semana toda e como recuperar aquele que ficou duro.',
        paragraphs: [
          'Pão de verdade não leva conservantes, então precisa de um pouquinho de cuidado depois que sai da padaria. A boa notícia é que um bom pão de fermentação natural fica gostoso por quatro ou cinco dias.',
          'O erro mais comum é a geladeira. O frio faz o pão endurecer mais rápido. Guarde em temperatura ambiente, com o lado cortado virado para a tábua, ou num saco de pano ou de papel.',
          'Se não for comer tudo a tempo, fatie e congele. Dá para torrar as fatias direto do freezer, e elas ficam com cara de pão fresco.',
          'E se o pão endureceu, não jogue fora. Pão amanhecido vira torrada, farinha de rosca, rabanada e pudim de pão.',
        ],
        subheading: 'Nossas regrinhas',
        listItems: ['Nunca guarde pão na geladeira', 'Deixe o lado cortado virado para a tábua', 'Prefira saco de pano ou de papel', 'Fatie e congele o que não for comer em três dias', 'Pão francês amanhecido volta à vida com um borrifo de água e 5 minutos de forno'],
        quote: 'Pão é para comer, dividir e nunca desperdiçar.',
      },
      {
        title: 'Como planejar o bolo de aniversário perfeito',
        slug: 'bolo-de-aniversario-perfeito',
        excerpt: 'Tamanho, sabor, prazo e decoração: nossa confeiteira responde as perguntas que mais ouvimos.',
        paragraphs: [
          'O bolo costuma ser a estrela da festa, então vale planejar com um pouco de antecedência. Comece pelo número de convidados: calculamos cerca de 100 gramas por pessoa, então um bolo de 2 kg serve umas 20 pessoas.',
          'Depois escolha o sabor antes da decoração. Os campeões aqui são massa branca com brigadeiro e morango, chocolate com ninho e nozes com doce de leite.',
          'Para a decoração, traga fotos, cores ou o tema da festa. Fazemos de tudo: simples e elegante, colorido e divertido, ou algo totalmente novo.',
          'Por fim, encomende com pelo menos 48 horas de antecedência, ou uma semana para bolos mais elaborados. Aí é só acender as velinhas.',
        ],
        subheading: 'O que ter em mãos na hora de encomendar',
        listItems: ['Data e horário de retirada ou entrega', 'Número de convidados', 'Sabores preferidos e possíveis alergias', 'Tema, cores ou fotos de inspiração', 'Nome e frase para o topo do bolo'],
        quote: 'Todo bolo bonito começa com uma boa conversa.',
      },
    ],
  },
  contact: {
    headings: ['Venha nos visitar', 'Faça sua encomenda', 'Fale com a padaria'],
    intros: [
      'Passe para um café com pão quentinho ou mande uma mensagem para encomendar o seu bolo. Respondemos no mesmo dia.',
      'Encomendas, bolos de festa, salgados ou dúvidas sobre alergênicos: a gente ajuda com prazer.',
      'Encontre a padaria, siga o cheirinho de pão ou fale com a gente para planejar a sua encomenda.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['Saindo do forno', 'Por dentro da {name}', 'Os bastidores do balcão'],
    captions: ['Pães de fermentação natural esfriando', 'Fornada de pão francês no fim da tarde', 'Bolo de casamento pronto para a entrega', 'O balcão cheio num sábado de manhã', 'Mãos sujas de farinha logo cedo', 'Coxinhas saindo da fritura', 'Brigadeiros enrolados à mão', 'Bolo de aniversário com mensagem especial'],
  },
  logos: {
    headings: ['Nossos fornecedores', 'Saímos na imprensa', 'Parceiros da padaria'],
    names: ['Moinho Santa Clara', 'Laticínios Serra da Canastra', 'Granja Ovos da Fazenda', 'Revista Sabor & Cia', 'Café Alto da Mantiqueira', 'Chocolates Vila Rica'],
  },
};

const es: CopyBank = {
  kind: 'bakery',
  language: 'es',
  names: ['Horno de la Plaza', 'Pan y Canela', 'Obrador Santa Rita', 'La Espiga Dorada', 'Masa Madre & Co.', 'Pastelería Dulce Abril', 'El Rincón del Pan'],
  taglines: [
    'Pan recién hecho antes de que salga el sol.',
    'Pan de verdad, hecho despacio y a mano.',
    'Tartas para celebrar, pan para cada día.',
    'Los buenos días empiezan con pan caliente.',
    'El olor a pan recién hecho de {city}.',
  ],
  pages: { home: 'Inicio', about: 'Nuestro Obrador', services: 'Productos', contact: 'Encargos', blog: 'Blog', pricing: 'Eventos' },
  hero: {
    eyebrows: ['Horneado cada mañana', 'Masa madre · Bollería · Tartas por encargo', 'Aceptamos encargos de tartas', 'Tu panadería de barrio'],
    headlines: ['Pan que merece madrugar', 'Hecho a mano, compartido con cariño', 'De nuestro horno a tu mesa', 'Cada celebración merece una gran tarta'],
    subheadlines: [
      'En {name} empezamos a hornear a las 4 de la mañana para que disfrutes de pan de masa madre crujiente, cruasanes hojaldrados y tartas con mantequilla de verdad.',
      'Pan de fermentación lenta, bollería que cruje al morderla y tartas por encargo diseñadas solo para ti.',
      'Pásate a por tu barra de cada día o encarga la tarta del próximo cumpleaños. Todo se elabora en nuestro obrador, cada día.',
      'Pan caliente, bollería de mantequilla y tartas de celebración, recién horneados cada mañana en {city}.',
    ],
    primaryActions: ['Encargar una tarta', 'Hacer un pedido', 'Reservar mi pan'],
    secondaryActions: ['Ver los productos', 'Qué hay hoy', 'Visitar la panadería'],
  },
  about: {
    headings: ['Nuestra historia', 'Harina, agua, tiempo y cariño', 'Por qué horneamos'],
    paragraphs: [
      [
        '{name} empezó con una masa madre, un horno prestado y el sueño de devolver el pan de verdad al barrio.',
        'Años después, aquella masa madre sigue viva y burbujeante. Va en cada pan que horneamos, junto a harina molida a la piedra, sal marina y mucha paciencia.',
      ],
      [
        'Creemos que el pan debe ser sencillo: buena harina, agua, sal y tiempo. Nuestras masas fermentan hasta 36 horas, lo que les da un sabor profundo, una corteza que cruje y las hace más fáciles de digerir.',
        'En pastelería ponemos el mismo cuidado en cruasanes, tartas y pasteles, con mantequilla de verdad, huevos camperos y fruta de huertas cercanas.',
        'Nada congelado, nada de preparados. Si está en nuestro mostrador, se horneó aquí esta mañana.',
      ],
      [
        'Cada madrugada, nuestros panaderos forman, cortan y hornean el pan que te llevas a casa. Es un trabajo temprano y lleno de harina, y nos encanta.',
        'De la barra de un martes a una tarta nupcial de tres pisos, {name} está en los momentos de cada día y en los grandes. Entra, saluda y déjate llevar por el olor a pan.',
      ],
    ],
    highlights: ['Masa madre con hasta 36 horas de fermentación', 'Mantequilla de verdad y huevos camperos', 'Tartas por encargo para cualquier ocasión', 'Opciones sin gluten y veganas cada día', 'El pan sobrante se dona cada noche'],
  },
  features: {
    headings: ['Por qué nuestro pan sabe distinto', 'Lo que lleva cada hornada', 'Panadería como las de antes'],
    intros: [
      'Sin atajos, sin aditivos y sin masas congeladas. Solo oficio de verdad y muchas madrugadas.',
      'El buen pan nace de pequeñas decisiones que tomamos cada día. Estas son las nuestras.',
      'Esto es lo que encontrarás cada vez que cruces nuestra puerta.',
    ],
    items: [
      { icon: 'clock', title: 'Fermentación lenta', text: 'Nuestra masa madre reposa hasta 36 horas para ganar sabor y una corteza crujiente.' },
      { icon: 'leaf', title: 'Ingredientes sencillos', text: 'Harina molida a la piedra, sal marina, mantequilla y fruta de temporada. Nada más.' },
      { icon: 'sun', title: 'Recién hecho cada día', text: 'Todo lo que ves en el mostrador se horneó hoy, mucho antes del amanecer.' },
      { icon: 'cake', title: 'Tartas por encargo', text: 'Cumpleaños, bodas o porque sí: cuéntanos tu idea y la hacemos realidad.' },
      { icon: 'shield', title: 'Para todas las dietas', text: 'Pan sin gluten, bollería vegana y alérgenos bien señalados en cada producto.' },
      { icon: 'truck', title: 'Encargos y reparto', text: 'Reserva tus favoritos online y recógelos calentitos, o te los llevamos a casa si estás cerca.' },
    ],
  },
  offers: {
    headings: ['Recién salido del horno', 'Lo que hay hoy', 'Nuestros productos'],
    intros: [
      'El mostrador cambia con las estaciones, pero estos favoritos se hornean cada día. Ven temprano: los cruasanes vuelan.',
      'Panes, bollería y tartas, todo elaborado en nuestro obrador.',
      'Puedes encargarlo todo para recoger. Las tartas enteras, con 48 horas de antelación.',
    ],
    items: [
      { category: 'Panes', title: 'Hogaza de masa madre', description: 'Nuestro pan estrella: 36 horas de fermentación, corteza crujiente y miga abierta.', price: '4.80', icon: 'sun', tags: ['vegan', 'dairyFree'] },
      { category: 'Panes', title: 'Barra tradicional', description: 'Corteza fina y crujiente, horneada tres veces al día.', price: '1.40', icon: 'sun', tags: ['vegan', 'dairyFree'] },
      { category: 'Panes', title: 'Pan de centeno con semillas', description: 'Denso y sabroso, con pipas de girasol, lino y calabaza.', price: '4.50', icon: 'leaf', tags: ['vegan', 'dairyFree'] },
      { category: 'Panes', title: 'Pan sin gluten', description: 'De trigo sarraceno y arroz integral, horneado en un horno aparte.', price: '5.50', icon: 'leaf', tags: ['glutenFree', 'vegan', 'dairyFree'] },
      { category: 'Bollería', title: 'Cruasán de mantequilla', description: 'Tres días de elaboración y decenas de capas hojaldradas.', price: '1.90', icon: 'coffee', tags: ['vegetarian'] },
      { category: 'Bollería', title: 'Napolitana de chocolate', description: 'Masa de cruasán con dos barritas de chocolate negro.', price: '2.20', icon: 'coffee', tags: ['vegetarian'] },
      { category: 'Bollería', title: 'Caracola de canela', description: 'Tierna, con azúcar moreno, canela y un glaseado de queso crema.', price: '2.60', icon: 'heart', tags: ['vegetarian'] },
      { category: 'Bollería', title: 'Alfajores de maicena', description: 'Caja de seis, rellenos de dulce de leche y rebozados en coco.', price: '7.50', icon: 'gift', tags: ['vegetarian'] },
      { category: 'Tartas', title: 'Tarta de queso al horno', description: 'Cremosa por dentro y tostada por fuera. Entera, para 8 personas.', price: '26.00', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Tartas', title: 'Tres leches', description: 'Bizcocho empapado en tres leches y cubierto de merengue. Ración.', price: '4.20', icon: 'cake', tags: ['vegetarian'] },
      { category: 'Tartas', title: 'Bizcocho de chocolate sin harina', description: 'Intenso, jugoso y sin gluten de forma natural. Ración.', price: '4.50', icon: 'cake', tags: ['vegetarian', 'glutenFree'] },
      { category: 'Tartas', title: 'Tarta de celebración', description: 'Dos pisos de bizcocho, relleno y decoración a tu gusto. Para 12 personas.', price: '48.00', icon: 'gift', tags: ['vegetarian'] },
    ],
  },
  testimonials: {
    headings: ['Lo que dicen nuestros clientes', 'Quien prueba, repite', 'Palabras de nuestros vecinos'],
    items: [
      { quote: 'He probado el pan de todas las panaderías de la zona y ninguno se acerca a su hogaza de masa madre. Mis sábados empiezan aquí.', name: 'Lucía Fernández', role: 'Clienta de los sábados' },
      { quote: 'Hicieron la tarta de cumpleaños de mi hija y quedó todavía más bonita que la foto que les llevé. Y estaba riquísima.', name: 'Elena Vázquez', role: 'Encargó una tarta de cumpleaños' },
      { quote: 'Por fin un pan sin gluten que sabe a pan de verdad. La primera vez casi lloro.', name: 'Marta Jiménez', role: 'Clienta celíaca' },
      { quote: 'Los cruasanes son de verdad: hojaldrados, mantecosos y agotados antes de las diez. Hay que madrugar.', name: 'Carlos Medina', role: 'Desayuna aquí a diario' },
      { quote: 'Nuestra tarta de boda fue lo más comentado de la noche. Escucharon cada detalle y todo salió perfecto.', name: 'Laura y Miguel Sanz', role: 'Recién casados' },
      { quote: 'Encargamos la bollería para todas las reuniones de la oficina. Siempre fresca y siempre puntual.', name: 'Raúl Domínguez', role: 'Responsable de oficina' },
    ],
  },
  faq: {
    headings: ['Preguntas frecuentes', 'Conviene saber', 'Encargos y alergias'],
    items: [
      { question: '¿Con cuánta antelación tengo que encargar una tarta?', answer: 'Pedimos al menos 48 horas para tartas sencillas y una o dos semanas para tartas de pisos o muy decoradas. Las tartas de boda, mejor con un mes de antelación.' },
      { question: '¿Tienen pan sin gluten?', answer: 'Sí. Horneamos pan y dulces sin gluten cada día en un horno aparte y con utensilios exclusivos. Como trabajamos con harina de trigo en el mismo obrador, no podemos garantizar la ausencia total de trazas para alergias graves.' },
      { question: '¿Hay opciones veganas?', answer: 'La hogaza de masa madre, la barra y el pan de centeno son veganos, y siempre tenemos al menos un dulce vegano en el mostrador.' },
      { question: '¿Puedo reservar pan o bollería para recoger?', answer: 'Claro. Haz tu pedido online o por teléfono antes de las 18:00 del día anterior y lo tendrás preparado y calentito.' },
      { question: '¿Hacen envíos a domicilio?', answer: 'Llevamos tartas y pedidos de eventos a la zona por un pequeño coste. El pan y la bollería de cada día se recogen en la tienda.' },
      { question: '¿Qué pasa con el pan que no se vende?', answer: 'Cada noche donamos el pan sobrante a un banco de alimentos del barrio. Aquí no se tira nada bueno.' },
    ],
  },
  cta: {
    headings: ['¿Tienes algo que celebrar?', 'El pan caliente te espera', 'Deja que horneemos para ti'],
    texts: [
      'Cuéntanos cómo será tu celebración y diseñaremos una tarta que nadie olvidará.',
      'Haz tu encargo hoy y recógelo recién hecho mañana por la mañana.',
      'De una barra de pan a una mesa dulce para 100 invitados, nos encantará hornear para ti.',
    ],
    actions: ['Encargar ahora', 'Hacer un pedido', 'Escríbenos'],
  },
  stats: [
    { value: '2.500+', label: 'Panes a la semana' },
    { value: '4,9★', label: 'Valoración media' },
    { value: '15 años', label: 'De madrugadas' },
    { value: '1.000+', label: 'Tartas por encargo entregadas' },
  ],
  team: [
    { name: 'Rosa Martín', role: 'Fundadora y maestra panadera', bio: 'Rosa aprendió el oficio en el obrador de su abuelo y todavía forma las primeras hogazas de cada mañana.' },
    { name: 'Tomás Aguilar', role: 'Pastelero', bio: 'Tomás tiene la paciencia que piden nuestros cruasanes y la imaginación detrás de las tartas más espectaculares.' },
    { name: 'Valentina Ríos', role: 'Encargada de tienda', bio: 'Valentina conoce a los clientes por su nombre, gestiona los encargos y siempre sabe qué acaba de salir del horno.' },
    { name: 'Carmen Ruiz', role: 'Maestra de salados', bio: 'Desde hace doce años, Carmen prepara las empanadas más pedidas del barrio, siempre con la misma receta.' },
  ],
  pricing: {
    headings: ['Eventos y catering', 'Mesas dulces para cada ocasión', 'Packs para tu evento'],
    intros: [
      'Desayunos de empresa, cumpleaños, bautizos y bodas. Elige tu pack y nosotros horneamos.',
      'Todo se prepara el mismo día del evento y puede incluir opciones sin gluten y veganas.',
      'Precios por invitado, con un mínimo de 15 personas. Entrega y montaje disponibles en la zona.',
    ],
    tiers: [
      { name: 'Desayuno de Empresa', price: '7.50', period: '/persona', description: 'Un desayuno recién hecho para oficinas y reuniones pequeñas.', features: ['Cruasanes y napolitanas variadas', 'Mini bocadillos de masa madre', 'Bandeja de fruta de temporada', 'Café, té y zumo', 'Servilletas y etiquetas de alérgenos'] },
      { name: 'Celebración', price: '14.00', period: '/persona', description: 'El favorito para cumpleaños, bautizos y fiestas.', features: ['Tarta personalizada con tu mensaje', 'Dos variedades de galletas', 'Mini pasteles y tartaletas', 'Bocados salados', 'Entrega y montaje incluidos'] },
      { name: 'Mesa Dulce', price: '24.00', period: '/persona', description: 'Una mesa dulce completa diseñada para tu boda o gran evento.', features: ['Degustación para dos', 'Tarta de pisos o naked cake', 'Cinco postres variados', 'Expositores y decoración', 'Montaje y recogida en el lugar'] },
    ],
  },
  blog: {
    headings: ['Desde el obrador', 'El blog de la panadería', 'Recetas y consejos'],
    intros: [
      'Recetas, trucos de panadero y lo que sale de nuestro horno esta semana.',
      'Todo lo que hemos aprendido sobre pan y pastelería, compartido contigo.',
      'Historias del obrador y consejos para tu propia cocina.',
    ],
    posts: [
      {
        title: 'Por qué nuestra masa madre tarda 36 horas',
        slug: 'masa-madre-36-horas',
        excerpt: 'El buen pan no tiene prisa. Esto es lo que le pasa a cada hogaza entre el amasado y el horno.',
        paragraphs: [
          'Cuando contamos que cada pan tarda día y medio, mucha gente nos pregunta si merece la pena. La respuesta corta es el sabor. La larga tiene algo de ciencia y mucho de tradición.',
          'La masa madre fermenta con levaduras y bacterias salvajes, no con levadura industrial. Con tiempo, transforman almidones y proteínas y crean ese aroma profundo y esa acidez suave.',
          'Esa fermentación larga y en frío también hace que el pan sea más digestivo para muchas personas y que se conserve varios días sin ningún aditivo.',
          'Así que la próxima vez que partas una de nuestras hogazas, piensa que empezó su viaje anteayer. Creemos que la espera vale la pena.',
        ],
        subheading: 'La vida de una hogaza',
        listItems: ['Día 1, mañana: alimentamos la masa madre', 'Día 1, tarde: amasado, pliegues y formado', 'Día 1, noche: reposo lento en frío', 'Día 2, madrugada: greñado y horno con vapor'],
        quote: 'El tiempo es el único ingrediente que no se compra, y es el que más importa.',
      },
      {
        title: 'Cómo conservar el pan en casa',
        slug: 'como-conservar-el-pan',
        excerpt: 'Trucos sencillos para que tu pan aguante toda la semana y cómo revivir el que se ha quedado duro.',
        paragraphs: [
          'El pan de verdad no lleva conservantes, así que necesita un poco de cuidado cuando sale de la panadería. La buena noticia: una buena hogaza de masa madre aguanta rica cuatro o cinco días.',
          'El error más común es la nevera. El frío hace que el pan se endurezca antes. Guárdalo a temperatura ambiente, con el corte hacia la tabla, o en una bolsa de tela o de papel.',
          'Si no te lo vas a terminar a tiempo, córtalo en rebanadas y congélalo. Puedes tostarlas directamente del congelador y sabrán casi a recién hecho.',
          'Y si se te ha quedado duro, no lo tires. El pan del día anterior es perfecto para tostadas, picatostes, torrijas o pudin.',
        ],
        subheading: 'Nuestras reglas rápidas',
        listItems: ['Nunca guardes el pan en la nevera', 'Deja el corte hacia abajo sobre la tabla', 'Usa bolsa de tela o papel, no de plástico', 'Congela en rebanadas lo que no comas en tres días', 'Revive el pan duro con un poco de agua y 5 minutos de horno caliente'],
        quote: 'El pan es para comerlo, compartirlo y no tirarlo nunca.',
      },
      {
        title: 'Cómo planear la tarta de cumpleaños perfecta',
        slug: 'tarta-de-cumpleanos-perfecta',
        excerpt: 'Tamaño, sabores, plazos y decoración: nuestro pastelero responde a las preguntas que más nos hacen.',
        paragraphs: [
          'La tarta suele ser la protagonista de la fiesta, así que merece la pena planearla con tiempo. Empieza por el número de invitados: una tarta de 20 cm y dos pisos de bizcocho da para unas 12 personas.',
          'Después, elige el sabor antes que la decoración. Nuestros favoritos son vainilla con frutos rojos, chocolate con dulce de leche y zanahoria con queso crema.',
          'Para la decoración, tráenos fotos, colores o la temática de la fiesta. Podemos hacer algo sencillo y elegante, alegre y colorido, o algo completamente nuevo.',
          'Por último, encárgala con al menos 48 horas de antelación, o una semana si el diseño es elaborado. Después, solo queda encender las velas.',
        ],
        subheading: 'Lo que conviene tener claro al encargar',
        listItems: ['Fecha y hora de recogida o entrega', 'Número de invitados', 'Sabores favoritos y posibles alergias', 'Temática, colores o fotos de inspiración', 'Nombre y mensaje para la tarta'],
        quote: 'Las mejores tartas empiezan con una buena conversación.',
      },
    ],
  },
  contact: {
    headings: ['Visita la panadería', 'Haz tu encargo', 'Escríbenos'],
    intros: [
      'Pásate a por pan calentito o escríbenos para encargar tu tarta. Respondemos en menos de 24 horas.',
      'Encargos, tartas, catering o dudas sobre alérgenos: te ayudamos encantados.',
      'Encuéntranos siguiendo el olor a pan o contacta con nosotros para planear tu pedido.',
    ],
    hours: 'restaurant',
  },
  gallery: {
    headings: ['Recién salido del horno', 'Dentro de {name}', 'Detrás del mostrador'],
    captions: ['Hogazas de masa madre enfriándose', 'Cruasanes en pleno laminado', 'Tarta nupcial de tres pisos lista para entregar', 'El mostrador un sábado por la mañana', 'Harina, masa madre y manos al amanecer', 'Tartaletas de fruta de temporada', 'Caracolas de canela recién horneadas', 'Tarta de cumpleaños con mensaje personalizado'],
  },
  logos: {
    headings: ['Nuestros proveedores', 'Han hablado de nosotros', 'Dónde encontrar nuestro pan'],
    names: ['Molino Las Eras', 'Granja Valle Verde', 'Mantequería del Norte', 'Revista Pan y Oficio', 'Cafés El Tostadero', 'Mercado de Abastos'],
  },
};

export const bakeryBanks: KindBanks = { en, 'pt-BR': ptBR, es };
