// Copy banks for agencies: design, branding, web and marketing studios.
import type { KindBanks } from '@/lib/sites/templates/copy-bank';

export const agencyBanks: KindBanks = {
  en: {
    kind: 'agency',
    language: 'en',
    names: ['Northbound Studio', 'Brightfield Creative', 'Loop & Line', 'Hatch Studio', 'Fieldnote Agency', 'Tandem Works', '{city} Creative Co.'],
    taglines: [
      'Brands and websites that bring in business.',
      'Strategy, design and marketing for businesses ready to grow.',
      'Good design, measured in results.',
      'The creative partner for growing businesses in {city}.',
    ],
    pages: { home: 'Home', about: 'About', services: 'Services', contact: 'Contact', blog: 'Insights', pricing: 'Packages' },
    hero: {
      eyebrows: ['Branding · Web · Marketing', 'Independent creative studio', 'Design and growth studio'],
      headlines: [
        'We build brands people remember and websites that sell.',
        'Make your business look as good as it really is.',
        'Design that gets noticed. Marketing that gets results.',
      ],
      subheadlines: [
        '{name} is a small, senior team of designers, developers and marketers. We turn what makes your business special into a brand, a website and campaigns that bring in customers.',
        'From logo to launch to your first hundred leads: one team, one plan and no hand-offs along the way.',
        'We partner with small and mid-sized businesses that want a clear brand, a fast website and marketing they can actually measure.',
        'A design and marketing studio in {city}, working with ambitious businesses next door and across the country.',
      ],
      primaryActions: ['Start a project', 'Book a free call', 'Get a proposal'],
      secondaryActions: ['See our work', 'View services', 'How we work'],
    },
    about: {
      headings: ['A small studio with high standards', 'Who we are', 'Why businesses choose {name}'],
      paragraphs: [
        [
          '{name} started with a simple idea: small businesses deserve the same quality of branding and web design that big companies pay agencies millions for, without the bloated teams, endless meetings or surprise invoices.',
          'Today we are a tight-knit team of designers, developers and marketers. Every project is led by a senior person from the first call to launch day, and you always know who is doing the work and when it will be ready.',
          'We measure ourselves by what happens after launch: more calls, more bookings, more sales. If it does not move your business forward, it is not finished.',
        ],
        [
          'We are strategists who design and designers who care about numbers. Before we sketch a single logo or write a line of code, we learn how your business works, who your best customers are and what makes them choose you.',
          'That understanding shapes everything we make, from the words on your homepage to the colors on your delivery van. The result is a brand that feels like you, only sharper, and a website that does its job around the clock.',
        ],
        [
          'Most of our clients come to us after a bad experience: a website that never launched, a logo that never fit, an agency that disappeared after the invoice cleared. We built {name} to be the opposite.',
          'We give fixed quotes, clear timelines and honest advice, even when that advice is to spend less. We write everything in plain language, train your team to update the site themselves and stay on call long after launch.',
          'It is not complicated. It is just how we would want to be treated if we were in your shoes.',
        ],
      ],
      highlights: [
        'Senior team on every project',
        'Fixed quotes, no surprises',
        'Most websites live in 4–6 weeks',
        'Monthly results you can read',
        'You own every file and login',
      ],
    },
    features: {
      headings: ['How we work', 'Why work with us', 'What you can count on'],
      intros: [
        'A clear process, a dedicated team and work that is built to perform, not just to look good in a portfolio.',
        'We keep things simple so you can stay focused on running your business.',
        'Every project follows the same proven path, adapted to your goals and budget.',
      ],
      items: [
        {
          icon: 'chart',
          title: 'Strategy first',
          text: 'We start with your customers, your competitors and your goals, so every design decision has a reason behind it.',
        },
        {
          icon: 'palette',
          title: 'Design with personality',
          text: 'No templates, no trends for their own sake. Your brand should look like nobody else on the block.',
        },
        {
          icon: 'code',
          title: 'Fast, solid websites',
          text: 'Mobile-first, accessible and quick to load, with a simple editor your team can use without calling us.',
        },
        {
          icon: 'rocket',
          title: 'Launch and grow',
          text: 'Launch day is the starting line. We set up analytics, search and ads so you see results from week one.',
        },
        {
          icon: 'users',
          title: 'One dedicated team',
          text: 'The people you meet on the first call are the people who do the work. No juniors hidden behind a salesperson.',
        },
        {
          icon: 'clock',
          title: 'Clear timelines',
          text: 'A dated plan from day one and a weekly update every Friday, so you always know where your project stands.',
        },
        { icon: 'shield', title: 'Yours to keep', text: 'You own your domain, your files and your accounts. No lock-in, no hostage situations.' },
      ],
    },
    offers: {
      headings: ['Services', 'What we do', 'How we can help'],
      intros: [
        'Pick a single service or combine them into one plan. Every quote is fixed and agreed before we start.',
        'Everything a growing business needs to look professional online and win more customers.',
        'Starting prices for our most requested work. Tell us about your project and we will send a detailed proposal within two business days.',
      ],
      items: [
        {
          title: 'Brand identity',
          description: 'Logo, color palette, typography, brand voice and a practical guide so everything you publish looks consistent.',
          price: '2400.00',
          icon: 'palette',
          category: 'Branding',
        },
        {
          title: 'Website design and build',
          description: 'A custom website of up to eight pages, written, designed and built to turn visitors into calls and bookings.',
          price: '4800.00',
          icon: 'code',
          category: 'Web',
        },
        {
          title: 'Landing page',
          description: 'One focused page for a launch, campaign or new service, built to convert and ready in two weeks.',
          price: '1200.00',
          icon: 'rocket',
          category: 'Web',
        },
        {
          title: 'Online store',
          description: 'A store that is easy to manage, with secure checkout, shipping rules and product pages that sell.',
          price: '6500.00',
          icon: 'shopping-bag',
          category: 'Web',
        },
        {
          title: 'SEO audit and plan',
          description: 'A full review of your site and local listings with a prioritized, plain-English plan to climb the search results.',
          price: '900.00',
          icon: 'globe',
          category: 'Marketing',
        },
        {
          title: 'Social media management',
          description: 'Monthly content calendar, design and posting on two channels, plus a short report on what worked.',
          price: '1100.00',
          icon: 'users',
          category: 'Marketing',
        },
        {
          title: 'Paid ads management',
          description: 'Google and Meta campaigns set up, tested and optimized every week. Priced per month, ad spend not included.',
          price: '850.00',
          icon: 'chart',
          category: 'Marketing',
        },
        {
          title: 'Copywriting',
          description: 'Website pages, service descriptions and emails that sound like you and give customers a reason to act.',
          price: '600.00',
          icon: 'book',
          category: 'Branding',
        },
        {
          title: 'Photo and video shoot',
          description: 'A half-day shoot at your location with edited photos and short clips for your website and social media.',
          price: '1500.00',
          icon: 'camera',
          category: 'Branding',
        },
        {
          title: 'Website care plan',
          description: 'Updates, backups, security monitoring and up to two hours of changes every month.',
          price: '150.00',
          icon: 'wrench',
          category: 'Web',
        },
      ],
    },
    testimonials: {
      headings: ['What our clients say', 'Kind words from real clients', 'Trusted by businesses like yours'],
      items: [
        {
          quote:
            'Our new website paid for itself in the first two months. We went from a couple of inquiries a week to more than we can handle, and the whole process was genuinely enjoyable.',
          name: 'Sarah Mitchell',
          role: 'Owner, Harbor & Pine Interiors',
        },
        {
          quote:
            'They asked questions nobody had ever asked us about our own business. The brand they created finally feels like us, and our customers noticed right away.',
          name: 'David Chen',
          role: 'Co-founder, Copper Kettle Coffee',
        },
        {
          quote: 'Fixed price, clear timeline, launched a week early. After two agencies that overpromised, that alone felt like a miracle.',
          name: 'Maya Patel',
          role: 'Practice manager, Greenleaf Dental',
        },
        {
          quote: 'The monthly reports are short and honest. I know exactly what our ad budget is doing, and our cost per booking has dropped by almost half.',
          name: 'Jordan Brooks',
          role: 'Founder, Tidewater Yoga',
        },
        {
          quote: 'I can update the menu and events myself in five minutes. That sounds small, but it changed how we run the business.',
          name: 'Emily Carter',
          role: 'General manager, Maple Street Market',
        },
        {
          quote: 'They treated our small law firm with the same care as a big account. Professional, fast and always one email away.',
          name: 'Marcus Reed',
          role: 'Partner, Summit Legal',
        },
      ],
    },
    faq: {
      headings: ['Frequently asked questions', 'Questions we hear often', 'Before you reach out'],
      items: [
        {
          question: 'How long does a new website take?',
          answer:
            'Most websites go live in four to six weeks from kickoff. Larger sites or online stores take eight to ten weeks. You get a dated plan on day one, and we send an update every Friday.',
        },
        {
          question: 'How much does a project cost?',
          answer:
            'Our starting prices are listed on the Services page. After a free call we send a fixed quote, so the price we agree on is the price you pay, unless you ask for more work.',
        },
        {
          question: 'Do I need to have my copy and photos ready?',
          answer:
            'No. We can write the copy, organize a photo shoot or select quality images for you. If you already have material, we will make the most of it.',
        },
        {
          question: 'Will I be able to update the website myself?',
          answer:
            'Yes. We build on an editor that is easy to use and record a short training video for your team. If you would rather not touch it, our care plan covers regular changes.',
        },
        {
          question: 'Who owns the website and the brand files?',
          answer: 'You do. Once the project is paid, every file, domain, account and password is yours. We never hold your business hostage.',
        },
        {
          question: 'Do you only work with local businesses?',
          answer: 'We love working with neighbors, but most of our process happens online, so we work with clients across the country just as smoothly.',
        },
        {
          question: 'What happens after launch?',
          answer:
            'We monitor the site for the first 30 days at no extra cost and fix anything that comes up. After that you can choose a care plan, ongoing marketing or simply call us when you need something.',
        },
      ],
    },
    cta: {
      headings: ['Ready to grow your business?', "Let's build something great together", 'Your next customer is already looking for you'],
      texts: [
        'Tell us about your business in a short call. You will leave with honest advice and a clear next step, whether you hire us or not.',
        'Book a free 30-minute call and get a fixed proposal within two business days.',
        'Send us a message today. We reply within one business day, usually much sooner.',
      ],
      actions: ['Book a free call', 'Start a project', 'Get your proposal'],
    },
    stats: [
      { value: '140+', label: 'projects launched' },
      { value: '12', label: 'years in business' },
      { value: '2.8x', label: 'average increase in inquiries' },
      { value: '96%', label: 'of clients work with us again' },
    ],
    team: [
      {
        name: 'Rachel Moore',
        role: 'Founder and creative director',
        bio: 'Rachel spent ten years leading brand projects for national companies before starting {name} to bring that craft to independent businesses.',
      },
      {
        name: 'Daniel Kim',
        role: 'Head of web development',
        bio: 'Daniel builds fast, accessible websites and has an almost personal grudge against slow-loading pages.',
      },
      {
        name: 'Olivia Hart',
        role: 'Marketing strategist',
        bio: 'Olivia plans and runs search, social and ad campaigns, and turns the numbers into reports anyone can read.',
      },
      {
        name: 'Chris Alvarez',
        role: 'Brand designer',
        bio: 'Chris designs logos, packaging and signage, and has a sketchbook for every client he has ever worked with.',
      },
    ],
    pricing: {
      headings: ['Packages', 'Simple packages, fixed prices', 'Choose your starting point'],
      intros: [
        'Three ways to work with us. Every package is a fixed price agreed before we start, with no hidden extras.',
        'Not sure which one fits? Book a free call and we will recommend the right package for your goals.',
        'Clear scope, clear price, clear timeline. Pick a package or let us tailor one for you.',
      ],
      tiers: [
        {
          name: 'Launch',
          price: '3500.00',
          period: '',
          description: 'For new businesses that need a professional presence, fast.',
          features: [
            'Logo and essential brand kit',
            'Five-page website',
            'Mobile-friendly and search-ready',
            'Google Business profile setup',
            '30 days of support after launch',
          ],
        },
        {
          name: 'Grow',
          price: '7900.00',
          period: '',
          description: 'Our most popular package: a full brand and a website built to bring in customers.',
          features: [
            'Complete brand identity and guide',
            'Custom website of up to eight pages',
            'Professional copywriting',
            'Local SEO setup',
            'Analytics dashboard',
            '60 days of support after launch',
          ],
        },
        {
          name: 'Partner',
          price: '2500.00',
          period: '/month',
          description: 'An ongoing creative and marketing team, without the cost of hiring one.',
          features: ['Dedicated strategist', 'Website updates and new pages', 'Social media content', 'Ads management', 'Monthly results meeting'],
        },
      ],
    },
    blog: {
      headings: ['Insights', 'Ideas for growing businesses', 'From the studio'],
      intros: [
        'Practical advice on branding, websites and marketing, written for business owners who are short on time.',
        'What we learn from our projects, shared so you can use it in yours.',
        'No jargon, no fluff: ideas you can put to work this week.',
      ],
      posts: [
        {
          title: 'Five signs your website is costing you customers',
          slug: 'five-signs-your-website-is-costing-you-customers',
          excerpt:
            'Your website might look fine to you and still be sending visitors straight to your competitors. Here is how to tell, and what to fix first.',
          paragraphs: [
            'Most business owners look at their website once a year, usually on a laptop, usually from the homepage. Your customers see it very differently: on a phone, in a hurry, often landing on a page you forgot existed.',
            'The good news is that the problems that cost the most are usually the easiest to spot. Open your website on your phone, pretend you have never heard of your business, and try to book, buy or call in under a minute.',
            'If you got stuck, you are not alone. In almost every website review we do, we find the same handful of issues. Fixing them rarely requires a full redesign; it requires attention to what visitors actually need.',
            'Start with the fix that is closest to the money: the button or phone number people use to become customers. Then work your way outward to speed, clarity and trust.',
          ],
          subheading: 'The five warning signs',
          listItems: [
            'It takes more than three seconds to load on a phone.',
            'Your phone number or booking button is hard to find.',
            'The homepage talks about you instead of what customers get.',
            'Prices, hours or services are out of date.',
            'There are no reviews, photos of real work or faces of real people.',
          ],
          quote: 'Your website is the only employee who works every hour of every day. Make sure it knows what to say.',
        },
        {
          title: 'What a brand identity actually includes',
          slug: 'what-a-brand-identity-actually-includes',
          excerpt: 'A logo is only the beginning. Here is what a complete brand identity covers and why each piece earns its place.',
          paragraphs: [
            'When clients ask us for a logo, what they usually want is to look more professional and more memorable. A logo helps, but on its own it rarely gets you there.',
            'A brand identity is the set of decisions that make everything you publish feel like it comes from the same place: the colors on your sign, the tone of your emails, the style of your photos and the way your team answers the phone.',
            'The payoff is consistency, and consistency builds trust. Customers who see the same look and hear the same voice across your website, social media and storefront remember you faster and are more comfortable paying for quality.',
            'You do not need a hundred-page manual. A good brand guide for a small business fits on a few pages and answers one question clearly: how do we look and sound when we show up?',
          ],
          subheading: 'The essentials of a small business brand',
          listItems: [
            'A primary logo plus simpler versions for small spaces and social icons.',
            'A color palette with exact codes for print and screen.',
            'Two typefaces, one for headings and one for text.',
            'A short guide to your brand voice, with words to use and words to avoid.',
            'Ready-made templates for social posts, flyers and presentations.',
          ],
          quote: 'A brand is not what you say you are. It is what people remember after they have met you.',
        },
        {
          title: 'Local SEO in thirty minutes a week',
          slug: 'local-seo-in-thirty-minutes-a-week',
          excerpt: 'You do not need an agency or a big budget to show up when people nearby search for what you do. A short weekly routine goes a long way.',
          paragraphs: [
            'When someone nearby searches for a service like yours, the first results they see are usually a map with three businesses. Getting into that group is one of the highest-return things a local business can do.',
            'The map results are driven by three things: how relevant your listing is, how close you are to the person searching and how well known you seem. You cannot move your shop, but you can do a lot about the other two.',
            'The trick is consistency. Thirty minutes every week beats a frantic weekend once a year, because search engines reward businesses that look active and well looked after.',
            'Block a regular slot in your calendar, keep a simple checklist and track the number of calls and direction requests your listing gets each month. Within a season, you will see the difference.',
          ],
          subheading: 'Your weekly checklist',
          listItems: [
            'Reply to every new review, good or bad, within a few days.',
            'Post one update or photo to your business profile.',
            'Check that your hours, phone number and address match everywhere.',
            'Ask one happy customer for a review.',
          ],
          quote: 'The businesses that win local search are rarely the biggest. They are the ones that show up every week.',
        },
      ],
    },
    contact: {
      headings: ["Let's talk about your project", 'Get in touch', 'Start a conversation'],
      intros: [
        'Tell us a little about your business and what you would like to achieve. We reply within one business day.',
        'Prefer to talk? Call us during office hours or book a free 30-minute call at a time that suits you.',
        'Every great project starts with a simple message. Say hello and we will take it from there.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Selected work', 'Recent projects', 'Work we are proud of'],
      captions: [
        'Brand identity and packaging for a neighborhood coffee roaster',
        'Website redesign for a family dental practice',
        'Online store for an independent home goods shop',
        'Signage and menu design for a new bistro',
        'Social media campaign for a yoga studio opening',
        'Booking website for a boutique law firm',
        "Photo shoot for a local bakery's new menu",
        'Launch landing page for a fitness app',
      ],
    },
    logos: {
      headings: ['Trusted by growing businesses', 'Some of our clients', 'Businesses we have helped grow'],
      names: ['Harbor & Pine', 'Copper Kettle Coffee', 'Greenleaf Dental', 'Tidewater Yoga', 'Maple Street Market', 'Summit Legal'],
    },
  },

  'pt-BR': {
    kind: 'agency',
    language: 'pt-BR',
    names: ['Estúdio Norte', 'Agência Farol', 'Ponto Criativo', 'Studio Ipê', 'Trama Design', 'Alavanca Digital', '{city} Criativa'],
    taglines: [
      'Marcas e sites que trazem clientes.',
      'Estratégia, design e marketing para negócios que querem crescer.',
      'Design bonito é bom. Design que vende é melhor.',
      'O parceiro criativo dos negócios que crescem em {city}.',
    ],
    pages: { home: 'Início', about: 'Sobre', services: 'Serviços', contact: 'Contato', blog: 'Blog', pricing: 'Pacotes' },
    hero: {
      eyebrows: ['Branding · Sites · Marketing', 'Estúdio criativo independente', 'Design e crescimento'],
      headlines: [
        'Criamos marcas que ficam na memória e sites que vendem.',
        'Seu negócio merece parecer tão bom quanto ele é.',
        'Design que chama atenção. Marketing que traz resultado.',
      ],
      subheadlines: [
        'A {name} é uma equipe enxuta e experiente de designers, desenvolvedores e profissionais de marketing. Transformamos o que seu negócio tem de especial em marca, site e campanhas que trazem clientes.',
        'Do logo ao lançamento e aos primeiros cem contatos: uma equipe só, um plano claro e nada de empurra-empurra.',
        'Trabalhamos com pequenas e médias empresas que querem uma marca clara, um site rápido e um marketing com resultado que dá para medir.',
        'Um estúdio de design e marketing em {city}, atendendo negócios ambiciosos do bairro e de todo o Brasil.',
      ],
      primaryActions: ['Começar um projeto', 'Agendar conversa grátis', 'Pedir orçamento'],
      secondaryActions: ['Ver trabalhos', 'Conhecer os serviços', 'Como trabalhamos'],
    },
    about: {
      headings: ['Um estúdio pequeno com padrão alto', 'Quem somos', 'Por que escolher a {name}'],
      paragraphs: [
        [
          'A {name} nasceu de uma ideia simples: o pequeno negócio merece a mesma qualidade de marca e de site que as grandes empresas pagam caro para ter, sem equipes inchadas, reuniões intermináveis ou cobranças surpresa.',
          'Hoje somos um time unido de designers, desenvolvedores e especialistas em marketing. Cada projeto é conduzido por um profissional sênior do primeiro contato até o lançamento, e você sempre sabe quem está cuidando de quê e quando fica pronto.',
          'A gente se mede pelo que acontece depois do lançamento: mais mensagens no WhatsApp, mais agendamentos, mais vendas. Se não ajuda seu negócio a andar, o trabalho ainda não terminou.',
        ],
        [
          'Somos estrategistas que desenham e designers que gostam de números. Antes de rabiscar qualquer logo ou escrever uma linha de código, entendemos como seu negócio funciona, quem são seus melhores clientes e por que eles escolhem você.',
          'Esse entendimento guia tudo o que criamos, do texto da página inicial à cor da fachada. O resultado é uma marca com a sua cara, só que mais afiada, e um site que trabalha por você 24 horas por dia.',
        ],
        [
          'Muitos clientes chegam até nós depois de uma experiência ruim: o site que nunca ficou pronto, o logo que nunca combinou, a agência que sumiu depois do pagamento. Criamos a {name} para ser o contrário disso.',
          'Trabalhamos com orçamento fechado, prazos claros e conselhos sinceros, mesmo quando o conselho é gastar menos. Explicamos tudo sem jargão, ensinamos sua equipe a atualizar o site e continuamos por perto depois da entrega.',
          'Não tem segredo. É só tratar cada cliente como a gente gostaria de ser tratado.',
        ],
      ],
      highlights: [
        'Equipe sênior em todo projeto',
        'Orçamento fechado, sem surpresas',
        'Sites no ar em 4 a 6 semanas',
        'Relatórios mensais fáceis de ler',
        'Arquivos e acessos são seus',
      ],
    },
    features: {
      headings: ['Como trabalhamos', 'Por que trabalhar com a gente', 'O que você pode esperar'],
      intros: [
        'Processo claro, equipe dedicada e um trabalho feito para dar resultado, não só para ficar bonito no portfólio.',
        'Deixamos tudo simples para você continuar focado no seu negócio.',
        'Todo projeto segue o mesmo caminho testado, ajustado aos seus objetivos e ao seu orçamento.',
      ],
      items: [
        {
          icon: 'chart',
          title: 'Estratégia antes de tudo',
          text: 'Começamos pelos seus clientes, concorrentes e metas, para que cada decisão de design tenha um motivo.',
        },
        {
          icon: 'palette',
          title: 'Design com personalidade',
          text: 'Nada de modelo pronto ou moda passageira. Sua marca precisa ser diferente de todas as outras da rua.',
        },
        {
          icon: 'code',
          title: 'Sites rápidos e sólidos',
          text: 'Pensados primeiro para o celular, acessíveis e leves, com um editor simples que sua equipe usa sem depender de nós.',
        },
        {
          icon: 'rocket',
          title: 'Lançar e crescer',
          text: 'O lançamento é só a largada. Configuramos métricas, Google e anúncios para você ver resultado desde a primeira semana.',
        },
        {
          icon: 'users',
          title: 'Uma equipe dedicada',
          text: 'Quem conversa com você na primeira reunião é quem faz o trabalho. Sem estagiário escondido atrás do comercial.',
        },
        {
          icon: 'clock',
          title: 'Prazos combinados',
          text: 'Cronograma com datas desde o primeiro dia e atualização toda sexta-feira. Você sempre sabe em que pé está o projeto.',
        },
        {
          icon: 'shield',
          title: 'Tudo no seu nome',
          text: 'Domínio, arquivos e contas ficam com você. Sem amarras e sem dor de cabeça para mudar de fornecedor.',
        },
      ],
    },
    offers: {
      headings: ['Serviços', 'O que fazemos', 'Como podemos ajudar'],
      intros: [
        'Escolha um serviço ou combine vários em um plano. Todo orçamento é fechado e aprovado antes de começarmos.',
        'Tudo o que um negócio em crescimento precisa para parecer profissional na internet e conquistar mais clientes.',
        'Preços iniciais dos nossos serviços mais procurados. Conte sobre seu projeto e enviamos uma proposta detalhada em até dois dias úteis.',
      ],
      items: [
        {
          title: 'Identidade visual',
          description: 'Logo, paleta de cores, tipografia, tom de voz e um manual prático para tudo o que você publica ficar consistente.',
          price: '4500.00',
          icon: 'palette',
          category: 'Marca',
        },
        {
          title: 'Site institucional',
          description: 'Site sob medida com até oito páginas, com texto, design e desenvolvimento pensados para gerar contatos e agendamentos.',
          price: '6900.00',
          icon: 'code',
          category: 'Sites',
        },
        {
          title: 'Landing page',
          description: 'Uma página focada para lançamento, campanha ou serviço novo, feita para converter e pronta em duas semanas.',
          price: '1900.00',
          icon: 'rocket',
          category: 'Sites',
        },
        {
          title: 'Loja virtual',
          description: 'Loja fácil de administrar, com Pix e cartão, regras de frete e páginas de produto que vendem.',
          price: '9800.00',
          icon: 'shopping-bag',
          category: 'Sites',
        },
        {
          title: 'Diagnóstico de SEO',
          description: 'Análise completa do site e do Perfil da Empresa no Google, com um plano priorizado e em linguagem simples para subir nas buscas.',
          price: '1500.00',
          icon: 'globe',
          category: 'Marketing',
        },
        {
          title: 'Gestão de redes sociais',
          description: 'Calendário mensal, criação de posts e publicação no Instagram e em mais uma rede, com relatório do que funcionou. Valor mensal.',
          price: '1800.00',
          icon: 'users',
          category: 'Marketing',
        },
        {
          title: 'Gestão de tráfego pago',
          description: 'Campanhas no Google e na Meta criadas, testadas e otimizadas toda semana. Valor mensal, sem incluir a verba dos anúncios.',
          price: '1400.00',
          icon: 'chart',
          category: 'Marketing',
        },
        {
          title: 'Redação publicitária',
          description: 'Textos para site, apresentação de serviços e e-mails que soam como você e dão ao cliente um motivo para agir.',
          price: '900.00',
          icon: 'book',
          category: 'Marca',
        },
        {
          title: 'Ensaio de fotos e vídeos',
          description: 'Meia diária de produção no seu espaço, com fotos tratadas e vídeos curtos para o site e as redes.',
          price: '2200.00',
          icon: 'camera',
          category: 'Marca',
        },
        {
          title: 'Plano de manutenção',
          description: 'Atualizações, backups, monitoramento de segurança e até duas horas de ajustes por mês.',
          price: '290.00',
          icon: 'wrench',
          category: 'Sites',
        },
      ],
    },
    testimonials: {
      headings: ['O que nossos clientes dizem', 'Quem trabalhou com a gente recomenda', 'A confiança de negócios como o seu'],
      items: [
        {
          quote:
            'O site novo se pagou em dois meses. Saímos de duas ou três mensagens por semana para mais pedidos do que conseguimos atender. E o processo foi leve do começo ao fim.',
          name: 'Ana Ribeiro',
          role: 'Sócia, Casa Ribeiro Decor',
        },
        {
          quote:
            'Eles fizeram perguntas sobre o nosso negócio que ninguém nunca tinha feito. A marca nova finalmente tem a nossa cara, e os clientes perceberam na hora.',
          name: 'João Pereira',
          role: 'Fundador, Torra Café',
        },
        {
          quote:
            'Preço fechado, prazo claro e o site entrou no ar uma semana antes. Depois de duas agências que prometeram e não cumpriram, isso foi um alívio.',
          name: 'Mariana Costa',
          role: 'Gerente, Clínica Sorriso Leve',
        },
        {
          quote:
            'Os relatórios são curtos e sinceros. Sei exatamente o que a verba de anúncios está fazendo, e o custo por agendamento caiu quase pela metade.',
          name: 'Rafael Almeida',
          role: 'Fundador, Estúdio Respira Yoga',
        },
        {
          quote: 'Consigo atualizar o cardápio e a agenda de eventos sozinha em cinco minutos. Parece pouca coisa, mas mudou a rotina da casa.',
          name: 'Camila Santos',
          role: 'Gerente, Empório da Vila',
        },
        {
          quote: 'Trataram nosso escritório pequeno com o mesmo cuidado de uma conta grande. Profissionais, rápidos e sempre disponíveis no WhatsApp.',
          name: 'Lucas Oliveira',
          role: 'Advogado sócio, Oliveira & Lima Advocacia',
        },
      ],
    },
    faq: {
      headings: ['Perguntas frequentes', 'Dúvidas comuns', 'Antes de falar com a gente'],
      items: [
        {
          question: 'Quanto tempo leva para fazer um site?',
          answer:
            'A maioria dos sites entra no ar entre quatro e seis semanas depois do início. Sites maiores e lojas virtuais levam de oito a dez semanas. Você recebe um cronograma com datas logo no primeiro dia e uma atualização toda sexta-feira.',
        },
        {
          question: 'Quanto custa um projeto?',
          answer:
            'Os preços iniciais estão na página de Serviços. Depois de uma conversa gratuita, enviamos um orçamento fechado: o valor combinado é o valor que você paga, a não ser que peça trabalhos extras.',
        },
        {
          question: 'Vocês parcelam?',
          answer: 'Sim. Projetos podem ser pagos em parcelas ao longo do cronograma, por Pix, boleto ou cartão. Combinamos a melhor forma na proposta.',
        },
        {
          question: 'Preciso ter textos e fotos prontos?',
          answer:
            'Não. Podemos escrever os textos, organizar um ensaio de fotos ou selecionar imagens de qualidade. Se você já tem material, aproveitamos o que for bom.',
        },
        {
          question: 'Vou conseguir atualizar o site sozinho?',
          answer:
            'Sim. Usamos um editor fácil e gravamos um vídeo curto de treinamento para sua equipe. Se preferir não mexer, o plano de manutenção cobre os ajustes do dia a dia.',
        },
        {
          question: 'De quem são o site e os arquivos da marca?',
          answer: 'Seus. Com o projeto pago, todos os arquivos, o domínio, as contas e as senhas ficam no seu nome.',
        },
        {
          question: 'Vocês atendem clientes de outras cidades?',
          answer:
            'Atendemos. Boa parte do processo acontece por videochamada e WhatsApp, então trabalhamos com clientes de todo o Brasil com a mesma agilidade.',
        },
      ],
    },
    cta: {
      headings: ['Pronto para fazer seu negócio crescer?', 'Vamos criar algo incrível juntos', 'Seu próximo cliente já está procurando por você'],
      texts: [
        'Conte sobre o seu negócio em uma conversa rápida. Você sai com conselhos sinceros e um próximo passo claro, contratando a gente ou não.',
        'Agende uma conversa gratuita de 30 minutos e receba uma proposta fechada em até dois dias úteis.',
        'Mande uma mensagem hoje. Respondemos em até um dia útil, quase sempre bem antes.',
      ],
      actions: ['Agendar conversa grátis', 'Começar um projeto', 'Receber proposta'],
    },
    stats: [
      { value: '140+', label: 'projetos entregues' },
      { value: '12', label: 'anos de estúdio' },
      { value: '2,8x', label: 'mais contatos, em média' },
      { value: '96%', label: 'dos clientes voltam a contratar' },
    ],
    team: [
      {
        name: 'Beatriz Lima',
        role: 'Fundadora e diretora de criação',
        bio: 'Beatriz passou dez anos liderando projetos de marca para grandes empresas antes de fundar a {name} para levar esse cuidado aos negócios independentes.',
      },
      {
        name: 'Thiago Rocha',
        role: 'Líder de desenvolvimento',
        bio: 'Thiago constrói sites rápidos e acessíveis e leva para o lado pessoal qualquer página que demora para carregar.',
      },
      {
        name: 'Juliana Martins',
        role: 'Estrategista de marketing',
        bio: 'Juliana planeja e acompanha campanhas no Google, no Instagram e em anúncios, e transforma números em relatórios que qualquer pessoa entende.',
      },
      {
        name: 'Pedro Carvalho',
        role: 'Designer de marca',
        bio: 'Pedro cria logos, embalagens e fachadas, e guarda um caderno de rascunhos para cada cliente que já atendeu.',
      },
    ],
    pricing: {
      headings: ['Pacotes', 'Pacotes simples, preço fechado', 'Escolha por onde começar'],
      intros: [
        'Três formas de trabalhar com a gente. Todo pacote tem preço fechado e combinado antes de começar, sem extras escondidos.',
        'Não sabe qual escolher? Agende uma conversa gratuita e indicamos o pacote certo para os seus objetivos.',
        'Escopo claro, preço claro e prazo claro. Escolha um pacote ou peça um sob medida.',
      ],
      tiers: [
        {
          name: 'Começar',
          price: '5900.00',
          period: '',
          description: 'Para negócios novos que precisam de uma presença profissional, rápido.',
          features: [
            'Logo e kit básico de marca',
            'Site com cinco páginas',
            'Pronto para celular e para o Google',
            'Configuração do Perfil da Empresa no Google',
            '30 dias de suporte após o lançamento',
          ],
        },
        {
          name: 'Crescer',
          price: '12900.00',
          period: '',
          description: 'Nosso pacote mais escolhido: marca completa e um site feito para trazer clientes.',
          features: [
            'Identidade visual completa com manual',
            'Site sob medida com até oito páginas',
            'Textos profissionais',
            'SEO local configurado',
            'Painel de métricas',
            '60 dias de suporte após o lançamento',
          ],
        },
        {
          name: 'Parceria',
          price: '3900.00',
          period: '/mês',
          description: 'Um time de criação e marketing contínuo, sem o custo de contratar um.',
          features: [
            'Estrategista dedicado',
            'Atualizações e páginas novas no site',
            'Conteúdo para redes sociais',
            'Gestão de anúncios',
            'Reunião mensal de resultados',
          ],
        },
      ],
    },
    blog: {
      headings: ['Blog', 'Ideias para negócios em crescimento', 'Direto do estúdio'],
      intros: [
        'Dicas práticas de marca, sites e marketing para quem toca um negócio e tem pouco tempo.',
        'O que aprendemos nos nossos projetos, compartilhado para você aplicar nos seus.',
        'Sem jargão e sem enrolação: ideias para colocar em prática ainda esta semana.',
      ],
      posts: [
        {
          title: 'Cinco sinais de que seu site está afastando clientes',
          slug: 'cinco-sinais-de-que-seu-site-esta-afastando-clientes',
          excerpt:
            'Seu site pode parecer bom para você e mesmo assim estar mandando visitantes direto para a concorrência. Veja como identificar e o que corrigir primeiro.',
          paragraphs: [
            'A maioria dos donos de negócio olha o próprio site uma vez por ano, geralmente no computador e pela página inicial. Seus clientes veem de um jeito bem diferente: no celular, com pressa e muitas vezes caindo numa página que você nem lembrava que existia.',
            'A boa notícia é que os problemas que mais custam caro costumam ser os mais fáceis de achar. Abra seu site no celular, finja que nunca ouviu falar da sua empresa e tente agendar, comprar ou chamar no WhatsApp em menos de um minuto.',
            'Se você travou em algum momento, não está sozinho. Em quase todo diagnóstico que fazemos aparecem os mesmos problemas. Resolver raramente exige um site novo; exige atenção ao que o visitante realmente precisa.',
            'Comece pelo ajuste mais perto do dinheiro: o botão ou o contato que transforma visitante em cliente. Depois avance para velocidade, clareza e confiança.',
          ],
          subheading: 'Os cinco sinais de alerta',
          listItems: [
            'O site leva mais de três segundos para abrir no celular.',
            'O botão de WhatsApp ou de agendamento é difícil de encontrar.',
            'A página inicial fala da empresa, e não do que o cliente ganha.',
            'Preços, horários ou serviços estão desatualizados.',
            'Não há avaliações, fotos de trabalhos reais nem rostos da equipe.',
          ],
          quote: 'Seu site é o único funcionário que trabalha todas as horas de todos os dias. Garanta que ele saiba o que dizer.',
        },
        {
          title: 'O que uma identidade visual inclui de verdade',
          slug: 'o-que-uma-identidade-visual-inclui-de-verdade',
          excerpt: 'O logo é só o começo. Veja o que faz parte de uma identidade visual completa e por que cada peça faz diferença.',
          paragraphs: [
            'Quando um cliente pede um logo, o que ele quer na maioria das vezes é parecer mais profissional e ser lembrado. O logo ajuda, mas sozinho quase nunca resolve.',
            'Identidade visual é o conjunto de decisões que faz tudo o que você publica parecer vir do mesmo lugar: as cores da fachada, o tom das mensagens, o estilo das fotos e até o jeito como a equipe atende o telefone.',
            'O ganho é consistência, e consistência gera confiança. O cliente que vê a mesma cara e ouve a mesma voz no site, no Instagram e na loja lembra de você mais rápido e fica mais à vontade para pagar por qualidade.',
            'Você não precisa de um manual de cem páginas. Um bom guia de marca para pequeno negócio cabe em poucas páginas e responde uma pergunta com clareza: como a gente aparece e como a gente fala?',
          ],
          subheading: 'O essencial de uma marca para pequenos negócios',
          listItems: [
            'Logo principal e versões simplificadas para espaços pequenos e foto de perfil.',
            'Paleta de cores com os códigos exatos para impressão e tela.',
            'Duas fontes: uma para títulos e outra para textos.',
            'Um guia curto de tom de voz, com palavras para usar e para evitar.',
            'Modelos prontos para posts, panfletos e apresentações.',
          ],
          quote: 'Marca não é o que você diz que é. É o que as pessoas lembram depois de conhecer você.',
        },
        {
          title: 'SEO local em trinta minutos por semana',
          slug: 'seo-local-em-trinta-minutos-por-semana',
          excerpt:
            'Você não precisa de agência nem de muito dinheiro para aparecer quando alguém perto pesquisa pelo que você faz. Uma rotina curta já faz diferença.',
          paragraphs: [
            'Quando alguém da região pesquisa por um serviço como o seu, os primeiros resultados costumam ser um mapa com três empresas. Entrar nesse grupo é uma das ações com melhor retorno para um negócio local.',
            'O mapa leva em conta três coisas: o quanto seu perfil é relevante, a distância até quem está pesquisando e o quanto sua empresa parece conhecida. Você não pode mudar o endereço, mas pode fazer muito pelas outras duas.',
            'O segredo é constância. Trinta minutos toda semana valem mais do que um fim de semana corrido uma vez por ano, porque o Google valoriza empresas que parecem ativas e bem cuidadas.',
            'Reserve um horário fixo na agenda, mantenha uma lista simples e acompanhe todo mês quantas ligações e pedidos de rota seu perfil recebe. Em poucos meses você vê a diferença.',
          ],
          subheading: 'Sua lista da semana',
          listItems: [
            'Responder todas as avaliações novas, boas ou ruins, em poucos dias.',
            'Publicar uma novidade ou foto no Perfil da Empresa no Google.',
            'Conferir se horário, telefone e endereço estão iguais em todos os lugares.',
            'Pedir uma avaliação para um cliente satisfeito.',
          ],
          quote: 'Quem ganha a busca local raramente é o maior. É quem aparece toda semana.',
        },
      ],
    },
    contact: {
      headings: ['Vamos conversar sobre seu projeto', 'Fale com a gente', 'Comece uma conversa'],
      intros: [
        'Conte um pouco sobre seu negócio e o que você quer alcançar. Respondemos em até um dia útil.',
        'Prefere conversar? Ligue ou chame no WhatsApp em horário comercial, ou agende uma conversa gratuita de 30 minutos.',
        'Todo grande projeto começa com uma mensagem simples. Dê um oi e a gente cuida do resto.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Trabalhos selecionados', 'Projetos recentes', 'Trabalhos de que nos orgulhamos'],
      captions: [
        'Identidade visual e embalagens para uma torrefação de bairro',
        'Novo site para uma clínica odontológica familiar',
        'Loja virtual para uma marca independente de decoração',
        'Fachada e cardápio para um bistrô recém-inaugurado',
        'Campanha nas redes para a inauguração de um estúdio de yoga',
        'Site com agendamento para um escritório de advocacia',
        'Ensaio de fotos para o cardápio novo de uma padaria',
        'Landing page de lançamento para um aplicativo de treinos',
      ],
    },
    logos: {
      headings: ['Negócios que confiam na gente', 'Alguns dos nossos clientes', 'Empresas que ajudamos a crescer'],
      names: ['Casa Ribeiro Decor', 'Torra Café', 'Clínica Sorriso Leve', 'Respira Yoga', 'Empório da Vila', 'Oliveira & Lima Advocacia'],
    },
  },

  es: {
    kind: 'agency',
    language: 'es',
    names: ['Estudio Brújula', 'Agencia Faro', 'Punto y Trazo', 'Taller Norte', 'Marea Creativa', 'Palanca Digital', '{city} Creativa'],
    taglines: [
      'Marcas y webs que te traen clientes.',
      'Estrategia, diseño y marketing para negocios con ganas de crecer.',
      'Diseño bonito está bien. Diseño que vende, mucho mejor.',
      'El estudio creativo de los negocios que crecen en {city}.',
    ],
    pages: { home: 'Inicio', about: 'Nosotros', services: 'Servicios', contact: 'Contacto', blog: 'Blog', pricing: 'Paquetes' },
    hero: {
      eyebrows: ['Marca · Web · Marketing', 'Estudio creativo independiente', 'Diseño y crecimiento'],
      headlines: [
        'Creamos marcas que se recuerdan y webs que venden.',
        'Haz que tu negocio se vea tan bien como realmente es.',
        'Diseño que se nota. Marketing que da resultados.',
      ],
      subheadlines: [
        '{name} es un equipo pequeño y con experiencia de diseñadores, desarrolladores y especialistas en marketing. Convertimos lo que hace especial a tu negocio en una marca, una web y campañas que te traen clientes.',
        'Del logo al lanzamiento y a tus primeros cien contactos: un solo equipo, un plan claro y nada de pasarse la pelota.',
        'Trabajamos con pequeñas y medianas empresas que quieren una marca clara, una web rápida y un marketing cuyos resultados se pueden medir.',
        'Un estudio de diseño y marketing en {city} que trabaja con negocios con ambición, aquí al lado y en todo el país.',
      ],
      primaryActions: ['Empezar un proyecto', 'Reservar una llamada gratis', 'Pedir presupuesto'],
      secondaryActions: ['Ver proyectos', 'Ver servicios', 'Cómo trabajamos'],
    },
    about: {
      headings: ['Un estudio pequeño con un listón alto', 'Quiénes somos', 'Por qué elegir {name}'],
      paragraphs: [
        [
          '{name} nació de una idea sencilla: los negocios pequeños merecen la misma calidad de marca y diseño web que las grandes empresas pagan a precio de oro, sin equipos inflados, reuniones eternas ni facturas sorpresa.',
          'Hoy somos un equipo muy unido de diseñadores, desarrolladores y especialistas en marketing. Cada proyecto lo lleva una persona sénior desde la primera llamada hasta el lanzamiento, y siempre sabes quién hace qué y cuándo estará listo.',
          'Nos medimos por lo que pasa después del lanzamiento: más llamadas, más reservas, más ventas. Si no hace avanzar tu negocio, no está terminado.',
        ],
        [
          'Somos estrategas que diseñan y diseñadores a los que les importan los números. Antes de dibujar un logo o escribir una línea de código, entendemos cómo funciona tu negocio, quiénes son tus mejores clientes y por qué te eligen.',
          'Eso guía todo lo que hacemos, desde los textos de tu página de inicio hasta los colores de tu escaparate. El resultado es una marca que se parece a ti, pero más afinada, y una web que trabaja para ti las 24 horas.',
        ],
        [
          'Muchos clientes llegan a nosotros después de una mala experiencia: la web que nunca se publicó, el logo que nunca encajó, la agencia que desapareció en cuanto cobró. Creamos {name} para ser todo lo contrario.',
          'Trabajamos con presupuestos cerrados, plazos claros y consejos honestos, aunque el consejo sea gastar menos. Lo explicamos todo sin tecnicismos, enseñamos a tu equipo a actualizar la web y seguimos a tu lado después del lanzamiento.',
          'No tiene más misterio. Tratamos a cada cliente como nos gustaría que nos trataran a nosotros.',
        ],
      ],
      highlights: [
        'Equipo sénior en cada proyecto',
        'Presupuesto cerrado, sin sorpresas',
        'Webs publicadas en 4–6 semanas',
        'Informes mensuales fáciles de leer',
        'Tus archivos y accesos son tuyos',
      ],
    },
    features: {
      headings: ['Cómo trabajamos', 'Por qué trabajar con nosotros', 'Con qué puedes contar'],
      intros: [
        'Un proceso claro, un equipo dedicado y un trabajo pensado para dar resultados, no solo para lucir en un portafolio.',
        'Lo hacemos sencillo para que tú puedas seguir centrado en tu negocio.',
        'Cada proyecto sigue el mismo camino probado, adaptado a tus objetivos y a tu presupuesto.',
      ],
      items: [
        {
          icon: 'chart',
          title: 'Primero, la estrategia',
          text: 'Empezamos por tus clientes, tu competencia y tus objetivos, para que cada decisión de diseño tenga un porqué.',
        },
        {
          icon: 'palette',
          title: 'Diseño con personalidad',
          text: 'Sin plantillas ni modas pasajeras. Tu marca tiene que distinguirse de todas las demás de tu calle.',
        },
        {
          icon: 'code',
          title: 'Webs rápidas y sólidas',
          text: 'Pensadas primero para el móvil, accesibles y ligeras, con un editor sencillo que tu equipo puede usar sin llamarnos.',
        },
        {
          icon: 'rocket',
          title: 'Lanzar y crecer',
          text: 'El lanzamiento es solo la salida. Configuramos analítica, buscadores y anuncios para que veas resultados desde la primera semana.',
        },
        {
          icon: 'users',
          title: 'Un equipo dedicado',
          text: 'Las personas que conoces en la primera llamada son las que hacen el trabajo. Sin becarios escondidos detrás de un comercial.',
        },
        {
          icon: 'clock',
          title: 'Plazos claros',
          text: 'Un calendario con fechas desde el primer día y una actualización cada viernes. Siempre sabes cómo va tu proyecto.',
        },
        { icon: 'shield', title: 'Todo a tu nombre', text: 'Tu dominio, tus archivos y tus cuentas son tuyos. Sin permanencias ni ataduras.' },
      ],
    },
    offers: {
      headings: ['Servicios', 'Qué hacemos', 'Cómo te podemos ayudar'],
      intros: [
        'Elige un servicio o combina varios en un plan. Cada presupuesto es cerrado y lo acordamos antes de empezar.',
        'Todo lo que un negocio en crecimiento necesita para verse profesional en internet y ganar más clientes.',
        'Precios de partida de nuestros servicios más pedidos. Cuéntanos tu proyecto y te enviamos una propuesta detallada en dos días laborables.',
      ],
      items: [
        {
          title: 'Identidad de marca',
          description: 'Logo, paleta de colores, tipografías, tono de voz y una guía práctica para que todo lo que publiques sea coherente.',
          price: '1800.00',
          icon: 'palette',
          category: 'Marca',
        },
        {
          title: 'Diseño y desarrollo web',
          description: 'Una web a medida de hasta ocho páginas, con textos, diseño y desarrollo pensados para convertir visitas en llamadas y reservas.',
          price: '3200.00',
          icon: 'code',
          category: 'Web',
        },
        {
          title: 'Landing page',
          description: 'Una sola página enfocada en un lanzamiento, una campaña o un servicio nuevo, lista en dos semanas.',
          price: '850.00',
          icon: 'rocket',
          category: 'Web',
        },
        {
          title: 'Tienda online',
          description: 'Una tienda fácil de gestionar, con pago seguro, reglas de envío y fichas de producto que venden.',
          price: '4500.00',
          icon: 'shopping-bag',
          category: 'Web',
        },
        {
          title: 'Auditoría SEO',
          description: 'Revisión completa de tu web y de tu ficha de Google, con un plan priorizado y en lenguaje claro para subir en los buscadores.',
          price: '600.00',
          icon: 'globe',
          category: 'Marketing',
        },
        {
          title: 'Gestión de redes sociales',
          description: 'Calendario mensual, diseño y publicación en dos redes, con un informe breve de lo que ha funcionado. Precio mensual.',
          price: '750.00',
          icon: 'users',
          category: 'Marketing',
        },
        {
          title: 'Gestión de publicidad online',
          description: 'Campañas en Google y Meta creadas, probadas y optimizadas cada semana. Precio mensual, inversión en anuncios aparte.',
          price: '600.00',
          icon: 'chart',
          category: 'Marketing',
        },
        {
          title: 'Redacción de textos',
          description: 'Textos para tu web, tus servicios y tus correos que suenan a ti y dan a tus clientes un motivo para actuar.',
          price: '400.00',
          icon: 'book',
          category: 'Marca',
        },
        {
          title: 'Sesión de foto y vídeo',
          description: 'Media jornada de rodaje en tu local, con fotos editadas y vídeos cortos para tu web y tus redes.',
          price: '950.00',
          icon: 'camera',
          category: 'Marca',
        },
        {
          title: 'Plan de mantenimiento web',
          description: 'Actualizaciones, copias de seguridad, vigilancia de seguridad y hasta dos horas de cambios al mes.',
          price: '90.00',
          icon: 'wrench',
          category: 'Web',
        },
      ],
    },
    testimonials: {
      headings: ['Lo que dicen nuestros clientes', 'Palabras de clientes reales', 'La confianza de negocios como el tuyo'],
      items: [
        {
          quote:
            'La web nueva se pagó sola en dos meses. Pasamos de un par de consultas a la semana a más de las que podemos atender, y el proceso fue un gusto de principio a fin.',
          name: 'Lucía Fernández',
          role: 'Propietaria, Casa Olivo Interiorismo',
        },
        {
          quote:
            'Nos hicieron preguntas sobre nuestro negocio que nadie nos había hecho nunca. La marca por fin se parece a nosotros, y los clientes lo notaron enseguida.',
          name: 'Javier Morales',
          role: 'Cofundador, Tueste Café',
        },
        {
          quote:
            'Precio cerrado, plazos claros y la web publicada una semana antes de lo previsto. Después de dos agencias que prometieron de más, fue un alivio.',
          name: 'Carmen Ruiz',
          role: 'Gerente, Clínica Dental Sonríe',
        },
        {
          quote:
            'Los informes son cortos y sinceros. Sé exactamente qué hace nuestro presupuesto de anuncios, y el coste por reserva ha bajado casi a la mitad.',
          name: 'Diego Navarro',
          role: 'Fundador, Estudio Alma Yoga',
        },
        {
          quote: 'Actualizo la carta y los eventos yo sola en cinco minutos. Parece poca cosa, pero ha cambiado cómo llevamos el negocio.',
          name: 'Marta Gil',
          role: 'Encargada, Mercado de la Plaza',
        },
        {
          quote: 'Trataron nuestro despacho pequeño con el mismo cuidado que a una gran cuenta. Profesionales, rápidos y siempre a un correo de distancia.',
          name: 'Pablo Ortega',
          role: 'Socio, Ortega & Vidal Abogados',
        },
      ],
    },
    faq: {
      headings: ['Preguntas frecuentes', 'Dudas habituales', 'Antes de escribirnos'],
      items: [
        {
          question: '¿Cuánto se tarda en hacer una web?',
          answer:
            'La mayoría de las webs se publican entre cuatro y seis semanas después de empezar. Las webs grandes y las tiendas online tardan de ocho a diez semanas. Recibes un calendario con fechas el primer día y una actualización cada viernes.',
        },
        {
          question: '¿Cuánto cuesta un proyecto?',
          answer:
            'Los precios de partida están en la página de Servicios. Después de una llamada gratuita te enviamos un presupuesto cerrado: lo que acordamos es lo que pagas, salvo que nos pidas trabajo adicional.',
        },
        {
          question: '¿Tengo que tener los textos y las fotos preparados?',
          answer:
            'No. Podemos redactar los textos, organizar una sesión de fotos o seleccionar imágenes de calidad. Si ya tienes material, aprovechamos todo lo que sirva.',
        },
        {
          question: '¿Podré actualizar la web yo mismo?',
          answer:
            'Sí. Trabajamos con un editor muy fácil y grabamos un vídeo corto de formación para tu equipo. Si prefieres no tocarla, el plan de mantenimiento cubre los cambios habituales.',
        },
        {
          question: '¿De quién son la web y los archivos de la marca?',
          answer: 'Tuyos. Una vez pagado el proyecto, todos los archivos, el dominio, las cuentas y las contraseñas son tuyos.',
        },
        {
          question: '¿Y si mi negocio está en otra ciudad?',
          answer: 'No hay problema. Casi todo el proceso se hace por videollamada, así que trabajamos con clientes de todo el país con la misma agilidad.',
        },
        {
          question: '¿Qué pasa después del lanzamiento?',
          answer:
            'Vigilamos la web durante los primeros 30 días sin coste y solucionamos cualquier detalle. Después puedes elegir un plan de mantenimiento, marketing continuo o simplemente escribirnos cuando lo necesites.',
        },
      ],
    },
    cta: {
      headings: ['¿Listo para hacer crecer tu negocio?', 'Creemos algo genial juntos', 'Tu próximo cliente ya te está buscando'],
      texts: [
        'Cuéntanos tu negocio en una llamada corta. Te llevarás consejos sinceros y un siguiente paso claro, trabajes con nosotros o no.',
        'Reserva una llamada gratuita de 30 minutos y recibe una propuesta cerrada en dos días laborables.',
        'Escríbenos hoy. Respondemos en un día laborable como máximo, normalmente mucho antes.',
      ],
      actions: ['Reservar llamada gratis', 'Empezar un proyecto', 'Recibir propuesta'],
    },
    stats: [
      { value: '140+', label: 'proyectos lanzados' },
      { value: '12', label: 'años de estudio' },
      { value: '2,8x', label: 'más consultas de media' },
      { value: '96%', label: 'de clientes repiten' },
    ],
    team: [
      {
        name: 'Sofía Herrera',
        role: 'Fundadora y directora creativa',
        bio: 'Sofía dirigió proyectos de marca para grandes empresas durante diez años antes de fundar {name} para llevar ese oficio a los negocios independientes.',
      },
      {
        name: 'Andrés Molina',
        role: 'Responsable de desarrollo web',
        bio: 'Andrés construye webs rápidas y accesibles, y se toma como algo personal cualquier página que tarde en cargar.',
      },
      {
        name: 'Elena Castro',
        role: 'Estratega de marketing',
        bio: 'Elena planifica y gestiona campañas en buscadores, redes y anuncios, y convierte los números en informes que cualquiera entiende.',
      },
      {
        name: 'Raúl Domínguez',
        role: 'Diseñador de marca',
        bio: 'Raúl diseña logos, envases y rótulos, y guarda un cuaderno de bocetos para cada cliente con el que ha trabajado.',
      },
    ],
    pricing: {
      headings: ['Paquetes', 'Paquetes sencillos, precios cerrados', 'Elige tu punto de partida'],
      intros: [
        'Tres formas de trabajar con nosotros. Cada paquete tiene un precio cerrado que acordamos antes de empezar, sin extras ocultos.',
        '¿No sabes cuál elegir? Reserva una llamada gratuita y te recomendamos el paquete que mejor encaja con tus objetivos.',
        'Alcance claro, precio claro y plazo claro. Elige un paquete o pídenos uno a medida.',
      ],
      tiers: [
        {
          name: 'Arranque',
          price: '2400.00',
          period: '',
          description: 'Para negocios nuevos que necesitan una presencia profesional, y rápido.',
          features: [
            'Logo y kit básico de marca',
            'Web de cinco páginas',
            'Adaptada a móvil y lista para Google',
            'Configuración de tu ficha de Google',
            '30 días de soporte tras el lanzamiento',
          ],
        },
        {
          name: 'Crecimiento',
          price: '5200.00',
          period: '',
          description: 'El paquete más elegido: una marca completa y una web pensada para traer clientes.',
          features: [
            'Identidad de marca completa con guía',
            'Web a medida de hasta ocho páginas',
            'Redacción profesional',
            'SEO local configurado',
            'Panel de analítica',
            '60 días de soporte tras el lanzamiento',
          ],
        },
        {
          name: 'Socio',
          price: '1600.00',
          period: '/mes',
          description: 'Un equipo creativo y de marketing continuo, sin el coste de contratarlo.',
          features: [
            'Estratega dedicado',
            'Cambios y páginas nuevas en la web',
            'Contenido para redes sociales',
            'Gestión de anuncios',
            'Reunión mensual de resultados',
          ],
        },
      ],
    },
    blog: {
      headings: ['Blog', 'Ideas para negocios que crecen', 'Desde el estudio'],
      intros: [
        'Consejos prácticos sobre marca, webs y marketing, escritos para quien lleva un negocio y va justo de tiempo.',
        'Lo que aprendemos en nuestros proyectos, compartido para que lo uses en los tuyos.',
        'Sin tecnicismos ni relleno: ideas que puedes aplicar esta misma semana.',
      ],
      posts: [
        {
          title: 'Cinco señales de que tu web te está haciendo perder clientes',
          slug: 'cinco-senales-de-que-tu-web-te-hace-perder-clientes',
          excerpt:
            'Tu web puede parecerte correcta y aun así estar mandando visitas directas a tu competencia. Así puedes saberlo y esto es lo primero que debes arreglar.',
          paragraphs: [
            'La mayoría de los dueños de negocio miran su web una vez al año, normalmente en el ordenador y desde la portada. Tus clientes la ven de forma muy distinta: en el móvil, con prisa y a menudo aterrizando en una página que ni recordabas.',
            'La buena noticia es que los problemas que más cuestan suelen ser los más fáciles de detectar. Abre tu web en el móvil, imagina que nunca has oído hablar de tu negocio e intenta reservar, comprar o llamar en menos de un minuto.',
            'Si te has atascado, no eres el único. En casi todas las auditorías que hacemos aparecen los mismos fallos. Arreglarlos rara vez exige una web nueva; exige prestar atención a lo que la visita necesita de verdad.',
            'Empieza por lo que está más cerca del dinero: el botón o el teléfono que convierte una visita en cliente. Después sigue con la velocidad, la claridad y la confianza.',
          ],
          subheading: 'Las cinco señales de alarma',
          listItems: [
            'Tarda más de tres segundos en cargar en el móvil.',
            'Cuesta encontrar el teléfono o el botón de reserva.',
            'La portada habla de ti en lugar de lo que gana el cliente.',
            'Los precios, horarios o servicios están desactualizados.',
            'No hay reseñas, fotos de trabajos reales ni caras de personas reales.',
          ],
          quote: 'Tu web es el único empleado que trabaja todas las horas de todos los días. Asegúrate de que sabe qué decir.',
        },
        {
          title: 'Qué incluye de verdad una identidad de marca',
          slug: 'que-incluye-de-verdad-una-identidad-de-marca',
          excerpt: 'El logo es solo el principio. Te contamos qué abarca una identidad de marca completa y por qué cada pieza se gana su sitio.',
          paragraphs: [
            'Cuando un cliente nos pide un logo, lo que suele querer es parecer más profesional y que lo recuerden. El logo ayuda, pero por sí solo casi nunca lo consigue.',
            'La identidad de marca es el conjunto de decisiones que hace que todo lo que publicas parezca venir del mismo sitio: los colores del rótulo, el tono de tus correos, el estilo de tus fotos y hasta cómo responde tu equipo al teléfono.',
            'La recompensa es la coherencia, y la coherencia genera confianza. Quien ve la misma imagen y oye la misma voz en tu web, en tus redes y en tu local te recuerda antes y paga con más tranquilidad por la calidad.',
            'No necesitas un manual de cien páginas. Una buena guía de marca para un negocio pequeño cabe en unas pocas páginas y responde con claridad a una pregunta: ¿cómo nos vemos y cómo hablamos?',
          ],
          subheading: 'Lo esencial de una marca para un negocio pequeño',
          listItems: [
            'Un logo principal y versiones simplificadas para espacios pequeños y perfiles de redes.',
            'Una paleta de colores con los códigos exactos para imprenta y pantalla.',
            'Dos tipografías: una para titulares y otra para textos.',
            'Una guía breve del tono de voz, con palabras que usar y palabras que evitar.',
            'Plantillas listas para publicaciones, folletos y presentaciones.',
          ],
          quote: 'Una marca no es lo que dices que eres. Es lo que la gente recuerda después de conocerte.',
        },
        {
          title: 'SEO local en treinta minutos a la semana',
          slug: 'seo-local-en-treinta-minutos-a-la-semana',
          excerpt: 'No necesitas una agencia ni un gran presupuesto para aparecer cuando alguien cerca busca lo que haces. Una rutina corta da mucho de sí.',
          paragraphs: [
            'Cuando alguien de tu zona busca un servicio como el tuyo, los primeros resultados suelen ser un mapa con tres negocios. Entrar en ese grupo es de lo más rentable que puede hacer un negocio local.',
            'El mapa tiene en cuenta tres cosas: lo relevante que es tu ficha, la distancia hasta quien busca y lo conocido que parece tu negocio. No puedes mudar tu local, pero sí puedes hacer mucho por las otras dos.',
            'El truco está en la constancia. Treinta minutos cada semana valen más que un fin de semana de prisas una vez al año, porque los buscadores premian a los negocios que parecen activos y bien cuidados.',
            'Reserva un hueco fijo en tu agenda, usa una lista sencilla y apunta cada mes cuántas llamadas y solicitudes de indicaciones recibe tu ficha. En una temporada notarás la diferencia.',
          ],
          subheading: 'Tu lista semanal',
          listItems: [
            'Responder a todas las reseñas nuevas, buenas o malas, en pocos días.',
            'Publicar una novedad o una foto en tu ficha de empresa.',
            'Comprobar que el horario, el teléfono y la dirección coinciden en todas partes.',
            'Pedir una reseña a un cliente satisfecho.',
          ],
          quote: 'Quien gana la búsqueda local rara vez es el más grande. Es el que aparece cada semana.',
        },
      ],
    },
    contact: {
      headings: ['Hablemos de tu proyecto', 'Escríbenos', 'Empieza una conversación'],
      intros: [
        'Cuéntanos un poco sobre tu negocio y lo que quieres conseguir. Te respondemos en un día laborable.',
        '¿Prefieres hablar? Llámanos en horario de oficina o reserva una llamada gratuita de 30 minutos cuando mejor te venga.',
        'Todo gran proyecto empieza con un mensaje sencillo. Salúdanos y nosotros nos encargamos del resto.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Proyectos seleccionados', 'Proyectos recientes', 'Trabajos de los que estamos orgullosos'],
      captions: [
        'Identidad y packaging para un tostador de café de barrio',
        'Nueva web para una clínica dental familiar',
        'Tienda online para una marca independiente de decoración',
        'Rótulo y carta para un bistró recién abierto',
        'Campaña en redes para la apertura de un estudio de yoga',
        'Web con reservas para un despacho de abogados',
        'Sesión de fotos para la nueva carta de una panadería',
        'Landing page de lanzamiento para una app de entrenamiento',
      ],
    },
    logos: {
      headings: ['Negocios que confían en nosotros', 'Algunos de nuestros clientes', 'Empresas que hemos ayudado a crecer'],
      names: ['Casa Olivo', 'Tueste Café', 'Clínica Dental Sonríe', 'Alma Yoga', 'Mercado de la Plaza', 'Ortega & Vidal Abogados'],
    },
  },
};
