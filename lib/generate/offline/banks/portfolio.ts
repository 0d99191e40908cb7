// Copy banks for portfolios: a freelancer or small creative studio (photographer, illustrator,
// designer, architect), phrased to fit a creative professional in general.
import type { KindBanks } from '@/lib/sites/templates/copy-bank';

export const portfolioBanks: KindBanks = {
  en: {
    kind: 'portfolio',
    language: 'en',
    names: ['Northlight Studio', 'Field & Frame', 'Paper Moon Studio', 'Studio Ember', 'Line and Light', 'Atelier Marlowe', '{city} Studio'],
    taglines: [
      'Thoughtful visual work for people and brands with a story.',
      'Images, ideas and spaces made with care.',
      'Independent creative work, from first sketch to final piece.',
      'A creative studio based in {city}, working everywhere.',
    ],
    pages: { home: 'Home', about: 'About', services: 'Work', contact: 'Contact', blog: 'Journal', pricing: 'Packages' },
    hero: {
      eyebrows: ['Independent creative studio', 'Selected work', 'Available for new commissions'],
      headlines: [
        'Work that looks beautiful and means something.',
        'I turn ideas into work people want to look at twice.',
        'Honest, crafted work for brands, publications and people.',
      ],
      subheadlines: [
        '{name} is an independent practice creating visual work for small brands, publications and private clients. Every project starts with a conversation and ends with something made to last.',
        'From the first rough idea to the final delivery, I work closely with every client, with a clear plan, honest timelines and no detail left to chance.',
        'I care about light, proportion and the story behind each project. Browse recent work below or get in touch to talk about yours.',
        'Based in {city} and available for projects near and far, in person or remotely.',
      ],
      primaryActions: ['Start a project', 'Get in touch', 'Check availability'],
      secondaryActions: ['See the work', 'View packages', 'Read my story'],
    },
    about: {
      headings: ['About me', 'The person behind the work', 'How I work'],
      paragraphs: [
        [
          "I have been making things for as long as I can remember: sketchbooks full of buildings, rolls of film from family trips, posters for friends' bands. Turning that into a profession was less a decision than a slow, happy inevitability.",
          'Over the last ten years I have worked with independent brands, editors, architects and families, and the best projects always had one thing in common: a client who cared as much about the story as about the result.',
          'Today {name} is a small independent practice. I take on a limited number of commissions at a time, so every project gets my full attention from the first call to the final file.',
        ],
        [
          'My work is quiet, precise and rooted in observation. I spend a lot of time listening and looking before I make anything, because the best ideas usually come from details other people walk past.',
          'I work with a small circle of trusted collaborators, from producers to printers, which lets me take on larger projects without losing the personal touch that clients come to me for.',
        ],
        [
          'Every project follows a simple rhythm: we talk, I propose a direction, we refine it together and I deliver on the agreed date. No jargon, no endless rounds, no surprises on the invoice.',
          'I believe good creative work is a collaboration. You know your story better than anyone; my job is to find the clearest, most beautiful way to tell it.',
          'When I am not working, you will find me in bookshops, museums and long walks with a camera in my pocket, collecting ideas for the next project.',
        ],
      ],
      highlights: [
        '10 years of independent practice',
        'A limited number of projects at once',
        'Clear quotes and timelines',
        'Featured in design publications',
        'Remote or in person',
      ],
    },
    features: {
      headings: ['Why clients work with me', 'What to expect', 'A considered way of working'],
      intros: [
        'A personal, well-organized process that makes creative work feel easy, even on tight deadlines.',
        'Working with an independent creative should be a pleasure. Here is what I promise every client.',
        'Careful craft, clear communication and results that hold up for years.',
      ],
      items: [
        {
          icon: 'smile',
          title: 'A personal collaboration',
          text: 'You work directly with me from start to finish, not with an account manager or a rotating team.',
        },
        {
          icon: 'palette',
          title: 'A distinct point of view',
          text: 'A recognizable style, adapted to your story and your audience, never copied from the latest trend.',
        },
        { icon: 'calendar', title: 'Clear plans and dates', text: 'A written proposal with scope, milestones and delivery dates before any work begins.' },
        {
          icon: 'check',
          title: 'Thoughtful revisions',
          text: 'Two rounds of revisions are included, guided by clear feedback so every round moves the work forward.',
        },
        { icon: 'award', title: 'Professional standards', text: 'High-resolution files, print-ready formats and careful archiving of every project.' },
        { icon: 'shield', title: 'Clear usage rights', text: 'A simple license agreement that tells you exactly where and how you can use the work.' },
      ],
    },
    offers: {
      headings: ['Work and services', 'What I can make for you', 'Services'],
      intros: [
        'Every project is a little different, so these are starting points. I will send a detailed quote after our first conversation.',
        'From a single commission to an ongoing collaboration, here is how we can work together.',
        'Starting prices for the projects I am most often asked for. Custom projects are always welcome.',
      ],
      items: [
        {
          title: 'Discovery call',
          description: 'A free 30-minute conversation about your project, your goals and whether we are a good fit.',
          price: '0',
          icon: 'phone',
          category: 'Getting started',
        },
        {
          title: 'Concept and first sketches',
          description: 'A short research phase and initial concepts, so you can see the direction before committing to the full project.',
          price: '350.00',
          icon: 'sparkles',
          category: 'Getting started',
        },
        {
          title: 'Single commission',
          description: 'One finished piece or short series, from concept to final files, with two rounds of revisions.',
          price: '650.00',
          icon: 'palette',
          category: 'Commissions',
        },
        {
          title: 'Half-day session',
          description: 'Four hours of focused work on location or in the studio, with a curated selection of finished results.',
          price: '800.00',
          icon: 'camera',
          category: 'Sessions',
        },
        {
          title: 'Full creative day',
          description: 'A full day dedicated to your project, ideal for campaigns, larger spaces or several people.',
          price: '1400.00',
          icon: 'sun',
          category: 'Sessions',
        },
        {
          title: 'Brand visual library',
          description: 'A cohesive set of visuals for your website, social media and printed materials, ready for a whole year of use.',
          price: '2200.00',
          icon: 'star',
          category: 'Commissions',
        },
        {
          title: 'Editorial project',
          description: 'Work for magazines, books and reports, developed with editors and art directors to fit the publication.',
          price: '1100.00',
          icon: 'book',
          category: 'Commissions',
        },
        {
          title: 'Fine art prints',
          description: 'Archival prints of selected work, signed and numbered, in three sizes.',
          price: '180.00',
          icon: 'gift',
          category: 'Prints',
        },
        {
          title: 'Mentoring session',
          description: 'A one-hour portfolio review or career conversation for emerging creatives.',
          price: '120.00',
          icon: 'users',
          category: 'Sessions',
        },
        {
          title: 'Commercial license extension',
          description: 'Extended rights for advertising, packaging or national campaigns, priced per year of use.',
          price: '400.00',
          icon: 'shield',
          category: 'Licensing',
        },
      ],
    },
    testimonials: {
      headings: ['Kind words', 'What clients say', 'From people I have worked with'],
      items: [
        {
          quote: 'The work captured exactly what we could never put into words about our brand. We still get compliments on it every single week.',
          name: 'Emily Carter',
          role: 'Founder, Fernwood Tea Co.',
        },
        {
          quote: 'Calm, organized and incredibly talented. Deadlines were met, feedback was welcomed and the final result exceeded our brief.',
          name: 'Marcus Reed',
          role: 'Art director, Atlas Editions',
        },
        {
          quote: 'Working together felt like a real collaboration. Every idea was explained clearly, and the details made all the difference.',
          name: 'Olivia Hart',
          role: 'Owner, Salt & Cedar Hotel',
        },
        {
          quote: 'We commissioned a piece for our home and ended up with something our family will keep for generations.',
          name: 'Daniel Kim',
          role: 'Private client',
        },
        {
          quote: 'A rare combination of artistic vision and professionalism. Our readers loved the feature, and so did we.',
          name: 'Rachel Moore',
          role: 'Editor, The Quiet Review',
        },
        {
          quote: 'The files arrived perfectly organized, the usage rights were crystal clear, and the work looks stunning everywhere we use it.',
          name: 'Jordan Brooks',
          role: 'Marketing lead, Northshore Design Week',
        },
      ],
    },
    faq: {
      headings: ['Frequently asked questions', 'Good to know before we start', 'Questions clients often ask'],
      items: [
        {
          question: 'How do I book a project?',
          answer:
            'Send me a short message about your idea, timing and budget. We will have a free call, and then I will send a written proposal. A 30% deposit confirms your date.',
        },
        {
          question: 'How far in advance should I get in touch?',
          answer:
            'Four to eight weeks is ideal for most projects. Larger commissions can take longer, but I always try to make room for urgent work when the schedule allows.',
        },
        {
          question: 'How many revisions are included?',
          answer:
            'Two rounds of revisions are included in every project. Additional rounds are available at an hourly rate, which I always agree with you in advance.',
        },
        {
          question: 'Who owns the work, and how can I use it?',
          answer:
            'I keep the copyright, and you receive a clear license for the uses we agree on, like your website, social media or a print run. Extended or exclusive rights are available.',
        },
        {
          question: 'Do you work outside your home city?',
          answer: 'Yes. I regularly travel for projects, and many commissions can be done entirely remotely. Travel costs are quoted upfront.',
        },
        {
          question: 'What will I receive at the end?',
          answer:
            'High-resolution files in the formats you need, organized and named clearly, plus web-ready versions. Physical prints or originals can be added to any project.',
        },
        {
          question: 'Can I see more work similar to my project?',
          answer: 'Of course. Not everything I make is published online, so just ask and I will share relevant projects during our call.',
        },
      ],
    },
    cta: {
      headings: ['Have a project in mind?', "Let's make something together", 'Currently booking new projects'],
      texts: [
        'Tell me a little about your idea. I reply to every message within two business days.',
        'Whether it is a single piece or a long collaboration, I would love to hear what you are planning.',
        'I take on a limited number of projects each season. Get in touch early to secure your dates.',
      ],
      actions: ['Start a project', 'Send a message', 'Check availability'],
    },
    stats: [
      { value: '10', label: 'years of independent practice' },
      { value: '180+', label: 'projects delivered' },
      { value: '40', label: 'brands and publications' },
      { value: '6', label: 'exhibitions and awards' },
    ],
    team: [
      {
        name: 'Hannah Brooks',
        role: 'Producer and client care',
        bio: 'Hannah keeps every project on schedule, handles logistics and is usually the first friendly voice clients hear.',
      },
      {
        name: 'Leo Martinez',
        role: 'Studio assistant',
        bio: 'Leo prepares materials, sets up sessions and makes sure nothing is forgotten on busy production days.',
      },
      {
        name: 'Grace Sullivan',
        role: 'Post-production and print specialist',
        bio: 'Grace handles color, finishing and printing, so the final work looks as good on paper as it does on screen.',
      },
    ],
    pricing: {
      headings: ['Packages', 'Ways to work together', 'Project packages'],
      intros: [
        'Three starting points for the most common projects. Each can be adjusted to fit your needs.',
        'Clear packages with everything included, so you know exactly what you are getting.',
        'Not sure which package fits? Describe your project and I will suggest the best option.',
      ],
      tiers: [
        {
          name: 'Essential',
          price: '650.00',
          period: '',
          description: 'A focused project for a single need.',
          features: ['Discovery call', 'One concept direction', 'One finished piece or short series', 'Two rounds of revisions', 'Web and print files'],
        },
        {
          name: 'Signature',
          price: '1600.00',
          period: '',
          description: 'The most requested package for brands and private clients.',
          features: [
            'Discovery call and moodboard',
            'Two concept directions',
            'A full series or larger piece',
            'Two rounds of revisions',
            'Standard commercial license',
            'One archival print',
          ],
        },
        {
          name: 'Complete',
          price: '3200.00',
          period: '',
          description: 'A full creative partnership for a major launch or space.',
          features: [
            'Research and creative strategy',
            'Full-day production',
            'A complete visual library',
            'Priority scheduling',
            'Extended license for one year',
          ],
        },
      ],
    },
    blog: {
      headings: ['Journal', 'Notes from the studio', 'Behind the work'],
      intros: [
        'Stories behind recent projects, practical advice for clients and notes on the creative process.',
        'Occasional writing about craft, collaboration and the things that inspire the work.',
        'A look behind the scenes of recent commissions.',
      ],
      posts: [
        {
          title: 'How to write a creative brief that gets great results',
          slug: 'how-to-write-a-creative-brief',
          excerpt: 'You do not need to be a designer to brief one well. A single page with the right answers makes every project faster, calmer and better.',
          paragraphs: [
            'The best projects I have worked on did not start with a perfect idea. They started with a clear brief: a client who knew why the project mattered, who it was for and what success would look like.',
            'A good brief is not long. In fact, the shorter it is, the more carefully it has usually been thought through. One page is enough if it answers the right questions honestly.',
            'Be specific about your audience and your goal, and generous with references. Show me work you love and work you dislike; both are equally useful. Tell me about practical limits early, like deadlines, budget and where the work will be used.',
            'Most importantly, leave room for surprise. A brief should describe the problem, not dictate the solution. That space is where the most interesting ideas appear.',
          ],
          subheading: 'Five questions every brief should answer',
          listItems: [
            'Why are you starting this project now?',
            'Who is it for, and what should they feel or do?',
            'Where and how will the finished work be used?',
            'What is your deadline and your budget range?',
            'Which references do you love, and which do you want to avoid?',
          ],
          quote: 'A great brief describes the problem clearly and leaves the solution open.',
        },
        {
          title: 'Usage rights, explained simply',
          slug: 'usage-rights-explained-simply',
          excerpt:
            'Licensing sounds complicated, but it comes down to a few questions: where, how long and how exclusive. Here is what every client should know.',
          paragraphs: [
            'When you commission creative work, you usually pay for two things: the time and skill to make it, and the right to use it. The second part is called a license, and it is one of the most misunderstood parts of any project.',
            'In most cases the creator keeps the copyright, and the client receives permission to use the work in agreed ways. This keeps prices fair, because you only pay for the uses you actually need.',
            'A license is defined by a few simple factors: where the work will appear, for how long, in which regions and whether anyone else can use it. A website and social media license costs much less than a national advertising campaign.',
            'If your plans change, a license can almost always be extended later. The important thing is to talk about it at the start, so there are no surprises for either side.',
          ],
          subheading: 'What a license usually covers',
          listItems: [
            'The media: web, social, print, packaging or advertising.',
            'The duration: one year, several years or unlimited.',
            'The territory: local, national or worldwide.',
            'Exclusivity: whether the work can be licensed to others.',
          ],
          quote: 'A clear license protects both sides and lets the work travel further.',
        },
        {
          title: 'From first sketch to final piece: inside a recent commission',
          slug: 'from-first-sketch-to-final-piece',
          excerpt: 'A step-by-step look at how a recent project came together, including the ideas that did not make the cut.',
          paragraphs: [
            'People often see only the final result, so I wanted to share how a recent commission for a small hotel actually unfolded, from a first phone call to the day the work went up on the walls.',
            'It started with a walk. Before drawing anything, I spent a morning on site, noting the light, the materials and the way guests moved through the space. Those notes became the foundation of three early concepts.',
            'The first concept was too loud, the second too timid. The third, built around the colors of the coastline at dusk, felt right immediately. The client saw it too, and from there we refined rather than reinvented.',
            'The final pieces were delivered a week ahead of the opening. The part I love most is that guests now ask about them, and the owners get to tell the story we built together.',
          ],
          subheading: 'How the project came together',
          listItems: [
            'Week 1: briefing call and site visit.',
            'Week 2: research and three concept directions.',
            'Weeks 3 to 5: development and two rounds of refinement.',
            'Week 6: final production, delivery and installation.',
          ],
          quote: 'The idea that survives is rarely the first one. It is the one that still feels true after you have lived with it for a week.',
        },
      ],
    },
    contact: {
      headings: ["Let's talk about your project", 'Get in touch', 'Say hello'],
      intros: [
        'Tell me what you have in mind, your timing and your budget range. I reply to every message within two business days.',
        'Have a question, a collaboration idea or a commission in mind? I would love to hear from you.',
        'The studio is open by appointment. Send a message and we will find a time that suits you.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Selected work', 'Recent projects', 'From the archive'],
      captions: [
        'Morning light series for a coastal hotel',
        'Editorial feature for an independent magazine',
        'Brand visuals for a small-batch tea company',
        'A family home opened up to the garden',
        'Portrait series of local makers in their workshops',
        'Poster for a regional design festival',
        'Book cover for a debut short story collection',
        'Studio still life, part of a personal series',
      ],
    },
    logos: {
      headings: ['Selected clients and publications', 'Worked with', 'As seen in'],
      names: ['Fernwood Tea Co.', 'Atlas Editions', 'Salt & Cedar Hotel', 'The Quiet Review', 'Northshore Design Week', 'Marrow Magazine'],
    },
  },

  'pt-BR': {
    kind: 'portfolio',
    language: 'pt-BR',
    names: ['Estúdio Lume', 'Ateliê Sol', 'Traço & Luz', 'Estúdio Maré', 'Casa Papel', 'Ateliê Ipê', 'Estúdio {city}'],
    taglines: [
      'Trabalho visual cuidadoso para pessoas e marcas com história.',
      'Imagens, ideias e espaços feitos com carinho.',
      'Trabalho criativo independente, do primeiro rascunho à entrega final.',
      'Um estúdio criativo em {city}, trabalhando para todo lugar.',
    ],
    pages: { home: 'Início', about: 'Sobre', services: 'Trabalhos', contact: 'Contato', blog: 'Blog', pricing: 'Pacotes' },
    hero: {
      eyebrows: ['Estúdio criativo independente', 'Trabalhos selecionados', 'Agenda aberta para novos projetos'],
      headlines: [
        'Trabalhos bonitos de ver e cheios de significado.',
        'Transformo ideias em trabalhos que dá vontade de olhar duas vezes.',
        'Trabalho autoral e bem-feito para marcas, publicações e pessoas.',
      ],
      subheadlines: [
        'A {name} é um estúdio independente que cria trabalhos visuais para pequenas marcas, editoras e clientes particulares. Todo projeto começa com uma boa conversa e termina com algo feito para durar.',
        'Da primeira ideia à entrega final, trabalho de perto com cada cliente, com plano claro, prazos honestos e atenção a cada detalhe.',
        'Cuido da luz, das proporções e da história por trás de cada projeto. Veja os trabalhos recentes ou me chame para conversar sobre o seu.',
        'Com base em {city} e disponível para projetos no Brasil inteiro, presencialmente ou a distância.',
      ],
      primaryActions: ['Começar um projeto', 'Fale comigo', 'Consultar agenda'],
      secondaryActions: ['Ver trabalhos', 'Ver pacotes', 'Conhecer minha história'],
    },
    about: {
      headings: ['Sobre mim', 'Quem está por trás do trabalho', 'Como eu trabalho'],
      paragraphs: [
        [
          'Crio coisas desde que me entendo por gente: cadernos cheios de desenhos de prédios, filmes revelados das viagens de família, cartazes para a banda dos amigos. Transformar isso em profissão foi menos uma decisão e mais um caminho natural e feliz.',
          'Nos últimos dez anos trabalhei com marcas independentes, editoras, escritórios de arquitetura e famílias, e os melhores projetos sempre tiveram algo em comum: um cliente que se importava tanto com a história quanto com o resultado.',
          'Hoje a {name} é um estúdio pequeno e independente. Aceito um número limitado de projetos por vez, para que cada um tenha minha atenção total do primeiro contato ao último arquivo.',
        ],
        [
          'Meu trabalho é delicado, preciso e nasce da observação. Passo bastante tempo ouvindo e olhando antes de criar qualquer coisa, porque as melhores ideias costumam estar nos detalhes que os outros deixam passar.',
          'Conto com uma pequena rede de parceiros de confiança, de produtores a gráficas, o que me permite assumir projetos maiores sem perder o cuidado pessoal que faz os clientes me procurarem.',
        ],
        [
          'Todo projeto segue um ritmo simples: a gente conversa, eu proponho um caminho, ajustamos juntos e eu entrego na data combinada. Sem jargão, sem rodadas infinitas, sem surpresa no orçamento.',
          'Acredito que bom trabalho criativo é uma parceria. Você conhece sua história melhor do que ninguém; meu papel é encontrar o jeito mais claro e bonito de contá-la.',
          'Quando não estou trabalhando, estou em livrarias, exposições ou caminhando com a câmera no bolso, juntando ideias para o próximo projeto.',
        ],
      ],
      highlights: [
        '10 anos de trabalho independente',
        'Poucos projetos por vez',
        'Orçamentos e prazos claros',
        'Trabalhos publicados em revistas',
        'Atendimento presencial ou online',
      ],
    },
    features: {
      headings: ['Por que os clientes me escolhem', 'O que esperar', 'Um jeito cuidadoso de trabalhar'],
      intros: [
        'Um processo pessoal e organizado, que deixa o trabalho criativo leve mesmo com prazo apertado.',
        'Trabalhar com um profissional independente deve ser um prazer. Este é o meu compromisso com cada cliente.',
        'Capricho no ofício, comunicação clara e resultados que continuam bonitos por anos.',
      ],
      items: [
        { icon: 'smile', title: 'Atendimento pessoal', text: 'Você fala direto comigo do começo ao fim, sem intermediários nem equipe que muda a cada etapa.' },
        {
          icon: 'palette',
          title: 'Olhar autoral',
          text: 'Um estilo reconhecível, adaptado à sua história e ao seu público, nunca copiado da moda do momento.',
        },
        {
          icon: 'calendar',
          title: 'Plano e datas claros',
          text: 'Proposta por escrito com escopo, etapas e datas de entrega antes de qualquer trabalho começar.',
        },
        {
          icon: 'check',
          title: 'Ajustes bem conduzidos',
          text: 'Duas rodadas de ajustes inclusas, com retornos claros para que cada rodada faça o trabalho avançar.',
        },
        {
          icon: 'award',
          title: 'Padrão profissional',
          text: 'Arquivos em alta resolução, formatos prontos para impressão e arquivamento cuidadoso de cada projeto.',
        },
        {
          icon: 'shield',
          title: 'Direitos de uso claros',
          text: 'Um contrato de licença simples que explica exatamente onde e como você pode usar o trabalho.',
        },
      ],
    },
    offers: {
      headings: ['Trabalhos e serviços', 'O que posso criar para você', 'Serviços'],
      intros: [
        'Cada projeto é único, então estes são pontos de partida. Envio um orçamento detalhado depois da nossa primeira conversa.',
        'De uma encomenda única a uma parceria contínua, veja como podemos trabalhar juntos.',
        'Valores iniciais dos projetos mais procurados. Projetos sob medida são sempre bem-vindos.',
      ],
      items: [
        {
          title: 'Conversa inicial',
          description: 'Uma conversa gratuita de 30 minutos sobre seu projeto, seus objetivos e se combinamos para trabalhar juntos.',
          price: '0',
          icon: 'phone',
          category: 'Para começar',
        },
        {
          title: 'Conceito e primeiros esboços',
          description: 'Uma fase curta de pesquisa e os primeiros conceitos, para você ver o caminho antes de fechar o projeto completo.',
          price: '600.00',
          icon: 'sparkles',
          category: 'Para começar',
        },
        {
          title: 'Encomenda avulsa',
          description: 'Uma peça finalizada ou uma pequena série, do conceito aos arquivos finais, com duas rodadas de ajustes.',
          price: '1200.00',
          icon: 'palette',
          category: 'Encomendas',
        },
        {
          title: 'Meia diária',
          description: 'Quatro horas de trabalho dedicado no local ou no estúdio, com uma seleção cuidadosa de resultados finalizados.',
          price: '1500.00',
          icon: 'camera',
          category: 'Diárias',
        },
        {
          title: 'Diária completa',
          description: 'Um dia inteiro dedicado ao seu projeto, ideal para campanhas, espaços maiores ou várias pessoas.',
          price: '2800.00',
          icon: 'sun',
          category: 'Diárias',
        },
        {
          title: 'Banco de imagens da marca',
          description: 'Um conjunto coeso de peças visuais para site, redes sociais e materiais impressos, pronto para um ano inteiro.',
          price: '4200.00',
          icon: 'star',
          category: 'Encomendas',
        },
        {
          title: 'Projeto editorial',
          description: 'Trabalhos para revistas, livros e relatórios, desenvolvidos junto com editores e diretores de arte.',
          price: '2000.00',
          icon: 'book',
          category: 'Encomendas',
        },
        {
          title: 'Impressões fine art',
          description: 'Impressões em papel de algodão de trabalhos selecionados, assinadas e numeradas, em três tamanhos.',
          price: '350.00',
          icon: 'gift',
          category: 'Impressões',
        },
        {
          title: 'Mentoria',
          description: 'Uma hora de análise de portfólio ou conversa sobre carreira para quem está começando na área criativa.',
          price: '250.00',
          icon: 'users',
          category: 'Diárias',
        },
        {
          title: 'Licença de uso comercial ampliada',
          description: 'Direitos ampliados para publicidade, embalagens ou campanhas nacionais, por ano de uso.',
          price: '800.00',
          icon: 'shield',
          category: 'Licenciamento',
        },
      ],
    },
    testimonials: {
      headings: ['Palavras gentis', 'O que dizem os clientes', 'De quem já trabalhou comigo'],
      items: [
        {
          quote: 'O trabalho traduziu exatamente o que a gente nunca conseguiu explicar sobre a nossa marca. Até hoje recebemos elogios toda semana.',
          name: 'Mariana Costa',
          role: 'Fundadora, Chá da Serra',
        },
        {
          quote: 'Calma, organização e um talento enorme. Os prazos foram cumpridos, os comentários foram bem recebidos e o resultado superou o briefing.',
          name: 'Pedro Carvalho',
          role: 'Diretor de arte, Editora Atlas',
        },
        {
          quote: 'Foi uma parceria de verdade. Cada ideia foi explicada com clareza, e os detalhes fizeram toda a diferença.',
          name: 'Beatriz Lima',
          role: 'Proprietária, Pousada Sal & Cedro',
        },
        {
          quote: 'Encomendamos uma peça para a nossa casa e ganhamos algo que a família vai guardar por gerações.',
          name: 'João Pereira',
          role: 'Cliente particular',
        },
        {
          quote: 'Uma combinação rara de visão artística e profissionalismo. Os leitores adoraram a matéria, e nós também.',
          name: 'Juliana Martins',
          role: 'Editora, Revista Quietude',
        },
        {
          quote: 'Os arquivos chegaram organizados, os direitos de uso estavam claríssimos e o trabalho fica lindo em todo lugar onde usamos.',
          name: 'Gabriel Souza',
          role: 'Coordenador de marketing, Semana de Design do Litoral',
        },
      ],
    },
    faq: {
      headings: ['Perguntas frequentes', 'Bom saber antes de começar', 'Dúvidas comuns dos clientes'],
      items: [
        {
          question: 'Como faço para contratar um projeto?',
          answer:
            'Me mande uma mensagem curta contando sua ideia, o prazo e a faixa de orçamento. Fazemos uma conversa gratuita e depois envio uma proposta por escrito. Um sinal de 30% garante sua data na agenda.',
        },
        {
          question: 'Com quanto tempo de antecedência devo entrar em contato?',
          answer:
            'O ideal é de quatro a oito semanas para a maioria dos projetos. Encomendas maiores podem levar mais tempo, mas sempre tento encaixar trabalhos urgentes quando a agenda permite.',
        },
        {
          question: 'Quantas rodadas de ajustes estão inclusas?',
          answer: 'Duas rodadas de ajustes estão inclusas em todo projeto. Rodadas extras são cobradas por hora, sempre combinadas com você antes.',
        },
        {
          question: 'De quem são os direitos do trabalho e como posso usar?',
          answer:
            'Os direitos autorais continuam comigo, e você recebe uma licença clara para os usos combinados, como site, redes sociais ou uma tiragem impressa. Licenças ampliadas ou exclusivas também são possíveis.',
        },
        {
          question: 'Você atende fora da sua cidade?',
          answer:
            'Atendo. Viajo com frequência para projetos, e muitas encomendas podem ser feitas totalmente a distância. Os custos de deslocamento entram no orçamento desde o início.',
        },
        {
          question: 'Como posso pagar?',
          answer: 'Aceito Pix, transferência e cartão de crédito. Normalmente o projeto é pago em duas partes: o sinal na contratação e o restante na entrega.',
        },
        {
          question: 'O que recebo no final?',
          answer:
            'Arquivos em alta resolução nos formatos de que você precisa, organizados e nomeados com clareza, além de versões prontas para a internet. Impressões ou originais podem ser incluídos em qualquer projeto.',
        },
      ],
    },
    cta: {
      headings: ['Tem um projeto em mente?', 'Vamos criar algo juntos', 'Agenda aberta para novos projetos'],
      texts: [
        'Me conte um pouco sobre sua ideia. Respondo todas as mensagens em até dois dias úteis.',
        'Seja uma peça única ou uma parceria longa, vou adorar saber o que você está planejando.',
        'Aceito poucos projetos por temporada. Entre em contato cedo para garantir suas datas.',
      ],
      actions: ['Começar um projeto', 'Mandar mensagem', 'Consultar agenda'],
    },
    stats: [
      { value: '10', label: 'anos de trabalho independente' },
      { value: '180+', label: 'projetos entregues' },
      { value: '40', label: 'marcas e publicações' },
      { value: '6', label: 'exposições e prêmios' },
    ],
    team: [
      {
        name: 'Larissa Nunes',
        role: 'Produção e atendimento',
        bio: 'Larissa mantém cada projeto no prazo, cuida da logística e costuma ser a primeira voz simpática que os clientes ouvem.',
      },
      {
        name: 'Bruno Teixeira',
        role: 'Assistente de estúdio',
        bio: 'Bruno prepara materiais, monta as sessões e garante que nada fique esquecido nos dias de produção.',
      },
      {
        name: 'Fernanda Gomes',
        role: 'Finalização e impressão',
        bio: 'Fernanda cuida de cor, acabamento e impressão, para que o trabalho fique tão bonito no papel quanto na tela.',
      },
    ],
    pricing: {
      headings: ['Pacotes', 'Formas de trabalharmos juntos', 'Pacotes de projeto'],
      intros: [
        'Três pontos de partida para os projetos mais comuns. Todos podem ser ajustados às suas necessidades.',
        'Pacotes claros com tudo incluso, para você saber exatamente o que vai receber.',
        'Não sabe qual pacote escolher? Conte sobre o seu projeto e eu indico a melhor opção.',
      ],
      tiers: [
        {
          name: 'Essencial',
          price: '1200.00',
          period: '',
          description: 'Um projeto enxuto para uma necessidade específica.',
          features: [
            'Conversa inicial',
            'Um caminho de conceito',
            'Uma peça finalizada ou pequena série',
            'Duas rodadas de ajustes',
            'Arquivos para internet e impressão',
          ],
        },
        {
          name: 'Assinatura',
          price: '2900.00',
          period: '',
          description: 'O pacote mais procurado por marcas e clientes particulares.',
          features: [
            'Conversa inicial e painel de referências',
            'Dois caminhos de conceito',
            'Uma série completa ou peça maior',
            'Duas rodadas de ajustes',
            'Licença comercial padrão',
            'Uma impressão fine art',
          ],
        },
        {
          name: 'Completo',
          price: '5800.00',
          period: '',
          description: 'Uma parceria criativa completa para um grande lançamento ou espaço.',
          features: [
            'Pesquisa e estratégia criativa',
            'Diária completa de produção',
            'Banco de imagens completo',
            'Prioridade na agenda',
            'Licença ampliada por um ano',
          ],
        },
      ],
    },
    blog: {
      headings: ['Blog', 'Notas do estúdio', 'Por trás do trabalho'],
      intros: [
        'Histórias de projetos recentes, dicas práticas para clientes e reflexões sobre o processo criativo.',
        'Textos de vez em quando sobre ofício, parceria e o que inspira o trabalho.',
        'Os bastidores das encomendas mais recentes.',
      ],
      posts: [
        {
          title: 'Como escrever um briefing que traz ótimos resultados',
          slug: 'como-escrever-um-briefing',
          excerpt:
            'Você não precisa ser da área criativa para escrever um bom briefing. Uma página com as respostas certas deixa qualquer projeto mais rápido, tranquilo e bonito.',
          paragraphs: [
            'Os melhores projetos em que trabalhei não começaram com uma ideia perfeita. Começaram com um briefing claro: um cliente que sabia por que o projeto importava, para quem ele era e como seria o sucesso.',
            'Um bom briefing não é longo. Na verdade, quanto mais curto, mais bem pensado ele costuma ser. Uma página basta, desde que responda às perguntas certas com sinceridade.',
            'Seja específico sobre o público e o objetivo, e generoso nas referências. Mostre trabalhos que você ama e trabalhos de que não gosta; os dois ajudam muito. Conte logo de cara os limites práticos, como prazo, orçamento e onde o trabalho vai ser usado.',
            'E, principalmente, deixe espaço para a surpresa. O briefing descreve o problema, não dita a solução. É nesse espaço que aparecem as ideias mais interessantes.',
          ],
          subheading: 'Cinco perguntas que todo briefing deve responder',
          listItems: [
            'Por que começar esse projeto agora?',
            'Para quem ele é, e o que essas pessoas devem sentir ou fazer?',
            'Onde e como o trabalho final vai ser usado?',
            'Qual é o prazo e a faixa de orçamento?',
            'Quais referências você ama e quais quer evitar?',
          ],
          quote: 'Um ótimo briefing descreve bem o problema e deixa a solução em aberto.',
        },
        {
          title: 'Direitos de uso explicados de um jeito simples',
          slug: 'direitos-de-uso-explicados',
          excerpt:
            'Licenciamento parece complicado, mas se resume a poucas perguntas: onde, por quanto tempo e com que exclusividade. Veja o que todo cliente deveria saber.',
          paragraphs: [
            'Quando você encomenda um trabalho criativo, normalmente paga por duas coisas: o tempo e o talento para fazê-lo, e o direito de usá-lo. Essa segunda parte se chama licença, e é uma das mais mal compreendidas de qualquer projeto.',
            'Na maioria dos casos, quem cria mantém os direitos autorais, e o cliente recebe autorização para usar o trabalho de formas combinadas. Isso mantém o preço justo, porque você paga só pelos usos de que realmente precisa.',
            'Uma licença é definida por alguns fatores simples: onde o trabalho vai aparecer, por quanto tempo, em que região e se outras pessoas podem usá-lo. Uma licença para site e redes sociais custa bem menos do que uma campanha publicitária nacional.',
            'Se os planos mudarem, a licença quase sempre pode ser ampliada depois. O importante é conversar sobre isso no começo, para não haver surpresas para nenhum dos lados.',
          ],
          subheading: 'O que uma licença costuma definir',
          listItems: [
            'Os meios: internet, redes sociais, impressos, embalagens ou publicidade.',
            'O prazo: um ano, alguns anos ou tempo indeterminado.',
            'O território: local, nacional ou mundial.',
            'A exclusividade: se o trabalho pode ser licenciado para outros.',
          ],
          quote: 'Uma licença clara protege os dois lados e deixa o trabalho ir mais longe.',
        },
        {
          title: 'Do primeiro rascunho à peça final: os bastidores de uma encomenda',
          slug: 'do-primeiro-rascunho-a-peca-final',
          excerpt: 'Um passo a passo de como um projeto recente tomou forma, incluindo as ideias que ficaram pelo caminho.',
          paragraphs: [
            'As pessoas costumam ver só o resultado, então quis mostrar como uma encomenda recente para uma pousada aconteceu de verdade, da primeira ligação ao dia em que as peças foram para as paredes.',
            'Tudo começou com uma caminhada. Antes de desenhar qualquer coisa, passei uma manhã no lugar, anotando a luz, os materiais e o jeito como os hóspedes circulavam. Essas anotações viraram a base de três conceitos iniciais.',
            'O primeiro conceito era chamativo demais; o segundo, tímido demais. O terceiro, construído a partir das cores do litoral no fim da tarde, pareceu certo na hora. A cliente sentiu o mesmo, e a partir daí só refinamos.',
            'As peças finais foram entregues uma semana antes da inauguração. O que mais gosto é que hoje os hóspedes perguntam sobre elas, e os donos contam a história que construímos juntos.',
          ],
          subheading: 'Como o projeto aconteceu',
          listItems: [
            'Semana 1: conversa de briefing e visita ao local.',
            'Semana 2: pesquisa e três caminhos de conceito.',
            'Semanas 3 a 5: desenvolvimento e duas rodadas de refinamento.',
            'Semana 6: produção final, entrega e instalação.',
          ],
          quote: 'A ideia que sobrevive raramente é a primeira. É a que continua verdadeira depois de uma semana de convivência.',
        },
      ],
    },
    contact: {
      headings: ['Vamos conversar sobre seu projeto', 'Fale comigo', 'Diga olá'],
      intros: [
        'Conte o que você tem em mente, o prazo e a faixa de orçamento. Respondo todas as mensagens em até dois dias úteis.',
        'Tem uma dúvida, uma ideia de parceria ou uma encomenda em mente? Vou adorar saber.',
        'O estúdio funciona com hora marcada. Mande uma mensagem e encontramos o melhor horário para você.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Trabalhos selecionados', 'Projetos recentes', 'Do acervo'],
      captions: [
        'Série sobre a luz da manhã para uma pousada no litoral',
        'Matéria especial para uma revista independente',
        'Identidade visual para uma marca artesanal de chás',
        'Casa de família aberta para o jardim',
        'Série de retratos de artesãos em suas oficinas',
        'Cartaz para um festival regional de design',
        'Capa de livro para uma coletânea de contos de estreia',
        'Natureza-morta no estúdio, parte de uma série autoral',
      ],
    },
    logos: {
      headings: ['Clientes e publicações', 'Já trabalhei com', 'Publicado em'],
      names: ['Chá da Serra', 'Editora Atlas', 'Pousada Sal & Cedro', 'Revista Quietude', 'Semana de Design do Litoral', 'Revista Miolo'],
    },
  },

  es: {
    kind: 'portfolio',
    language: 'es',
    names: ['Estudio Lumbre', 'Taller Sol', 'Trazo y Luz', 'Estudio Marea', 'Casa Papel Estudio', 'Atelier Olmo', 'Estudio {city}'],
    taglines: [
      'Trabajo visual cuidado para personas y marcas con algo que contar.',
      'Imágenes, ideas y espacios hechos con mimo.',
      'Trabajo creativo independiente, del primer boceto a la pieza final.',
      'Un estudio creativo en {city} que trabaja para cualquier lugar.',
    ],
    pages: { home: 'Inicio', about: 'Sobre mí', services: 'Proyectos', contact: 'Contacto', blog: 'Diario', pricing: 'Tarifas' },
    hero: {
      eyebrows: ['Estudio creativo independiente', 'Proyectos seleccionados', 'Agenda abierta para nuevos encargos'],
      headlines: [
        'Trabajos bonitos de ver y llenos de sentido.',
        'Convierto ideas en trabajos que invitan a mirar dos veces.',
        'Trabajo de autor, hecho con oficio, para marcas, publicaciones y personas.',
      ],
      subheadlines: [
        '{name} es un estudio independiente que crea trabajo visual para pequeñas marcas, editoriales y clientes particulares. Cada proyecto empieza con una buena conversación y termina con algo hecho para durar.',
        'De la primera idea a la entrega final, trabajo codo con codo con cada cliente, con un plan claro, plazos honestos y atención a cada detalle.',
        'Me importan la luz, las proporciones y la historia detrás de cada proyecto. Echa un vistazo a los trabajos recientes o escríbeme para hablar del tuyo.',
        'Desde {city}, disponible para proyectos cerca y lejos, en persona o a distancia.',
      ],
      primaryActions: ['Empezar un proyecto', 'Escríbeme', 'Consultar disponibilidad'],
      secondaryActions: ['Ver proyectos', 'Ver tarifas', 'Conocer mi historia'],
    },
    about: {
      headings: ['Sobre mí', 'La persona detrás del trabajo', 'Cómo trabajo'],
      paragraphs: [
        [
          'Llevo creando cosas desde que tengo memoria: cuadernos llenos de edificios dibujados, carretes de los viajes familiares, carteles para los grupos de música de mis amigos. Convertirlo en mi profesión fue menos una decisión que un camino natural y feliz.',
          'En los últimos diez años he trabajado con marcas independientes, editoriales, estudios de arquitectura y familias, y los mejores proyectos siempre tuvieron algo en común: un cliente al que le importaba la historia tanto como el resultado.',
          'Hoy {name} es un estudio pequeño e independiente. Acepto un número limitado de encargos a la vez, para que cada proyecto tenga toda mi atención desde la primera llamada hasta el último archivo.',
        ],
        [
          'Mi trabajo es sereno, preciso y nace de la observación. Paso mucho tiempo escuchando y mirando antes de crear nada, porque las mejores ideas suelen estar en los detalles que los demás pasan por alto.',
          'Trabajo con un pequeño círculo de colaboradores de confianza, de productores a imprentas, lo que me permite asumir proyectos más grandes sin perder el trato cercano que buscan mis clientes.',
        ],
        [
          'Cada proyecto sigue un ritmo sencillo: hablamos, te propongo una dirección, la afinamos juntos y entrego en la fecha acordada. Sin tecnicismos, sin rondas interminables y sin sorpresas en la factura.',
          'Creo que el buen trabajo creativo es una colaboración. Tú conoces tu historia mejor que nadie; mi trabajo es encontrar la forma más clara y bonita de contarla.',
          'Cuando no estoy trabajando, me encontrarás en librerías, museos o dando largos paseos con la cámara en el bolsillo, recogiendo ideas para el siguiente proyecto.',
        ],
      ],
      highlights: [
        '10 años de trabajo independiente',
        'Pocos proyectos a la vez',
        'Presupuestos y plazos claros',
        'Publicado en revistas de diseño',
        'En persona o a distancia',
      ],
    },
    features: {
      headings: ['Por qué me eligen mis clientes', 'Qué puedes esperar', 'Una forma cuidada de trabajar'],
      intros: [
        'Un proceso cercano y organizado que hace que el trabajo creativo sea fácil, incluso con plazos ajustados.',
        'Trabajar con un creativo independiente debería ser un placer. Esto es lo que prometo a cada cliente.',
        'Oficio, comunicación clara y resultados que aguantan el paso de los años.',
      ],
      items: [
        {
          icon: 'smile',
          title: 'Trato directo',
          text: 'Trabajas directamente conmigo de principio a fin, sin intermediarios ni equipos que cambian en cada fase.',
        },
        { icon: 'palette', title: 'Una mirada propia', text: 'Un estilo reconocible, adaptado a tu historia y a tu público, nunca copiado de la última moda.' },
        { icon: 'calendar', title: 'Planes y fechas claros', text: 'Una propuesta por escrito con alcance, fases y fechas de entrega antes de empezar.' },
        {
          icon: 'check',
          title: 'Revisiones bien llevadas',
          text: 'Dos rondas de cambios incluidas, guiadas por comentarios claros para que cada ronda haga avanzar el trabajo.',
        },
        {
          icon: 'award',
          title: 'Acabado profesional',
          text: 'Archivos en alta resolución, formatos listos para imprenta y un archivo ordenado de cada proyecto.',
        },
        { icon: 'shield', title: 'Derechos de uso claros', text: 'Una licencia sencilla que te dice exactamente dónde y cómo puedes usar el trabajo.' },
      ],
    },
    offers: {
      headings: ['Proyectos y servicios', 'Lo que puedo crear para ti', 'Servicios'],
      intros: [
        'Cada proyecto es distinto, así que estos son puntos de partida. Te envío un presupuesto detallado después de nuestra primera conversación.',
        'Desde un encargo puntual hasta una colaboración continua, así podemos trabajar juntos.',
        'Precios de partida de los proyectos que más me piden. Los proyectos a medida siempre son bienvenidos.',
      ],
      items: [
        {
          title: 'Primera conversación',
          description: 'Una charla gratuita de 30 minutos sobre tu proyecto, tus objetivos y si encajamos para trabajar juntos.',
          price: '0',
          icon: 'phone',
          category: 'Para empezar',
        },
        {
          title: 'Concepto y primeros bocetos',
          description: 'Una breve fase de investigación y los primeros conceptos, para que veas la dirección antes de cerrar el proyecto completo.',
          price: '250.00',
          icon: 'sparkles',
          category: 'Para empezar',
        },
        {
          title: 'Encargo individual',
          description: 'Una pieza terminada o una serie corta, del concepto a los archivos finales, con dos rondas de cambios.',
          price: '450.00',
          icon: 'palette',
          category: 'Encargos',
        },
        {
          title: 'Media jornada',
          description: 'Cuatro horas de trabajo dedicado en tu espacio o en el estudio, con una selección cuidada de resultados finales.',
          price: '550.00',
          icon: 'camera',
          category: 'Jornadas',
        },
        {
          title: 'Jornada completa',
          description: 'Un día entero dedicado a tu proyecto, ideal para campañas, espacios grandes o varias personas.',
          price: '950.00',
          icon: 'sun',
          category: 'Jornadas',
        },
        {
          title: 'Banco visual de marca',
          description: 'Un conjunto coherente de piezas para tu web, tus redes y tus impresos, listo para todo un año.',
          price: '1500.00',
          icon: 'star',
          category: 'Encargos',
        },
        {
          title: 'Proyecto editorial',
          description: 'Trabajo para revistas, libros e informes, desarrollado junto a editores y directores de arte.',
          price: '750.00',
          icon: 'book',
          category: 'Encargos',
        },
        {
          title: 'Láminas de edición limitada',
          description: 'Impresiones de archivo de obras seleccionadas, firmadas y numeradas, en tres tamaños.',
          price: '120.00',
          icon: 'gift',
          category: 'Láminas',
        },
        {
          title: 'Sesión de mentoría',
          description: 'Una hora de revisión de portafolio o de conversación sobre tu carrera, para creativos que empiezan.',
          price: '80.00',
          icon: 'users',
          category: 'Jornadas',
        },
        {
          title: 'Ampliación de licencia comercial',
          description: 'Derechos ampliados para publicidad, packaging o campañas nacionales, por año de uso.',
          price: '300.00',
          icon: 'shield',
          category: 'Licencias',
        },
      ],
    },
    testimonials: {
      headings: ['Palabras bonitas', 'Lo que dicen mis clientes', 'De personas con las que he trabajado'],
      items: [
        {
          quote: 'El trabajo captó justo lo que nunca supimos explicar de nuestra marca. Seguimos recibiendo elogios cada semana.',
          name: 'Lucía Fernández',
          role: 'Fundadora, Tés del Olmo',
        },
        {
          quote: 'Calma, orden y muchísimo talento. Se cumplieron los plazos, nuestros comentarios fueron bienvenidos y el resultado superó el encargo.',
          name: 'Raúl Domínguez',
          role: 'Director de arte, Ediciones Atlas',
        },
        {
          quote: 'Fue una colaboración de verdad. Cada idea se explicaba con claridad, y los detalles marcaron la diferencia.',
          name: 'Carmen Ruiz',
          role: 'Propietaria, Hotel Sal y Cedro',
        },
        {
          quote: 'Encargamos una pieza para nuestra casa y acabamos con algo que la familia guardará durante generaciones.',
          name: 'Mateo Vidal',
          role: 'Cliente particular',
        },
        {
          quote: 'Una combinación poco común de mirada artística y profesionalidad. A nuestros lectores les encantó el reportaje, y a nosotros también.',
          name: 'Elena Castro',
          role: 'Editora, Revista Sosiego',
        },
        {
          quote: 'Los archivos llegaron perfectamente ordenados, los derechos de uso estaban clarísimos y el trabajo luce precioso allí donde lo usamos.',
          name: 'Javier Morales',
          role: 'Responsable de marketing, Semana del Diseño del Norte',
        },
      ],
    },
    faq: {
      headings: ['Preguntas frecuentes', 'Conviene saber antes de empezar', 'Lo que suelen preguntarme'],
      items: [
        {
          question: '¿Cómo reservo un proyecto?',
          answer:
            'Escríbeme un mensaje breve con tu idea, tus plazos y tu presupuesto aproximado. Tendremos una llamada gratuita y después te enviaré una propuesta por escrito. Una señal del 30 % reserva tu fecha.',
        },
        {
          question: '¿Con cuánta antelación debo escribirte?',
          answer:
            'Lo ideal son entre cuatro y ocho semanas para la mayoría de los proyectos. Los encargos grandes pueden necesitar más, pero siempre intento hacer hueco a los trabajos urgentes cuando la agenda lo permite.',
        },
        {
          question: '¿Cuántas rondas de cambios incluye?',
          answer: 'Todos los proyectos incluyen dos rondas de cambios. Las rondas adicionales se cobran por horas, siempre acordadas contigo antes.',
        },
        {
          question: '¿De quién es el trabajo y cómo puedo usarlo?',
          answer:
            'Yo conservo los derechos de autor y tú recibes una licencia clara para los usos que acordemos, como tu web, tus redes o una tirada impresa. También es posible ampliar la licencia o hacerla exclusiva.',
        },
        {
          question: '¿Trabajas fuera de tu ciudad?',
          answer:
            'Sí. Viajo a menudo por trabajo y muchos encargos se pueden hacer totalmente a distancia. Los gastos de desplazamiento se incluyen en el presupuesto desde el principio.',
        },
        {
          question: '¿Qué recibo al final?',
          answer:
            'Archivos en alta resolución en los formatos que necesites, ordenados y con nombres claros, además de versiones listas para la web. Puedes añadir láminas u originales a cualquier proyecto.',
        },
        {
          question: '¿Puedo ver más trabajos parecidos a mi proyecto?',
          answer: 'Claro. No todo lo que hago está publicado, así que pídemelo y te enseño proyectos relacionados durante nuestra llamada.',
        },
      ],
    },
    cta: {
      headings: ['¿Tienes un proyecto en mente?', 'Creemos algo juntos', 'Agenda abierta para nuevos proyectos'],
      texts: [
        'Cuéntame un poco tu idea. Respondo a todos los mensajes en dos días laborables como máximo.',
        'Sea una pieza única o una colaboración larga, me encantará saber qué estás preparando.',
        'Acepto pocos proyectos por temporada. Escríbeme con tiempo para reservar tus fechas.',
      ],
      actions: ['Empezar un proyecto', 'Enviar un mensaje', 'Consultar disponibilidad'],
    },
    stats: [
      { value: '10', label: 'años de trabajo independiente' },
      { value: '180+', label: 'proyectos entregados' },
      { value: '40', label: 'marcas y publicaciones' },
      { value: '6', label: 'exposiciones y premios' },
    ],
    team: [
      {
        name: 'Marta Gil',
        role: 'Producción y atención al cliente',
        bio: 'Marta mantiene cada proyecto en plazo, se ocupa de la logística y suele ser la primera voz amable que escuchan los clientes.',
      },
      {
        name: 'Pablo Ortega',
        role: 'Asistente de estudio',
        bio: 'Pablo prepara materiales, monta las sesiones y se asegura de que no se olvide nada en los días de producción.',
      },
      {
        name: 'Valentina Ríos',
        role: 'Postproducción e impresión',
        bio: 'Valentina se encarga del color, los acabados y la impresión, para que el trabajo luzca igual de bien en papel que en pantalla.',
      },
    ],
    pricing: {
      headings: ['Tarifas', 'Formas de trabajar juntos', 'Paquetes de proyecto'],
      intros: [
        'Tres puntos de partida para los proyectos más habituales. Todos se pueden adaptar a lo que necesites.',
        'Paquetes claros con todo incluido, para que sepas exactamente qué vas a recibir.',
        '¿No sabes qué paquete elegir? Cuéntame tu proyecto y te recomiendo la mejor opción.',
      ],
      tiers: [
        {
          name: 'Esencial',
          price: '450.00',
          period: '',
          description: 'Un proyecto concreto para una necesidad concreta.',
          features: [
            'Primera conversación',
            'Una dirección de concepto',
            'Una pieza terminada o serie corta',
            'Dos rondas de cambios',
            'Archivos para web e imprenta',
          ],
        },
        {
          name: 'Firma',
          price: '1100.00',
          period: '',
          description: 'El paquete más pedido por marcas y clientes particulares.',
          features: [
            'Primera conversación y moodboard',
            'Dos direcciones de concepto',
            'Una serie completa o una pieza mayor',
            'Dos rondas de cambios',
            'Licencia comercial estándar',
            'Una lámina de edición limitada',
          ],
        },
        {
          name: 'Completo',
          price: '2200.00',
          period: '',
          description: 'Una colaboración creativa completa para un gran lanzamiento o un espacio.',
          features: [
            'Investigación y estrategia creativa',
            'Jornada completa de producción',
            'Banco visual completo',
            'Prioridad en la agenda',
            'Licencia ampliada durante un año',
          ],
        },
      ],
    },
    blog: {
      headings: ['Diario', 'Notas desde el estudio', 'Detrás del trabajo'],
      intros: [
        'Historias de proyectos recientes, consejos prácticos para clientes y notas sobre el proceso creativo.',
        'Textos ocasionales sobre oficio, colaboración y lo que inspira el trabajo.',
        'Un vistazo a la trastienda de los últimos encargos.',
      ],
      posts: [
        {
          title: 'Cómo escribir un briefing que dé grandes resultados',
          slug: 'como-escribir-un-briefing',
          excerpt:
            'No hace falta ser creativo para escribir un buen briefing. Una página con las respuestas adecuadas hace cualquier proyecto más rápido, tranquilo y mejor.',
          paragraphs: [
            'Los mejores proyectos en los que he trabajado no empezaron con una idea perfecta. Empezaron con un briefing claro: un cliente que sabía por qué importaba el proyecto, para quién era y cómo sería el éxito.',
            'Un buen briefing no es largo. De hecho, cuanto más corto, más pensado suele estar. Una página basta si responde con honestidad a las preguntas adecuadas.',
            'Sé concreto con tu público y tu objetivo, y generoso con las referencias. Enséñame trabajos que te encantan y trabajos que no te gustan; ambos ayudan igual. Cuéntame pronto los límites prácticos, como el plazo, el presupuesto y dónde se usará el trabajo.',
            'Y, sobre todo, deja espacio para la sorpresa. El briefing describe el problema, no dicta la solución. Ese espacio es donde aparecen las ideas más interesantes.',
          ],
          subheading: 'Cinco preguntas que todo briefing debe responder',
          listItems: [
            '¿Por qué empiezas este proyecto ahora?',
            '¿Para quién es y qué debería sentir o hacer esa persona?',
            '¿Dónde y cómo se usará el trabajo terminado?',
            '¿Cuál es tu plazo y tu presupuesto aproximado?',
            '¿Qué referencias te encantan y cuáles quieres evitar?',
          ],
          quote: 'Un gran briefing describe bien el problema y deja abierta la solución.',
        },
        {
          title: 'Derechos de uso, explicados de forma sencilla',
          slug: 'derechos-de-uso-explicados',
          excerpt:
            'Las licencias parecen complicadas, pero se resumen en unas pocas preguntas: dónde, durante cuánto tiempo y con qué exclusividad. Esto es lo que todo cliente debería saber.',
          paragraphs: [
            'Cuando encargas un trabajo creativo, normalmente pagas dos cosas: el tiempo y el talento para hacerlo, y el derecho a usarlo. Esa segunda parte se llama licencia, y es una de las más incomprendidas de cualquier proyecto.',
            'En la mayoría de los casos, quien crea conserva los derechos de autor y el cliente recibe permiso para usar el trabajo de las formas acordadas. Así los precios son justos, porque solo pagas por los usos que de verdad necesitas.',
            'Una licencia se define por unos pocos factores: dónde aparecerá el trabajo, durante cuánto tiempo, en qué territorio y si otras personas pueden usarlo. Una licencia para web y redes cuesta mucho menos que una campaña de publicidad nacional.',
            'Si tus planes cambian, casi siempre se puede ampliar la licencia más adelante. Lo importante es hablarlo al principio, para que no haya sorpresas para nadie.',
          ],
          subheading: 'Qué suele incluir una licencia',
          listItems: [
            'Los medios: web, redes, impresos, packaging o publicidad.',
            'La duración: un año, varios años o sin límite.',
            'El territorio: local, nacional o mundial.',
            'La exclusividad: si el trabajo puede licenciarse a otros.',
          ],
          quote: 'Una licencia clara protege a ambas partes y permite que el trabajo llegue más lejos.',
        },
        {
          title: 'Del primer boceto a la pieza final: así fue un encargo reciente',
          slug: 'del-primer-boceto-a-la-pieza-final',
          excerpt: 'Un recorrido paso a paso por cómo tomó forma un proyecto reciente, incluidas las ideas que se quedaron por el camino.',
          paragraphs: [
            'Normalmente solo se ve el resultado, así que quería contar cómo fue de verdad un encargo reciente para un pequeño hotel, desde la primera llamada hasta el día en que las piezas se colgaron en las paredes.',
            'Todo empezó con un paseo. Antes de dibujar nada, pasé una mañana en el lugar, apuntando la luz, los materiales y cómo se movían los huéspedes. Esas notas fueron la base de tres conceptos iniciales.',
            'El primer concepto era demasiado ruidoso; el segundo, demasiado tímido. El tercero, construido con los colores de la costa al atardecer, encajó enseguida. La clienta también lo vio, y a partir de ahí solo afinamos.',
            'Las piezas finales se entregaron una semana antes de la inauguración. Lo que más me gusta es que ahora los huéspedes preguntan por ellas y los dueños cuentan la historia que construimos juntos.',
          ],
          subheading: 'Cómo se desarrolló el proyecto',
          listItems: [
            'Semana 1: reunión de briefing y visita al lugar.',
            'Semana 2: investigación y tres direcciones de concepto.',
            'Semanas 3 a 5: desarrollo y dos rondas de ajustes.',
            'Semana 6: producción final, entrega e instalación.',
          ],
          quote: 'La idea que sobrevive casi nunca es la primera. Es la que sigue pareciendo verdadera después de convivir con ella una semana.',
        },
      ],
    },
    contact: {
      headings: ['Hablemos de tu proyecto', 'Escríbeme', 'Saluda'],
      intros: [
        'Cuéntame qué tienes en mente, tus plazos y tu presupuesto aproximado. Respondo a todos los mensajes en dos días laborables.',
        '¿Tienes una pregunta, una idea de colaboración o un encargo en mente? Me encantará leerte.',
        'El estudio funciona con cita previa. Escríbeme y buscamos el momento que mejor te venga.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Proyectos seleccionados', 'Trabajos recientes', 'Del archivo'],
      captions: [
        'Serie sobre la luz de la mañana para un hotel de costa',
        'Reportaje para una revista independiente',
        'Identidad visual para una marca artesanal de tés',
        'Una casa familiar abierta al jardín',
        'Serie de retratos de artesanos en sus talleres',
        'Cartel para un festival de diseño regional',
        'Cubierta para un primer libro de relatos',
        'Bodegón de estudio, parte de una serie personal',
      ],
    },
    logos: {
      headings: ['Clientes y publicaciones', 'He trabajado con', 'Publicado en'],
      names: ['Tés del Olmo', 'Ediciones Atlas', 'Hotel Sal y Cedro', 'Revista Sosiego', 'Semana del Diseño del Norte', 'Revista Médula'],
    },
  },
};
