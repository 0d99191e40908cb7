// Copy banks for nonprofits: NGOs, associations, charities and community projects, with their
// mission, programs, impact and the ways to donate or volunteer.
import type { KindBanks } from '@/lib/sites/templates/copy-bank';

export const nonprofitBanks: KindBanks = {
  en: {
    kind: 'nonprofit',
    language: 'en',
    names: [
      'Common Table Project',
      'Bright Futures Alliance',
      'Open Hands Foundation',
      'Neighbors Together',
      'Harbor Light Community',
      'Rooted Community Trust',
      '{city} Cares',
    ],
    taglines: [
      'Neighbors helping neighbors, every single day.',
      'Real help, close to home.',
      'Building a community where no one is left behind.',
      'Standing with families across {city} since day one.',
    ],
    pages: { home: 'Home', about: 'About us', services: 'Programs', contact: 'Contact', blog: 'News', pricing: 'Donate' },
    hero: {
      eyebrows: ['Community-powered nonprofit', 'Every gift makes a difference', 'Join 340 volunteers'],
      headlines: [
        'Together, we make sure no neighbor goes without.',
        'Small acts of kindness, multiplied by a whole community.',
        'Your support turns hard days into hopeful ones.',
      ],
      subheadlines: [
        "{name} brings people together to share meals, support children's learning and help families through difficult moments. Every donation and every volunteer hour goes straight into our community.",
        'We are a local nonprofit run by staff and volunteers who believe that the people closest to a problem are the ones best placed to solve it.',
        'From warm meals to homework help and emergency support, our programs reach hundreds of families every month. You can help us reach even more.',
        'Rooted in {city}, we work hand in hand with local families, schools and businesses.',
      ],
      primaryActions: ['Donate now', 'Give monthly', 'Make a donation'],
      secondaryActions: ['Volunteer with us', 'See our impact', 'Explore our programs'],
    },
    about: {
      headings: ['Who we are', 'Our story', 'Our mission'],
      paragraphs: [
        [
          '{name} began around a kitchen table, when a group of neighbors noticed that too many families on their street were quietly struggling. They started by cooking a weekly meal and sharing it with anyone who came. Forty people showed up the first night.',
          'That meal became a community. Today we run programs that feed families, support children after school and help people through emergencies, powered by a small dedicated team and hundreds of volunteers.',
          'We have grown, but our approach has not changed: listen first, treat everyone with dignity and make sure every resource goes where it is needed most.',
        ],
        [
          'Our mission is simple: to make sure everyone in our community has what they need to live with dignity, security and hope.',
          'We do this by working directly with the people we serve, partnering with local schools, businesses and public services, and measuring our results honestly, so donors always know the difference their gift makes.',
        ],
        [
          'We believe in neighbors, not charity cases. Many of our volunteers were once supported by our programs, and many of the families we help today will be helping others tomorrow.',
          "That cycle of giving is what makes this work sustainable. It is also what makes it joyful: a shared meal, a child's grades improving, a family back on its feet.",
          'We are independent, transparent and proudly local. Our accounts are audited every year, and our annual report is open to everyone.',
        ],
      ],
      highlights: [
        '87% of every donation goes to programs',
        'Audited accounts, published yearly',
        'Run with 340 local volunteers',
        'Serving families for over 10 years',
        'Donations are tax-deductible',
      ],
    },
    features: {
      headings: ['How we make a difference', 'Our approach', 'Why your support matters'],
      intros: [
        'Practical, local help that reaches people quickly and treats everyone with respect.',
        'We focus on what works and share our results openly.',
        'Every program is shaped by the people it serves.',
      ],
      items: [
        {
          icon: 'heart',
          title: 'Dignity first',
          text: 'Everyone who walks through our door is welcomed as a neighbor, without judgment and without endless forms.',
        },
        { icon: 'map-pin', title: 'Truly local', text: 'We work where we live, so help arrives quickly and stays close to the people who need it.' },
        { icon: 'chart', title: 'Measured impact', text: 'We track what every program achieves and publish the results, good news and lessons alike.' },
        { icon: 'shield', title: 'Full transparency', text: 'Independently audited accounts and a clear breakdown of where every donation goes.' },
        { icon: 'users', title: 'Powered by volunteers', text: 'Hundreds of neighbors give their time each month, multiplying the value of every donation.' },
        { icon: 'leaf', title: 'Lasting change', text: 'Beyond emergency help, we invest in education, skills and connections that change lives for good.' },
      ],
    },
    offers: {
      headings: ['Our programs', 'What your gift makes possible', 'Ways to help'],
      intros: [
        'Choose a program to support or give where the need is greatest. Suggested amounts show what your gift can do.',
        'Every program is run with volunteers and local partners, so your donation goes further.',
        'Give, volunteer or partner with us. Every kind of help counts.',
      ],
      items: [
        {
          title: 'Community meals',
          description: 'Warm, healthy meals served in our community kitchen five days a week. Your gift helps provide ten meals at a time.',
          price: '25.00',
          icon: 'utensils',
          category: 'Programs',
        },
        {
          title: 'After-school support',
          description: 'Homework help, reading clubs and a healthy snack for children after school, all year round.',
          price: '40.00',
          icon: 'book',
          category: 'Programs',
        },
        {
          title: 'Family emergency fund',
          description: 'Fast help with rent, utilities or urgent needs for families facing a sudden crisis.',
          price: '100.00',
          icon: 'home',
          category: 'Programs',
        },
        {
          title: 'Skills and jobs workshops',
          description: 'Workshops on CVs, interviews and digital skills, plus one-to-one mentoring for job seekers.',
          price: '60.00',
          icon: 'award',
          category: 'Programs',
        },
        {
          title: 'Winter care packages',
          description: 'Blankets, warm clothing and hygiene essentials for families and people living alone.',
          price: '35.00',
          icon: 'gift',
          category: 'Programs',
        },
        {
          title: 'Community garden',
          description: 'A shared green space where neighbors grow fresh vegetables and children learn where food comes from.',
          price: '20.00',
          icon: 'leaf',
          category: 'Programs',
        },
        {
          title: 'Where the need is greatest',
          description: 'A flexible gift lets us respond quickly to whatever our community needs most right now.',
          price: '50.00',
          icon: 'heart',
          category: 'Ways to help',
        },
        {
          title: 'Volunteer your time',
          description: 'Cook, tutor, drive, sort donations or lend your professional skills. Training is provided.',
          price: '0',
          icon: 'users',
          category: 'Ways to help',
        },
        {
          title: 'Donate goods',
          description: 'Non-perishable food, school supplies and warm clothing are always welcome at our drop-off point.',
          price: '0',
          icon: 'shopping-bag',
          category: 'Ways to help',
        },
        {
          title: 'Partner as a business',
          description: 'Sponsor a program, match employee donations or bring your team for a volunteering day.',
          price: '500.00',
          icon: 'star',
          category: 'Ways to help',
        },
      ],
    },
    testimonials: {
      headings: ['Stories from our community', 'In their own words', 'Why people give and volunteer'],
      items: [
        {
          quote:
            'When I lost my job, I did not know where to turn. The team helped us with groceries and rent, and the workshops helped me find new work within three months.',
          name: 'Maria Lopez',
          role: 'Program participant',
        },
        {
          quote: 'My son used to dread homework. Now he runs to the after-school club and his reading has improved more than I ever hoped.',
          name: 'Angela Brooks',
          role: 'Parent',
        },
        {
          quote: 'I volunteer every Tuesday in the kitchen. I came to help others and ended up finding a second family.',
          name: 'Tom Richardson',
          role: 'Volunteer for four years',
        },
        {
          quote: 'I give monthly because I can see exactly what my donation does. The updates are honest and the impact is real.',
          name: 'Rachel Moore',
          role: 'Monthly donor',
        },
        {
          quote: "As a local business, partnering with them was an easy choice. Our team's volunteering days are the highlight of our year.",
          name: 'Daniel Kim',
          role: 'Owner, Greenfield Market',
        },
        {
          quote: 'They treat everyone with such respect. You never feel like a number here, you feel like a neighbor.',
          name: 'Grace Williams',
          role: 'Community member',
        },
      ],
    },
    faq: {
      headings: ['Frequently asked questions', 'Questions about giving and volunteering', 'Good to know'],
      items: [
        {
          question: 'Is my donation tax-deductible?',
          answer:
            'Yes. {name} is a registered nonprofit, and donations are tax-deductible to the extent allowed by law. You will receive an email receipt for every gift and a yearly summary each January for your tax return.',
        },
        {
          question: 'How much of my donation goes to programs?',
          answer:
            '87% of every donation goes directly to our programs. The rest covers essential costs like accounting, insurance and fundraising. Our audited accounts are published every year in our annual report.',
        },
        {
          question: 'Can I choose which program my gift supports?',
          answer:
            "Yes. You can choose a specific program when you donate. Gifts to 'where the need is greatest' are especially valuable, because they let us respond quickly to urgent needs.",
        },
        {
          question: 'How can I become a volunteer?',
          answer:
            'Fill in the short form on our Contact page and we will invite you to a one-hour welcome session. Volunteers can help once a week, once a month or just for special events. No experience needed; we provide all the training.',
        },
        {
          question: 'Can I change or cancel my monthly donation?',
          answer: 'Of course. You can change the amount, pause or cancel at any time by emailing us or using the link in your receipt. No questions asked.',
        },
        {
          question: 'Do you accept donations of food or clothing?',
          answer:
            'Yes. Non-perishable food, school supplies, warm clothing and hygiene products are always welcome. Check the Contact page for drop-off times, and please make sure items are clean and in good condition.',
        },
        {
          question: 'Can my company get involved?',
          answer:
            'We would love that. Businesses can sponsor a program, match employee donations, donate products or bring their team for a volunteering day. Get in touch and we will design a partnership that fits.',
        },
      ],
    },
    cta: {
      headings: ['Be part of the change', 'Your gift makes a difference today', 'Join our community of givers'],
      texts: [
        'A monthly gift of any size gives families steady support all year long. It takes two minutes to set up.',
        'Whether you give, volunteer or spread the word, you help a neighbor facing a hard time.',
        'Every meal served and every child supported starts with someone like you deciding to help.',
      ],
      actions: ['Donate now', 'Become a monthly donor', 'Give today'],
    },
    stats: [
      { value: '12,500', label: 'meals served last year' },
      { value: '180', label: 'children in after-school support' },
      { value: '340', label: 'active volunteers' },
      { value: '87%', label: 'of donations go directly to programs' },
    ],
    team: [
      {
        name: 'Patricia Hayes',
        role: 'Executive director',
        bio: 'Patricia has led {name} for eight years. A former teacher, she believes every family deserves a fair start and a friendly face.',
      },
      {
        name: 'James Okafor',
        role: 'Programs coordinator',
        bio: 'James oversees our meals, after-school and emergency programs, and knows most of the families we serve by name.',
      },
      {
        name: 'Linda Torres',
        role: 'Volunteer coordinator',
        bio: 'Linda welcomes, trains and thanks our 340 volunteers, and always finds the right role for every new helper.',
      },
      {
        name: 'Kevin Walsh',
        role: 'Partnerships and fundraising',
        bio: 'Kevin works with donors and local businesses to turn generosity into lasting programs, and writes our monthly updates.',
      },
    ],
    pricing: {
      headings: ['Give monthly', 'Become a monthly donor', 'Choose your monthly gift'],
      intros: [
        'Monthly gifts give us the steady support we need to plan ahead and reach more families.',
        'Choose a level that feels right for you. You can change or cancel at any time.',
        'Every monthly donor receives updates, stories and our annual impact report.',
      ],
      tiers: [
        {
          name: 'Friend',
          price: '15.00',
          period: '/month',
          description: 'Provides six warm meals every month.',
          features: ['Monthly impact updates', 'Annual report by email', 'Tax receipt for every gift'],
        },
        {
          name: 'Champion',
          price: '35.00',
          period: '/month',
          description: 'Our most popular level: supports a child in our after-school program.',
          features: ['Everything in Friend', 'Stories from the program you support', 'Invitation to our annual open day', 'Yearly giving summary for taxes'],
        },
        {
          name: 'Guardian',
          price: '75.00',
          period: '/month',
          description: 'Helps a family through an emergency each season.',
          features: ['Everything in Champion', 'A personal thank-you from the team', 'Behind-the-scenes visit to our programs', 'Your name on our donor wall'],
        },
      ],
    },
    blog: {
      headings: ['News and stories', 'Latest from our community', 'Updates and impact'],
      intros: [
        'Stories from the people we serve, news from our programs and updates on the impact of your support.',
        'See what your donations and volunteer hours have made possible.',
        'Follow our work, celebrate our community and find new ways to get involved.',
      ],
      posts: [
        {
          title: 'Our year in numbers: what your support made possible',
          slug: 'our-year-in-numbers',
          excerpt: 'More meals, more children supported and more families back on their feet. Here is what our community achieved together this year.',
          paragraphs: [
            'Every year we pause to count what we have done together, not because the numbers tell the whole story, but because you deserve to know exactly what your generosity achieves.',
            'This year our kitchen served 12,500 warm meals, our after-school clubs supported 180 children and our emergency fund helped 96 families keep their homes and their lights on during difficult months.',
            'Behind every number is a person: a grandmother who no longer eats alone, a boy who read his first full book, a young mother who found a new job after our workshops. Those stories are the real measure of this work.',
            'None of it would have been possible without 340 volunteers, dozens of local partners and more than a thousand donors. Thank you. Next year, we want to reach even more families, and we hope you will be with us.',
          ],
          subheading: 'Highlights of the year',
          listItems: [
            '12,500 meals served in our community kitchen.',
            '180 children supported after school, with 82% improving their grades.',
            '96 families helped through emergencies.',
            '41 people found work after our skills workshops.',
            '18,000 volunteer hours given by our community.',
          ],
          quote: 'Numbers tell us how far we have come. The people behind them remind us why we keep going.',
        },
        {
          title: 'A day in the life of a volunteer',
          slug: 'a-day-in-the-life-of-a-volunteer',
          excerpt: 'What does volunteering with us actually look like? We spent a Tuesday with one of our longest-serving volunteers to find out.',
          paragraphs: [
            "Tom arrives at our kitchen at nine every Tuesday morning, puts on his apron and checks the whiteboard for the day's menu. He has done this for four years, and he says it is still the best part of his week.",
            'The morning is busy: chopping vegetables with three other volunteers, setting tables and chatting with the regulars who come early for coffee. By noon, the room is full, loud and warm.',
            'After lunch, Tom helps sort donated food for our family packages, then heads to the after-school club to help with reading. Some of the children call him Grandpa Tom, and he does not mind at all.',
            'Volunteering does not need to take a whole day. Some of our volunteers give two hours a month, others help only at special events. Every hour makes a real difference, and we will always find a role that fits your time and your skills.',
          ],
          subheading: 'Ways you can volunteer',
          listItems: [
            'Cooking and serving in the community kitchen.',
            'Reading and homework help with children after school.',
            'Sorting donations and packing family boxes.',
            'Driving deliveries to people who cannot travel.',
            'Sharing professional skills like accounting, design or IT.',
          ],
          quote: 'I came to give a few hours a week. What I got back was a community.',
        },
        {
          title: 'Where your donation goes',
          slug: 'where-your-donation-goes',
          excerpt: 'We believe donors deserve complete transparency. Here is a simple breakdown of how every gift is used.',
          paragraphs: [
            'One of the questions we hear most often is a fair one: how much of my donation actually reaches people in need? The short answer is 87% of every gift. The longer answer is worth explaining.',
            "The largest share goes directly to our programs: ingredients for meals, materials for children's clubs, emergency grants for families and the staff who coordinate it all. Because volunteers do so much of the work, every gift stretches further.",
            "The remaining 13% covers the essential costs that keep an organization safe and accountable: insurance, accounting, an annual independent audit and the fundraising that brings in next year's support.",
            'Our full accounts are published every year in our annual report, and we are always happy to answer questions. If you ever want to see our work in person, come and visit. The door is always open.',
          ],
          subheading: 'How every gift is spent',
          listItems: ['87% funds programs and direct support.', '8% covers administration, insurance and audits.', '5% goes to fundraising and donor care.'],
          quote: 'Trust is built in the open. That is why we show you exactly how your gift is used.',
        },
      ],
    },
    contact: {
      headings: ['Get in touch', 'Visit us or send a message', 'We would love to hear from you'],
      intros: [
        'Questions about donating, volunteering or our programs? Send us a message and we will reply within two business days.',
        'Need support? Come by during opening hours or call us. Everyone is welcome, no appointment needed.',
        'Want to partner with us or organize a donation drive? Tell us a little about your idea and we will be in touch.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Our community in action', 'Moments that matter', 'Gallery'],
      captions: [
        'Volunteers serving lunch in the community kitchen',
        'Reading club at the after-school program',
        'Harvest day in the community garden',
        'Packing winter care packages with local students',
        'A job skills workshop in progress',
        'Neighbors sharing a meal at our annual open day',
        'Sorting donated school supplies before the new term',
        'Our volunteers at the end-of-year celebration',
      ],
    },
    logos: {
      headings: ['Our partners and supporters', 'With the support of', 'Proud to work with'],
      names: [
        'Riverside Community Foundation',
        'Greenfield Market',
        'Harborline Bank',
        'Northside Schools Network',
        'Community Health Network',
        'The Daily Courier',
      ],
    },
  },

  'pt-BR': {
    kind: 'nonprofit',
    language: 'pt-BR',
    names: [
      'Instituto Mesa Comum',
      'Associação Mãos Dadas',
      'Projeto Semear',
      'Rede Vizinhança Solidária',
      'Casa da Esperança',
      'Instituto Raízes',
      '{city} Solidária',
    ],
    taglines: [
      'Vizinhos cuidando de vizinhos, todos os dias.',
      'Ajuda de verdade, perto de você.',
      'Construindo uma comunidade onde ninguém fica para trás.',
      'Ao lado das famílias de {city} desde o primeiro dia.',
    ],
    pages: { home: 'Início', about: 'Quem somos', services: 'Projetos', contact: 'Contato', blog: 'Notícias', pricing: 'Doe' },
    hero: {
      eyebrows: ['Organização sem fins lucrativos', 'Toda doação faz diferença', 'Junte-se a 340 voluntários'],
      headlines: [
        'Juntos, garantimos que nenhum vizinho fique sem o básico.',
        'Pequenos gestos de carinho, multiplicados por uma comunidade inteira.',
        'Seu apoio transforma dias difíceis em dias de esperança.',
      ],
      subheadlines: [
        'O {name} une pessoas para partilhar refeições, apoiar o aprendizado das crianças e ajudar famílias em momentos difíceis. Cada doação e cada hora de voluntariado vão direto para a nossa comunidade.',
        'Somos uma organização local tocada por uma equipe e por voluntários que acreditam que quem está mais perto do problema é quem sabe melhor como resolvê-lo.',
        'De refeições quentinhas a reforço escolar e apoio emergencial, nossos projetos chegam a centenas de famílias todo mês. Você pode nos ajudar a chegar ainda mais longe.',
        'Com raízes em {city}, trabalhamos lado a lado com famílias, escolas e comércios da região.',
      ],
      primaryActions: ['Doe agora', 'Doar todo mês', 'Fazer uma doação'],
      secondaryActions: ['Seja voluntário', 'Veja nosso impacto', 'Conheça os projetos'],
    },
    about: {
      headings: ['Quem somos', 'Nossa história', 'Nossa missão'],
      paragraphs: [
        [
          'O {name} nasceu em volta de uma mesa de cozinha, quando um grupo de vizinhos percebeu que muitas famílias da rua estavam passando aperto em silêncio. Começaram cozinhando uma refeição por semana e dividindo com quem aparecesse. Na primeira noite, vieram quarenta pessoas.',
          'Aquela refeição virou comunidade. Hoje mantemos projetos que alimentam famílias, acompanham crianças no contraturno escolar e ajudam pessoas em emergências, com uma equipe pequena e dedicada e centenas de voluntários.',
          'Crescemos, mas o jeito de trabalhar continua o mesmo: ouvir primeiro, tratar todo mundo com dignidade e garantir que cada recurso chegue onde mais faz falta.',
        ],
        [
          'Nossa missão é simples: garantir que todas as pessoas da nossa comunidade tenham o que precisam para viver com dignidade, segurança e esperança.',
          'Fazemos isso trabalhando direto com quem atendemos, em parceria com escolas, comércios e serviços públicos do bairro, e medindo nossos resultados com honestidade, para que cada doador saiba a diferença que sua doação faz.',
        ],
        [
          'Acreditamos em vizinhos, não em assistencialismo. Muitos dos nossos voluntários já foram atendidos pelos nossos projetos, e muitas das famílias que ajudamos hoje vão ajudar outras amanhã.',
          'Esse ciclo de solidariedade é o que torna o trabalho sustentável. E é também o que o torna alegre: uma refeição partilhada, as notas de uma criança melhorando, uma família se reerguendo.',
          'Somos independentes, transparentes e com muito orgulho do nosso bairro. Nossas contas passam por auditoria todo ano, e o relatório anual está aberto para todos.',
        ],
      ],
      highlights: [
        '87% das doações vão para os projetos',
        'Contas auditadas e publicadas',
        '340 voluntários da comunidade',
        'Mais de 10 anos ao lado das famílias',
        'Recibo para todas as doações',
      ],
    },
    features: {
      headings: ['Como fazemos a diferença', 'Nosso jeito de trabalhar', 'Por que seu apoio importa'],
      intros: [
        'Ajuda prática e local, que chega rápido e trata todo mundo com respeito.',
        'Focamos no que funciona e compartilhamos nossos resultados abertamente.',
        'Cada projeto é construído junto com as pessoas que ele atende.',
      ],
      items: [
        { icon: 'heart', title: 'Dignidade em primeiro lugar', text: 'Todo mundo que chega é recebido como vizinho, sem julgamento e sem burocracia sem fim.' },
        { icon: 'map-pin', title: 'Trabalho local', text: 'Atuamos onde vivemos, então a ajuda chega rápido e fica perto de quem precisa.' },
        { icon: 'chart', title: 'Impacto medido', text: 'Acompanhamos os resultados de cada projeto e publicamos tudo, as boas notícias e os aprendizados.' },
        { icon: 'shield', title: 'Transparência total', text: 'Contas auditadas por empresa independente e um relatório claro de onde vai cada doação.' },
        { icon: 'users', title: 'Movido a voluntários', text: 'Centenas de vizinhos doam seu tempo todo mês e multiplicam o valor de cada doação.' },
        {
          icon: 'leaf',
          title: 'Mudança que fica',
          text: 'Além da ajuda emergencial, investimos em educação, capacitação e vínculos que transformam vidas de verdade.',
        },
      ],
    },
    offers: {
      headings: ['Nossos projetos', 'O que sua doação torna possível', 'Formas de ajudar'],
      intros: [
        'Escolha um projeto para apoiar ou doe para onde a necessidade for maior. Os valores sugeridos mostram o que sua doação consegue fazer.',
        'Todos os projetos contam com voluntários e parceiros locais, então sua doação rende mais.',
        'Doe, seja voluntário ou seja parceiro. Toda forma de ajuda conta.',
      ],
      items: [
        {
          title: 'Cozinha comunitária',
          description: 'Refeições quentinhas e nutritivas servidas cinco dias por semana. Sua doação ajuda a garantir dez refeições de cada vez.',
          price: '50.00',
          icon: 'utensils',
          category: 'Projetos',
        },
        {
          title: 'Reforço escolar',
          description: 'Ajuda com a lição de casa, clube de leitura e lanche saudável no contraturno, o ano todo.',
          price: '80.00',
          icon: 'book',
          category: 'Projetos',
        },
        {
          title: 'Fundo de emergência familiar',
          description: 'Ajuda rápida com aluguel, contas de luz e água ou necessidades urgentes para famílias em crise.',
          price: '200.00',
          icon: 'home',
          category: 'Projetos',
        },
        {
          title: 'Oficinas de trabalho e renda',
          description: 'Oficinas de currículo, entrevista e informática, com mentoria individual para quem busca emprego.',
          price: '120.00',
          icon: 'award',
          category: 'Projetos',
        },
        {
          title: 'Cestas básicas',
          description: 'Cestas com alimentos e itens de higiene para famílias em situação de insegurança alimentar.',
          price: '150.00',
          icon: 'gift',
          category: 'Projetos',
        },
        {
          title: 'Horta comunitária',
          description: 'Um espaço verde compartilhado onde vizinhos plantam alimentos frescos e as crianças aprendem de onde vem a comida.',
          price: '40.00',
          icon: 'leaf',
          category: 'Projetos',
        },
        {
          title: 'Onde mais precisar',
          description: 'Uma doação livre nos permite responder rápido ao que a comunidade mais precisa neste momento.',
          price: '100.00',
          icon: 'heart',
          category: 'Formas de ajudar',
        },
        {
          title: 'Seja voluntário',
          description: 'Cozinhe, dê aulas de reforço, dirija, organize doações ou ofereça seu conhecimento profissional. Nós treinamos você.',
          price: '0',
          icon: 'users',
          category: 'Formas de ajudar',
        },
        {
          title: 'Doe alimentos e roupas',
          description: 'Alimentos não perecíveis, material escolar e agasalhos são sempre bem-vindos no nosso ponto de coleta.',
          price: '0',
          icon: 'shopping-bag',
          category: 'Formas de ajudar',
        },
        {
          title: 'Empresa parceira',
          description: 'Patrocine um projeto, dobre as doações dos seus funcionários ou traga sua equipe para um dia de voluntariado.',
          price: '1000.00',
          icon: 'star',
          category: 'Formas de ajudar',
        },
      ],
    },
    testimonials: {
      headings: ['Histórias da nossa comunidade', 'Nas palavras de quem vive', 'Por que as pessoas doam e se voluntariam'],
      items: [
        {
          quote:
            'Quando perdi o emprego, eu não sabia a quem recorrer. A equipe ajudou a gente com cesta básica e aluguel, e as oficinas me ajudaram a arrumar trabalho em três meses.',
          name: 'Cláudia Ferreira',
          role: 'Participante dos projetos',
        },
        {
          quote: 'Meu filho detestava fazer lição. Hoje ele vai correndo para o reforço, e a leitura dele melhorou mais do que eu imaginava.',
          name: 'Patrícia Souza',
          role: 'Mãe de aluno',
        },
        {
          quote: 'Sou voluntário toda terça na cozinha. Vim para ajudar e acabei encontrando uma segunda família.',
          name: 'Antônio Barbosa',
          role: 'Voluntário há quatro anos',
        },
        {
          quote: 'Doo todo mês porque vejo exatamente o que minha doação faz. As notícias são sinceras e o impacto é real.',
          name: 'Juliana Martins',
          role: 'Doadora mensal',
        },
        {
          quote: 'Como comércio do bairro, ser parceiro foi uma escolha fácil. Os dias de voluntariado da equipe são o ponto alto do nosso ano.',
          name: 'Rafael Almeida',
          role: 'Dono, Mercadinho Bom Preço',
        },
        { quote: 'Eles tratam todo mundo com muito respeito. Aqui a gente não é número, é vizinho.', name: 'Dona Célia Moraes', role: 'Moradora do bairro' },
      ],
    },
    faq: {
      headings: ['Perguntas frequentes', 'Dúvidas sobre doações e voluntariado', 'Bom saber'],
      items: [
        {
          question: 'Como posso doar?',
          answer:
            'Você pode doar pelo site com cartão de crédito, por Pix ou por boleto. A doação mensal pode ser feita no cartão ou no débito automático. Todas as formas são seguras e você recebe a confirmação por e-mail.',
        },
        {
          question: 'Minha doação pode ser deduzida do Imposto de Renda?',
          answer:
            'Emitimos recibo de todas as doações. Para pessoas físicas, a dedução no Imposto de Renda vale apenas para doações a fundos e projetos incentivados específicos. Empresas tributadas pelo lucro real podem deduzir doações a entidades qualificadas, dentro dos limites da lei. Se precisar, enviamos nossa documentação para o seu contador.',
        },
        {
          question: 'Quanto da minha doação vai para os projetos?',
          answer:
            '87% de cada doação vão direto para os projetos. O restante cobre custos essenciais como contabilidade, seguros e captação de recursos. Nossas contas auditadas são publicadas todo ano no relatório anual.',
        },
        {
          question: 'Como faço para ser voluntário?',
          answer:
            'Preencha o formulário curto na página de Contato e convidamos você para um encontro de boas-vindas de uma hora. Dá para ajudar uma vez por semana, uma vez por mês ou só em ações especiais. Não precisa de experiência: nós treinamos.',
        },
        {
          question: 'Posso mudar ou cancelar minha doação mensal?',
          answer: 'Claro. Você pode mudar o valor, pausar ou cancelar quando quiser, por e-mail ou pelo link que vem no recibo. Sem perguntas.',
        },
        {
          question: 'Vocês aceitam doação de alimentos e roupas?',
          answer:
            'Aceitamos. Alimentos não perecíveis, material escolar, agasalhos e produtos de higiene são sempre bem-vindos. Confira os horários do ponto de coleta na página de Contato e, por favor, doe itens limpos e em bom estado.',
        },
        {
          question: 'Minha empresa pode participar?',
          answer:
            'Vamos adorar. Empresas podem patrocinar um projeto, dobrar as doações dos funcionários, doar produtos ou trazer a equipe para um dia de voluntariado. Fale com a gente e montamos uma parceria sob medida.',
        },
      ],
    },
    cta: {
      headings: ['Faça parte dessa mudança', 'Sua doação faz diferença hoje', 'Junte-se à nossa rede de doadores'],
      texts: [
        'Uma doação mensal de qualquer valor garante apoio constante às famílias o ano todo. Leva dois minutos.',
        'Doando, sendo voluntário ou espalhando a notícia, você ajuda um vizinho que está passando por um momento difícil.',
        'Cada refeição servida e cada criança acompanhada começam com alguém como você decidindo ajudar.',
      ],
      actions: ['Doe agora', 'Quero doar todo mês', 'Quero ajudar'],
    },
    stats: [
      { value: '12.500', label: 'refeições servidas no último ano' },
      { value: '180', label: 'crianças no reforço escolar' },
      { value: '340', label: 'voluntários ativos' },
      { value: '87%', label: 'das doações vão direto para os projetos' },
    ],
    team: [
      {
        name: 'Regina Alves',
        role: 'Diretora executiva',
        bio: 'Regina lidera o {name} há oito anos. Ex-professora, acredita que toda família merece uma chance justa e um rosto amigo.',
      },
      {
        name: 'Marcos Vieira',
        role: 'Coordenador de projetos',
        bio: 'Marcos cuida da cozinha comunitária, do reforço escolar e do fundo de emergência, e conhece pelo nome boa parte das famílias atendidas.',
      },
      {
        name: 'Sandra Lopes',
        role: 'Coordenadora de voluntariado',
        bio: 'Sandra recebe, treina e agradece nossos 340 voluntários, e sempre encontra a função certa para cada pessoa que chega.',
      },
      {
        name: 'Felipe Castro',
        role: 'Parcerias e captação',
        bio: 'Felipe trabalha com doadores e empresas da região para transformar generosidade em projetos duradouros, e escreve nossas notícias mensais.',
      },
    ],
    pricing: {
      headings: ['Doe todo mês', 'Seja um doador mensal', 'Escolha sua doação mensal'],
      intros: [
        'A doação mensal nos dá a segurança de planejar com antecedência e atender mais famílias.',
        'Escolha o valor que faz sentido para você. Dá para mudar ou cancelar quando quiser.',
        'Todo doador mensal recebe notícias, histórias e nosso relatório anual de impacto.',
      ],
      tiers: [
        {
          name: 'Amigo',
          price: '30.00',
          period: '/mês',
          description: 'Garante seis refeições quentinhas todo mês.',
          features: ['Notícias mensais do impacto', 'Relatório anual por e-mail', 'Recibo de todas as doações'],
        },
        {
          name: 'Padrinho',
          price: '60.00',
          period: '/mês',
          description: 'O valor mais escolhido: acompanha uma criança no reforço escolar.',
          features: ['Tudo do plano Amigo', 'Histórias do projeto que você apoia', 'Convite para o nosso dia de portas abertas', 'Informe anual das doações'],
        },
        {
          name: 'Guardião',
          price: '150.00',
          period: '/mês',
          description: 'Ajuda uma família a atravessar uma emergência a cada estação.',
          features: ['Tudo do plano Padrinho', 'Um agradecimento pessoal da equipe', 'Visita aos bastidores dos projetos', 'Seu nome no mural de doadores'],
        },
      ],
    },
    blog: {
      headings: ['Notícias e histórias', 'Novidades da nossa comunidade', 'Notícias e impacto'],
      intros: [
        'Histórias de quem atendemos, novidades dos projetos e o impacto do seu apoio.',
        'Veja o que suas doações e suas horas de voluntariado tornaram possível.',
        'Acompanhe nosso trabalho, celebre nossa comunidade e descubra novas formas de participar.',
      ],
      posts: [
        {
          title: 'Nosso ano em números: o que seu apoio tornou possível',
          slug: 'nosso-ano-em-numeros',
          excerpt: 'Mais refeições, mais crianças acompanhadas e mais famílias de pé. Veja o que nossa comunidade conquistou junto neste ano.',
          paragraphs: [
            'Todo ano paramos para contar o que fizemos juntos. Não porque os números contam a história toda, mas porque você merece saber exatamente o que a sua generosidade conquistou.',
            'Neste ano, nossa cozinha serviu 12.500 refeições quentinhas, o reforço escolar acompanhou 180 crianças e o fundo de emergência ajudou 96 famílias a manter a casa e as contas em dia em meses difíceis.',
            'Por trás de cada número existe uma pessoa: uma avó que não almoça mais sozinha, um menino que leu o primeiro livro inteiro, uma mãe jovem que arrumou emprego depois das nossas oficinas. Essas histórias são a verdadeira medida deste trabalho.',
            'Nada disso seria possível sem 340 voluntários, dezenas de parceiros do bairro e mais de mil doadores. Muito obrigado. No ano que vem queremos chegar a ainda mais famílias, e esperamos contar com você.',
          ],
          subheading: 'Destaques do ano',
          listItems: [
            '12.500 refeições servidas na cozinha comunitária.',
            '180 crianças no reforço escolar, 82% com notas melhores.',
            '96 famílias apoiadas em situações de emergência.',
            '41 pessoas empregadas depois das oficinas.',
            '18 mil horas de voluntariado doadas pela comunidade.',
          ],
          quote: 'Os números mostram o quanto caminhamos. As pessoas por trás deles lembram por que seguimos em frente.',
        },
        {
          title: 'Um dia na vida de um voluntário',
          slug: 'um-dia-na-vida-de-um-voluntario',
          excerpt: 'Como é ser voluntário aqui, na prática? Passamos uma terça-feira com um dos nossos voluntários mais antigos para descobrir.',
          paragraphs: [
            'Seu Antônio chega à cozinha às nove da manhã toda terça, veste o avental e confere no quadro o cardápio do dia. Faz isso há quatro anos e diz que continua sendo a melhor parte da semana.',
            'A manhã é corrida: picar legumes com outros três voluntários, arrumar as mesas e conversar com os frequentadores que chegam cedo para o cafezinho. Ao meio-dia, o salão está cheio, barulhento e acolhedor.',
            'Depois do almoço, ele ajuda a separar os alimentos doados para as cestas e segue para o reforço escolar, onde ajuda na leitura. Algumas crianças o chamam de vô Antônio, e ele não se importa nem um pouco.',
            'Ser voluntário não precisa ocupar o dia inteiro. Alguns voluntários doam duas horas por mês; outros ajudam só em ações especiais. Cada hora faz diferença de verdade, e sempre encontramos uma função que combina com seu tempo e seus talentos.',
          ],
          subheading: 'Formas de ser voluntário',
          listItems: [
            'Cozinhar e servir na cozinha comunitária.',
            'Ajudar crianças na leitura e na lição de casa.',
            'Separar doações e montar cestas básicas.',
            'Fazer entregas para quem não pode se deslocar.',
            'Oferecer conhecimentos como contabilidade, design ou informática.',
          ],
          quote: 'Vim doar algumas horas por semana. O que recebi de volta foi uma comunidade.',
        },
        {
          title: 'Para onde vai a sua doação',
          slug: 'para-onde-vai-a-sua-doacao',
          excerpt: 'Acreditamos que quem doa merece transparência total. Veja de forma simples como cada doação é usada.',
          paragraphs: [
            'Uma das perguntas que mais ouvimos é muito justa: quanto da minha doação chega de fato a quem precisa? A resposta curta é 87% de cada doação. A resposta longa vale a explicação.',
            'A maior parte vai direto para os projetos: ingredientes das refeições, material do reforço escolar, auxílios emergenciais para as famílias e a equipe que coordena tudo isso. Como os voluntários fazem boa parte do trabalho, cada doação rende muito mais.',
            'Os 13% restantes cobrem os custos essenciais que mantêm uma organização segura e responsável: seguros, contabilidade, auditoria independente anual e a captação de recursos que garante o apoio do ano seguinte.',
            'Nossas contas completas são publicadas todo ano no relatório anual, e respondemos qualquer pergunta com prazer. Se quiser ver nosso trabalho de perto, venha nos visitar. A porta está sempre aberta.',
          ],
          subheading: 'Como cada doação é usada',
          listItems: [
            '87% para os projetos e o atendimento direto.',
            '8% para administração, seguros e auditoria.',
            '5% para captação de recursos e relacionamento com doadores.',
          ],
          quote: 'Confiança se constrói às claras. Por isso mostramos exatamente como sua doação é usada.',
        },
      ],
    },
    contact: {
      headings: ['Fale com a gente', 'Venha nos visitar ou mande uma mensagem', 'Vamos adorar ouvir você'],
      intros: [
        'Dúvidas sobre doações, voluntariado ou nossos projetos? Mande uma mensagem e respondemos em até dois dias úteis.',
        'Precisa de apoio? Venha no horário de atendimento ou ligue. Todo mundo é bem-vindo, sem precisar agendar.',
        'Quer ser parceiro ou organizar uma campanha de arrecadação? Conte um pouco da sua ideia e entramos em contato.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Nossa comunidade em ação', 'Momentos que importam', 'Galeria'],
      captions: [
        'Voluntários servindo o almoço na cozinha comunitária',
        'Clube de leitura no reforço escolar',
        'Dia de colheita na horta comunitária',
        'Montagem de cestas básicas com estudantes da região',
        'Oficina de trabalho e renda em andamento',
        'Vizinhos almoçando juntos no dia de portas abertas',
        'Separação de material escolar doado antes do início das aulas',
        'Nossos voluntários na festa de fim de ano',
      ],
    },
    logos: {
      headings: ['Parceiros e apoiadores', 'Com o apoio de', 'Juntos com'],
      names: [
        'Fundação Comunidade Viva',
        'Mercadinho Bom Preço',
        'Banco Horizonte',
        'Rede de Escolas da Zona Norte',
        'Rede Saúde da Família',
        'Jornal do Bairro',
      ],
    },
  },

  es: {
    kind: 'nonprofit',
    language: 'es',
    names: [
      'Fundación Mesa Común',
      'Asociación Manos Unidas del Barrio',
      'Proyecto Sembrar',
      'Red Vecinal Solidaria',
      'Casa de la Esperanza',
      'Fundación Raíces',
      '{city} Solidaria',
    ],
    taglines: [
      'Vecinos que cuidan de vecinos, cada día.',
      'Ayuda de verdad, cerca de casa.',
      'Construyendo una comunidad en la que nadie se quede atrás.',
      'Al lado de las familias de {city} desde el primer día.',
    ],
    pages: { home: 'Inicio', about: 'Quiénes somos', services: 'Programas', contact: 'Contacto', blog: 'Noticias', pricing: 'Dona' },
    hero: {
      eyebrows: ['Entidad sin ánimo de lucro', 'Cada donativo cuenta', 'Únete a 340 voluntarios'],
      headlines: [
        'Juntos, hacemos que ningún vecino se quede sin lo básico.',
        'Pequeños gestos, multiplicados por todo un barrio.',
        'Tu apoyo convierte los días difíciles en días con esperanza.',
      ],
      subheadlines: [
        '{name} une a personas para compartir comidas, apoyar el aprendizaje de los niños y acompañar a familias en momentos difíciles. Cada donativo y cada hora de voluntariado se quedan en nuestra comunidad.',
        'Somos una entidad local formada por un equipo y voluntarios convencidos de que quienes están más cerca de un problema son quienes mejor saben resolverlo.',
        'De comidas calientes a refuerzo escolar y ayuda de emergencia, nuestros programas llegan a cientos de familias cada mes. Tú puedes ayudarnos a llegar a más.',
        'Con raíces en {city}, trabajamos codo con codo con familias, colegios y comercios del barrio.',
      ],
      primaryActions: ['Dona ahora', 'Hazte socio', 'Haz un donativo'],
      secondaryActions: ['Hazte voluntario', 'Mira nuestro impacto', 'Conoce los programas'],
    },
    about: {
      headings: ['Quiénes somos', 'Nuestra historia', 'Nuestra misión'],
      paragraphs: [
        [
          '{name} nació alrededor de la mesa de una cocina, cuando un grupo de vecinos se dio cuenta de que muchas familias de su calle lo estaban pasando mal en silencio. Empezaron cocinando una comida a la semana y compartiéndola con quien viniera. La primera noche se presentaron cuarenta personas.',
          'Aquella comida se convirtió en una comunidad. Hoy llevamos programas que alimentan a familias, acompañan a niños después del colegio y ayudan a personas en situaciones de emergencia, gracias a un equipo pequeño y entregado y a cientos de voluntarios.',
          'Hemos crecido, pero nuestra forma de trabajar no ha cambiado: escuchar primero, tratar a todo el mundo con dignidad y asegurarnos de que cada recurso llega donde más falta hace.',
        ],
        [
          'Nuestra misión es sencilla: que todas las personas de nuestra comunidad tengan lo que necesitan para vivir con dignidad, seguridad y esperanza.',
          'Lo hacemos trabajando directamente con las personas a las que acompañamos, colaborando con colegios, comercios y servicios públicos del barrio, y midiendo nuestros resultados con honestidad, para que cada donante sepa la diferencia que marca su aportación.',
        ],
        [
          'Creemos en vecinos, no en caridad. Muchos de nuestros voluntarios fueron en su día usuarios de nuestros programas, y muchas de las familias a las que ayudamos hoy ayudarán a otras mañana.',
          'Ese círculo de apoyo es lo que hace que este trabajo sea sostenible. Y también lo que lo hace alegre: una comida compartida, las notas de un niño que mejoran, una familia que vuelve a levantarse.',
          'Somos independientes, transparentes y orgullosamente de barrio. Nuestras cuentas se auditan cada año y nuestra memoria anual está abierta a todo el mundo.',
        ],
      ],
      highlights: [
        'El 87 % de cada donativo va a programas',
        'Cuentas auditadas y publicadas',
        '340 voluntarios del barrio',
        'Más de 10 años junto a las familias',
        'Tus donativos desgravan',
      ],
    },
    features: {
      headings: ['Cómo marcamos la diferencia', 'Nuestra forma de trabajar', 'Por qué importa tu apoyo'],
      intros: [
        'Ayuda práctica y cercana, que llega rápido y trata a todo el mundo con respeto.',
        'Nos centramos en lo que funciona y compartimos nuestros resultados abiertamente.',
        'Cada programa se construye junto a las personas a las que atiende.',
      ],
      items: [
        {
          icon: 'heart',
          title: 'Primero, la dignidad',
          text: 'Quien cruza nuestra puerta es recibido como un vecino, sin juicios y sin papeleo interminable.',
        },
        { icon: 'map-pin', title: 'De verdad local', text: 'Trabajamos donde vivimos, así que la ayuda llega rápido y se queda cerca de quien la necesita.' },
        {
          icon: 'chart',
          title: 'Impacto medido',
          text: 'Seguimos los resultados de cada programa y los publicamos, tanto las buenas noticias como los aprendizajes.',
        },
        { icon: 'shield', title: 'Transparencia total', text: 'Cuentas auditadas de forma independiente y un desglose claro de a dónde va cada donativo.' },
        { icon: 'users', title: 'Gracias al voluntariado', text: 'Cientos de vecinos dedican su tiempo cada mes y multiplican el valor de cada donativo.' },
        {
          icon: 'leaf',
          title: 'Cambios que perduran',
          text: 'Además de la ayuda urgente, invertimos en educación, formación y vínculos que cambian vidas para siempre.',
        },
      ],
    },
    offers: {
      headings: ['Nuestros programas', 'Lo que tu donativo hace posible', 'Formas de ayudar'],
      intros: [
        'Elige un programa al que apoyar o dona donde más se necesite. Las cantidades sugeridas muestran lo que consigue tu aportación.',
        'Todos los programas cuentan con voluntarios y entidades del barrio, así que tu donativo llega más lejos.',
        'Dona, hazte voluntario o colabora con nosotros. Toda ayuda cuenta.',
      ],
      items: [
        {
          title: 'Comedor comunitario',
          description: 'Comidas calientes y sanas cinco días a la semana. Tu donativo ayuda a garantizar diez comidas cada vez.',
          price: '20.00',
          icon: 'utensils',
          category: 'Programas',
        },
        {
          title: 'Refuerzo escolar',
          description: 'Ayuda con los deberes, club de lectura y merienda sana después del colegio, durante todo el curso.',
          price: '30.00',
          icon: 'book',
          category: 'Programas',
        },
        {
          title: 'Fondo de emergencia familiar',
          description: 'Ayuda rápida con el alquiler, los suministros o necesidades urgentes para familias en plena crisis.',
          price: '75.00',
          icon: 'home',
          category: 'Programas',
        },
        {
          title: 'Talleres de empleo',
          description: 'Talleres de currículum, entrevistas y competencias digitales, con mentoría individual para quien busca trabajo.',
          price: '45.00',
          icon: 'award',
          category: 'Programas',
        },
        {
          title: 'Lotes de alimentos e higiene',
          description: 'Lotes con alimentos básicos y productos de higiene para familias que no llegan a fin de mes.',
          price: '40.00',
          icon: 'gift',
          category: 'Programas',
        },
        {
          title: 'Huerto comunitario',
          description: 'Un espacio verde compartido donde los vecinos cultivan verduras frescas y los niños aprenden de dónde viene la comida.',
          price: '15.00',
          icon: 'leaf',
          category: 'Programas',
        },
        {
          title: 'Donde más se necesite',
          description: 'Un donativo libre nos permite responder rápido a lo que la comunidad más necesita en cada momento.',
          price: '35.00',
          icon: 'heart',
          category: 'Formas de ayudar',
        },
        {
          title: 'Hazte voluntario',
          description: 'Cocina, da clases de refuerzo, conduce, clasifica donaciones o aporta tus conocimientos profesionales. Te damos formación.',
          price: '0',
          icon: 'users',
          category: 'Formas de ayudar',
        },
        {
          title: 'Dona alimentos y ropa',
          description: 'Alimentos no perecederos, material escolar y ropa de abrigo siempre son bienvenidos en nuestro punto de recogida.',
          price: '0',
          icon: 'shopping-bag',
          category: 'Formas de ayudar',
        },
        {
          title: 'Empresa colaboradora',
          description: 'Patrocina un programa, iguala los donativos de tu plantilla o trae a tu equipo a una jornada de voluntariado.',
          price: '400.00',
          icon: 'star',
          category: 'Formas de ayudar',
        },
      ],
    },
    testimonials: {
      headings: ['Historias de nuestra comunidad', 'En sus propias palabras', 'Por qué la gente dona y colabora'],
      items: [
        {
          quote:
            'Cuando me quedé sin trabajo no sabía a quién acudir. El equipo nos ayudó con la compra y el alquiler, y los talleres me ayudaron a encontrar empleo en tres meses.',
          name: 'Rosa Jiménez',
          role: 'Participante de los programas',
        },
        {
          quote: 'A mi hijo le costaba muchísimo hacer los deberes. Ahora va corriendo al refuerzo y su lectura ha mejorado más de lo que imaginaba.',
          name: 'Laura Sánchez',
          role: 'Madre de un alumno',
        },
        {
          quote: 'Soy voluntario cada martes en la cocina. Vine a ayudar y acabé encontrando una segunda familia.',
          name: 'Manuel Ortiz',
          role: 'Voluntario desde hace cuatro años',
        },
        {
          quote: 'Dono cada mes porque veo exactamente qué hace mi aportación. Las noticias son sinceras y el impacto es real.',
          name: 'Elena Castro',
          role: 'Socia',
        },
        {
          quote: 'Como comercio del barrio, colaborar con ellos fue una decisión fácil. Las jornadas de voluntariado del equipo son lo mejor de nuestro año.',
          name: 'Javier Morales',
          role: 'Dueño, Supermercado La Plaza',
        },
        {
          quote: 'Tratan a todo el mundo con muchísimo respeto. Aquí no eres un número, eres una vecina más.',
          name: 'Pilar Romero',
          role: 'Vecina del barrio',
        },
      ],
    },
    faq: {
      headings: ['Preguntas frecuentes', 'Dudas sobre donativos y voluntariado', 'Conviene saber'],
      items: [
        {
          question: '¿Mi donativo desgrava?',
          answer:
            'Sí. Te enviamos un certificado de donación para tu declaración de la renta, y los donativos a entidades como la nuestra tienen deducciones fiscales importantes: en España, por ejemplo, recuperas el 80 % de los primeros 250 € que dones al año. Solo necesitamos tu nombre completo y tu número de identificación fiscal.',
        },
        {
          question: '¿Qué parte de mi donativo llega a los programas?',
          answer:
            'El 87 % de cada donativo va directamente a nuestros programas. El resto cubre gastos imprescindibles como la contabilidad, los seguros y la captación de fondos. Publicamos cada año nuestras cuentas auditadas en la memoria anual.',
        },
        {
          question: '¿Puedo elegir a qué programa va mi donativo?',
          answer:
            "Sí, puedes elegir un programa concreto al donar. Los donativos para 'donde más se necesite' son especialmente valiosos, porque nos permiten responder rápido a las urgencias.",
        },
        {
          question: '¿Cómo puedo hacerme voluntario?',
          answer:
            'Rellena el formulario breve de la página de Contacto y te invitaremos a una sesión de bienvenida de una hora. Puedes colaborar una vez por semana, una vez al mes o solo en actividades puntuales. No necesitas experiencia: te damos toda la formación.',
        },
        {
          question: '¿Puedo cambiar o cancelar mi cuota mensual?',
          answer:
            'Por supuesto. Puedes cambiar la cantidad, pausarla o darte de baja cuando quieras, escribiéndonos o desde el enlace de tu recibo. Sin preguntas.',
        },
        {
          question: '¿Se pueden donar alimentos o ropa?',
          answer:
            'Sí. Los alimentos no perecederos, el material escolar, la ropa de abrigo y los productos de higiene siempre son bienvenidos. Consulta los horarios del punto de recogida en la página de Contacto y, por favor, dona artículos limpios y en buen estado.',
        },
        {
          question: '¿Puede colaborar mi empresa?',
          answer:
            'Nos encantaría. Las empresas pueden patrocinar un programa, igualar los donativos de su plantilla, donar productos o traer a su equipo a una jornada de voluntariado. Además, los donativos de empresas también tienen deducciones fiscales. Escríbenos y diseñamos juntos la colaboración.',
        },
      ],
    },
    cta: {
      headings: ['Forma parte del cambio', 'Tu donativo marca la diferencia hoy', 'Únete a nuestra comunidad de socios'],
      texts: [
        'Una cuota mensual, sea cual sea, da a las familias un apoyo estable todo el año. Hacerte socio lleva dos minutos.',
        'Tanto si donas como si te haces voluntario o lo cuentas a tu entorno, ayudas a un vecino que lo está pasando mal.',
        'Cada comida servida y cada niño acompañado empiezan con alguien como tú que decide ayudar.',
      ],
      actions: ['Dona ahora', 'Hazte socio', 'Quiero colaborar'],
    },
    stats: [
      { value: '12.500', label: 'comidas servidas el último año' },
      { value: '180', label: 'niños en refuerzo escolar' },
      { value: '340', label: 'voluntarios activos' },
      { value: '87 %', label: 'de los donativos va directo a programas' },
    ],
    team: [
      {
        name: 'Isabel Prieto',
        role: 'Directora',
        bio: 'Isabel dirige {name} desde hace ocho años. Antes fue maestra, y cree que toda familia merece una oportunidad justa y una cara amable.',
      },
      {
        name: 'Alberto Rubio',
        role: 'Coordinador de programas',
        bio: 'Alberto coordina el comedor, el refuerzo escolar y el fondo de emergencia, y conoce por su nombre a casi todas las familias.',
      },
      {
        name: 'Nuria Campos',
        role: 'Coordinadora de voluntariado',
        bio: 'Nuria recibe, forma y da las gracias a nuestros 340 voluntarios, y siempre encuentra el papel adecuado para cada persona nueva.',
      },
      {
        name: 'Sergio Vega',
        role: 'Alianzas y captación de fondos',
        bio: 'Sergio trabaja con donantes y empresas del barrio para convertir la generosidad en programas duraderos, y escribe nuestras noticias mensuales.',
      },
    ],
    pricing: {
      headings: ['Hazte socio', 'Dona cada mes', 'Elige tu cuota mensual'],
      intros: [
        'Las cuotas mensuales nos dan la estabilidad que necesitamos para planificar y llegar a más familias.',
        'Elige la cantidad que mejor te encaje. Puedes cambiarla o darte de baja cuando quieras.',
        'Todos los socios reciben noticias, historias y nuestra memoria anual de impacto.',
      ],
      tiers: [
        {
          name: 'Amigo',
          price: '10.00',
          period: '/mes',
          description: 'Garantiza cinco comidas calientes cada mes.',
          features: ['Noticias mensuales de impacto', 'Memoria anual por correo', 'Certificado fiscal de tus donativos'],
        },
        {
          name: 'Aliado',
          price: '25.00',
          period: '/mes',
          description: 'La cuota más elegida: acompaña a un niño en el refuerzo escolar.',
          features: [
            'Todo lo de Amigo',
            'Historias del programa que apoyas',
            'Invitación a nuestra jornada de puertas abiertas',
            'Certificado anual para la declaración de la renta',
          ],
        },
        {
          name: 'Protector',
          price: '50.00',
          period: '/mes',
          description: 'Ayuda a una familia a salir de una emergencia cada temporada.',
          features: [
            'Todo lo de Aliado',
            'Un agradecimiento personal del equipo',
            'Visita a la trastienda de nuestros programas',
            'Tu nombre en nuestro mural de socios',
          ],
        },
      ],
    },
    blog: {
      headings: ['Noticias e historias', 'Lo último de nuestra comunidad', 'Novedades e impacto'],
      intros: [
        'Historias de las personas a las que acompañamos, novedades de los programas y el impacto de tu apoyo.',
        'Descubre lo que han hecho posible tus donativos y tus horas de voluntariado.',
        'Sigue nuestro trabajo, celebra nuestra comunidad y encuentra nuevas formas de participar.',
      ],
      posts: [
        {
          title: 'Nuestro año en cifras: lo que tu apoyo ha hecho posible',
          slug: 'nuestro-ano-en-cifras',
          excerpt: 'Más comidas, más niños acompañados y más familias que vuelven a levantarse. Esto es lo que nuestra comunidad ha conseguido este año.',
          paragraphs: [
            'Cada año paramos a contar lo que hemos hecho juntos. No porque las cifras lo cuenten todo, sino porque mereces saber exactamente qué consigue tu generosidad.',
            'Este año nuestro comedor ha servido 12.500 comidas calientes, el refuerzo escolar ha acompañado a 180 niños y el fondo de emergencia ha ayudado a 96 familias a mantener su casa y pagar los suministros en meses muy duros.',
            'Detrás de cada cifra hay una persona: una abuela que ya no come sola, un niño que ha leído su primer libro entero, una madre joven que encontró trabajo después de nuestros talleres. Esas historias son la verdadera medida de este trabajo.',
            'Nada habría sido posible sin 340 voluntarios, decenas de entidades del barrio y más de mil donantes. Gracias de corazón. El año que viene queremos llegar a más familias todavía, y esperamos seguir contando contigo.',
          ],
          subheading: 'Lo más destacado del año',
          listItems: [
            '12.500 comidas servidas en el comedor comunitario.',
            '180 niños en refuerzo escolar, el 82 % con mejores notas.',
            '96 familias acompañadas en situaciones de emergencia.',
            '41 personas encontraron empleo tras los talleres.',
            '18.000 horas de voluntariado donadas por el barrio.',
          ],
          quote: 'Las cifras nos dicen cuánto hemos avanzado. Las personas que hay detrás nos recuerdan por qué seguimos.',
        },
        {
          title: 'Un día en la vida de un voluntario',
          slug: 'un-dia-en-la-vida-de-un-voluntario',
          excerpt: '¿Cómo es colaborar con nosotros en la práctica? Pasamos un martes con uno de nuestros voluntarios más veteranos para descubrirlo.',
          paragraphs: [
            'Manuel llega a la cocina a las nueve de la mañana cada martes, se pone el delantal y mira en la pizarra el menú del día. Lleva cuatro años haciéndolo y dice que sigue siendo lo mejor de su semana.',
            'La mañana es intensa: pelar y cortar verduras con otros tres voluntarios, poner las mesas y charlar con los habituales que llegan pronto a tomar café. A mediodía, el comedor está lleno, ruidoso y cálido.',
            'Después de comer, Manuel ayuda a clasificar los alimentos donados para los lotes familiares y luego se va al refuerzo escolar a ayudar con la lectura. Algunos niños le llaman abuelo Manuel, y a él no le importa en absoluto.',
            'Ser voluntario no tiene por qué ocupar un día entero. Algunos voluntarios dedican dos horas al mes; otros solo colaboran en actividades puntuales. Cada hora marca una diferencia real, y siempre encontramos un papel que encaje con tu tiempo y tus habilidades.',
          ],
          subheading: 'Formas de hacer voluntariado',
          listItems: [
            'Cocinar y servir en el comedor comunitario.',
            'Ayudar a los niños con la lectura y los deberes.',
            'Clasificar donaciones y preparar lotes familiares.',
            'Llevar repartos a personas que no pueden desplazarse.',
            'Aportar conocimientos como contabilidad, diseño o informática.',
          ],
          quote: 'Vine a dar unas horas a la semana. Lo que recibí a cambio fue una comunidad.',
        },
        {
          title: 'A dónde va tu donativo',
          slug: 'a-donde-va-tu-donativo',
          excerpt: 'Creemos que quien dona merece una transparencia total. Así se usa, de forma sencilla, cada donativo.',
          paragraphs: [
            'Una de las preguntas que más nos hacen es muy justa: ¿cuánto de mi donativo llega de verdad a quien lo necesita? La respuesta corta es el 87 % de cada donativo. La larga merece una explicación.',
            'La mayor parte va directamente a los programas: los ingredientes de las comidas, el material del refuerzo escolar, las ayudas de emergencia para las familias y el equipo que lo coordina todo. Como los voluntarios hacen gran parte del trabajo, cada donativo rinde mucho más.',
            'El 13 % restante cubre los gastos imprescindibles que mantienen a una entidad segura y responsable: seguros, contabilidad, una auditoría independiente cada año y la captación de fondos que asegura el apoyo del año siguiente.',
            'Publicamos nuestras cuentas completas cada año en la memoria anual y respondemos encantados a cualquier pregunta. Si algún día quieres ver nuestro trabajo de cerca, ven a visitarnos. La puerta siempre está abierta.',
          ],
          subheading: 'Cómo se reparte cada donativo',
          listItems: [
            '87 % para programas y atención directa.',
            '8 % para administración, seguros y auditoría.',
            '5 % para captación de fondos y atención a socios.',
          ],
          quote: 'La confianza se construye a la vista de todos. Por eso te enseñamos exactamente cómo se usa tu donativo.',
        },
      ],
    },
    contact: {
      headings: ['Escríbenos', 'Visítanos o envíanos un mensaje', 'Nos encantará saber de ti'],
      intros: [
        '¿Dudas sobre donativos, voluntariado o nuestros programas? Escríbenos y te responderemos en dos días laborables.',
        '¿Necesitas apoyo? Ven en horario de atención o llámanos. Todo el mundo es bienvenido, sin cita previa.',
        '¿Quieres colaborar o organizar una recogida solidaria? Cuéntanos tu idea y te contactaremos.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Nuestra comunidad en acción', 'Momentos que importan', 'Galería'],
      captions: [
        'Voluntarios sirviendo la comida en el comedor comunitario',
        'Club de lectura en el refuerzo escolar',
        'Día de cosecha en el huerto comunitario',
        'Preparando lotes de alimentos con estudiantes del barrio',
        'Un taller de empleo en marcha',
        'Vecinos compartiendo mesa en la jornada de puertas abiertas',
        'Clasificando material escolar donado antes del nuevo curso',
        'Nuestros voluntarios en la fiesta de fin de año',
      ],
    },
    logos: {
      headings: ['Entidades colaboradoras', 'Con el apoyo de', 'Trabajamos junto a'],
      names: [
        'Fundación Comunidad Viva',
        'Supermercado La Plaza',
        'Banco Horizonte',
        'Red de Colegios del Distrito Norte',
        'Centro de Salud del Barrio',
        'Diario del Barrio',
      ],
    },
  },
};
