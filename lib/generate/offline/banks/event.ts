// Copy banks for events: the site of one upcoming conference, festival, fair, workshop or meetup,
// with its program, speakers, tickets and venue.
import type { KindBanks } from '@/lib/sites/templates/copy-bank';

export const eventBanks: KindBanks = {
  en: {
    kind: 'event',
    language: 'en',
    names: [
      'Open Horizons Summit',
      'Common Ground Festival',
      'Makers Weekend',
      'Spark Conference',
      'Good Company Days',
      'The Big Gathering',
      '{city} Creative Week',
    ],
    taglines: [
      'Two days of ideas, people and conversations worth traveling for.',
      'Talks, workshops and a community that sticks around.',
      'Where makers, thinkers and doers meet once a year.',
      'The event everyone in {city} will be talking about.',
    ],
    pages: { home: 'Home', about: 'About', services: 'Program', contact: 'Contact', blog: 'News', pricing: 'Tickets' },
    hero: {
      eyebrows: ['Two days · 40+ speakers · 1 great venue', 'Tickets now on sale', 'Early bird prices end soon'],
      headlines: ['Two days that will change how you work.', 'Come for the talks. Stay for the people.', 'The gathering you will be glad you did not miss.'],
      subheadlines: [
        '{name} brings together speakers, makers and curious people for two days of inspiring talks, hands-on workshops, great food and conversations that keep going long after the last session.',
        'Learn from people doing remarkable work, try something new in a workshop and meet the community that makes this event feel like a reunion.',
        "Keynotes, panels, workshops, a makers' market and an evening celebration. One ticket, two unforgettable days.",
        'Right in the heart of {city}: two days of talks, workshops, music and good company.',
      ],
      primaryActions: ['Get your ticket', 'Buy tickets', 'Reserve your seat'],
      secondaryActions: ['See the program', 'Meet the speakers', 'Plan your visit'],
    },
    about: {
      headings: ['About the event', 'Why {name} exists', 'More than an event'],
      paragraphs: [
        [
          '{name} began as an evening meetup for sixty people in a borrowed room. The talks were good, but what people remembered was the conversation afterward, which went on until the venue politely turned off the lights.',
          'Every edition since has been built around that feeling. We invite speakers who share honestly, design workshops where you make things rather than just listen, and leave plenty of time for the hallway conversations where the real magic happens.',
          'Today it is a two-day gathering that welcomes more than a thousand people, and it still feels like a room full of friends you have not met yet.',
        ],
        [
          'We believe the best events are generous. Generous with knowledge, with time to connect and with a welcome for everyone, whether this is your first event or your fifteenth.',
          'That is why we keep ticket prices fair, offer community tickets for students and volunteers, and work hard to make every part of the venue accessible and comfortable.',
        ],
        [
          'Over two days you will hear from founders, artists, experts and local heroes, join small hands-on workshops and explore a market full of independent makers.',
          'In between, there is good coffee, local food, quiet corners to recharge and an evening celebration with live music.',
          'You will leave with new ideas, new skills and, most importantly, new people to call.',
        ],
      ],
      highlights: [
        '40+ speakers and hosts',
        'Hands-on workshops in small groups',
        'Accessible venue for everyone',
        'Local food and coffee all day',
        'Evening celebration with live music',
      ],
    },
    features: {
      headings: ['Why attend', 'What to expect', 'Two days, packed with good things'],
      intros: [
        'A carefully curated program with room to breathe, learn and meet people.',
        'Everything we plan is designed to leave you inspired and well connected.',
        'Here is what your ticket opens the door to.',
      ],
      items: [
        {
          icon: 'music',
          title: 'Inspiring talks',
          text: 'Short, honest talks from people doing remarkable work, with time for your questions after every session.',
        },
        { icon: 'wrench', title: 'Hands-on workshops', text: 'Small groups, practical skills and something real to take home at the end of each session.' },
        { icon: 'users', title: 'Real connections', text: 'Long breaks, hosted meetups and a friendly crowd make it easy to meet the right people.' },
        { icon: 'shopping-bag', title: "Makers' market", text: 'Dozens of independent makers and local businesses showing and selling their work.' },
        { icon: 'utensils', title: 'Great food', text: 'Local food trucks, good coffee and vegetarian options all day, included with your pass.' },
        { icon: 'heart', title: 'Welcoming for all', text: 'Step-free venue, quiet room, live captions on the main stage and a clear code of conduct.' },
      ],
    },
    offers: {
      headings: ['Program', 'The full program', 'What is happening'],
      intros: [
        'Two days of talks, workshops and celebrations. Sessions marked as add-ons have limited places and can be booked with your ticket.',
        'Plan your days: most sessions are included with every pass, and a few special workshops can be added on.',
        'The program is full of good choices. Pick your favorites and save your spot in the workshops early.',
      ],
      items: [
        {
          title: 'Opening keynote: Building things that last',
          description: 'We open the event with a story about patience, craft and building something that matters to the people around you.',
          price: '0',
          icon: 'star',
          category: 'Day 1',
        },
        {
          title: 'Panel: Small teams, big ideas',
          description: 'Four founders share how they grew without losing what made them special, followed by an open Q&A.',
          price: '0',
          icon: 'users',
          category: 'Day 1',
        },
        {
          title: 'Workshop: Storytelling for beginners',
          description: 'A 90-minute hands-on session to shape your own story into a short, memorable pitch. Limited to 25 people.',
          price: '35.00',
          icon: 'book',
          category: 'Day 1',
        },
        {
          title: 'Lunch and hosted meetups',
          description: 'Local food and small tables by topic, each hosted by a speaker, so it is easy to join a conversation.',
          price: '0',
          icon: 'utensils',
          category: 'Day 1',
        },
        {
          title: 'Evening celebration',
          description: "Live music, drinks and snacks at the venue's rooftop terrace. The best place to make new friends.",
          price: '25.00',
          icon: 'music',
          category: 'Day 1',
        },
        {
          title: 'Morning talks: Ideas worth stealing',
          description: 'Six short talks, ten minutes each, packed with practical ideas you can use on Monday.',
          price: '0',
          icon: 'sparkles',
          category: 'Day 2',
        },
        {
          title: 'Masterclass: From idea to launch',
          description: 'A half-day deep dive with one of our keynote speakers, including personal feedback on your project.',
          price: '59.00',
          icon: 'rocket',
          category: 'Day 2',
        },
        {
          title: "Makers' market",
          description: 'Independent makers, local producers and creative studios showing and selling their work, open all day.',
          price: '0',
          icon: 'shopping-bag',
          category: 'Both days',
        },
        {
          title: 'Closing session and community awards',
          description: 'We celebrate the people and projects that made the year, and share a first look at the next edition.',
          price: '0',
          icon: 'award',
          category: 'Day 2',
        },
        {
          title: 'Guided morning walk',
          description: 'An early walk through the neighborhood with a local guide before the doors open. Coffee included.',
          price: '15.00',
          icon: 'map-pin',
          category: 'Day 2',
        },
      ],
    },
    testimonials: {
      headings: ['What past attendees say', 'Why people keep coming back', 'Heard in the hallway'],
      items: [
        {
          quote: 'I came for the speakers and left with a notebook full of ideas and three new collaborators. Best two days of my year.',
          name: 'Emily Carter',
          role: 'Attendee, last edition',
        },
        {
          quote: 'The workshops are the real gem. Small groups, real feedback and something I could use the very next week.',
          name: 'Marcus Reed',
          role: 'Small business owner',
        },
        {
          quote: 'Beautifully organized, warm and welcoming. I went alone and never felt alone for a minute.',
          name: 'Olivia Hart',
          role: 'First-time attendee',
        },
        {
          quote: 'As a speaker I have been to many events. This one treats its audience with real care, and you can feel it everywhere.',
          name: 'Daniel Kim',
          role: 'Speaker, last edition',
        },
        {
          quote: "We sold more at the makers' market in two days than in a month of online sales, and met wonderful people.",
          name: 'Rachel Moore',
          role: 'Exhibitor, Fernwood Ceramics',
        },
        {
          quote: 'The accessibility was thoughtful from start to finish: step-free routes, a quiet room and captions on stage.',
          name: 'Jordan Brooks',
          role: 'Attendee',
        },
      ],
    },
    faq: {
      headings: ['Frequently asked questions', 'Before you go', 'Good to know'],
      items: [
        {
          question: 'How do I get my ticket?',
          answer:
            'Buy online and you will receive your e-ticket by email right away. Show the QR code on your phone at the entrance, or print it if you prefer. Your name badge will be waiting for you at registration.',
        },
        {
          question: 'Can I get a refund or transfer my ticket?',
          answer:
            'Tickets can be refunded in full up to 30 days before the event. After that, you can transfer your ticket to someone else for free at any time: just send us their name and email.',
        },
        {
          question: 'Is the venue accessible?',
          answer:
            'Yes. The venue is step-free with elevators to every floor, accessible restrooms, reserved seating near the stage and a quiet room. Main-stage talks have live captions. Tell us about any other needs and we will do our best to help.',
        },
        {
          question: 'Where is the venue and how do I get there?',
          answer:
            'You will find the full address and a map on the Contact page. The venue is a short walk from public transport, and there is paid parking and bicycle parking nearby. We recommend public transport, as parking fills up early.',
        },
        {
          question: 'Is food included?',
          answer:
            'Yes. Every pass includes coffee, snacks and lunch on the days it covers, with vegetarian, vegan and gluten-free options. Let us know about allergies when you register.',
        },
        {
          question: 'Can I bring children?',
          answer:
            "Children under 12 attend for free with an adult ticket holder. The program is designed for adults, but the makers' market and the afternoon sessions are family-friendly.",
        },
        {
          question: 'Are there group or student discounts?',
          answer:
            'Groups of five or more save 15% on full passes. Students and volunteers can apply for a limited number of community tickets at a reduced price.',
        },
      ],
    },
    cta: {
      headings: ['Join us this year', 'Tickets are going fast', 'Save your seat today'],
      texts: [
        'Early bird prices are available for a limited time. Grab your pass now and start planning your two days.',
        'Last edition sold out three weeks before the doors opened. Do not wait until the last minute.',
        'Get your ticket in two minutes and receive it straight to your phone.',
      ],
      actions: ['Get your ticket', 'Buy tickets now', 'Reserve your pass'],
    },
    stats: [
      { value: '2 days', label: 'of talks, workshops and music' },
      { value: '40+', label: 'speakers and hosts' },
      { value: '1,200', label: 'attendees expected' },
      { value: '60', label: 'makers and exhibitors' },
    ],
    team: [
      {
        name: 'Sarah Mitchell',
        role: 'Opening keynote · Founder and author',
        bio: 'Sarah built a small family workshop into a nationally loved brand without losing its soul, and wrote a book about how she did it.',
      },
      {
        name: 'David Chen',
        role: 'Masterclass host · Product strategist',
        bio: 'David has helped more than a hundred small teams turn rough ideas into launched products. His masterclass is always the first to sell out.',
      },
      {
        name: 'Maya Patel',
        role: 'Speaker · Designer and illustrator',
        bio: 'Maya designs for independent publishers and cultural festivals, and talks about creativity with rare honesty and humor.',
      },
      {
        name: 'Marcus Reed',
        role: 'Panel host · Community organizer',
        bio: 'Marcus has spent a decade bringing neighbors, businesses and local government to the same table, and keeps every panel lively.',
      },
    ],
    pricing: {
      headings: ['Tickets', 'Choose your pass', 'Get your ticket'],
      intros: [
        "All passes include the talks, the makers' market, coffee and lunch on the days they cover.",
        'Early bird prices are available for a limited time. Students and groups get extra discounts.',
        'Pick the pass that fits your plans. You can upgrade at any time before the event.',
      ],
      tiers: [
        {
          name: 'Day Pass',
          price: '79.00',
          period: '',
          description: 'One full day of the program, your choice of day.',
          features: ['All talks and panels for one day', "Makers' market access", 'Coffee, snacks and lunch', 'Access to the event app'],
        },
        {
          name: 'Full Pass',
          price: '149.00',
          period: '',
          description: 'Our most popular ticket: the complete two-day experience.',
          features: [
            'All talks and panels on both days',
            'Priority booking for workshops',
            'Coffee, snacks and lunch both days',
            'Evening celebration included',
            'Recordings of main-stage talks',
          ],
        },
        {
          name: 'VIP Pass',
          price: '299.00',
          period: '',
          description: 'The full experience, with the best seats and a few extras.',
          features: [
            'Everything in the Full Pass',
            'Reserved front-row seating',
            'One workshop or masterclass included',
            "Speakers' dinner on the first night",
            'Welcome gift bag',
          ],
        },
      ],
    },
    blog: {
      headings: ['News and updates', 'Latest from the team', 'Event news'],
      intros: [
        'Program announcements, speaker news and practical tips for the big days.',
        'Everything you need to know in the lead-up to the event.',
        'Stay up to date with the program and plan your visit.',
      ],
      posts: [
        {
          title: 'First speakers announced',
          slug: 'first-speakers-announced',
          excerpt: 'The first wave of speakers is here, and the program is shaping up to be our most exciting yet. Here is who is joining us on stage.',
          paragraphs: [
            "We have spent months listening to last year's attendees, reading hundreds of suggestions and reaching out to people whose work we admire. Today we are thrilled to share the first names of this year's line-up.",
            'Our opening keynote comes from a founder who grew a small family workshop into a brand loved across the country, without giving up on craft or community. It is a story about patience, and about the courage to grow slowly.',
            'Across the two days you will also hear from designers, community organizers, technologists and local business owners. As always, we have asked every speaker for the same thing: honesty, practical ideas and plenty of time for your questions.',
            'More names, the full workshop schedule and the evening program will be announced in the coming weeks. Subscribe to our updates so you hear first.',
          ],
          subheading: 'What is new this year',
          listItems: [
            'A second stage dedicated to short, practical talks.',
            'More workshops, each limited to 25 people.',
            'Hosted lunch tables grouped by topic.',
            'Live captions on the main stage.',
          ],
          quote: 'We want every attendee to leave with at least one idea they can use on Monday morning.',
        },
        {
          title: 'How to make the most of your first event',
          slug: 'how-to-make-the-most-of-your-first-event',
          excerpt: 'Coming on your own or attending for the first time? These simple tips will help you feel at home from the very first coffee.',
          paragraphs: [
            'Every year, around a third of our attendees are joining for the first time, and many come on their own. If that is you, welcome. You are in very good company, and we have designed the days with you in mind.',
            'Start by planning loosely. Pick two or three sessions you really do not want to miss and leave the rest open. Some of the best moments happen in the gaps: a hallway conversation, a chance meeting at the coffee cart or a workshop you join on a whim.',
            'The hosted lunch tables are the easiest way to meet people. Each table has a topic and a host whose job is to make introductions. Just pick a topic you care about and sit down.',
            'Finally, take care of yourself. Wear comfortable shoes, bring a water bottle and use the quiet room if you need a break. Two days of ideas is a lot, and it is fine to pace yourself.',
          ],
          subheading: 'Our top tips for first-timers',
          listItems: [
            'Download the event app and save your favorite sessions.',
            'Arrive early on the first morning to avoid the registration queue.',
            'Join at least one hosted lunch table.',
            'Bring a notebook, comfortable shoes and a water bottle.',
            'Say hello to someone new at every break.',
          ],
          quote: 'Nobody here expects you to know anyone. That is exactly why people come.',
        },
        {
          title: 'Getting there: travel, parking and where to stay',
          slug: 'getting-there-travel-and-accommodation',
          excerpt: 'Everything you need to plan your trip to the venue, from public transport to recommended places to stay nearby.',
          paragraphs: [
            'The venue sits in a lively neighborhood, a short walk from public transport and surrounded by cafés, restaurants and places to stay. Here is how to plan your trip so you arrive relaxed and on time.',
            'Public transport is the easiest option. Trains and buses stop within a ten-minute walk, and our volunteers in bright shirts will be waiting at the main stops on the first morning to point you in the right direction.',
            'If you are driving, paid parking is available nearby, but it fills up early. Consider car-sharing with other attendees through the event app. There is also secure bicycle parking right at the entrance.',
            'Traveling from further away? We have arranged discounted rates at several partner hotels within walking distance. Book early, as rooms tend to go quickly in the weeks before the event.',
          ],
          subheading: 'Quick travel checklist',
          listItems: [
            'Check the venue address and map on the Contact page.',
            'Plan to arrive 30 minutes before the first session.',
            'Book a partner hotel early to get the discounted rate.',
            'Use the event app to share a ride with other attendees.',
          ],
          quote: 'The best journeys to an event end with a coffee in hand and a seat near the front.',
        },
      ],
    },
    contact: {
      headings: ['Venue and contact', 'Plan your visit', 'Get in touch'],
      intros: [
        'Questions about tickets, accessibility or the program? Our team replies within one business day.',
        'Interested in speaking, exhibiting or sponsoring? Send us a short note about yourself and we will be in touch.',
        'Find the venue address, opening times and directions below. See you there.',
      ],
      hours: 'event',
    },
    gallery: {
      headings: ['Moments from last edition', 'Gallery', 'A look back'],
      captions: [
        'A full house for the opening keynote',
        'Hands-on storytelling workshop in action',
        "The makers' market on a sunny afternoon",
        'Lunch tables full of new conversations',
        'Live music at the evening celebration',
        'Speakers answering questions after the panel',
        'Volunteers welcoming attendees on the first morning',
        'The closing session and community awards',
      ],
    },
    logos: {
      headings: ['Our sponsors and partners', 'Made possible by', 'Thanks to our partners'],
      names: ['Harborline Bank', 'Greenfield Coffee Roasters', 'Metro Arts Council', 'Northwind Print', 'Riverside Hotel', 'City Radio'],
    },
  },

  'pt-BR': {
    kind: 'event',
    language: 'pt-BR',
    names: [
      'Encontro Horizontes',
      'Festival Terreiro',
      'Fim de Semana Mão na Massa',
      'Conferência Faísca',
      'Dias de Boa Prosa',
      'Grande Encontro',
      'Semana Criativa de {city}',
    ],
    taglines: [
      'Dois dias de ideias, pessoas e conversas que valem a viagem.',
      'Palestras, oficinas e uma comunidade que fica.',
      'Onde criadores, pensadores e realizadores se encontram uma vez por ano.',
      'O evento de que todo mundo em {city} vai falar.',
    ],
    pages: { home: 'Início', about: 'Sobre', services: 'Programação', contact: 'Contato', blog: 'Notícias', pricing: 'Ingressos' },
    hero: {
      eyebrows: ['Dois dias · 40+ palestrantes · Um lugar incrível', 'Ingressos à venda', 'Último lote promocional'],
      headlines: [
        'Dois dias que vão mudar o seu jeito de trabalhar.',
        'Venha pelas palestras. Fique pelas pessoas.',
        'O encontro que você vai ficar feliz de não ter perdido.',
      ],
      subheadlines: [
        'O {name} reúne palestrantes, criadores e gente curiosa em dois dias de palestras inspiradoras, oficinas práticas, comida boa e conversas que continuam muito depois da última sessão.',
        'Aprenda com quem está fazendo um trabalho incrível, experimente algo novo numa oficina e conheça a comunidade que faz este evento parecer um reencontro.',
        'Palestras, painéis, oficinas, feira de criadores e uma festa de encerramento. Um ingresso, dois dias inesquecíveis.',
        'No coração de {city}: dois dias de palestras, oficinas, música e boa companhia.',
      ],
      primaryActions: ['Garantir meu ingresso', 'Comprar ingresso', 'Reservar minha vaga'],
      secondaryActions: ['Ver a programação', 'Conhecer os palestrantes', 'Planejar a visita'],
    },
    about: {
      headings: ['Sobre o evento', 'Por que o {name} existe', 'Mais do que um evento'],
      paragraphs: [
        [
          'O {name} começou como um encontro de fim de tarde para sessenta pessoas numa sala emprestada. As palestras eram boas, mas o que todo mundo lembrava era da conversa depois, que só acabou quando o pessoal do espaço, com muita educação, apagou as luzes.',
          'Cada edição desde então foi construída em torno dessa sensação. Convidamos palestrantes que falam com sinceridade, criamos oficinas em que você põe a mão na massa em vez de só ouvir e deixamos bastante tempo para as conversas de corredor, onde a mágica acontece de verdade.',
          'Hoje são dois dias que recebem mais de mil pessoas, e ainda parece uma sala cheia de amigos que você ainda não conhece.',
        ],
        [
          'Acreditamos que os melhores eventos são generosos. Generosos em conhecimento, em tempo para se conectar e em acolhimento para todo mundo, seja o seu primeiro evento ou o décimo quinto.',
          'Por isso mantemos ingressos com preço justo, oferecemos meia-entrada e ingressos solidários, e trabalhamos muito para que cada canto do espaço seja acessível e confortável.',
        ],
        [
          'Em dois dias você vai ouvir empreendedores, artistas, especialistas e gente que transforma o próprio bairro, participar de oficinas em grupos pequenos e passear por uma feira cheia de criadores independentes.',
          'Nos intervalos, tem café bom, comida local, cantinhos tranquilos para recarregar as energias e uma festa com música ao vivo.',
          'Você vai sair com ideias novas, habilidades novas e, principalmente, gente nova para chamar.',
        ],
      ],
      highlights: [
        'Mais de 40 palestrantes',
        'Oficinas práticas em grupos pequenos',
        'Espaço acessível para todos',
        'Comida local e café o dia todo',
        'Festa com música ao vivo',
      ],
    },
    features: {
      headings: ['Por que participar', 'O que esperar', 'Dois dias cheios de coisas boas'],
      intros: [
        'Uma programação feita com cuidado, com espaço para respirar, aprender e conhecer pessoas.',
        'Tudo foi pensado para você sair inspirado e bem conectado.',
        'Veja tudo o que o seu ingresso inclui.',
      ],
      items: [
        {
          icon: 'music',
          title: 'Palestras inspiradoras',
          text: 'Falas curtas e sinceras de quem está fazendo um trabalho incrível, com tempo para perguntas depois de cada sessão.',
        },
        { icon: 'wrench', title: 'Oficinas práticas', text: 'Grupos pequenos, habilidades úteis e algo concreto para levar para casa no fim de cada oficina.' },
        {
          icon: 'users',
          title: 'Conexões de verdade',
          text: 'Intervalos longos, rodas de conversa e um público simpático facilitam conhecer as pessoas certas.',
        },
        {
          icon: 'shopping-bag',
          title: 'Feira de criadores',
          text: 'Dezenas de criadores independentes e negócios locais mostrando e vendendo seus trabalhos.',
        },
        { icon: 'utensils', title: 'Comida boa', text: 'Food trucks da região, café especial e opções vegetarianas o dia todo, inclusos no ingresso.' },
        {
          icon: 'heart',
          title: 'Acolhimento para todos',
          text: 'Espaço sem degraus, sala de descanso, intérprete de Libras no palco principal e um código de conduta claro.',
        },
      ],
    },
    offers: {
      headings: ['Programação', 'A programação completa', 'O que vai rolar'],
      intros: [
        'Dois dias de palestras, oficinas e celebração. As atividades extras têm vagas limitadas e podem ser adicionadas ao seu ingresso.',
        'Monte seus dias: a maioria das atividades está inclusa em todos os ingressos, e algumas oficinas especiais são adicionais.',
        'A programação está cheia de boas escolhas. Escolha suas favoritas e garanta logo sua vaga nas oficinas.',
      ],
      items: [
        {
          title: 'Palestra de abertura: Construir o que dura',
          description: 'Abrimos o evento com uma história sobre paciência, capricho e construir algo que importa para as pessoas ao seu redor.',
          price: '0',
          icon: 'star',
          category: 'Dia 1',
        },
        {
          title: 'Painel: Equipes pequenas, ideias grandes',
          description: 'Quatro empreendedores contam como cresceram sem perder o que os tornava especiais, com perguntas do público no final.',
          price: '0',
          icon: 'users',
          category: 'Dia 1',
        },
        {
          title: 'Oficina: Contar histórias para iniciantes',
          description: 'Noventa minutos de prática para transformar a sua história numa apresentação curta e marcante. Vagas para 25 pessoas.',
          price: '60.00',
          icon: 'book',
          category: 'Dia 1',
        },
        {
          title: 'Almoço e rodas de conversa',
          description: 'Comida local e mesas por tema, cada uma com um palestrante anfitrião, para você entrar fácil na conversa.',
          price: '0',
          icon: 'utensils',
          category: 'Dia 1',
        },
        {
          title: 'Festa de confraternização',
          description: 'Música ao vivo, drinks e petiscos no terraço do espaço. O melhor lugar para fazer amigos novos.',
          price: '50.00',
          icon: 'music',
          category: 'Dia 1',
        },
        {
          title: 'Manhã de ideias rápidas',
          description: 'Seis palestras de dez minutos cada, cheias de ideias práticas para usar já na segunda-feira.',
          price: '0',
          icon: 'sparkles',
          category: 'Dia 2',
        },
        {
          title: 'Masterclass: Da ideia ao lançamento',
          description: 'Meio período de imersão com um dos palestrantes principais, com retorno individual sobre o seu projeto.',
          price: '120.00',
          icon: 'rocket',
          category: 'Dia 2',
        },
        {
          title: 'Feira de criadores',
          description: 'Criadores independentes, produtores locais e estúdios criativos mostrando e vendendo seus trabalhos o dia todo.',
          price: '0',
          icon: 'shopping-bag',
          category: 'Os dois dias',
        },
        {
          title: 'Encerramento e prêmio da comunidade',
          description: 'Celebramos as pessoas e os projetos que marcaram o ano e mostramos as primeiras novidades da próxima edição.',
          price: '0',
          icon: 'award',
          category: 'Dia 2',
        },
        {
          title: 'Caminhada guiada pela manhã',
          description: 'Um passeio cedinho pelo bairro com um guia local antes de as portas abrirem. Café incluso.',
          price: '30.00',
          icon: 'map-pin',
          category: 'Dia 2',
        },
      ],
    },
    testimonials: {
      headings: ['O que dizem os participantes', 'Por que as pessoas sempre voltam', 'Ouvido nos corredores'],
      items: [
        {
          quote: 'Fui pelos palestrantes e voltei com um caderno cheio de ideias e três parcerias novas. Os melhores dois dias do meu ano.',
          name: 'Mariana Costa',
          role: 'Participante da última edição',
        },
        {
          quote: 'As oficinas são a joia do evento. Grupos pequenos, retorno de verdade e algo que usei já na semana seguinte.',
          name: 'João Pereira',
          role: 'Dono de pequeno negócio',
        },
        {
          quote: 'Muito bem organizado, caloroso e acolhedor. Fui sozinha e não me senti sozinha nem por um minuto.',
          name: 'Camila Santos',
          role: 'Participante de primeira viagem',
        },
        {
          quote: 'Como palestrante, já fui a muitos eventos. Este trata o público com um cuidado que dá para sentir em tudo.',
          name: 'Rafael Almeida',
          role: 'Palestrante da última edição',
        },
        {
          quote: 'Vendemos mais na feira em dois dias do que num mês inteiro de vendas online, e ainda conhecemos gente maravilhosa.',
          name: 'Beatriz Lima',
          role: 'Expositora, Ateliê Barro Bom',
        },
        {
          quote: 'A acessibilidade foi pensada do início ao fim: rotas sem degraus, sala de descanso e intérprete de Libras no palco.',
          name: 'Lucas Oliveira',
          role: 'Participante',
        },
      ],
    },
    faq: {
      headings: ['Perguntas frequentes', 'Antes de ir', 'Bom saber'],
      items: [
        {
          question: 'Como recebo meu ingresso?',
          answer:
            'Compre pelo site e você recebe o ingresso digital por e-mail na hora. É só mostrar o QR Code no celular na entrada, ou imprimir, se preferir. Seu crachá estará esperando no credenciamento.',
        },
        {
          question: 'Posso pedir reembolso ou transferir meu ingresso?',
          answer:
            'Você pode cancelar com reembolso integral em até 7 dias após a compra, desde que faltem pelo menos 48 horas para o evento. Depois disso, a transferência para outra pessoa é gratuita a qualquer momento: basta nos enviar o nome e o e-mail dela.',
        },
        {
          question: 'Tem meia-entrada?',
          answer:
            'Tem. Estudantes, professores, pessoas com deficiência e acompanhante, jovens de baixa renda e pessoas acima de 60 anos pagam meia, mediante documento na entrada. Também temos ingressos solidários para voluntários e projetos sociais.',
        },
        {
          question: 'O local é acessível?',
          answer:
            'É. O espaço não tem degraus, tem elevadores para todos os andares, banheiros acessíveis, lugares reservados perto do palco e sala de descanso. As palestras do palco principal têm intérprete de Libras. Conte para a gente se precisar de algo mais.',
        },
        {
          question: 'Onde fica o evento e como chego?',
          answer:
            'O endereço completo e o mapa estão na página de Contato. O local fica perto de estações de metrô e pontos de ônibus, e há estacionamentos pagos e bicicletário nas redondezas. Recomendamos o transporte público, porque as vagas acabam cedo.',
        },
        {
          question: 'A alimentação está inclusa?',
          answer:
            'Está. Todos os ingressos incluem café, lanches e almoço nos dias correspondentes, com opções vegetarianas, veganas e sem glúten. Avise sobre alergias na inscrição.',
        },
        {
          question: 'Posso levar crianças?',
          answer:
            'Crianças de até 12 anos entram de graça acompanhadas de um adulto com ingresso. A programação é voltada para adultos, mas a feira de criadores e as atividades da tarde são ótimas para famílias.',
        },
      ],
    },
    cta: {
      headings: ['Venha com a gente este ano', 'Os ingressos estão acabando', 'Garanta sua vaga hoje'],
      texts: [
        'O lote promocional é por tempo limitado. Garanta seu ingresso agora e comece a planejar seus dois dias.',
        'A última edição esgotou três semanas antes do evento. Não deixe para a última hora.',
        'Compre em dois minutos, pague com Pix ou cartão e receba o ingresso direto no celular.',
      ],
      actions: ['Garantir meu ingresso', 'Comprar agora', 'Reservar minha vaga'],
    },
    stats: [
      { value: '2 dias', label: 'de palestras, oficinas e música' },
      { value: '40+', label: 'palestrantes e anfitriões' },
      { value: '1.200', label: 'participantes esperados' },
      { value: '60', label: 'criadores e expositores' },
    ],
    team: [
      {
        name: 'Ana Ribeiro',
        role: 'Palestra de abertura · Empreendedora e autora',
        bio: 'Ana transformou uma pequena oficina de família numa marca querida no Brasil inteiro, sem perder a essência, e escreveu um livro contando como.',
      },
      {
        name: 'Rafael Almeida',
        role: 'Masterclass · Estrategista de produto',
        bio: 'Rafael já ajudou mais de cem pequenas equipes a tirar ideias do papel. A masterclass dele é sempre a primeira a esgotar.',
      },
      {
        name: 'Fernanda Gomes',
        role: 'Palestrante · Designer e ilustradora',
        bio: 'Fernanda cria para editoras independentes e festivais culturais e fala sobre criatividade com uma sinceridade e um humor raros.',
      },
      {
        name: 'Gabriel Souza',
        role: 'Mediador do painel · Articulador comunitário',
        bio: 'Gabriel passou dez anos reunindo vizinhos, comerciantes e poder público na mesma mesa, e deixa qualquer painel animado.',
      },
    ],
    pricing: {
      headings: ['Ingressos', 'Escolha seu ingresso', 'Garanta sua entrada'],
      intros: [
        'Todos os ingressos incluem as palestras, a feira de criadores, café e almoço nos dias correspondentes.',
        'Lote promocional por tempo limitado. Meia-entrada disponível conforme a lei, e descontos para grupos.',
        'Escolha o ingresso que combina com seus planos. Dá para fazer upgrade até o dia do evento.',
      ],
      tiers: [
        {
          name: 'Ingresso de um dia',
          price: '120.00',
          period: '',
          description: 'Um dia completo de programação, você escolhe qual.',
          features: ['Todas as palestras e painéis do dia', 'Acesso à feira de criadores', 'Café, lanches e almoço', 'Acesso ao aplicativo do evento'],
        },
        {
          name: 'Passaporte completo',
          price: '220.00',
          period: '',
          description: 'O mais escolhido: a experiência completa dos dois dias.',
          features: [
            'Todas as palestras e painéis dos dois dias',
            'Prioridade na inscrição das oficinas',
            'Café, lanches e almoço nos dois dias',
            'Festa de confraternização inclusa',
            'Gravações das palestras do palco principal',
          ],
        },
        {
          name: 'VIP',
          price: '450.00',
          period: '',
          description: 'A experiência completa, com os melhores lugares e alguns mimos.',
          features: [
            'Tudo do passaporte completo',
            'Lugar reservado na primeira fila',
            'Uma oficina ou masterclass inclusa',
            'Jantar com os palestrantes na primeira noite',
            'Kit de boas-vindas',
          ],
        },
      ],
    },
    blog: {
      headings: ['Notícias e novidades', 'Direto da organização', 'Notícias do evento'],
      intros: [
        'Anúncios da programação, novidades dos palestrantes e dicas práticas para os grandes dias.',
        'Tudo o que você precisa saber na reta final até o evento.',
        'Acompanhe a programação e planeje sua visita.',
      ],
      posts: [
        {
          title: 'Anunciamos os primeiros palestrantes',
          slug: 'anunciamos-os-primeiros-palestrantes',
          excerpt: 'Chegou a primeira leva de palestrantes, e a programação promete ser a mais empolgante até agora. Veja quem sobe ao palco com a gente.',
          paragraphs: [
            'Passamos meses ouvindo quem veio no ano passado, lendo centenas de sugestões e procurando pessoas cujo trabalho admiramos. Hoje temos a alegria de anunciar os primeiros nomes desta edição.',
            'A palestra de abertura fica com uma empreendedora que transformou uma pequena oficina de família numa marca querida no país inteiro, sem abrir mão do capricho nem da comunidade. É uma história sobre paciência e sobre a coragem de crescer devagar.',
            'Ao longo dos dois dias você também vai ouvir designers, articuladores comunitários, gente de tecnologia e donos de negócios locais. Como sempre, pedimos a cada palestrante a mesma coisa: sinceridade, ideias práticas e bastante tempo para as suas perguntas.',
            'Mais nomes, a agenda completa das oficinas e a programação da festa serão anunciados nas próximas semanas. Cadastre-se para receber as novidades em primeira mão.',
          ],
          subheading: 'O que tem de novo este ano',
          listItems: [
            'Um segundo palco só para palestras curtas e práticas.',
            'Mais oficinas, cada uma com no máximo 25 pessoas.',
            'Mesas de almoço organizadas por tema.',
            'Intérprete de Libras no palco principal.',
          ],
          quote: 'Queremos que cada participante saia com pelo menos uma ideia para usar na segunda de manhã.',
        },
        {
          title: 'Como aproveitar ao máximo o seu primeiro evento',
          slug: 'como-aproveitar-o-seu-primeiro-evento',
          excerpt: 'Vai sozinho ou é sua primeira vez? Estas dicas simples vão fazer você se sentir em casa desde o primeiro café.',
          paragraphs: [
            'Todo ano, cerca de um terço dos participantes vem pela primeira vez, e muita gente vem sozinha. Se esse é o seu caso, seja bem-vindo. Você está em ótima companhia, e pensamos os dois dias justamente para você.',
            'Comece planejando pouco. Escolha duas ou três sessões que não quer perder de jeito nenhum e deixe o resto em aberto. Alguns dos melhores momentos acontecem nos intervalos: uma conversa no corredor, um encontro por acaso na fila do café ou uma oficina em que você entra de última hora.',
            'As mesas de almoço por tema são o jeito mais fácil de conhecer pessoas. Cada mesa tem um assunto e um anfitrião cuja missão é apresentar todo mundo. É só escolher um tema de que você gosta e sentar.',
            'Por fim, cuide de você. Use um sapato confortável, leve uma garrafinha de água e aproveite a sala de descanso se precisar de uma pausa. Dois dias de ideias é muita coisa, e tudo bem ir no seu ritmo.',
          ],
          subheading: 'Nossas dicas para quem vem pela primeira vez',
          listItems: [
            'Baixe o aplicativo do evento e salve suas sessões favoritas.',
            'Chegue cedo no primeiro dia para fugir da fila do credenciamento.',
            'Participe de pelo menos uma mesa de almoço por tema.',
            'Leve um caderno, um sapato confortável e uma garrafinha de água.',
            'Puxe papo com alguém novo em cada intervalo.',
          ],
          quote: 'Ninguém aqui espera que você conheça alguém. É justamente por isso que as pessoas vêm.',
        },
        {
          title: 'Como chegar: transporte, estacionamento e hospedagem',
          slug: 'como-chegar-transporte-e-hospedagem',
          excerpt: 'Tudo o que você precisa para planejar sua ida ao evento, do transporte público às hospedagens parceiras perto do local.',
          paragraphs: [
            'O evento acontece num bairro animado, perto do transporte público e cercado de cafés, restaurantes e hospedagens. Veja como planejar sua ida para chegar tranquilo e na hora.',
            'O transporte público é a opção mais fácil. Metrô e ônibus param a menos de dez minutos a pé, e nossos voluntários de camiseta colorida vão estar nas principais paradas no primeiro dia para indicar o caminho.',
            'Se for de carro, há estacionamentos pagos por perto, mas as vagas acabam cedo. Vale combinar carona com outros participantes pelo aplicativo do evento. Também temos bicicletário seguro logo na entrada.',
            'Vem de outra cidade? Fechamos tarifas especiais com hotéis e pousadas parceiros a uma caminhada do local. Reserve cedo, porque os quartos costumam acabar nas semanas antes do evento.',
          ],
          subheading: 'Checklist rápido da viagem',
          listItems: [
            'Confira o endereço e o mapa na página de Contato.',
            'Planeje chegar 30 minutos antes da primeira sessão.',
            'Reserve cedo num hotel parceiro para garantir o desconto.',
            'Use o aplicativo do evento para combinar carona.',
          ],
          quote: 'A melhor chegada a um evento termina com um café na mão e um lugar perto do palco.',
        },
      ],
    },
    contact: {
      headings: ['Local e contato', 'Planeje sua visita', 'Fale com a organização'],
      intros: [
        'Dúvidas sobre ingressos, acessibilidade ou programação? Nossa equipe responde em até um dia útil.',
        'Quer palestrar, expor ou patrocinar? Mande uma mensagem curta contando sobre você e retornamos em breve.',
        'Veja abaixo o endereço do local, os horários e como chegar. Nos vemos lá.',
      ],
      hours: 'event',
    },
    gallery: {
      headings: ['Momentos da última edição', 'Galeria', 'Relembre'],
      captions: [
        'Casa cheia na palestra de abertura',
        'Oficina de contação de histórias a todo vapor',
        'A feira de criadores numa tarde de sol',
        'Mesas de almoço cheias de conversas novas',
        'Música ao vivo na festa de confraternização',
        'Palestrantes respondendo perguntas depois do painel',
        'Voluntários recebendo o público no primeiro dia',
        'Encerramento e entrega do prêmio da comunidade',
      ],
    },
    logos: {
      headings: ['Patrocinadores e parceiros', 'Realização e apoio', 'Obrigado aos nossos parceiros'],
      names: ['Banco Horizonte', 'Torrefação Grão Fino', 'Secretaria de Cultura', 'Gráfica Norte', 'Hotel Beira-Rio', 'Rádio Cidade'],
    },
  },

  es: {
    kind: 'event',
    language: 'es',
    names: [
      'Encuentro Horizontes',
      'Festival Terreno Común',
      'Fin de Semana Manos a la Obra',
      'Congreso Chispa',
      'Jornadas Buena Compañía',
      'El Gran Encuentro',
      'Semana Creativa de {city}',
    ],
    taglines: [
      'Dos días de ideas, personas y conversaciones que merecen el viaje.',
      'Charlas, talleres y una comunidad que se queda.',
      'Donde creadores, pensadores y emprendedores se encuentran una vez al año.',
      'El evento del que todo {city} va a hablar.',
    ],
    pages: { home: 'Inicio', about: 'El evento', services: 'Programa', contact: 'Contacto', blog: 'Noticias', pricing: 'Entradas' },
    hero: {
      eyebrows: ['Dos días · Más de 40 ponentes · Un espacio único', 'Entradas a la venta', 'Últimos días de precio anticipado'],
      headlines: [
        'Dos días que cambiarán tu forma de trabajar.',
        'Ven por las charlas. Quédate por la gente.',
        'El encuentro que te alegrarás de no haberte perdido.',
      ],
      subheadlines: [
        '{name} reúne a ponentes, creadores y gente curiosa durante dos días de charlas inspiradoras, talleres prácticos, buena comida y conversaciones que siguen mucho después de la última sesión.',
        'Aprende de personas que hacen un trabajo extraordinario, prueba algo nuevo en un taller y conoce a la comunidad que hace que este evento parezca un reencuentro.',
        'Ponencias, mesas redondas, talleres, un mercado de creadores y una fiesta por la noche. Una entrada, dos días inolvidables.',
        'En pleno corazón de {city}: dos días de charlas, talleres, música y buena compañía.',
      ],
      primaryActions: ['Consigue tu entrada', 'Comprar entradas', 'Reserva tu plaza'],
      secondaryActions: ['Ver el programa', 'Conoce a los ponentes', 'Planifica tu visita'],
    },
    about: {
      headings: ['Sobre el evento', 'Por qué existe {name}', 'Más que un evento'],
      paragraphs: [
        [
          '{name} empezó como un encuentro de tarde para sesenta personas en una sala prestada. Las charlas estaban bien, pero lo que todos recordaban era la conversación de después, que duró hasta que los del local, con mucha educación, apagaron las luces.',
          'Cada edición desde entonces se ha construido alrededor de esa sensación. Invitamos a ponentes que hablan con sinceridad, diseñamos talleres en los que haces cosas en lugar de solo escuchar y dejamos mucho tiempo para las conversaciones de pasillo, donde ocurre la verdadera magia.',
          'Hoy son dos días que reciben a más de mil personas, y todavía se siente como una sala llena de amigos que aún no conoces.',
        ],
        [
          'Creemos que los mejores eventos son generosos. Generosos con el conocimiento, con el tiempo para conectar y con la bienvenida a todo el mundo, sea tu primer evento o el decimoquinto.',
          'Por eso mantenemos precios justos, ofrecemos entradas reducidas para estudiantes y voluntarios, y trabajamos mucho para que cada rincón del espacio sea accesible y cómodo.',
        ],
        [
          'Durante dos días escucharás a fundadores, artistas, expertos y gente que transforma su barrio, participarás en talleres en grupos pequeños y recorrerás un mercado lleno de creadores independientes.',
          'Entre medias, hay buen café, comida local, rincones tranquilos para recargar pilas y una fiesta con música en directo.',
          'Te irás con ideas nuevas, habilidades nuevas y, sobre todo, gente nueva a la que llamar.',
        ],
      ],
      highlights: [
        'Más de 40 ponentes y anfitriones',
        'Talleres prácticos en grupos pequeños',
        'Espacio accesible para todos',
        'Comida local y café todo el día',
        'Fiesta con música en directo',
      ],
    },
    features: {
      headings: ['Por qué venir', 'Qué te espera', 'Dos días llenos de cosas buenas'],
      intros: [
        'Un programa cuidado, con espacio para respirar, aprender y conocer gente.',
        'Todo está pensado para que te vayas con inspiración y con buenos contactos.',
        'Esto es todo lo que incluye tu entrada.',
      ],
      items: [
        {
          icon: 'music',
          title: 'Charlas que inspiran',
          text: 'Ponencias breves y sinceras de personas que hacen un trabajo extraordinario, con tiempo para preguntas después de cada sesión.',
        },
        {
          icon: 'wrench',
          title: 'Talleres prácticos',
          text: 'Grupos pequeños, habilidades útiles y algo concreto que llevarte a casa al final de cada taller.',
        },
        {
          icon: 'users',
          title: 'Conexiones reales',
          text: 'Pausas largas, encuentros con anfitrión y un público amable hacen fácil conocer a las personas adecuadas.',
        },
        {
          icon: 'shopping-bag',
          title: 'Mercado de creadores',
          text: 'Decenas de creadores independientes y negocios locales mostrando y vendiendo su trabajo.',
        },
        { icon: 'utensils', title: 'Buena comida', text: 'Food trucks de la zona, buen café y opciones vegetarianas todo el día, incluidos en tu entrada.' },
        {
          icon: 'heart',
          title: 'Un evento para todos',
          text: 'Espacio sin escalones, sala tranquila, subtítulos en directo en el escenario principal y un código de conducta claro.',
        },
      ],
    },
    offers: {
      headings: ['Programa', 'El programa completo', 'Qué va a pasar'],
      intros: [
        'Dos días de charlas, talleres y celebración. Las actividades extra tienen plazas limitadas y puedes añadirlas a tu entrada.',
        'Organiza tus días: casi todas las sesiones están incluidas en cualquier entrada, y algunos talleres especiales se reservan aparte.',
        'El programa está lleno de buenas opciones. Elige tus favoritas y reserva pronto tu plaza en los talleres.',
      ],
      items: [
        {
          title: 'Ponencia inaugural: Construir lo que perdura',
          description: 'Abrimos el evento con una historia sobre paciencia, oficio y construir algo que importe a quienes te rodean.',
          price: '0',
          icon: 'star',
          category: 'Día 1',
        },
        {
          title: 'Mesa redonda: Equipos pequeños, grandes ideas',
          description: 'Cuatro fundadores cuentan cómo crecieron sin perder lo que los hacía especiales, con turno de preguntas al final.',
          price: '0',
          icon: 'users',
          category: 'Día 1',
        },
        {
          title: 'Taller: Contar historias para principiantes',
          description: 'Noventa minutos prácticos para convertir tu historia en una presentación breve y memorable. Plazas para 25 personas.',
          price: '25.00',
          icon: 'book',
          category: 'Día 1',
        },
        {
          title: 'Comida y mesas temáticas',
          description: 'Comida local y mesas por temas, cada una con un ponente como anfitrión, para que sea fácil unirte a la conversación.',
          price: '0',
          icon: 'utensils',
          category: 'Día 1',
        },
        {
          title: 'Fiesta de la primera noche',
          description: 'Música en directo, bebidas y algo de picar en la terraza del espacio. El mejor sitio para hacer amigos nuevos.',
          price: '20.00',
          icon: 'music',
          category: 'Día 1',
        },
        {
          title: 'Mañana de ideas rápidas',
          description: 'Seis charlas de diez minutos cada una, llenas de ideas prácticas que podrás usar el lunes.',
          price: '0',
          icon: 'sparkles',
          category: 'Día 2',
        },
        {
          title: 'Masterclass: De la idea al lanzamiento',
          description: 'Media jornada a fondo con uno de los ponentes principales, con comentarios personales sobre tu proyecto.',
          price: '45.00',
          icon: 'rocket',
          category: 'Día 2',
        },
        {
          title: 'Mercado de creadores',
          description: 'Creadores independientes, productores locales y estudios creativos mostrando y vendiendo su trabajo todo el día.',
          price: '0',
          icon: 'shopping-bag',
          category: 'Ambos días',
        },
        {
          title: 'Clausura y premios de la comunidad',
          description: 'Celebramos a las personas y proyectos que han marcado el año y adelantamos las primeras novedades de la próxima edición.',
          price: '0',
          icon: 'award',
          category: 'Día 2',
        },
        {
          title: 'Paseo guiado por la mañana',
          description: 'Un paseo temprano por el barrio con un guía local antes de abrir puertas. Café incluido.',
          price: '10.00',
          icon: 'map-pin',
          category: 'Día 2',
        },
      ],
    },
    testimonials: {
      headings: ['Lo que dicen quienes vinieron', 'Por qué la gente siempre vuelve', 'Oído en los pasillos'],
      items: [
        {
          quote: 'Fui por los ponentes y volví con una libreta llena de ideas y tres colaboraciones nuevas. Los mejores dos días de mi año.',
          name: 'Lucía Fernández',
          role: 'Asistente de la última edición',
        },
        {
          quote: 'Los talleres son la joya del evento. Grupos pequeños, comentarios de verdad y algo que usé a la semana siguiente.',
          name: 'Javier Morales',
          role: 'Dueño de un pequeño negocio',
        },
        { quote: 'Muy bien organizado, cálido y acogedor. Fui sola y no me sentí sola ni un minuto.', name: 'Elena Castro', role: 'Asistente por primera vez' },
        {
          quote: 'Como ponente he estado en muchos eventos. Este trata a su público con un cuidado que se nota en todo.',
          name: 'Andrés Molina',
          role: 'Ponente de la última edición',
        },
        {
          quote: 'Vendimos más en el mercado en dos días que en un mes de ventas online, y conocimos a gente maravillosa.',
          name: 'Sofía Herrera',
          role: 'Expositora, Cerámica Barro Vivo',
        },
        {
          quote: 'La accesibilidad estaba pensada de principio a fin: recorridos sin escalones, sala tranquila y subtítulos en el escenario.',
          name: 'Mateo Vidal',
          role: 'Asistente',
        },
      ],
    },
    faq: {
      headings: ['Preguntas frecuentes', 'Antes de venir', 'Conviene saber'],
      items: [
        {
          question: '¿Cómo recibo mi entrada?',
          answer:
            'Compra online y recibirás tu entrada digital por correo al momento. Enseña el código QR en el móvil en la entrada, o imprímelo si lo prefieres. Tu acreditación te estará esperando en el registro.',
        },
        {
          question: '¿Puedo pedir un reembolso o cambiar el nombre de mi entrada?',
          answer:
            'Puedes cancelar con reembolso completo hasta 30 días antes del evento. A partir de entonces, puedes ceder tu entrada a otra persona gratis en cualquier momento: solo tienes que enviarnos su nombre y su correo.',
        },
        {
          question: '¿El espacio es accesible?',
          answer:
            'Sí. El espacio no tiene escalones, tiene ascensores a todas las plantas, baños adaptados, asientos reservados cerca del escenario y una sala tranquila. Las charlas del escenario principal tienen subtítulos en directo. Cuéntanos cualquier otra necesidad y haremos lo posible por ayudarte.',
        },
        {
          question: '¿Dónde es y cómo llego?',
          answer:
            'Encontrarás la dirección completa y un mapa en la página de Contacto. El espacio está a pocos minutos a pie del transporte público, y hay aparcamientos de pago y aparcabicis cerca. Te recomendamos el transporte público, porque las plazas se llenan pronto.',
        },
        {
          question: '¿Está incluida la comida?',
          answer:
            'Sí. Todas las entradas incluyen café, tentempiés y comida los días que cubren, con opciones vegetarianas, veganas y sin gluten. Avísanos de cualquier alergia al inscribirte.',
        },
        {
          question: '¿Puedo venir con niños?',
          answer:
            'Los menores de 12 años entran gratis acompañados de un adulto con entrada. El programa está pensado para adultos, pero el mercado de creadores y las actividades de la tarde son perfectas para ir en familia.',
        },
        {
          question: '¿Hay descuentos para grupos o estudiantes?',
          answer:
            'Los grupos de cinco o más personas tienen un 15 % de descuento en la entrada completa. Estudiantes y voluntarios pueden solicitar un número limitado de entradas reducidas.',
        },
      ],
    },
    cta: {
      headings: ['Ven este año', 'Las entradas vuelan', 'Reserva tu plaza hoy'],
      texts: [
        'El precio anticipado es por tiempo limitado. Consigue tu entrada ahora y empieza a planificar tus dos días.',
        'La última edición agotó las entradas tres semanas antes. No lo dejes para el último momento.',
        'Compra tu entrada en dos minutos y recíbela directamente en el móvil.',
      ],
      actions: ['Consigue tu entrada', 'Comprar ahora', 'Reserva tu plaza'],
    },
    stats: [
      { value: '2 días', label: 'de charlas, talleres y música' },
      { value: '40+', label: 'ponentes y anfitriones' },
      { value: '1.200', label: 'asistentes previstos' },
      { value: '60', label: 'creadores y expositores' },
    ],
    team: [
      {
        name: 'Carmen Ruiz',
        role: 'Ponencia inaugural · Fundadora y autora',
        bio: 'Carmen convirtió un pequeño taller familiar en una marca querida en todo el país sin perder su esencia, y escribió un libro sobre cómo lo hizo.',
      },
      {
        name: 'Diego Navarro',
        role: 'Masterclass · Estratega de producto',
        bio: 'Diego ha ayudado a más de cien equipos pequeños a convertir ideas en productos lanzados. Su masterclass siempre es la primera en agotarse.',
      },
      {
        name: 'Marta Gil',
        role: 'Ponente · Diseñadora e ilustradora',
        bio: 'Marta diseña para editoriales independientes y festivales culturales, y habla de creatividad con una sinceridad y un humor poco comunes.',
      },
      {
        name: 'Raúl Domínguez',
        role: 'Moderador · Dinamizador comunitario',
        bio: 'Raúl lleva diez años sentando en la misma mesa a vecinos, comercios y ayuntamiento, y consigue que cualquier mesa redonda sea animada.',
      },
    ],
    pricing: {
      headings: ['Entradas', 'Elige tu entrada', 'Consigue tu entrada'],
      intros: [
        'Todas las entradas incluyen las charlas, el mercado de creadores, café y comida los días que cubren.',
        'Precio anticipado por tiempo limitado. Descuentos extra para estudiantes y grupos.',
        'Elige la entrada que encaja con tus planes. Puedes mejorarla en cualquier momento antes del evento.',
      ],
      tiers: [
        {
          name: 'Entrada de un día',
          price: '45.00',
          period: '',
          description: 'Un día completo de programa, el que tú elijas.',
          features: ['Todas las charlas y mesas redondas del día', 'Acceso al mercado de creadores', 'Café, tentempiés y comida', 'Acceso a la app del evento'],
        },
        {
          name: 'Entrada completa',
          price: '85.00',
          period: '',
          description: 'La más elegida: la experiencia completa de los dos días.',
          features: [
            'Todas las charlas y mesas redondas de ambos días',
            'Prioridad para reservar talleres',
            'Café, tentempiés y comida los dos días',
            'Fiesta de la primera noche incluida',
            'Grabaciones de las charlas principales',
          ],
        },
        {
          name: 'VIP',
          price: '160.00',
          period: '',
          description: 'La experiencia completa, con los mejores asientos y algunos extras.',
          features: [
            'Todo lo de la entrada completa',
            'Asiento reservado en primera fila',
            'Un taller o masterclass incluido',
            'Cena con los ponentes la primera noche',
            'Bolsa de bienvenida',
          ],
        },
      ],
    },
    blog: {
      headings: ['Noticias y novedades', 'Lo último de la organización', 'Noticias del evento'],
      intros: [
        'Anuncios del programa, novedades de los ponentes y consejos prácticos para los grandes días.',
        'Todo lo que necesitas saber en la cuenta atrás hacia el evento.',
        'Sigue el programa y planifica tu visita.',
      ],
      posts: [
        {
          title: 'Anunciamos los primeros ponentes',
          slug: 'anunciamos-los-primeros-ponentes',
          excerpt:
            'Ya está aquí la primera tanda de ponentes, y el programa promete ser el más emocionante hasta ahora. Te contamos quién subirá al escenario.',
          paragraphs: [
            'Hemos pasado meses escuchando a quienes vinieron el año pasado, leyendo cientos de sugerencias y buscando a personas cuyo trabajo admiramos. Hoy nos hace muchísima ilusión compartir los primeros nombres de esta edición.',
            'La ponencia inaugural será de una fundadora que convirtió un pequeño taller familiar en una marca querida en todo el país, sin renunciar al oficio ni a la comunidad. Es una historia sobre la paciencia y sobre el valor de crecer despacio.',
            'A lo largo de los dos días también escucharás a diseñadores, dinamizadores comunitarios, tecnólogos y dueños de negocios locales. Como siempre, a cada ponente le hemos pedido lo mismo: sinceridad, ideas prácticas y mucho tiempo para tus preguntas.',
            'En las próximas semanas anunciaremos más nombres, el calendario completo de talleres y el programa de la fiesta. Apúntate a nuestras novedades para enterarte antes que nadie.',
          ],
          subheading: 'Qué hay de nuevo este año',
          listItems: [
            'Un segundo escenario dedicado a charlas breves y prácticas.',
            'Más talleres, cada uno con un máximo de 25 personas.',
            'Mesas de comida organizadas por temas.',
            'Subtítulos en directo en el escenario principal.',
          ],
          quote: 'Queremos que cada asistente se vaya con al menos una idea que pueda usar el lunes por la mañana.',
        },
        {
          title: 'Cómo sacar el máximo partido a tu primer evento',
          slug: 'como-sacar-partido-a-tu-primer-evento',
          excerpt: '¿Vienes solo o es tu primera vez? Estos consejos sencillos harán que te sientas como en casa desde el primer café.',
          paragraphs: [
            'Cada año, alrededor de un tercio de los asistentes viene por primera vez, y muchos llegan solos. Si es tu caso, bienvenido. Estás en muy buena compañía, y hemos diseñado estos días pensando en ti.',
            'Empieza planificando poco. Elige dos o tres sesiones que no te quieras perder por nada y deja el resto abierto. Algunos de los mejores momentos ocurren en los huecos: una conversación de pasillo, un encuentro casual en la cola del café o un taller al que te apuntas sobre la marcha.',
            'Las mesas temáticas de la comida son la forma más fácil de conocer gente. Cada mesa tiene un tema y un anfitrión cuyo trabajo es presentar a todo el mundo. Solo tienes que elegir un tema que te interese y sentarte.',
            'Por último, cuídate. Ponte calzado cómodo, trae una botella de agua y usa la sala tranquila si necesitas un respiro. Dos días de ideas son muchos, y está bien ir a tu ritmo.',
          ],
          subheading: 'Nuestros consejos para quien viene por primera vez',
          listItems: [
            'Descarga la app del evento y guarda tus sesiones favoritas.',
            'Llega pronto el primer día para evitar la cola del registro.',
            'Apúntate al menos a una mesa temática en la comida.',
            'Trae una libreta, calzado cómodo y una botella de agua.',
            'Saluda a alguien nuevo en cada pausa.',
          ],
          quote: 'Aquí nadie espera que conozcas a nadie. Precisamente por eso viene la gente.',
        },
        {
          title: 'Cómo llegar: transporte, aparcamiento y alojamiento',
          slug: 'como-llegar-transporte-y-alojamiento',
          excerpt: 'Todo lo que necesitas para planificar tu llegada al evento, del transporte público a los alojamientos recomendados cerca del espacio.',
          paragraphs: [
            'El evento se celebra en un barrio animado, cerca del transporte público y rodeado de cafeterías, restaurantes y alojamientos. Así puedes planificar tu llegada para estar a tiempo y sin prisas.',
            'El transporte público es la opción más cómoda. Metro, tren y autobús paran a menos de diez minutos a pie, y el primer día nuestros voluntarios con camisetas de colores estarán en las paradas principales para indicarte el camino.',
            'Si vienes en coche, hay aparcamientos de pago cerca, pero se llenan pronto. Puedes compartir coche con otros asistentes a través de la app del evento. También hay aparcabicis vigilado justo en la entrada.',
            '¿Vienes de fuera? Hemos acordado tarifas especiales con varios hoteles colaboradores a un paseo del espacio. Reserva pronto, porque las habitaciones suelen agotarse en las semanas previas.',
          ],
          subheading: 'Lista rápida para el viaje',
          listItems: [
            'Consulta la dirección y el mapa en la página de Contacto.',
            'Calcula llegar 30 minutos antes de la primera sesión.',
            'Reserva pronto en un hotel colaborador para tener el descuento.',
            'Usa la app del evento para compartir coche.',
          ],
          quote: 'La mejor llegada a un evento termina con un café en la mano y un asiento cerca del escenario.',
        },
      ],
    },
    contact: {
      headings: ['Lugar y contacto', 'Planifica tu visita', 'Escríbenos'],
      intros: [
        '¿Dudas sobre entradas, accesibilidad o el programa? Nuestro equipo te responde en un día laborable.',
        '¿Te gustaría dar una charla, exponer o patrocinar? Escríbenos unas líneas sobre ti y te contactaremos.',
        'Aquí tienes la dirección del espacio, los horarios y cómo llegar. Nos vemos allí.',
      ],
      hours: 'event',
    },
    gallery: {
      headings: ['Momentos de la última edición', 'Galería', 'Echa la vista atrás'],
      captions: [
        'Lleno total en la ponencia inaugural',
        'El taller de contar historias en plena acción',
        'El mercado de creadores en una tarde de sol',
        'Mesas de comida llenas de conversaciones nuevas',
        'Música en directo en la fiesta de la primera noche',
        'Ponentes respondiendo preguntas tras la mesa redonda',
        'Voluntarios dando la bienvenida el primer día',
        'La clausura y los premios de la comunidad',
      ],
    },
    logos: {
      headings: ['Patrocinadores y colaboradores', 'Gracias a', 'Con el apoyo de'],
      names: ['Banco Horizonte', 'Tostadores Grano Fino', 'Área de Cultura Municipal', 'Imprenta Norte', 'Hotel Ribera', 'Radio Ciudad'],
    },
  },
};
