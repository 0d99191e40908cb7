// Copy banks for blogs and newsletters: a personal or niche publication about travel, food,
// tools and everyday life, written in one person's voice and supported by its readers.
import type { KindBanks } from '@/lib/sites/templates/copy-bank';

export const blogBanks: KindBanks = {
  en: {
    kind: 'blog',
    language: 'en',
    names: ['The Slow Lane', 'Sunday Notes', 'Small Detours', 'Field Journal', 'Second Helpings', 'The Long Weekend', 'Notes from {city}'],
    taglines: [
      'Travel, food and the small things that make a good life.',
      'Honest stories and useful guides, every Sunday.',
      'A personal journal about slowing down and paying attention.',
      'Stories and recommendations from {city} and beyond.',
    ],
    pages: { home: 'Home', about: 'About', services: 'Topics', contact: 'Contact', blog: 'Articles', pricing: 'Membership' },
    hero: {
      eyebrows: ['New letter every Sunday', 'Independent and reader-supported', 'Travel · Food · Everyday life'],
      headlines: [
        'Stories, recipes and guides for a slower, more curious life.',
        'Good places, good food and ideas worth keeping.',
        'A weekly letter for people who like to take the long way.',
      ],
      subheadlines: [
        '{name} is an independent blog and newsletter about travel, home cooking and the tools and habits that make everyday life a little better. Written with care, tested in real life, free to read.',
        'Every week I share one honest story, one practical guide and a few things worth your time. No clickbait, no endless pop-ups, just good reading.',
        'Join thousands of readers who start their Sunday with a cup of coffee and a new letter from {name}.',
        'Written from {city}, with detours to wherever the next good story is.',
      ],
      primaryActions: ['Subscribe for free', 'Get the Sunday letter', 'Join the newsletter'],
      secondaryActions: ['Read the latest', 'Browse topics', 'Start here'],
    },
    about: {
      headings: ['About {name}', 'Hello, and welcome', 'Why I write'],
      paragraphs: [
        [
          '{name} started as a way to keep friends updated on a long trip. A few emails turned into a blog, the blog turned into a weekly newsletter, and somehow thousands of people now read along.',
          'I write about the things I care about most: traveling slowly, cooking simply, choosing tools that last and building days that feel good to live. Everything I recommend I have tried myself, paid for myself or tested for weeks in my own kitchen.',
          'This is an independent publication. There are no investors or big sponsors deciding what I write, only readers, some of whom choose to support the work with a small monthly membership.',
        ],
        [
          'I believe the internet is better with more personal, carefully made corners in it. Places where you can read something thoughtful without being sold to at every turn.',
          'That is what I try to build here: stories with a point of view, guides you can actually use and a friendly community of readers who reply, share tips and sometimes send me the best recommendations I have ever received.',
        ],
        [
          'I publish a long-form article every Sunday and shorter notes during the week. Some posts take a weekend to write, others take months of research and a few failed recipes.',
          "Whatever the topic, I follow three simple rules: be useful, be honest and never waste the reader's time.",
          'If you are new, welcome. Start with the most-read posts, or subscribe and let the next letter find you.',
        ],
      ],
      highlights: [
        'Independent and reader-supported',
        'A new letter every Sunday',
        'Every recommendation tested',
        'Ad-light and tracker-free',
        'Replies read personally',
      ],
    },
    features: {
      headings: ['Why readers subscribe', 'What you will find here', 'Made for people who love good reading'],
      intros: [
        'A small publication with a big promise: to make your week a little better, every week.',
        'Thoughtful writing, practical guides and zero clickbait.',
        'Here is what you get when you join thousands of readers.',
      ],
      items: [
        {
          icon: 'mail',
          title: 'One letter, every Sunday',
          text: 'A long-form story, a practical guide and a short list of good things, delivered at the same time every week.',
        },
        {
          icon: 'check',
          title: 'Tested before recommended',
          text: 'Every recipe, product and place is tried in real life, and I say so when something does not work.',
        },
        { icon: 'globe', title: 'Travel done slowly', text: 'Itineraries, budgets and small-town guides for trips that feel like a rest, not a race.' },
        { icon: 'utensils', title: 'Everyday cooking', text: 'Simple recipes with ingredients you can find anywhere, written for busy weeknights.' },
        { icon: 'shield', title: 'No clickbait, no trackers', text: 'Clean pages, honest headlines and your email never shared with anyone.' },
        { icon: 'users', title: 'A friendly community', text: 'Members share tips, ask questions and meet up for monthly online chats.' },
      ],
    },
    offers: {
      headings: ['Topics', 'Series and sections', 'What I write about'],
      intros: [
        'Pick a topic that fits your mood, or follow a series from the beginning.',
        'Everything on the blog is free to read. Members get a few extras on top.',
        'Regular series and favorite topics, each with its own archive.',
      ],
      items: [
        {
          title: 'Slow Travel',
          description: 'Unhurried itineraries, small towns and the art of staying longer in fewer places.',
          price: '0',
          icon: 'globe',
          category: 'Travel',
        },
        {
          title: 'Weekend Escapes',
          description: 'Two-day trips you can plan on a Thursday night, with where to sleep, eat and walk.',
          price: '0',
          icon: 'map-pin',
          category: 'Travel',
        },
        {
          title: 'Kitchen Notes',
          description: 'Weeknight recipes, pantry staples and dishes that taste better the next day.',
          price: '0',
          icon: 'utensils',
          category: 'Food',
        },
        {
          title: 'The Morning Table',
          description: 'Breakfasts, coffee experiments and the rituals that make mornings easier.',
          price: '0',
          icon: 'coffee',
          category: 'Food',
        },
        {
          title: 'Tools I Use',
          description: 'Honest reviews of the apps, gadgets and notebooks that earn a place in my bag.',
          price: '0',
          icon: 'code',
          category: 'Tech',
        },
        { title: 'Slow Living', description: 'Essays on habits, home and making room for what matters.', price: '0', icon: 'sun', category: 'Life' },
        {
          title: 'Reader Questions',
          description: 'A monthly post answering your questions about travel, cooking and the writing life.',
          price: '0',
          icon: 'mail',
          category: 'Community',
        },
        {
          title: 'Book Shelf',
          description: 'Seasonal reading lists and the books that changed how I travel, cook and live.',
          price: '0',
          icon: 'book',
          category: 'Life',
        },
        { title: 'Photo Diaries', description: 'Image-led stories from recent trips, markets and kitchens.', price: '0', icon: 'camera', category: 'Travel' },
      ],
    },
    testimonials: {
      headings: ['What readers say', 'Letters from readers', 'Why people stay subscribed'],
      items: [
        {
          quote: 'The only newsletter I open the moment it arrives. It feels like a letter from a friend who always knows the best little restaurant in town.',
          name: 'Emily Carter',
          role: 'Reader since 2019',
        },
        {
          quote: 'I planned an entire week away using one of the Slow Travel guides. Every recommendation was spot on, down to the bakery.',
          name: 'Marcus Reed',
          role: 'Newsletter subscriber',
        },
        {
          quote: 'The weeknight recipes have quietly replaced half of our takeout orders. Simple, reliable and genuinely delicious.',
          name: 'Olivia Hart',
          role: 'Member',
        },
        {
          quote:
            'Honest reviews are rare. When this blog says a tool is worth it, I trust it, because I have also read the posts where things did not work out.',
          name: 'Daniel Kim',
          role: 'Reader and member',
        },
        { quote: 'Thoughtful, calm and beautifully written. It is the opposite of doomscrolling.', name: 'Rachel Moore', role: 'Reader since 2021' },
        {
          quote: 'Becoming a member was an easy decision. The community chats are warm, and it feels good to support independent writing.',
          name: 'Chris Alvarez',
          role: 'Patron member',
        },
      ],
    },
    faq: {
      headings: ['Frequently asked questions', 'Reader questions', 'Good to know'],
      items: [
        {
          question: 'Is the newsletter free?',
          answer: 'Yes. The Sunday letter and every article on the blog are free to read. Memberships are optional and help keep the publication independent.',
        },
        {
          question: 'How often will I hear from you?',
          answer: 'Once a week, on Sunday morning. Members also receive a short extra note once a month. No daily emails, ever.',
        },
        {
          question: 'What do members get?',
          answer:
            'Members receive monthly bonus posts, printable guides and recipe cards, early access to new series and an invitation to the monthly online reader chat.',
        },
        {
          question: 'Can I cancel my membership?',
          answer: 'Of course, at any time and in two clicks from your account. You keep access until the end of the period you have paid for.',
        },
        {
          question: 'Do you accept sponsored posts or gifts?',
          answer:
            'Rarely, and only for things I would recommend anyway. Any sponsorship, gift or affiliate link is always clearly labeled at the top of the post.',
        },
        {
          question: 'Can I suggest a topic or ask a question?',
          answer: 'Please do. Reply to any newsletter or use the contact form. Many of the most popular posts started as a reader question.',
        },
        {
          question: 'Can I share or quote your articles?',
          answer: 'Yes, short quotes with a link back are always welcome. For republishing full articles or photos, write to me first.',
        },
      ],
    },
    cta: {
      headings: ['Get the Sunday letter', 'Join thousands of curious readers', 'Your new favorite Sunday ritual'],
      texts: [
        'One thoughtful email a week with a story, a guide and a few good things. Free, and you can unsubscribe in one click.',
        'Subscribe for free and get the most-read travel guides and recipes sent straight to your inbox.',
        'No spam, no daily emails, no selling your address. Just good reading, once a week.',
      ],
      actions: ['Subscribe', 'Join the readers', 'Sign me up'],
    },
    stats: [
      { value: '18,000', label: 'newsletter subscribers' },
      { value: '350+', label: 'articles published' },
      { value: '31', label: 'countries written about' },
      { value: '7', label: 'years of Sunday letters' },
    ],
    team: [
      { name: 'Nora Quinn', role: 'Editor', bio: 'Nora edits every long-form post, checks the facts and gently removes at least one paragraph each week.' },
      {
        name: 'Ben Foster',
        role: 'Recipe tester',
        bio: 'Ben cooks every recipe at least twice in a regular home kitchen before it is published, and keeps notes on what went wrong.',
      },
      {
        name: 'Maya Patel',
        role: 'Contributing photographer',
        bio: 'Maya shoots many of the travel and food stories, with a soft spot for morning markets and late afternoon light.',
      },
    ],
    pricing: {
      headings: ['Membership', 'Support independent writing', 'Choose how you read'],
      intros: [
        'Reading is always free. A membership supports the work and comes with a few extras as a thank-you.',
        'Reader memberships keep {name} independent, ad-light and free for everyone.',
        'Pick the level that suits you. You can change or cancel at any time.',
      ],
      tiers: [
        {
          name: 'Reader',
          price: '0',
          period: '/month',
          description: 'Everything you need to read along.',
          features: ['The Sunday letter', 'Full access to the blog archive', 'Reply and suggest topics'],
        },
        {
          name: 'Supporter',
          price: '5.00',
          period: '/month',
          description: 'The most popular way to support the work.',
          features: [
            'Everything in Reader',
            'Monthly bonus post',
            'Printable guides and recipe cards',
            'Early access to new series',
            'Monthly online reader chat',
          ],
        },
        {
          name: 'Patron',
          price: '12.00',
          period: '/month',
          description: 'For readers who want to help it grow.',
          features: ['Everything in Supporter', 'Your name in the annual thank-you letter', 'A yearly printed zine by mail', 'Vote on upcoming topics'],
        },
      ],
    },
    blog: {
      headings: ['Latest articles', 'Fresh from the journal', 'Recently published'],
      intros: ['New stories, guides and recipes every week.', 'The newest posts, plus a few reader favorites.', 'Pour a coffee and pick something to read.'],
      posts: [
        {
          title: 'How to plan a slow weekend away (without over-planning it)',
          slug: 'how-to-plan-a-slow-weekend-away',
          excerpt: 'The best short trips leave room to wander. Here is the simple planning method I use to make two days feel like a proper break.',
          paragraphs: [
            'For years I planned weekends away like military operations: a spreadsheet of restaurants, a museum every morning and a sunset viewpoint every evening. I came home with hundreds of photos and no memory of actually relaxing.',
            'These days I plan exactly three things: where I will sleep, one meal I am excited about and one walk I want to do. Everything else is left open on purpose. It sounds too simple, but those empty hours are where the best moments happen: the bakery you stumble into, the conversation with the bookshop owner, the bench with the perfect view.',
            'Choosing where to go matters more than any itinerary. Look for places within two or three hours of home, with a walkable center and at least one good market or café. Smaller towns almost always beat big cities for a short break, because you spend your time in them rather than getting across them.',
            'Finally, give yourself a soft landing. Leave a few hours between getting home and the start of the working week. Unpack, cook something simple and write down the three things you want to remember. It is the difference between a trip that fades by Tuesday and one that stays with you.',
          ],
          subheading: 'My three-item weekend plan',
          listItems: [
            'Book a place to stay within walking distance of the center.',
            'Reserve one meal you are genuinely excited about.',
            'Choose one walk, trail or neighborhood to explore on foot.',
            'Leave everything else open, and say yes to detours.',
            'Keep the evening before work free for a soft landing.',
          ],
          quote: 'A good trip is not measured by how much you see, but by how much of it you actually notice.',
        },
        {
          title: 'The 20-minute weeknight pasta I make every single week',
          slug: 'twenty-minute-weeknight-pasta',
          excerpt:
            'Lemon, garlic, greens and a handful of cheese. This is the recipe I cook when I am tired, hungry and out of ideas, and it never lets me down.',
          paragraphs: [
            'Every home cook needs one recipe that asks nothing of them. Mine is this pasta: a handful of pantry staples, one pot of boiling water and about twenty minutes from the moment I walk into the kitchen to the moment I sit down.',
            'The secret is the pasta water. Starchy and salty, it turns a bit of butter, lemon and grated cheese into a silky sauce that clings to every strand. Save a full cup before you drain, more than you think you need, and add it little by little.',
            'Greens are where you can improvise. Spinach wilts in seconds, kale needs a minute longer and frozen peas go straight into the boiling water for the last two minutes of cooking. Whatever is in the fridge works, which is the whole point.',
            'Finish with plenty of black pepper, a drizzle of good olive oil and more lemon zest than seems reasonable. It is bright, comforting and exactly what a Tuesday night needs.',
          ],
          subheading: 'What you need for two',
          listItems: [
            '200 g of spaghetti or linguine.',
            '2 garlic cloves, thinly sliced, and 2 tablespoons of butter.',
            '1 lemon, zest and juice.',
            '2 big handfuls of spinach, kale or frozen peas.',
            'A generous handful of grated parmesan and black pepper.',
          ],
          quote: 'The best weeknight recipe is not the most impressive one. It is the one you will actually cook on a Wednesday.',
        },
        {
          title: 'My minimalist setup for working from anywhere',
          slug: 'minimalist-setup-for-working-anywhere',
          excerpt:
            'After years of carrying too much, I have settled on a small kit that lets me write, edit photos and send the newsletter from a café, a train or a borrowed kitchen table.',
          paragraphs: [
            'I used to travel with two cameras, three chargers and a tangle of cables I never used. Everything was there just in case, and most of it stayed in the bag. Over the last few years I have slowly cut the kit down to what I actually reach for.',
            'The rule I follow now is simple: if I have not used something on the last three trips, it stays home. That one rule removed more than half of what I carried, and I have not missed any of it.',
            'Software matters as much as hardware. I keep my drafts in one writing app that syncs everywhere, my photos in a single library and my to-do list on paper. Fewer apps means fewer decisions, and more of my energy goes into the actual writing.',
            'None of this is about owning the perfect gear. It is about removing friction, so that when an idea arrives on a train or in a quiet café, I can open the laptop and start working within a minute.',
          ],
          subheading: 'What is in my bag',
          listItems: [
            'A lightweight laptop with a full day of battery.',
            'One compact camera and a spare battery.',
            'A single charger with two ports and one universal cable.',
            'Noise-cancelling earphones for trains and busy cafés.',
            'A pocket notebook and a pen that never runs dry.',
          ],
          quote: 'The best setup is the one you stop thinking about.',
        },
        {
          title: 'How I plan a year of travel on a modest budget',
          slug: 'plan-a-year-of-travel-on-a-budget',
          excerpt: 'Travel does not have to be expensive to be memorable. These are the habits that let me take several trips a year without stress or debt.',
          paragraphs: [
            'Readers often ask how I manage to travel so often. The honest answer is not luck or sponsorship. It is planning a little earlier, choosing a little differently and being clear about what I actually care about spending money on.',
            'Each January I sketch a rough travel year: one longer trip, two or three weekends and a few day trips close to home. Then I divide the total budget by twelve and move that amount into a separate savings account every month. When it is time to book, the money is already there.',
            'Timing makes a bigger difference than any discount code. Traveling just outside peak season can cut accommodation costs dramatically, and the places are calmer and friendlier too. Midweek trains and flights are almost always cheaper than Friday and Sunday.',
            'Finally, I spend generously on the things that shape the memory, like a great meal or a guided walk, and save on everything else. Staying in apartments with a kitchen, eating lunch as the main meal and walking instead of taking taxis add up to hundreds saved on every trip.',
          ],
          subheading: 'Five habits that keep travel affordable',
          listItems: [
            'Set a yearly travel budget and save for it monthly.',
            'Travel in shoulder season, just before or after the crowds.',
            'Book midweek transport whenever you can.',
            'Choose a place with a kitchen and cook breakfast.',
            'Spend on experiences, save on everything else.',
          ],
          quote: 'You do not need a bigger budget to travel more. You need a clearer idea of what the trip is for.',
        },
        {
          title: 'What seven years of writing online taught me',
          slug: 'what-seven-years-of-writing-taught-me',
          excerpt: 'Three hundred letters later, a few lessons about consistency, honesty and the surprising kindness of strangers on the internet.',
          paragraphs: [
            'When I sent the first letter, eleven people received it, and six of them were related to me. I had no plan beyond writing something every Sunday and seeing what happened. Seven years later, I am still surprised every time I press send.',
            'The biggest lesson is that consistency beats brilliance. Not every letter is my best work, but showing up every week built trust in a way that no single viral post could have. Readers do not need perfection; they need to know you will be there.',
            'The second lesson is to write for one person. Whenever I try to please everyone, the writing goes flat. When I imagine one friend reading over coffee, it comes alive, and strangely, more people connect with it.',
            'The last lesson is about generosity. Readers have sent me recipes, train tips, book recommendations and kind notes on difficult weeks. The community that grew around this small project is the best thing it has given me.',
          ],
          subheading: 'Lessons I would tell my younger self',
          listItems: [
            'Pick a schedule you can keep for years, not weeks.',
            'Write for one reader, not for an audience.',
            'Share what did not work as honestly as what did.',
            'Reply to your readers. They are the whole point.',
          ],
          quote: 'Showing up every week is its own kind of talent.',
        },
      ],
    },
    contact: {
      headings: ['Say hello', 'Get in touch', 'Write to me'],
      intros: [
        'Questions, topic ideas, corrections or just a hello: I read every message and reply to as many as I can.',
        'For collaborations and press, please include a few details about your project. I reply within a week.',
        'The easiest way to reach me is to reply to any newsletter. This form works just as well.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['From the journal', 'Moments from recent stories', 'Photo notes'],
      captions: [
        'Saturday morning at a small-town market',
        'Weeknight pasta with lemon and greens',
        'A quiet train ride through the hills',
        'Coffee and notes before the Sunday letter goes out',
        'Fresh bread from a bakery found by accident',
        'Late afternoon light over the harbor',
        'The travel kit, packed for a long weekend',
        'A reading corner in a borrowed apartment',
      ],
    },
    logos: {
      headings: ['As featured in', 'Mentioned by', 'Recommended in'],
      names: ['The Weekend Edition', 'Wander Quarterly', 'Daily Table', 'Pocket Guide Podcast', 'Small Screens Newsletter', 'City Reader'],
    },
  },

  'pt-BR': {
    kind: 'blog',
    language: 'pt-BR',
    names: ['Devagarinho', 'Notas de Domingo', 'Pequenos Desvios', 'Caderno de Viagem', 'Mesa Posta', 'Fim de Semana Longo', 'Crônicas de {city}'],
    taglines: [
      'Viagens, comida e as pequenas coisas que fazem a vida boa.',
      'Histórias sinceras e guias úteis, todo domingo.',
      'Um diário pessoal sobre desacelerar e prestar atenção.',
      'Histórias e indicações de {city} e de outros cantos.',
    ],
    pages: { home: 'Início', about: 'Sobre', services: 'Temas', contact: 'Contato', blog: 'Textos', pricing: 'Apoie' },
    hero: {
      eyebrows: ['Carta nova todo domingo', 'Independente e mantido pelos leitores', 'Viagem · Comida · Vida real'],
      headlines: [
        'Histórias, receitas e guias para uma vida mais calma e curiosa.',
        'Bons lugares, boa comida e ideias que valem guardar.',
        'Uma carta semanal para quem gosta de pegar o caminho mais bonito.',
      ],
      subheadlines: [
        'O {name} é um blog e uma newsletter independente sobre viagens, comida caseira e as ferramentas e hábitos que deixam o dia a dia um pouco melhor. Escrito com cuidado, testado na vida real e gratuito.',
        'Toda semana compartilho uma história sincera, um guia prático e algumas coisas que valem seu tempo. Sem caça-clique, sem pop-up infinito, só boa leitura.',
        'Junte-se a milhares de leitores que começam o domingo com um café e uma carta nova do {name}.',
        'Escrito em {city}, com desvios para onde estiver a próxima boa história.',
      ],
      primaryActions: ['Assinar grátis', 'Receber a carta de domingo', 'Entrar na newsletter'],
      secondaryActions: ['Ler os textos novos', 'Ver os temas', 'Comece por aqui'],
    },
    about: {
      headings: ['Sobre o {name}', 'Oi, que bom ter você aqui', 'Por que eu escrevo'],
      paragraphs: [
        [
          'O {name} começou como um jeito de contar aos amigos como estava uma viagem longa. Alguns e-mails viraram blog, o blog virou newsletter semanal e, de algum jeito, hoje milhares de pessoas acompanham.',
          'Escrevo sobre o que mais me importa: viajar sem pressa, cozinhar de um jeito simples, escolher coisas que duram e construir dias que dão gosto de viver. Tudo o que indico eu experimentei, paguei do meu bolso ou testei por semanas na minha cozinha.',
          'Esta é uma publicação independente. Não há investidores nem grandes patrocinadores decidindo o que eu escrevo, só leitores, alguns dos quais escolhem apoiar o trabalho com uma pequena contribuição mensal.',
        ],
        [
          'Acredito que a internet fica melhor com mais cantinhos pessoais e bem cuidados. Lugares onde dá para ler algo com calma sem alguém tentando vender alguma coisa a cada parágrafo.',
          'É isso que tento construir aqui: histórias com ponto de vista, guias que você usa de verdade e uma comunidade gentil de leitores que respondem, trocam dicas e às vezes me mandam as melhores indicações que já recebi.',
        ],
        [
          'Publico um texto longo todo domingo e notas mais curtas durante a semana. Alguns textos levam um fim de semana para ficar prontos; outros, meses de pesquisa e algumas receitas que deram errado.',
          'Seja qual for o tema, sigo três regras simples: ser útil, ser sincero e nunca desperdiçar o tempo de quem lê.',
          'Se você acabou de chegar, seja bem-vindo. Comece pelos textos mais lidos ou assine e deixe a próxima carta encontrar você.',
        ],
      ],
      highlights: [
        'Independente e mantido por leitores',
        'Carta nova todo domingo',
        'Toda indicação é testada',
        'Sem excesso de anúncios',
        'Respondo pessoalmente',
      ],
    },
    features: {
      headings: ['Por que os leitores assinam', 'O que você encontra aqui', 'Feito para quem gosta de boa leitura'],
      intros: [
        'Uma publicação pequena com uma promessa grande: deixar sua semana um pouco melhor, toda semana.',
        'Textos cuidadosos, guias práticos e zero caça-clique.',
        'Veja o que você recebe ao se juntar a milhares de leitores.',
      ],
      items: [
        { icon: 'mail', title: 'Uma carta, todo domingo', text: 'Uma história longa, um guia prático e uma listinha de coisas boas, sempre no mesmo horário.' },
        {
          icon: 'check',
          title: 'Testado antes de indicado',
          text: 'Toda receita, produto e lugar é experimentado na vida real, e eu conto quando algo não funciona.',
        },
        { icon: 'globe', title: 'Viagens sem pressa', text: 'Roteiros, orçamentos e guias de cidades pequenas para viagens que descansam em vez de cansar.' },
        {
          icon: 'utensils',
          title: 'Comida de todo dia',
          text: 'Receitas simples, com ingredientes de qualquer mercado, pensadas para as noites corridas da semana.',
        },
        { icon: 'shield', title: 'Sem caça-clique', text: 'Páginas limpas, títulos honestos e seu e-mail nunca compartilhado com ninguém.' },
        { icon: 'users', title: 'Uma comunidade acolhedora', text: 'Apoiadores trocam dicas, tiram dúvidas e se encontram todo mês em uma conversa online.' },
      ],
    },
    offers: {
      headings: ['Temas', 'Séries e seções', 'Sobre o que eu escrevo'],
      intros: [
        'Escolha um tema que combine com o seu momento ou acompanhe uma série desde o começo.',
        'Tudo no blog é gratuito. Apoiadores ganham alguns extras.',
        'Séries fixas e temas preferidos, cada um com seu arquivo.',
      ],
      items: [
        {
          title: 'Viagem sem pressa',
          description: 'Roteiros tranquilos, cidades pequenas e a arte de ficar mais tempo em menos lugares.',
          price: '0',
          icon: 'globe',
          category: 'Viagem',
        },
        {
          title: 'Bate e volta',
          description: 'Passeios de fim de semana para planejar numa quinta à noite, com onde dormir, comer e caminhar.',
          price: '0',
          icon: 'map-pin',
          category: 'Viagem',
        },
        {
          title: 'Caderno de receitas',
          description: 'Receitas de semana, básicos da despensa e pratos que ficam ainda melhores no dia seguinte.',
          price: '0',
          icon: 'utensils',
          category: 'Comida',
        },
        {
          title: 'Café da manhã',
          description: 'Cafés, testes de coado e os rituais que deixam as manhãs mais leves.',
          price: '0',
          icon: 'coffee',
          category: 'Comida',
        },
        {
          title: 'Ferramentas que uso',
          description: 'Análises sinceras dos aplicativos, aparelhos e cadernos que ganham lugar na minha mochila.',
          price: '0',
          icon: 'code',
          category: 'Tecnologia',
        },
        {
          title: 'Vida devagar',
          description: 'Crônicas sobre hábitos, casa e como abrir espaço para o que importa.',
          price: '0',
          icon: 'sun',
          category: 'Vida',
        },
        {
          title: 'Cartas dos leitores',
          description: 'Um texto mensal respondendo perguntas sobre viagem, cozinha e a vida de quem escreve.',
          price: '0',
          icon: 'mail',
          category: 'Comunidade',
        },
        {
          title: 'Estante',
          description: 'Listas de leitura da estação e os livros que mudaram meu jeito de viajar, cozinhar e viver.',
          price: '0',
          icon: 'book',
          category: 'Vida',
        },
        {
          title: 'Diário de fotos',
          description: 'Histórias contadas em imagens, de viagens, feiras e cozinhas.',
          price: '0',
          icon: 'camera',
          category: 'Viagem',
        },
      ],
    },
    testimonials: {
      headings: ['O que dizem os leitores', 'Cartas de quem lê', 'Por que as pessoas continuam assinando'],
      items: [
        {
          quote: 'A única newsletter que eu abro na hora em que chega. Parece carta de um amigo que sempre sabe o melhor restaurantezinho da cidade.',
          name: 'Ana Ribeiro',
          role: 'Leitora desde 2019',
        },
        {
          quote: 'Planejei uma semana inteira de férias com um dos guias de Viagem sem pressa. Todas as dicas foram certeiras, até a padaria.',
          name: 'Lucas Oliveira',
          role: 'Assinante da newsletter',
        },
        {
          quote: 'As receitas de semana substituíram metade dos nossos pedidos por aplicativo. Simples, confiáveis e deliciosas de verdade.',
          name: 'Camila Santos',
          role: 'Apoiadora',
        },
        {
          quote:
            'Análise sincera é coisa rara. Quando o blog diz que algo vale a pena, eu confio, porque também li os textos em que as coisas não deram certo.',
          name: 'Rafael Almeida',
          role: 'Leitor e apoiador',
        },
        {
          quote: 'Delicado, calmo e muito bem escrito. É o oposto de ficar rolando notícia ruim no celular.',
          name: 'Beatriz Lima',
          role: 'Leitora desde 2021',
        },
        {
          quote: 'Apoiar foi uma decisão fácil. As conversas da comunidade são acolhedoras, e é bom ajudar a manter um trabalho independente.',
          name: 'Pedro Carvalho',
          role: 'Mecenas',
        },
      ],
    },
    faq: {
      headings: ['Perguntas frequentes', 'Dúvidas dos leitores', 'Bom saber'],
      items: [
        {
          question: 'A newsletter é gratuita?',
          answer: 'É. A carta de domingo e todos os textos do blog são gratuitos. O apoio mensal é opcional e ajuda a manter a publicação independente.',
        },
        {
          question: 'Com que frequência vou receber e-mails?',
          answer: 'Uma vez por semana, no domingo de manhã. Apoiadores recebem também uma nota extra por mês. Nunca e-mail todo dia.',
        },
        {
          question: 'O que ganho como apoiador?',
          answer:
            'Apoiadores recebem um texto bônus por mês, guias e receitas para imprimir, acesso antecipado às séries novas e convite para a conversa online mensal com os leitores.',
        },
        {
          question: 'Como posso pagar o apoio?',
          answer: 'Você pode apoiar com cartão de crédito ou Pix. A cobrança é mensal e você pode mudar de plano quando quiser.',
        },
        {
          question: 'Posso cancelar o apoio?',
          answer: 'Claro, a qualquer momento e em dois cliques na sua conta. O acesso continua até o fim do período já pago.',
        },
        {
          question: 'Você aceita publicidade ou presentes?',
          answer:
            'Raramente, e só de coisas que eu indicaria de qualquer jeito. Todo patrocínio, presente ou link de afiliado aparece sinalizado no começo do texto.',
        },
        {
          question: 'Posso sugerir um tema ou mandar uma pergunta?',
          answer: 'Por favor! Responda qualquer newsletter ou use o formulário de contato. Muitos dos textos mais lidos nasceram de uma pergunta de leitor.',
        },
      ],
    },
    cta: {
      headings: ['Receba a carta de domingo', 'Junte-se a milhares de leitores curiosos', 'Seu novo ritual de domingo'],
      texts: [
        'Um e-mail por semana com uma história, um guia e algumas coisas boas. Gratuito, e você cancela com um clique.',
        'Assine grátis e receba os guias de viagem e as receitas mais lidas direto na sua caixa de entrada.',
        'Sem spam, sem e-mail todo dia e sem vender seu endereço. Só boa leitura, uma vez por semana.',
      ],
      actions: ['Assinar agora', 'Quero fazer parte', 'Entrar para a comunidade'],
    },
    stats: [
      { value: '18 mil', label: 'assinantes da newsletter' },
      { value: '350+', label: 'textos publicados' },
      { value: '31', label: 'países visitados nos textos' },
      { value: '7', label: 'anos de cartas de domingo' },
    ],
    team: [
      {
        name: 'Juliana Martins',
        role: 'Editora',
        bio: 'Juliana revisa todos os textos longos, confere as informações e, com jeitinho, corta pelo menos um parágrafo por semana.',
      },
      {
        name: 'Thiago Rocha',
        role: 'Testador de receitas',
        bio: 'Thiago faz cada receita pelo menos duas vezes numa cozinha comum antes da publicação e anota tudo o que deu errado.',
      },
      {
        name: 'Larissa Nunes',
        role: 'Fotógrafa colaboradora',
        bio: 'Larissa fotografa muitas das histórias de viagem e comida, com uma queda por feiras de manhã cedo e pela luz do fim da tarde.',
      },
    ],
    pricing: {
      headings: ['Apoie', 'Apoie a escrita independente', 'Escolha como acompanhar'],
      intros: [
        'Ler é sempre gratuito. O apoio mantém o trabalho e vem com alguns extras como agradecimento.',
        'O apoio dos leitores mantém o {name} independente, com pouquíssimos anúncios e aberto para todo mundo.',
        'Escolha o nível que combina com você. Dá para mudar ou cancelar quando quiser.',
      ],
      tiers: [
        {
          name: 'Leitor',
          price: '0',
          period: '/mês',
          description: 'Tudo o que você precisa para acompanhar.',
          features: ['A carta de domingo', 'Acesso completo ao arquivo do blog', 'Responder e sugerir temas'],
        },
        {
          name: 'Apoiador',
          price: '9.90',
          period: '/mês',
          description: 'O jeito mais escolhido de apoiar o trabalho.',
          features: [
            'Tudo do plano Leitor',
            'Um texto bônus por mês',
            'Guias e receitas para imprimir',
            'Acesso antecipado às séries novas',
            'Conversa online mensal',
          ],
        },
        {
          name: 'Mecenas',
          price: '24.90',
          period: '/mês',
          description: 'Para quem quer ajudar o projeto a crescer.',
          features: ['Tudo do plano Apoiador', 'Seu nome na carta anual de agradecimento', 'Um zine impresso por ano pelo correio', 'Voto nos próximos temas'],
        },
      ],
    },
    blog: {
      headings: ['Textos recentes', 'Saiu do forno', 'Publicados recentemente'],
      intros: ['Histórias, guias e receitas novas toda semana.', 'Os textos mais novos e alguns favoritos dos leitores.', 'Pegue um café e escolha o que ler.'],
      posts: [
        {
          title: 'Como planejar um fim de semana sem pressa (sem planejar demais)',
          slug: 'como-planejar-um-fim-de-semana-sem-pressa',
          excerpt: 'As melhores viagens curtas deixam espaço para se perder. Este é o método simples que uso para dois dias parecerem férias de verdade.',
          paragraphs: [
            'Durante anos planejei fins de semana como se fossem operações militares: planilha de restaurantes, museu toda manhã e mirante todo fim de tarde. Voltava com centenas de fotos e nenhuma lembrança de ter descansado.',
            'Hoje planejo só três coisas: onde vou dormir, uma refeição que me deixa animado e uma caminhada que quero fazer. O resto fica em aberto de propósito. Parece simples demais, mas são essas horas livres que guardam os melhores momentos: a padaria que aparece no caminho, o papo com o dono do sebo, o banco com a vista perfeita.',
            'Escolher o destino importa mais do que qualquer roteiro. Procure lugares a duas ou três horas de casa, com um centrinho para fazer a pé e pelo menos uma boa feira ou um café. Cidades pequenas quase sempre ganham das grandes numa viagem curta, porque você passa o tempo nelas, e não atravessando o trânsito.',
            'Por fim, garanta uma aterrissagem suave. Deixe algumas horas livres entre chegar em casa e começar a semana. Desfaça a mala, cozinhe algo simples e anote as três coisas que quer lembrar. É a diferença entre uma viagem que some na terça-feira e uma que fica com você.',
          ],
          subheading: 'Meu plano de fim de semana em três itens',
          listItems: [
            'Reserve uma hospedagem a uma caminhada do centro.',
            'Garanta uma refeição que deixa você realmente animado.',
            'Escolha uma trilha, caminhada ou bairro para explorar a pé.',
            'Deixe o resto em aberto e aceite os desvios.',
            'Guarde a noite de domingo livre para a volta.',
          ],
          quote: 'Uma boa viagem não se mede pelo quanto você vê, mas pelo quanto você realmente repara.',
        },
        {
          title: 'O macarrão de 20 minutos que faço toda semana',
          slug: 'macarrao-de-20-minutos',
          excerpt: 'Limão, alho, verdura e um punhado de queijo. É a receita que faço quando estou cansado, com fome e sem ideias, e ela nunca falha.',
          paragraphs: [
            'Todo mundo que cozinha em casa precisa de uma receita que não peça nada em troca. A minha é este macarrão: alguns básicos da despensa, uma panela de água fervendo e uns vinte minutos entre entrar na cozinha e sentar para comer.',
            'O segredo é a água do cozimento. Cheia de amido e sal, ela transforma um pouco de manteiga, limão e queijo ralado num molho sedoso que abraça cada fio. Guarde uma xícara cheia antes de escorrer, mais do que parece necessário, e vá acrescentando aos poucos.',
            'A verdura é onde dá para improvisar. Espinafre murcha em segundos, couve pede um minutinho a mais e ervilha congelada vai direto na água do macarrão nos dois últimos minutos. O que tiver na geladeira serve, e essa é justamente a graça.',
            'Termine com bastante pimenta-do-reino, um fio de azeite bom e mais raspas de limão do que parece razoável. Fica fresco, reconfortante e exatamente o que uma terça à noite pede.',
          ],
          subheading: 'Do que você precisa para duas pessoas',
          listItems: [
            '200 g de espaguete ou linguine.',
            '2 dentes de alho em lâminas e 2 colheres de sopa de manteiga.',
            '1 limão-siciliano, raspas e suco.',
            '2 punhados grandes de espinafre, couve ou ervilha congelada.',
            'Um bom punhado de parmesão ralado e pimenta-do-reino.',
          ],
          quote: 'A melhor receita de semana não é a mais impressionante. É a que você realmente faz numa quarta-feira.',
        },
        {
          title: 'Meu kit minimalista para trabalhar de qualquer lugar',
          slug: 'kit-minimalista-para-trabalhar-de-qualquer-lugar',
          excerpt:
            'Depois de anos carregando peso demais, cheguei a um kit pequeno que me deixa escrever, editar fotos e mandar a newsletter de um café, de um ônibus ou de uma mesa emprestada.',
          paragraphs: [
            'Eu viajava com duas câmeras, três carregadores e um emaranhado de cabos que nunca usava. Estava tudo ali para o caso de precisar, e quase tudo ficava na mochila. Nos últimos anos fui enxugando o kit até sobrar só o que eu realmente uso.',
            'A regra que sigo hoje é simples: se não usei algo nas últimas três viagens, fica em casa. Só essa regra tirou mais da metade do que eu carregava, e não senti falta de nada.',
            'O software importa tanto quanto o equipamento. Guardo os rascunhos em um único aplicativo de escrita que sincroniza em tudo, as fotos em uma biblioteca só e a lista de tarefas no papel. Menos aplicativos significa menos decisões, e mais energia sobra para escrever de fato.',
            'Nada disso é sobre ter o equipamento perfeito. É sobre tirar o atrito do caminho, para que, quando uma ideia aparecer na estrada ou num café tranquilo, eu consiga abrir o notebook e começar a trabalhar em um minuto.',
          ],
          subheading: 'O que vai na minha mochila',
          listItems: [
            'Um notebook leve com bateria para o dia inteiro.',
            'Uma câmera compacta e uma bateria reserva.',
            'Um carregador com duas portas e um cabo universal.',
            'Fones com cancelamento de ruído para ônibus e cafés cheios.',
            'Um caderninho de bolso e uma caneta que nunca falha.',
          ],
          quote: 'O melhor equipamento é aquele em que você para de pensar.',
        },
        {
          title: 'Como planejo um ano de viagens com orçamento apertado',
          slug: 'como-planejo-um-ano-de-viagens-com-pouco-dinheiro',
          excerpt:
            'Viajar não precisa ser caro para ser inesquecível. Estes são os hábitos que me deixam fazer várias viagens por ano sem aperto e sem dívida.',
          paragraphs: [
            'Muitos leitores perguntam como consigo viajar com tanta frequência. A resposta sincera não é sorte nem patrocínio. É planejar um pouco antes, escolher um pouco diferente e ter clareza sobre onde eu realmente quero gastar.',
            'Todo janeiro rascunho um ano de viagens: uma viagem mais longa, dois ou três fins de semana e alguns bate e volta perto de casa. Depois divido o orçamento total por doze e separo esse valor numa conta à parte todo mês. Na hora de comprar, o dinheiro já está lá.',
            'A época faz mais diferença do que qualquer cupom. Viajar fora da alta temporada e longe dos feriados prolongados derruba o preço da hospedagem, e os lugares ficam mais tranquilos e simpáticos. Passagens de ônibus e avião no meio da semana quase sempre saem mais baratas.',
            'Por fim, gasto sem culpa no que fica na memória, como uma refeição especial ou um passeio guiado, e economizo no resto. Ficar em lugares com cozinha, fazer do almoço a refeição principal e andar a pé em vez de pegar carro de aplicativo garantem uma boa economia em cada viagem.',
          ],
          subheading: 'Cinco hábitos que deixam a viagem mais barata',
          listItems: [
            'Defina um orçamento anual de viagem e guarde todo mês.',
            'Viaje fora da alta temporada e dos feriadões.',
            'Compre passagens para o meio da semana sempre que der.',
            'Escolha hospedagem com cozinha e faça o café da manhã.',
            'Gaste com experiências e economize no resto.',
          ],
          quote: 'Você não precisa de mais dinheiro para viajar mais. Precisa saber melhor para que serve cada viagem.',
        },
        {
          title: 'O que sete anos escrevendo na internet me ensinaram',
          slug: 'o-que-sete-anos-escrevendo-me-ensinaram',
          excerpt: 'Trezentas cartas depois, algumas lições sobre constância, sinceridade e a gentileza surpreendente de desconhecidos na internet.',
          paragraphs: [
            'Quando mandei a primeira carta, onze pessoas receberam, e seis eram da minha família. Eu não tinha plano nenhum além de escrever algo todo domingo e ver no que dava. Sete anos depois, ainda me surpreendo toda vez que aperto o botão de enviar.',
            'A maior lição é que constância vale mais do que brilho. Nem toda carta é meu melhor texto, mas aparecer toda semana construiu uma confiança que nenhum post viral conseguiria. O leitor não precisa de perfeição; precisa saber que você vai estar lá.',
            'A segunda lição é escrever para uma pessoa só. Sempre que tento agradar todo mundo, o texto fica sem graça. Quando imagino um amigo lendo com um café na mão, ele ganha vida e, curiosamente, mais gente se identifica.',
            'A última lição é sobre generosidade. Leitores já me mandaram receitas, dicas de estrada, indicações de livros e mensagens carinhosas em semanas difíceis. A comunidade que cresceu em volta deste projeto pequeno é a melhor coisa que ele me deu.',
          ],
          subheading: 'Lições que eu daria para mim mesmo lá no começo',
          listItems: [
            'Escolha um ritmo que você consiga manter por anos, não por semanas.',
            'Escreva para um leitor, não para uma plateia.',
            'Conte o que deu errado com a mesma sinceridade do que deu certo.',
            'Responda seus leitores. Eles são o motivo de tudo.',
          ],
          quote: 'Aparecer toda semana também é um tipo de talento.',
        },
      ],
    },
    contact: {
      headings: ['Diga oi', 'Fale comigo', 'Escreva para mim'],
      intros: [
        'Dúvidas, ideias de tema, correções ou só um oi: leio todas as mensagens e respondo o máximo que consigo.',
        'Para parcerias e imprensa, conte um pouco sobre o seu projeto. Respondo em até uma semana.',
        'O jeito mais fácil de falar comigo é responder qualquer newsletter. Este formulário funciona igualzinho.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Do caderno', 'Momentos de textos recentes', 'Notas em fotos'],
      captions: [
        'Manhã de sábado numa feira de cidade pequena',
        'Macarrão de semana com limão e verduras',
        'Uma viagem tranquila de trem pela serra',
        'Café e anotações antes de a carta de domingo sair',
        'Pão quentinho de uma padaria achada por acaso',
        'Luz do fim de tarde sobre o porto',
        'O kit de viagem pronto para um feriado',
        'Um cantinho de leitura num apartamento emprestado',
      ],
    },
    logos: {
      headings: ['Já saiu em', 'Mencionado por', 'Indicado em'],
      names: ['Caderno Fim de Semana', 'Revista Andarilho', 'Mesa do Dia', 'Podcast Guia de Bolso', 'Newsletter Telinhas', 'Leitor Urbano'],
    },
  },

  es: {
    kind: 'blog',
    language: 'es',
    names: ['Sin Prisa', 'Notas de Domingo', 'Pequeños Desvíos', 'Cuaderno de Viaje', 'Mesa Puesta', 'Puente Largo', 'Crónicas de {city}'],
    taglines: [
      'Viajes, cocina y las pequeñas cosas que hacen buena la vida.',
      'Historias sinceras y guías útiles, cada domingo.',
      'Un diario personal sobre bajar el ritmo y fijarse más.',
      'Historias y recomendaciones desde {city} y más allá.',
    ],
    pages: { home: 'Inicio', about: 'Sobre mí', services: 'Temas', contact: 'Contacto', blog: 'Artículos', pricing: 'Hazte socio' },
    hero: {
      eyebrows: ['Carta nueva cada domingo', 'Independiente y sostenido por sus lectores', 'Viajes · Cocina · Vida diaria'],
      headlines: [
        'Historias, recetas y guías para una vida más tranquila y curiosa.',
        'Buenos sitios, buena comida e ideas que merece la pena guardar.',
        'Una carta semanal para quienes prefieren el camino largo.',
      ],
      subheadlines: [
        '{name} es un blog y una newsletter independiente sobre viajes, cocina casera y las herramientas y costumbres que hacen el día a día un poco mejor. Escrito con mimo, probado en la vida real y gratis.',
        'Cada semana comparto una historia sincera, una guía práctica y unas cuantas cosas que merecen tu tiempo. Sin titulares gancho ni ventanas emergentes, solo buena lectura.',
        'Únete a miles de lectores que empiezan el domingo con un café y una carta nueva de {name}.',
        'Escrito desde {city}, con desvíos allí donde esté la próxima buena historia.',
      ],
      primaryActions: ['Suscríbete gratis', 'Recibe la carta del domingo', 'Únete a la newsletter'],
      secondaryActions: ['Leer lo último', 'Ver los temas', 'Empieza por aquí'],
    },
    about: {
      headings: ['Sobre {name}', 'Hola, bienvenido', 'Por qué escribo'],
      paragraphs: [
        [
          '{name} empezó como una forma de contar a mis amigos cómo iba un viaje largo. Unos cuantos correos se convirtieron en un blog, el blog en una newsletter semanal y, sin saber muy bien cómo, hoy me leen miles de personas.',
          'Escribo sobre lo que más me importa: viajar despacio, cocinar sencillo, elegir cosas que duren y construir días que apetezca vivir. Todo lo que recomiendo lo he probado, lo he pagado yo o lo he puesto a prueba durante semanas en mi cocina.',
          'Esta es una publicación independiente. No hay inversores ni grandes patrocinadores decidiendo qué escribo, solo lectores, y algunos eligen apoyar el proyecto con una pequeña cuota mensual.',
        ],
        [
          'Creo que internet es mejor con más rincones personales y cuidados. Lugares donde leer algo con calma sin que intenten venderte algo a cada párrafo.',
          'Eso es lo que intento construir aquí: historias con mirada propia, guías que de verdad se usan y una comunidad amable de lectores que responden, comparten trucos y a veces me mandan las mejores recomendaciones que he recibido nunca.',
        ],
        [
          'Publico un artículo largo cada domingo y notas más breves durante la semana. Algunos textos me llevan un fin de semana; otros, meses de investigación y unas cuantas recetas fallidas.',
          'Sea cual sea el tema, sigo tres reglas sencillas: ser útil, ser sincero y no hacerte perder el tiempo.',
          'Si acabas de llegar, bienvenido. Empieza por los artículos más leídos o suscríbete y deja que la próxima carta te encuentre.',
        ],
      ],
      highlights: [
        'Independiente y sostenido por lectores',
        'Carta nueva cada domingo',
        'Cada recomendación, probada',
        'Casi sin anuncios',
        'Leo cada respuesta',
      ],
    },
    features: {
      headings: ['Por qué se suscriben los lectores', 'Qué vas a encontrar aquí', 'Hecho para quien disfruta leyendo'],
      intros: [
        'Una publicación pequeña con una gran promesa: que tu semana sea un poco mejor, cada semana.',
        'Textos cuidados, guías prácticas y cero titulares gancho.',
        'Esto es lo que recibes al unirte a miles de lectores.',
      ],
      items: [
        {
          icon: 'mail',
          title: 'Una carta cada domingo',
          text: 'Una historia larga, una guía práctica y una lista breve de cosas buenas, siempre a la misma hora.',
        },
        {
          icon: 'check',
          title: 'Probado antes de recomendar',
          text: 'Cada receta, producto y lugar se prueba en la vida real, y te lo digo cuando algo no funciona.',
        },
        {
          icon: 'globe',
          title: 'Viajar sin prisa',
          text: 'Rutas, presupuestos y guías de pueblos y ciudades pequeñas para viajes que descansan en lugar de agotar.',
        },
        {
          icon: 'utensils',
          title: 'Cocina de diario',
          text: 'Recetas sencillas con ingredientes de cualquier súper, pensadas para las noches con poco tiempo.',
        },
        { icon: 'shield', title: 'Sin trampas ni rastreadores', text: 'Páginas limpias, titulares honestos y tu correo nunca compartido con nadie.' },
        { icon: 'users', title: 'Una comunidad cercana', text: 'Los socios comparten trucos, hacen preguntas y se encuentran cada mes en una charla online.' },
      ],
    },
    offers: {
      headings: ['Temas', 'Series y secciones', 'De qué escribo'],
      intros: [
        'Elige un tema según te apetezca o sigue una serie desde el principio.',
        'Todo el blog es gratis. Los socios reciben algunos extras.',
        'Series fijas y temas favoritos, cada uno con su propio archivo.',
      ],
      items: [
        {
          title: 'Viajar sin prisa',
          description: 'Rutas tranquilas, pueblos con encanto y el arte de quedarse más tiempo en menos sitios.',
          price: '0',
          icon: 'globe',
          category: 'Viajes',
        },
        {
          title: 'Escapadas de fin de semana',
          description: 'Viajes de dos días que puedes organizar un jueves por la noche, con dónde dormir, comer y pasear.',
          price: '0',
          icon: 'map-pin',
          category: 'Viajes',
        },
        {
          title: 'Cuaderno de cocina',
          description: 'Recetas de diario, básicos de despensa y platos que saben mejor al día siguiente.',
          price: '0',
          icon: 'utensils',
          category: 'Cocina',
        },
        {
          title: 'Desayunos',
          description: 'Desayunos, pruebas con el café y los rituales que hacen las mañanas más fáciles.',
          price: '0',
          icon: 'coffee',
          category: 'Cocina',
        },
        {
          title: 'Herramientas que uso',
          description: 'Opiniones sinceras sobre las apps, los aparatos y las libretas que se ganan un sitio en mi mochila.',
          price: '0',
          icon: 'code',
          category: 'Tecnología',
        },
        {
          title: 'Vivir despacio',
          description: 'Ensayos sobre hábitos, hogar y cómo hacer sitio a lo que importa.',
          price: '0',
          icon: 'sun',
          category: 'Vida',
        },
        {
          title: 'Preguntas de lectores',
          description: 'Un artículo al mes respondiendo a tus dudas sobre viajes, cocina y la vida de quien escribe.',
          price: '0',
          icon: 'mail',
          category: 'Comunidad',
        },
        {
          title: 'La estantería',
          description: 'Listas de lectura de temporada y los libros que cambiaron mi forma de viajar, cocinar y vivir.',
          price: '0',
          icon: 'book',
          category: 'Vida',
        },
        {
          title: 'Diarios de fotos',
          description: 'Historias contadas con imágenes de viajes, mercados y cocinas.',
          price: '0',
          icon: 'camera',
          category: 'Viajes',
        },
      ],
    },
    testimonials: {
      headings: ['Lo que dicen los lectores', 'Cartas de quienes leen', 'Por qué la gente sigue suscrita'],
      items: [
        {
          quote: 'La única newsletter que abro en cuanto llega. Es como una carta de una amiga que siempre conoce el mejor sitio pequeño para comer.',
          name: 'Lucía Fernández',
          role: 'Lectora desde 2019',
        },
        {
          quote: 'Organicé una semana entera de vacaciones con una de las guías de Viajar sin prisa. Acertó en todo, hasta en la panadería.',
          name: 'Diego Navarro',
          role: 'Suscriptor de la newsletter',
        },
        {
          quote: 'Las recetas de diario han sustituido a la mitad de nuestros pedidos a domicilio. Sencillas, fiables y riquísimas.',
          name: 'Marta Gil',
          role: 'Socia',
        },
        {
          quote:
            'Las opiniones sinceras escasean. Cuando este blog dice que algo merece la pena, me fío, porque también he leído los artículos en los que algo salió mal.',
          name: 'Andrés Molina',
          role: 'Lector y socio',
        },
        {
          quote: 'Sereno, cuidado y muy bien escrito. Es lo contrario de pasarse la noche mirando malas noticias en el móvil.',
          name: 'Sofía Herrera',
          role: 'Lectora desde 2021',
        },
        {
          quote: 'Hacerme socio fue una decisión fácil. Las charlas de la comunidad son muy cálidas y sienta bien apoyar la escritura independiente.',
          name: 'Raúl Domínguez',
          role: 'Mecenas',
        },
      ],
    },
    faq: {
      headings: ['Preguntas frecuentes', 'Dudas de los lectores', 'Conviene saber'],
      items: [
        {
          question: '¿La newsletter es gratis?',
          answer:
            'Sí. La carta del domingo y todos los artículos del blog se pueden leer gratis. Hacerse socio es opcional y ayuda a que la publicación siga siendo independiente.',
        },
        {
          question: '¿Cada cuánto recibiré correos?',
          answer: 'Una vez por semana, el domingo por la mañana. Los socios reciben además una nota extra al mes. Nunca correos diarios.',
        },
        {
          question: '¿Qué reciben los socios?',
          answer:
            'Un artículo extra al mes, guías y fichas de recetas para imprimir, acceso anticipado a las series nuevas y una invitación a la charla online mensual con los lectores.',
        },
        {
          question: '¿Puedo darme de baja como socio?',
          answer: 'Claro, cuando quieras y en dos clics desde tu cuenta. Mantienes el acceso hasta el final del periodo que ya has pagado.',
        },
        {
          question: '¿Aceptas publicidad o regalos?',
          answer:
            'Muy de vez en cuando, y solo de cosas que recomendaría de todos modos. Cualquier patrocinio, regalo o enlace de afiliado aparece señalado al principio del artículo.',
        },
        {
          question: '¿Puedo proponer un tema o hacerte una pregunta?',
          answer:
            '¡Por favor! Responde a cualquier newsletter o usa el formulario de contacto. Muchos de los artículos más leídos nacieron de la pregunta de un lector.',
        },
        {
          question: '¿Puedo compartir o citar tus artículos?',
          answer: 'Sí, las citas breves con un enlace al original siempre son bienvenidas. Para reproducir artículos completos o fotos, escríbeme antes.',
        },
      ],
    },
    cta: {
      headings: ['Recibe la carta del domingo', 'Únete a miles de lectores curiosos', 'Tu nuevo ritual de domingo'],
      texts: [
        'Un correo a la semana con una historia, una guía y unas cuantas cosas buenas. Gratis, y te das de baja con un clic.',
        'Suscríbete gratis y recibe las guías de viaje y las recetas más leídas directamente en tu bandeja de entrada.',
        'Sin spam, sin correos diarios y sin vender tu dirección. Solo buena lectura, una vez por semana.',
      ],
      actions: ['Suscríbete', 'Quiero unirme', 'Apúntame'],
    },
    stats: [
      { value: '18.000', label: 'suscriptores de la newsletter' },
      { value: '350+', label: 'artículos publicados' },
      { value: '31', label: 'países en sus páginas' },
      { value: '7', label: 'años de cartas de domingo' },
    ],
    team: [
      {
        name: 'Carmen Ruiz',
        role: 'Editora',
        bio: 'Carmen edita cada artículo largo, comprueba los datos y, con mucho tacto, elimina al menos un párrafo cada semana.',
      },
      {
        name: 'Pablo Ortega',
        role: 'Probador de recetas',
        bio: 'Pablo cocina cada receta al menos dos veces en una cocina normal antes de publicarla y apunta todo lo que sale mal.',
      },
      {
        name: 'Valentina Ríos',
        role: 'Fotógrafa colaboradora',
        bio: 'Valentina fotografía muchas de las historias de viajes y cocina, con debilidad por los mercados a primera hora y la luz de media tarde.',
      },
    ],
    pricing: {
      headings: ['Hazte socio', 'Apoya la escritura independiente', 'Elige cómo leer'],
      intros: [
        'Leer es siempre gratis. Hacerte socio sostiene el proyecto y trae algunos extras como agradecimiento.',
        'Las cuotas de los lectores mantienen {name} independiente, casi sin anuncios y abierto a todo el mundo.',
        'Elige el nivel que mejor te encaje. Puedes cambiarlo o cancelarlo cuando quieras.',
      ],
      tiers: [
        {
          name: 'Lector',
          price: '0',
          period: '/mes',
          description: 'Todo lo que necesitas para seguir el blog.',
          features: ['La carta del domingo', 'Acceso completo al archivo', 'Responder y proponer temas'],
        },
        {
          name: 'Socio',
          price: '4.00',
          period: '/mes',
          description: 'La forma más elegida de apoyar el proyecto.',
          features: [
            'Todo lo del plan Lector',
            'Un artículo extra al mes',
            'Guías y fichas de recetas para imprimir',
            'Acceso anticipado a las series nuevas',
            'Charla online mensual',
          ],
        },
        {
          name: 'Mecenas',
          price: '10.00',
          period: '/mes',
          description: 'Para quienes quieren ayudar a que crezca.',
          features: [
            'Todo lo del plan Socio',
            'Tu nombre en la carta anual de agradecimiento',
            'Un fanzine impreso al año por correo',
            'Voto en los próximos temas',
          ],
        },
      ],
    },
    blog: {
      headings: ['Últimos artículos', 'Recién salido del cuaderno', 'Publicado hace poco'],
      intros: [
        'Historias, guías y recetas nuevas cada semana.',
        'Los artículos más recientes y algunos favoritos de los lectores.',
        'Sírvete un café y elige qué leer.',
      ],
      posts: [
        {
          title: 'Cómo organizar una escapada tranquila (sin organizar de más)',
          slug: 'como-organizar-una-escapada-tranquila',
          excerpt: 'Las mejores escapadas dejan sitio para perderse. Este es el método sencillo que uso para que dos días parezcan unas vacaciones de verdad.',
          paragraphs: [
            'Durante años organicé los fines de semana como si fueran operaciones militares: una hoja de cálculo de restaurantes, un museo cada mañana y un mirador cada atardecer. Volvía con cientos de fotos y ningún recuerdo de haber descansado.',
            'Ahora solo planifico tres cosas: dónde voy a dormir, una comida que me ilusione y un paseo que quiera hacer. Todo lo demás queda abierto a propósito. Parece demasiado simple, pero esas horas libres son las que guardan los mejores momentos: la panadería que aparece por sorpresa, la charla con el librero, el banco con la vista perfecta.',
            'Elegir el destino importa más que cualquier itinerario. Busca lugares a dos o tres horas de casa, con un centro que se recorra a pie y al menos un buen mercado o una cafetería. Los pueblos y las ciudades pequeñas casi siempre ganan a las grandes en una escapada corta, porque pasas el tiempo en ellos y no cruzándolos.',
            'Por último, date un aterrizaje suave. Deja unas horas libres entre volver a casa y empezar la semana. Deshaz la maleta, cocina algo sencillo y apunta las tres cosas que quieres recordar. Es la diferencia entre un viaje que se esfuma el martes y uno que se queda contigo.',
          ],
          subheading: 'Mi plan de fin de semana en tres puntos',
          listItems: [
            'Reserva alojamiento a un paseo del centro.',
            'Asegura una comida que de verdad te ilusione.',
            'Elige una ruta, un sendero o un barrio para recorrer a pie.',
            'Deja el resto abierto y di que sí a los desvíos.',
            'Guarda la tarde del domingo para volver con calma.',
          ],
          quote: 'Un buen viaje no se mide por cuánto ves, sino por cuánto llegas a fijarte.',
        },
        {
          title: 'La pasta de 20 minutos que preparo cada semana',
          slug: 'pasta-de-20-minutos',
          excerpt: 'Limón, ajo, verdura y un puñado de queso. Es la receta que hago cuando estoy cansada, con hambre y sin ideas, y nunca falla.',
          paragraphs: [
            'Todo el que cocina en casa necesita una receta que no le pida nada. La mía es esta pasta: unos cuantos básicos de despensa, una olla de agua hirviendo y unos veinte minutos desde que entro en la cocina hasta que me siento a la mesa.',
            'El secreto está en el agua de cocción. Con almidón y sal, convierte un poco de mantequilla, limón y queso rallado en una salsa sedosa que se agarra a cada hebra. Guarda una taza llena antes de escurrir, más de la que crees que necesitas, y añádela poco a poco.',
            'La verdura es donde puedes improvisar. Las espinacas se ablandan en segundos, la col rizada necesita un minuto más y los guisantes congelados van directos al agua de la pasta en los dos últimos minutos. Sirve lo que tengas en la nevera, y esa es precisamente la gracia.',
            'Termina con mucha pimienta negra, un chorrito de buen aceite de oliva y más ralladura de limón de la que parece razonable. Es fresca, reconfortante y justo lo que pide un martes por la noche.',
          ],
          subheading: 'Lo que necesitas para dos personas',
          listItems: [
            '200 g de espaguetis o linguine.',
            '2 dientes de ajo laminados y 2 cucharadas de mantequilla.',
            '1 limón, la ralladura y el zumo.',
            '2 puñados grandes de espinacas, col rizada o guisantes congelados.',
            'Un buen puñado de parmesano rallado y pimienta negra.',
          ],
          quote: 'La mejor receta de diario no es la más espectacular. Es la que de verdad cocinas un miércoles.',
        },
        {
          title: 'Mi equipo minimalista para trabajar desde cualquier sitio',
          slug: 'equipo-minimalista-para-trabajar-desde-cualquier-sitio',
          excerpt:
            'Después de años cargando demasiado, he dado con un equipo pequeño que me permite escribir, editar fotos y enviar la newsletter desde un café, un tren o una mesa prestada.',
          paragraphs: [
            'Antes viajaba con dos cámaras, tres cargadores y una maraña de cables que nunca usaba. Todo iba por si acaso, y casi todo se quedaba en la mochila. En los últimos años he ido recortando hasta quedarme solo con lo que de verdad uso.',
            'La regla que sigo ahora es sencilla: si no he usado algo en los tres últimos viajes, se queda en casa. Solo con esa regla eliminé más de la mitad de lo que llevaba, y no he echado nada de menos.',
            'El software importa tanto como el equipo. Guardo los borradores en una sola app de escritura que se sincroniza en todas partes, las fotos en una única biblioteca y la lista de tareas en papel. Menos apps significa menos decisiones, y más energía para escribir de verdad.',
            'Nada de esto va de tener el equipo perfecto. Va de quitar fricción, para que cuando llegue una idea en un tren o en un café tranquilo pueda abrir el portátil y ponerme a trabajar en un minuto.',
          ],
          subheading: 'Qué llevo en la mochila',
          listItems: [
            'Un portátil ligero con batería para todo el día.',
            'Una cámara compacta y una batería de repuesto.',
            'Un único cargador con dos puertos y un cable universal.',
            'Auriculares con cancelación de ruido para trenes y cafés llenos.',
            'Una libreta de bolsillo y un bolígrafo que nunca falla.',
          ],
          quote: 'El mejor equipo es aquel en el que dejas de pensar.',
        },
        {
          title: 'Cómo planifico un año de viajes con un presupuesto modesto',
          slug: 'como-planifico-un-ano-de-viajes',
          excerpt:
            'Viajar no tiene que ser caro para ser memorable. Estas son las costumbres que me permiten hacer varios viajes al año sin agobios ni deudas.',
          paragraphs: [
            'Muchos lectores me preguntan cómo consigo viajar tan a menudo. La respuesta sincera no es suerte ni patrocinios. Es planificar un poco antes, elegir un poco distinto y tener claro en qué quiero gastar de verdad.',
            'Cada enero esbozo un año de viajes: un viaje largo, dos o tres fines de semana y algunas excursiones de un día cerca de casa. Después divido el presupuesto total entre doce y aparto esa cantidad en una cuenta distinta cada mes. Cuando llega el momento de reservar, el dinero ya está ahí.',
            'Las fechas importan más que cualquier código de descuento. Viajar justo antes o después de la temporada alta abarata mucho el alojamiento, y los sitios están más tranquilos y amables. Los trenes y vuelos entre semana casi siempre cuestan menos que los de viernes y domingo.',
            'Por último, gasto sin remordimientos en lo que forma el recuerdo, como una gran comida o una visita guiada, y ahorro en todo lo demás. Alojarme en apartamentos con cocina, hacer del almuerzo la comida principal y caminar en vez de ir en taxi suponen un buen ahorro en cada viaje.',
          ],
          subheading: 'Cinco costumbres para viajar sin arruinarte',
          listItems: [
            'Fija un presupuesto anual de viajes y ahorra cada mes.',
            'Viaja en temporada media, justo antes o después de las multitudes.',
            'Reserva el transporte entre semana siempre que puedas.',
            'Elige alojamiento con cocina y prepara el desayuno.',
            'Gasta en experiencias y ahorra en todo lo demás.',
          ],
          quote: 'No necesitas más presupuesto para viajar más. Necesitas tener más claro para qué es cada viaje.',
        },
        {
          title: 'Lo que me han enseñado siete años escribiendo en internet',
          slug: 'lo-que-me-han-ensenado-siete-anos-escribiendo',
          excerpt: 'Trescientas cartas después, algunas lecciones sobre constancia, sinceridad y la sorprendente amabilidad de los desconocidos en internet.',
          paragraphs: [
            'Cuando envié la primera carta, la recibieron once personas, y seis eran de mi familia. No tenía más plan que escribir algo cada domingo y ver qué pasaba. Siete años después, todavía me sorprendo cada vez que le doy a enviar.',
            'La lección más grande es que la constancia gana al talento. No todas las cartas son lo mejor que he escrito, pero aparecer cada semana construyó una confianza que ningún artículo viral habría logrado. Los lectores no necesitan perfección; necesitan saber que vas a estar ahí.',
            'La segunda lección es escribir para una sola persona. Cada vez que intento gustar a todo el mundo, el texto se queda plano. Cuando imagino a un amigo leyendo con un café, cobra vida y, curiosamente, conecta con más gente.',
            'La última lección va de generosidad. Los lectores me han enviado recetas, consejos para viajar en tren, recomendaciones de libros y mensajes cariñosos en semanas difíciles. La comunidad que ha crecido alrededor de este pequeño proyecto es lo mejor que me ha dado.',
          ],
          subheading: 'Lo que le diría a mi yo del principio',
          listItems: [
            'Elige un ritmo que puedas mantener durante años, no semanas.',
            'Escribe para un lector, no para un público.',
            'Cuenta lo que no salió bien con la misma sinceridad que lo que sí.',
            'Responde a tus lectores. Son la razón de todo.',
          ],
          quote: 'Aparecer cada semana también es una forma de talento.',
        },
      ],
    },
    contact: {
      headings: ['Saluda', 'Escríbeme', 'Ponte en contacto'],
      intros: [
        'Preguntas, ideas de temas, correcciones o simplemente un hola: leo todos los mensajes y respondo a todos los que puedo.',
        'Para colaboraciones y prensa, cuéntame un poco sobre tu proyecto. Respondo en una semana como máximo.',
        'La forma más fácil de escribirme es responder a cualquier newsletter. Este formulario funciona igual de bien.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Del cuaderno', 'Momentos de artículos recientes', 'Notas en fotos'],
      captions: [
        'Sábado por la mañana en el mercado de un pueblo',
        'Pasta de diario con limón y verduras',
        'Un trayecto tranquilo en tren entre montañas',
        'Café y apuntes antes de enviar la carta del domingo',
        'Pan recién hecho de una panadería encontrada por casualidad',
        'Luz de media tarde sobre el puerto',
        'El equipo de viaje, listo para un puente',
        'Un rincón de lectura en un piso prestado',
      ],
    },
    logos: {
      headings: ['Han hablado de nosotros', 'Mencionado en', 'Recomendado por'],
      names: [
        'Suplemento Fin de Semana',
        'Revista Trotamundos',
        'La Mesa de Hoy',
        'Pódcast Guía de Bolsillo',
        'Newsletter Pantallas Pequeñas',
        'Lector Urbano',
      ],
    },
  },
};
