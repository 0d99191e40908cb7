// Copy banks for local services: cleaning, plumbing, electrical, gardening, repairs, moving and other trades.
import type { CopyBank, KindBanks } from '@/lib/sites/templates/copy-bank';

const en: CopyBank = {
  kind: 'service',
  language: 'en',
  names: [
    'Reliable Home Services',
    'Handy Hands Co.',
    'Brightside Home Care',
    'TrueFix Services',
    'Neighborly Pros',
    'Summit Home Solutions',
    'Oakline Services',
  ],
  taglines: [
    'On time, done right, every time.',
    'Local pros you can trust in your home.',
    'Honest work at a fair price.',
    'We show up, we fix it, we clean up.',
    'Proudly serving homes and businesses across {city}.',
  ],
  pages: { home: 'Home', about: 'About Us', services: 'Services', contact: 'Get a Quote', blog: 'Tips & Advice', pricing: 'Maintenance Plans' },
  hero: {
    eyebrows: ['Licensed and insured', 'Same-day appointments available', 'Free quotes, no obligation', 'Locally owned and operated'],
    headlines: [
      'The local pros you will want to call again',
      'Reliable service, without the runaround',
      'Get it fixed right the first time',
      'Your home, in good hands',
    ],
    subheadlines: [
      'At {name}, we arrive on time, explain the work in plain language and give you a clear price before we start. No surprises.',
      'Fast, friendly and careful in your home. From small repairs to bigger projects, our team gets the job done and leaves the place spotless.',
      'Trusted by hundreds of local families and businesses for quality workmanship, fair prices and a guarantee on every job.',
      'Experienced, background-checked professionals serving homes and businesses throughout {city}.',
    ],
    primaryActions: ['Get a free quote', 'Book a visit', 'Request service'],
    secondaryActions: ['See our services', 'Call us now', 'Read reviews'],
  },
  about: {
    headings: ['About us', 'A local team you can trust', 'Why we do what we do'],
    paragraphs: [
      [
        "{name} started with one van, a toolbox and a promise: treat every customer's home like our own.",
        "Years later, our team has grown, but that promise hasn't changed. We still return every call, show up when we say we will and stand behind every job we do.",
      ],
      [
        'We know that letting someone into your home or business takes trust. That is why every member of our team is trained, background-checked and fully insured.',
        'Before any work begins, we explain what needs to be done and give you a written, upfront price. If something changes, we talk to you first.',
        'When the job is done, we clean up after ourselves and check that you are completely happy.',
      ],
      [
        'We are a local, family-run business, and most of our work comes from neighbors recommending us to neighbors. We are proud of that, and we work hard to keep earning it.',
        'Whether it is an urgent repair or a project you have been putting off for months, {name} is ready to help.',
      ],
    ],
    highlights: [
      'Licensed, insured and background-checked',
      'Upfront written quotes',
      'Same-day emergency service',
      '12-month guarantee on workmanship',
      'We clean up after every job',
    ],
  },
  features: {
    headings: ['Why customers choose us', 'The {name} difference', 'What you can count on'],
    intros: [
      'Good service is about more than skill. It is about respect for your time, your home and your budget.',
      'We built our business on a few simple promises, and we keep them on every single job.',
      'Here is what to expect when you call us.',
    ],
    items: [
      { icon: 'clock', title: 'On-time arrival', text: 'We give you a two-hour arrival window and a text when we are on the way.' },
      { icon: 'check', title: 'Upfront pricing', text: 'A clear written quote before any work begins. No hidden fees, no surprises on the bill.' },
      { icon: 'shield', title: 'Licensed and insured', text: 'Fully licensed, insured and background-checked professionals, for your peace of mind.' },
      { icon: 'wrench', title: 'Quality workmanship', text: 'Experienced pros, quality materials and work done to code the first time.' },
      { icon: 'home', title: 'Respect for your home', text: 'Shoe covers, drop cloths and a full cleanup, so you would never know we were there.' },
      { icon: 'award', title: 'Satisfaction guarantee', text: 'Every job is backed by our 12-month workmanship guarantee. If it is not right, we come back.' },
    ],
  },
  offers: {
    headings: ['Our services', 'Services and rates', 'How we can help'],
    intros: [
      'Transparent rates for common jobs. For larger projects, we will visit and give you a free, detailed quote.',
      'Repairs, installations and maintenance for homes and small businesses, all with upfront pricing.',
      'Not sure what you need? Call us and describe the problem. We are happy to give advice over the phone.',
    ],
    items: [
      {
        category: 'Visits',
        title: 'On-site assessment',
        description: 'We inspect the problem and give you a written quote. Fully credited toward the job if you book with us.',
        price: '49.00',
        icon: 'check',
      },
      {
        category: 'Visits',
        title: 'Standard service call',
        description: 'First hour of labor, including travel within our service area.',
        price: '89.00',
        icon: 'wrench',
      },
      {
        category: 'Visits',
        title: 'Additional hour',
        description: 'Each extra hour of labor, billed in 30-minute increments after the first hour.',
        price: '65.00',
        icon: 'clock',
      },
      {
        category: 'Visits',
        title: 'Same-day emergency call-out',
        description: 'Priority response for urgent problems, evenings and weekends included.',
        price: '149.00',
        icon: 'bolt',
      },
      {
        category: 'Projects',
        title: 'Half-day booking',
        description: 'Four hours of a skilled pro for your to-do list. Great for several small jobs at once.',
        price: '279.00',
        icon: 'calendar',
      },
      {
        category: 'Projects',
        title: 'Small repairs bundle',
        description: 'Up to three small repairs in one visit, materials quoted separately.',
        price: '159.00',
        icon: 'wrench',
      },
      {
        category: 'Projects',
        title: 'Standard installation',
        description: 'Professional installation of fixtures, fittings or appliances, tested before we leave.',
        price: '129.00',
        icon: 'home',
      },
      {
        category: 'Projects',
        title: 'Preventive maintenance check',
        description: 'A full inspection with a written report of anything that needs attention now or soon.',
        price: '119.00',
        icon: 'shield',
      },
      {
        category: 'Extras',
        title: 'Haul-away and disposal',
        description: 'We remove and responsibly dispose of old parts, packaging and debris.',
        price: '45.00',
        icon: 'truck',
      },
    ],
  },
  testimonials: {
    headings: ['What our customers say', 'Trusted by your neighbors', 'Reviews from real customers'],
    items: [
      {
        quote: 'They came the same afternoon I called, found the problem in minutes and charged exactly what they quoted. I finally found my go-to company.',
        name: 'Linda Thompson',
        role: 'Homeowner',
      },
      { quote: 'Professional, polite and incredibly tidy. They even vacuumed up after themselves.', name: 'Greg Patterson', role: 'Homeowner' },
      {
        quote: 'We use them for all the maintenance at our three shops. Reliable, fast and always honest about what really needs doing.',
        name: 'Sandra Lee',
        role: 'Small business owner',
      },
      {
        quote: 'As a landlord, I need people I can trust with tenants. They communicate clearly and never leave a job half done.',
        name: 'Paul Mitchell',
        role: 'Property manager',
      },
      {
        quote: 'They told me a repair would save me from replacing the whole thing. That honesty earned them a customer for life.',
        name: 'Diane Russell',
        role: 'Homeowner',
      },
      {
        quote: 'Great communication from booking to finish: a text when they were on the way, photos of the work and a clear invoice.',
        name: 'Marcus Bell',
        role: 'First-time customer',
      },
    ],
  },
  faq: {
    headings: ['Frequently asked questions', 'Before you book', 'Good to know'],
    items: [
      {
        question: 'Do you give free quotes?',
        answer:
          'Yes. For most jobs we can give a free estimate over the phone or from photos. For complex work, our on-site assessment fee is fully credited toward the job if you go ahead.',
      },
      {
        question: 'Are you licensed and insured?',
        answer:
          'Yes. We are fully licensed and carry liability insurance, and every team member is trained and background-checked. We are happy to share documentation on request.',
      },
      {
        question: 'Which areas do you serve?',
        answer: 'We cover the city and surrounding neighborhoods. Call or send us your address and we will confirm right away.',
      },
      {
        question: 'How soon can you come?',
        answer: 'Most bookings are scheduled within 48 hours, and we offer same-day visits for emergencies whenever we can.',
      },
      {
        question: 'Do you guarantee your work?',
        answer: "Every job comes with a 12-month workmanship guarantee. If something we did isn't right, we come back and fix it at no cost.",
      },
      {
        question: 'How can I pay?',
        answer: 'We accept all major credit and debit cards, bank transfer and checks. Payment is due when the job is complete and you are happy with it.',
      },
    ],
  },
  cta: {
    headings: ['Need a hand?', 'Let us take it off your list', 'Get your free quote today'],
    texts: [
      'Tell us what you need and we will get back to you within the hour during business hours.',
      'Fast, friendly service from local pros who treat your home with respect.',
      'Upfront pricing, on-time arrival and work guaranteed for a full year.',
    ],
    actions: ['Get a free quote', 'Book a visit', 'Call now'],
  },
  stats: [
    { value: '5,000+', label: 'Jobs completed' },
    { value: '4.9★', label: 'Average review' },
    { value: '15 years', label: 'Serving our community' },
    { value: '98%', label: 'Jobs finished on the first visit' },
  ],
  team: [
    {
      name: 'Tom Bradley',
      role: 'Founder and master technician',
      bio: 'Tom has over twenty years in the trade. He still takes on the trickiest jobs himself and trains every new team member.',
    },
    {
      name: 'Karen Bradley',
      role: 'Office manager',
      bio: 'Karen handles scheduling, quotes and customer care. If you have called us, you have probably talked to her.',
    },
    {
      name: 'Jason Rivera',
      role: 'Lead technician',
      bio: 'Jason is known for his patience, his spotless work and his talent for explaining problems in plain language.',
    },
  ],
  pricing: {
    headings: ['Maintenance plans', 'Peace of mind, every month', 'Stay ahead of problems'],
    intros: [
      'Regular maintenance prevents expensive emergencies. Our plans keep your home or business in great shape year-round.',
      'Choose a plan and we will schedule your visits, remind you when they are due and give you priority when something goes wrong.',
      "No long-term contract. Cancel anytime with 30 days' notice.",
    ],
    tiers: [
      {
        name: 'Essential',
        price: '19.00',
        period: '/month',
        description: 'Basic protection for apartments and smaller homes.',
        features: ['One annual maintenance visit', '10% off all repairs', 'Priority scheduling', 'Written inspection report'],
      },
      {
        name: 'Home Care',
        price: '39.00',
        period: '/month',
        description: 'Our most popular plan for families who want zero hassle.',
        features: [
          'Two maintenance visits per year',
          '15% off all repairs',
          'No call-out fee on emergencies',
          'Same-day priority response',
          'Seasonal checklist reminders',
        ],
      },
      {
        name: 'Business',
        price: '99.00',
        period: '/month',
        description: 'Ongoing support for shops, offices and rental properties.',
        features: ['Quarterly maintenance visits', '20% off all repairs', 'Dedicated account manager', '24/7 emergency line', 'Covers up to three locations'],
      },
    ],
  },
  blog: {
    headings: ['Tips and advice', 'From the toolbox', 'Helpful guides for your home'],
    intros: [
      'Practical advice from our pros to help you prevent problems and save money.',
      'Maintenance checklists, how-to guides and answers to common questions.',
      'Everything we wish our customers knew, shared for free.',
    ],
    posts: [
      {
        title: 'The seasonal home maintenance checklist',
        slug: 'seasonal-maintenance-checklist',
        excerpt: 'A few hours each season can save you thousands in repairs. Here is what to check and when.',
        paragraphs: [
          'Most expensive repairs start as small problems nobody noticed. The good news is that a simple routine catches most of them early.',
          'In spring, look for damage left by the winter: check gutters, outdoor faucets, window seals and any signs of leaks or damp.',
          'In fall, get ready for the cold. Test your heating, clear leaves from gutters and drains, and make sure doors and windows close tightly.',
          'Throughout the year, test smoke and carbon monoxide detectors, look under sinks for drips and keep an eye on your utility bills. A sudden jump often means something is wrong.',
        ],
        subheading: 'Your quick seasonal checklist',
        listItems: [
          'Clean gutters and downspouts',
          'Test smoke and CO detectors',
          'Check under sinks for leaks',
          'Inspect window and door seals',
          'Service heating and cooling before peak season',
        ],
        quote: 'An hour of prevention is worth a weekend of emergency repairs.',
      },
      {
        title: 'How to choose a reliable local pro',
        slug: 'choosing-a-reliable-pro',
        excerpt: 'Five questions to ask before you let anyone start work in your home.',
        paragraphs: [
          'Hiring someone to work in your home can feel like a gamble. A few simple questions will help you separate the pros from the problems.',
          "First, ask if they are licensed and insured, and don't be shy about asking for proof. A professional will be glad to show you.",
          'Second, get a written quote before work starts. It should clearly describe the job, the materials and the price, so there is no confusion later.',
          'Finally, read recent reviews and ask about guarantees. A company that stands behind its work will tell you exactly what happens if something goes wrong.',
        ],
        subheading: 'Questions to ask before you hire',
        listItems: [
          'Are you licensed and insured?',
          'Can I get a written quote?',
          'Who will actually do the work?',
          'What guarantee do you offer?',
          'Can you share recent references?',
        ],
        quote: 'A good pro is happy to answer every question before they start.',
      },
      {
        title: 'Five small problems that turn into big bills',
        slug: 'small-problems-big-bills',
        excerpt: 'These everyday issues are easy to ignore, until they become expensive. Here is what to watch for.',
        paragraphs: [
          'We are often called for big emergencies that started as tiny warning signs months earlier. Spotting them early is the easiest way to save money.',
          'A slow drip under a sink can rot cabinets and floors. A flickering light or a warm outlet can point to a wiring fault that needs urgent attention.',
          'Cracked caulk around a tub lets water into walls, and a door that suddenly sticks can signal moisture or movement in the structure.',
          "If you notice any of these, don't panic, but don't wait either. A quick visit now usually costs a fraction of the repair later.",
        ],
        subheading: 'Warning signs to watch for',
        listItems: [
          'Drips and damp spots under sinks',
          'Flickering lights or warm outlets',
          'Cracked caulk in bathrooms',
          'Doors or windows that suddenly stick',
          'Unexplained jumps in utility bills',
        ],
        quote: 'Small fixes today prevent big bills tomorrow.',
      },
    ],
  },
  contact: {
    headings: ['Request a quote', 'Get in touch', 'Book your service'],
    intros: [
      'Tell us about the job and we will get back to you with a clear, no-obligation quote, usually within the hour.',
      'Call us for urgent problems or send a message with a few photos and we will take it from there.',
      'We reply to every message during business hours and offer emergency service when you need it most.',
    ],
    hours: 'office',
  },
  gallery: {
    headings: ['Our recent work', 'Jobs we are proud of', 'Before and after'],
    captions: [
      'Before and after: a complete repair',
      'Our team ready for the day',
      'Careful work, protected floors',
      'A new installation, tested and ready',
      'Our fully stocked service van',
      'Quick fix for a happy customer',
      'Cleanup done before we leave',
      'Preventive check on a family home',
    ],
  },
  logos: {
    headings: ['Trusted by', 'Our suppliers and partners', 'Certified and recognized'],
    names: [
      'Northgate Property Group',
      'Hillside Realty',
      'Pro Trade Supply',
      'Riverbend Chamber of Commerce',
      'Cedar Park Homeowners Association',
      'Best of the Valley Awards',
    ],
  },
};

const ptBR: CopyBank = {
  kind: 'service',
  language: 'pt-BR',
  names: ['Resolve Serviços', 'Mão Amiga Reparos', 'Casa em Ordem', 'Conserta Já', 'Bem Feito Serviços', 'Pronto Atendimento Residencial', 'Faz Tudo Soluções'],
  taglines: [
    'Pontualidade, capricho e preço justo.',
    'Profissionais de confiança para a sua casa.',
    'Serviço bem feito, sem dor de cabeça.',
    'A gente chega, resolve e deixa tudo limpo.',
    'Atendendo casas e empresas em toda {city}.',
  ],
  pages: { home: 'Início', about: 'Quem Somos', services: 'Serviços', contact: 'Orçamento', blog: 'Dicas', pricing: 'Planos de Manutenção' },
  hero: {
    eyebrows: ['Orçamento sem compromisso', 'Atendimento no mesmo dia', 'Profissionais com garantia', 'Empresa da sua região'],
    headlines: ['O profissional que você vai querer chamar de novo', 'Serviço de confiança, sem enrolação', 'Resolvido de primeira', 'Sua casa em boas mãos'],
    subheadlines: [
      'Na {name}, a gente chega no horário combinado, explica o serviço sem complicação e passa o valor antes de começar. Sem surpresas.',
      'Atendimento rápido, educado e cuidadoso na sua casa. Dos pequenos reparos às obras maiores, fazemos o serviço e deixamos tudo limpo.',
      'Centenas de famílias e empresas da região já confiam no nosso trabalho: serviço caprichado, preço justo e garantia em tudo.',
      'Profissionais experientes e de confiança atendendo casas, condomínios e empresas em toda {city}.',
    ],
    primaryActions: ['Pedir orçamento grátis', 'Chamar no WhatsApp', 'Agendar visita'],
    secondaryActions: ['Ver serviços', 'Ligar agora', 'Ver avaliações'],
  },
  about: {
    headings: ['Quem somos', 'Uma equipe da região em quem você pode confiar', 'Por que fazemos o que fazemos'],
    paragraphs: [
      [
        'A {name} começou com um carro, uma caixa de ferramentas e uma promessa: cuidar da casa de cada cliente como se fosse a nossa.',
        'A equipe cresceu, mas a promessa continua a mesma. Respondemos todas as mensagens, chegamos no horário combinado e damos garantia em todo serviço.',
      ],
      [
        'Sabemos que deixar alguém entrar na sua casa ou empresa exige confiança. Por isso todos os nossos profissionais são treinados, identificados e têm referências verificadas.',
        'Antes de começar, explicamos o que precisa ser feito e passamos um orçamento por escrito. Se algo mudar no meio do caminho, você fica sabendo antes.',
        'No final, limpamos tudo e só vamos embora quando você estiver satisfeito.',
      ],
      [
        'Somos uma empresa familiar da região, e a maior parte dos nossos clientes chega por indicação de vizinhos e amigos. Temos orgulho disso e trabalhamos todo dia para continuar merecendo.',
        'Seja um conserto urgente ou aquele serviço que você vem adiando há meses, a {name} está pronta para ajudar.',
      ],
    ],
    highlights: [
      'Profissionais treinados e identificados',
      'Orçamento por escrito antes de começar',
      'Atendimento emergencial no mesmo dia',
      'Garantia de 90 dias em todos os serviços',
      'Emitimos nota fiscal',
    ],
  },
  features: {
    headings: ['Por que nossos clientes nos escolhem', 'O jeito {name} de trabalhar', 'Com o que você pode contar'],
    intros: [
      'Serviço bom vai além da técnica. É respeito pelo seu tempo, pela sua casa e pelo seu bolso.',
      'Construímos a empresa em cima de algumas promessas simples, e cumprimos todas em cada serviço.',
      'Veja o que esperar quando você chama a gente.',
    ],
    items: [
      { icon: 'clock', title: 'Pontualidade', text: 'Combinamos uma janela de horário e avisamos pelo WhatsApp quando estivermos a caminho.' },
      { icon: 'check', title: 'Preço combinado', text: 'Orçamento por escrito antes de começar. Sem taxa escondida e sem susto na hora de pagar.' },
      { icon: 'shield', title: 'Segurança e confiança', text: 'Profissionais treinados, identificados e com referências, para você ficar tranquilo.' },
      { icon: 'wrench', title: 'Serviço caprichado', text: 'Gente experiente, material de qualidade e tudo feito dentro das normas.' },
      { icon: 'home', title: 'Respeito pela sua casa', text: 'Protegemos pisos e móveis e deixamos tudo limpo, como se a gente nem tivesse passado por aí.' },
      { icon: 'award', title: 'Garantia de verdade', text: 'Todo serviço tem 90 dias de garantia. Se algo não ficou certo, a gente volta e resolve.' },
    ],
  },
  offers: {
    headings: ['Nossos serviços', 'Serviços e valores', 'Como podemos ajudar'],
    intros: [
      'Valores claros para os serviços mais pedidos. Para obras maiores, fazemos uma visita e passamos um orçamento detalhado.',
      'Reparos, instalações e manutenção para casas, condomínios e pequenas empresas, sempre com preço combinado antes.',
      'Não sabe bem do que precisa? Mande fotos pelo WhatsApp e a gente orienta sem compromisso.',
    ],
    items: [
      {
        category: 'Visitas',
        title: 'Visita técnica e orçamento',
        description: 'Avaliamos o problema no local e passamos o orçamento por escrito. Valor abatido se você fechar o serviço.',
        price: '80.00',
        icon: 'check',
      },
      {
        category: 'Visitas',
        title: 'Hora técnica',
        description: 'Primeira hora de serviço, com deslocamento incluso dentro da nossa área de atendimento.',
        price: '130.00',
        icon: 'wrench',
      },
      {
        category: 'Visitas',
        title: 'Hora adicional',
        description: 'Cada hora extra de serviço, cobrada em frações de 30 minutos.',
        price: '90.00',
        icon: 'clock',
      },
      {
        category: 'Visitas',
        title: 'Atendimento emergencial',
        description: 'Prioridade para problemas urgentes, inclusive à noite, fins de semana e feriados.',
        price: '250.00',
        icon: 'bolt',
      },
      {
        category: 'Serviços',
        title: 'Meia diária',
        description: 'Quatro horas de um profissional para resolver a sua lista de pendências de uma vez.',
        price: '390.00',
        icon: 'calendar',
      },
      {
        category: 'Serviços',
        title: 'Pacote pequenos reparos',
        description: 'Até três pequenos reparos na mesma visita. Material orçado à parte.',
        price: '260.00',
        icon: 'wrench',
      },
      {
        category: 'Serviços',
        title: 'Instalação',
        description: 'Instalação profissional de peças, acessórios ou aparelhos, testados antes de sairmos.',
        price: '180.00',
        icon: 'home',
      },
      {
        category: 'Serviços',
        title: 'Manutenção preventiva',
        description: 'Vistoria completa com relatório do que precisa de atenção agora ou em breve.',
        price: '220.00',
        icon: 'shield',
      },
      {
        category: 'Extras',
        title: 'Retirada de entulho',
        description: 'Levamos e descartamos corretamente peças velhas, embalagens e restos de obra.',
        price: '90.00',
        icon: 'truck',
      },
    ],
  },
  testimonials: {
    headings: ['O que nossos clientes dizem', 'Quem contrata, indica', 'Avaliações de clientes reais'],
    items: [
      {
        quote:
          'Vieram na mesma tarde em que chamei, acharam o problema em minutos e cobraram exatamente o que foi combinado. Finalmente achei uma empresa de confiança.',
        name: 'Ana Ribeiro',
        role: 'Moradora',
      },
      { quote: 'Educados, pontuais e super caprichosos. Até limparam tudo antes de ir embora.', name: 'Sérgio Matos', role: 'Cliente residencial' },
      {
        quote: 'Cuidam da manutenção das nossas três lojas. Rápidos, confiáveis e sempre sinceros sobre o que precisa ser feito.',
        name: 'Renata Farias',
        role: 'Empresária',
      },
      {
        quote: 'Como síndico, preciso de gente em quem os moradores confiem. Eles explicam tudo direitinho e nunca deixam serviço pela metade.',
        name: 'João Pereira',
        role: 'Síndico de condomínio',
      },
      {
        quote: 'Me disseram que dava para consertar em vez de trocar tudo. Essa honestidade me fez cliente para sempre.',
        name: 'Lúcia Prado',
        role: 'Moradora',
      },
      {
        quote: 'Comunicação ótima do começo ao fim: mensagem avisando que estavam a caminho, fotos do serviço e nota fiscal certinha.',
        name: 'André Figueiredo',
        role: 'Cliente novo',
      },
    ],
  },
  faq: {
    headings: ['Dúvidas frequentes', 'Antes de contratar', 'Bom saber'],
    items: [
      {
        question: 'O orçamento é gratuito?',
        answer:
          'Para a maioria dos serviços, passamos o orçamento grátis pelo WhatsApp a partir de fotos ou vídeos. Quando é preciso ir até o local, cobramos a visita técnica, que é abatida se você fechar o serviço.',
      },
      { question: 'Quais regiões vocês atendem?', answer: 'Atendemos a cidade e os bairros vizinhos. Mande o seu endereço ou CEP e confirmamos na hora.' },
      {
        question: 'Em quanto tempo vocês conseguem vir?',
        answer: 'A maioria dos atendimentos é agendada em até 48 horas, e para emergências fazemos o possível para ir no mesmo dia.',
      },
      {
        question: 'Os serviços têm garantia?',
        answer: 'Sim. Todo serviço tem 90 dias de garantia. Se algo que fizemos não ficou certo, voltamos e resolvemos sem custo.',
      },
      {
        question: 'Quais formas de pagamento vocês aceitam?',
        answer: 'Pix, cartão de débito e crédito em até 3x sem juros e transferência. O pagamento é feito ao final do serviço, com você satisfeito.',
      },
      { question: 'Vocês emitem nota fiscal?', answer: 'Emitimos, sim, para pessoas físicas, empresas e condomínios.' },
    ],
  },
  cta: {
    headings: ['Precisa de uma mão?', 'Deixa que a gente resolve', 'Peça seu orçamento hoje'],
    texts: [
      'Conte o que você precisa e retornamos em até uma hora no horário comercial.',
      'Atendimento rápido e educado, com profissionais que respeitam a sua casa.',
      'Preço combinado antes, pontualidade e 90 dias de garantia em todo serviço.',
    ],
    actions: ['Pedir orçamento grátis', 'Chamar no WhatsApp', 'Ligar agora'],
  },
  stats: [
    { value: '5 mil+', label: 'Serviços realizados' },
    { value: '4,9★', label: 'Avaliação no Google' },
    { value: '15 anos', label: 'Atendendo a região' },
    { value: '98%', label: 'Resolvidos na primeira visita' },
  ],
  team: [
    {
      name: 'Carlos Oliveira',
      role: 'Fundador e técnico responsável',
      bio: 'Carlos tem mais de vinte anos de experiência. Até hoje pega os serviços mais difíceis e treina cada profissional novo da equipe.',
    },
    {
      name: 'Márcia Oliveira',
      role: 'Atendimento e agenda',
      bio: 'Márcia cuida dos orçamentos, da agenda e do pós-atendimento. Se você já falou com a gente, provavelmente foi com ela.',
    },
    {
      name: 'Anderson Silva',
      role: 'Técnico líder',
      bio: 'Anderson é conhecido pela paciência, pelo capricho e pelo talento de explicar qualquer problema de um jeito fácil.',
    },
  ],
  pricing: {
    headings: ['Planos de manutenção', 'Tranquilidade o ano todo', 'Previna antes de remediar'],
    intros: [
      'Manutenção regular evita emergências caras. Nossos planos mantêm a sua casa ou empresa em ordem o ano inteiro.',
      'Escolha um plano e a gente agenda as visitas, lembra você quando chegar a hora e dá prioridade quando algo der errado.',
      'Sem fidelidade. Cancele quando quiser, com 30 dias de aviso.',
    ],
    tiers: [
      {
        name: 'Essencial',
        price: '49.00',
        period: '/mês',
        description: 'Proteção básica para apartamentos e casas menores.',
        features: ['Uma visita de manutenção por ano', '10% de desconto em reparos', 'Prioridade no agendamento', 'Relatório da vistoria'],
      },
      {
        name: 'Casa Tranquila',
        price: '99.00',
        period: '/mês',
        description: 'O plano preferido das famílias que não querem dor de cabeça.',
        features: [
          'Duas visitas de manutenção por ano',
          '15% de desconto em reparos',
          'Sem taxa de visita em emergências',
          'Atendimento prioritário no mesmo dia',
          'Lembretes de manutenção',
        ],
      },
      {
        name: 'Empresas e Condomínios',
        price: '299.00',
        period: '/mês',
        description: 'Suporte contínuo para lojas, escritórios e condomínios.',
        features: [
          'Visitas trimestrais de manutenção',
          '20% de desconto em reparos',
          'Atendimento dedicado',
          'Plantão 24 horas para emergências',
          'Até três endereços cobertos',
        ],
      },
    ],
  },
  blog: {
    headings: ['Dicas para a sua casa', 'Da nossa caixa de ferramentas', 'Guias práticos'],
    intros: [
      'Conselhos práticos dos nossos profissionais para evitar problemas e economizar.',
      'Checklists de manutenção, passo a passo e respostas para as dúvidas mais comuns.',
      'Tudo o que gostaríamos que nossos clientes soubessem, de graça.',
    ],
    posts: [
      {
        title: 'Checklist de manutenção da casa para o ano todo',
        slug: 'checklist-manutencao-da-casa',
        excerpt: 'Algumas horas por estação podem evitar gastos enormes com reparos. Veja o que verificar e quando.',
        paragraphs: [
          'A maioria dos reparos caros começa como um probleminha que ninguém percebeu. A boa notícia é que uma rotina simples pega quase todos a tempo.',
          'Antes da temporada de chuvas, limpe calhas e ralos, confira o telhado e veja se há sinais de infiltração ou mofo nas paredes.',
          'Uma vez por ano, revise o quadro de luz, as tomadas que esquentam e os disjuntores que desarmam com frequência. Isso é sinal de que algo precisa de atenção.',
          'Durante o ano todo, olhe embaixo das pias, teste o registro geral e fique de olho nas contas de água e luz. Um aumento repentino costuma indicar vazamento ou problema elétrico.',
        ],
        subheading: 'Seu checklist rápido',
        listItems: [
          'Limpe calhas e ralos antes das chuvas',
          'Confira sinais de infiltração e mofo',
          'Revise tomadas e disjuntores',
          'Olhe embaixo das pias e do tanque',
          'Acompanhe as contas de água e luz',
        ],
        quote: 'Uma hora de prevenção vale mais que um fim de semana de conserto.',
      },
      {
        title: 'Como escolher um prestador de serviço de confiança',
        slug: 'escolher-prestador-de-confianca',
        excerpt: 'Cinco perguntas para fazer antes de deixar alguém começar um serviço na sua casa.',
        paragraphs: [
          'Contratar alguém para trabalhar na sua casa pode parecer uma loteria. Algumas perguntas simples ajudam a separar os bons profissionais dos problemas.',
          'Primeiro, peça referências e avaliações recentes. Um bom profissional tem clientes satisfeitos que podem confirmar o trabalho.',
          'Segundo, peça o orçamento por escrito antes de começar, com a descrição do serviço, do material e do valor. Assim ninguém tem surpresa depois.',
          'Por fim, pergunte sobre garantia e nota fiscal. Quem confia no próprio trabalho explica direitinho o que acontece se algo der errado.',
        ],
        subheading: 'Perguntas para fazer antes de contratar',
        listItems: [
          'Posso ver avaliações ou referências?',
          'O orçamento vem por escrito?',
          'Quem vai executar o serviço?',
          'Qual é a garantia?',
          'Vocês emitem nota fiscal?',
        ],
        quote: 'Profissional bom responde todas as perguntas antes de começar.',
      },
      {
        title: 'Cinco probleminhas que viram contas enormes',
        slug: 'probleminhas-que-viram-contas-enormes',
        excerpt: 'Esses sinais do dia a dia são fáceis de ignorar, até virarem um prejuízo. Veja no que prestar atenção.',
        paragraphs: [
          'Muitas vezes somos chamados para grandes emergências que começaram com pequenos sinais, meses antes. Perceber cedo é o jeito mais fácil de economizar.',
          'Um pinga-pinga embaixo da pia pode estragar armários e pisos. Uma lâmpada piscando ou uma tomada quente podem indicar um problema elétrico que precisa de atenção urgente.',
          'Rejunte rachado no box deixa a água entrar na parede, e uma porta que começa a emperrar do nada pode ser sinal de umidade.',
          'Se você notar algum desses sinais, não precisa entrar em pânico, mas também não espere. Uma visita agora costuma custar uma fração do conserto depois.',
        ],
        subheading: 'Sinais de alerta',
        listItems: [
          'Goteiras e manchas de umidade',
          'Lâmpadas piscando ou tomadas quentes',
          'Rejunte rachado no banheiro',
          'Portas e janelas emperrando',
          'Contas de água ou luz subindo sem motivo',
        ],
        quote: 'Pequenos reparos hoje evitam grandes contas amanhã.',
      },
    ],
  },
  contact: {
    headings: ['Peça seu orçamento', 'Fale com a gente', 'Agende seu atendimento'],
    intros: [
      'Conte qual é o serviço e retornamos com um orçamento claro e sem compromisso, normalmente em até uma hora.',
      'Para emergências, ligue. Para o dia a dia, mande uma mensagem com fotos pelo WhatsApp que a gente orienta você.',
      'Respondemos todas as mensagens no horário comercial e temos atendimento emergencial quando você mais precisa.',
    ],
    hours: 'office',
  },
  gallery: {
    headings: ['Serviços recentes', 'Trabalhos dos quais temos orgulho', 'Antes e depois'],
    captions: [
      'Antes e depois de um reparo completo',
      'Nossa equipe pronta para o dia',
      'Serviço caprichado com o piso protegido',
      'Instalação nova, testada e aprovada',
      'Nosso carro de serviço bem equipado',
      'Conserto rápido e cliente satisfeito',
      'Tudo limpo antes de ir embora',
      'Vistoria preventiva em uma casa de família',
    ],
  },
  logos: {
    headings: ['Quem confia na gente', 'Fornecedores e parceiros', 'Empresas atendidas'],
    names: [
      'Administradora Bom Lar',
      'Imobiliária Nova Morada',
      'Ferragens São Jorge',
      'Condomínio Jardim das Flores',
      'Associação Comercial do Bairro',
      'Depósito Materiais Aliança',
    ],
  },
};

const es: CopyBank = {
  kind: 'service',
  language: 'es',
  names: [
    'Soluciones Hogar',
    'Manos a la Obra Servicios',
    'Arreglos Rápidos',
    'Casa en Orden',
    'Servicios Confianza',
    'Todo Listo Reparaciones',
    'Buen Oficio',
  ],
  taglines: [
    'Puntuales, cuidadosos y con precio justo.',
    'Profesionales de confianza para tu hogar.',
    'Trabajo bien hecho, sin complicaciones.',
    'Llegamos, lo arreglamos y lo dejamos todo limpio.',
    'Al servicio de hogares y negocios en toda {city}.',
  ],
  pages: { home: 'Inicio', about: 'Quiénes Somos', services: 'Servicios', contact: 'Presupuesto', blog: 'Consejos', pricing: 'Planes de Mantenimiento' },
  hero: {
    eyebrows: ['Presupuesto sin compromiso', 'Servicio en el mismo día', 'Profesionales asegurados', 'Empresa local'],
    headlines: [
      'Los profesionales a los que querrás volver a llamar',
      'Un servicio de confianza, sin rodeos',
      'Bien hecho a la primera',
      'Tu casa, en buenas manos',
    ],
    subheadlines: [
      'En {name} llegamos a la hora acordada, te explicamos el trabajo con claridad y te damos el precio antes de empezar. Sin sorpresas.',
      'Servicio rápido, amable y cuidadoso en tu casa. De las pequeñas reparaciones a los trabajos más grandes, lo dejamos todo hecho y limpio.',
      'Cientos de familias y negocios de la zona ya confían en nosotros por nuestro trabajo cuidado, nuestros precios justos y la garantía en cada servicio.',
      'Profesionales con experiencia y de confianza para hogares, comunidades y negocios en toda {city}.',
    ],
    primaryActions: ['Pedir presupuesto gratis', 'Reservar una visita', 'Solicitar servicio'],
    secondaryActions: ['Ver servicios', 'Llamar ahora', 'Leer opiniones'],
  },
  about: {
    headings: ['Quiénes somos', 'Un equipo local de confianza', 'Por qué hacemos lo que hacemos'],
    paragraphs: [
      [
        '{name} empezó con una furgoneta, una caja de herramientas y una promesa: cuidar la casa de cada cliente como si fuera la nuestra.',
        'El equipo ha crecido, pero la promesa sigue igual. Respondemos cada llamada, llegamos cuando decimos y garantizamos cada trabajo.',
      ],
      [
        'Sabemos que dejar entrar a alguien en tu casa o en tu negocio requiere confianza. Por eso todo nuestro equipo está formado, identificado y asegurado.',
        'Antes de empezar te explicamos qué hay que hacer y te damos un presupuesto cerrado por escrito. Si algo cambia por el camino, te lo consultamos primero.',
        'Al terminar, recogemos y limpiamos, y no nos vamos hasta que estés completamente satisfecho.',
      ],
      [
        'Somos una empresa familiar y local, y la mayoría de nuestros clientes llegan por recomendación de sus vecinos. Estamos orgullosos de ello y trabajamos cada día para seguir mereciéndolo.',
        'Ya sea una reparación urgente o ese trabajo que llevas meses posponiendo, en {name} estamos listos para ayudarte.',
      ],
    ],
    highlights: [
      'Profesionales formados y asegurados',
      'Presupuesto cerrado por escrito',
      'Urgencias en el mismo día',
      'Garantía de 12 meses en mano de obra',
      'Lo dejamos todo limpio',
    ],
  },
  features: {
    headings: ['Por qué nos eligen nuestros clientes', 'La forma de trabajar de {name}', 'Con lo que puedes contar'],
    intros: [
      'Un buen servicio va más allá de la técnica. Es respeto por tu tiempo, por tu casa y por tu bolsillo.',
      'Hemos construido nuestra empresa sobre unas pocas promesas sencillas, y las cumplimos en cada trabajo.',
      'Esto es lo que puedes esperar cuando nos llamas.',
    ],
    items: [
      { icon: 'clock', title: 'Puntualidad', text: 'Te damos una franja horaria de dos horas y te avisamos por mensaje cuando vamos de camino.' },
      { icon: 'check', title: 'Precio claro', text: 'Presupuesto por escrito antes de empezar. Sin costes ocultos ni sorpresas en la factura.' },
      { icon: 'shield', title: 'Seguros y de confianza', text: 'Profesionales formados, identificados y con seguro de responsabilidad civil.' },
      { icon: 'wrench', title: 'Trabajo de calidad', text: 'Gente con oficio, buenos materiales y todo hecho según normativa a la primera.' },
      { icon: 'home', title: 'Respeto por tu casa', text: 'Protegemos suelos y muebles y lo dejamos todo limpio, como si no hubiéramos estado.' },
      { icon: 'award', title: 'Garantía de satisfacción', text: 'Cada trabajo tiene 12 meses de garantía en mano de obra. Si algo no está bien, volvemos.' },
    ],
  },
  offers: {
    headings: ['Nuestros servicios', 'Servicios y tarifas', 'Cómo podemos ayudarte'],
    intros: [
      'Tarifas claras para los trabajos más habituales. Para proyectos más grandes, te visitamos y te damos un presupuesto detallado.',
      'Reparaciones, instalaciones y mantenimiento para hogares, comunidades y pequeños negocios, siempre con precio cerrado.',
      '¿No sabes bien qué necesitas? Llámanos o mándanos unas fotos y te orientamos sin compromiso.',
    ],
    items: [
      {
        category: 'Visitas',
        title: 'Visita de diagnóstico',
        description: 'Revisamos el problema y te damos un presupuesto por escrito. Se descuenta si nos encargas el trabajo.',
        price: '35.00',
        icon: 'check',
      },
      {
        category: 'Visitas',
        title: 'Primera hora de servicio',
        description: 'Primera hora de mano de obra con desplazamiento incluido dentro de nuestra zona.',
        price: '45.00',
        icon: 'wrench',
      },
      {
        category: 'Visitas',
        title: 'Hora adicional',
        description: 'Cada hora extra de trabajo, facturada en fracciones de 30 minutos.',
        price: '35.00',
        icon: 'clock',
      },
      {
        category: 'Visitas',
        title: 'Urgencias en el día',
        description: 'Atención prioritaria para problemas urgentes, también por la tarde y en fin de semana.',
        price: '90.00',
        icon: 'bolt',
      },
      {
        category: 'Trabajos',
        title: 'Media jornada',
        description: 'Cuatro horas de un profesional para tu lista de tareas pendientes. Ideal para varios trabajos pequeños.',
        price: '150.00',
        icon: 'calendar',
      },
      {
        category: 'Trabajos',
        title: 'Pack pequeñas reparaciones',
        description: 'Hasta tres reparaciones pequeñas en una misma visita. Materiales aparte.',
        price: '95.00',
        icon: 'wrench',
      },
      {
        category: 'Trabajos',
        title: 'Instalación estándar',
        description: 'Instalación profesional de elementos, accesorios o aparatos, probados antes de irnos.',
        price: '65.00',
        icon: 'home',
      },
      {
        category: 'Trabajos',
        title: 'Revisión de mantenimiento',
        description: 'Revisión completa con informe de lo que necesita atención ahora o pronto.',
        price: '75.00',
        icon: 'shield',
      },
      {
        category: 'Extras',
        title: 'Retirada de residuos',
        description: 'Retiramos y llevamos al punto limpio piezas viejas, embalajes y escombros.',
        price: '30.00',
        icon: 'truck',
      },
    ],
  },
  testimonials: {
    headings: ['Lo que dicen nuestros clientes', 'La confianza de tus vecinos', 'Opiniones de clientes reales'],
    items: [
      {
        quote: 'Vinieron la misma tarde que llamé, encontraron el problema en minutos y cobraron exactamente lo presupuestado. Por fin tengo a quién llamar.',
        name: 'Lucía Fernández',
        role: 'Particular',
      },
      { quote: 'Profesionales, educados y muy limpios. Hasta barrieron antes de irse.', name: 'Manuel Ortega', role: 'Particular' },
      {
        quote: 'Se encargan del mantenimiento de nuestras tres tiendas. Rápidos, fiables y siempre sinceros sobre lo que hace falta.',
        name: 'Silvia Rubio',
        role: 'Dueña de un negocio',
      },
      {
        quote: 'Como administrador de fincas necesito gente en la que confíen los vecinos. Se explican muy bien y nunca dejan un trabajo a medias.',
        name: 'Francisco Delgado',
        role: 'Administrador de fincas',
      },
      {
        quote: 'Me dijeron que se podía reparar en lugar de cambiarlo todo. Esa honestidad los convirtió en mi empresa de confianza.',
        name: 'Teresa Calvo',
        role: 'Particular',
      },
      {
        quote: 'Comunicación perfecta de principio a fin: aviso cuando venían, fotos del trabajo y una factura clarísima.',
        name: 'Adrián Pastor',
        role: 'Cliente nuevo',
      },
    ],
  },
  faq: {
    headings: ['Preguntas frecuentes', 'Antes de contratar', 'Conviene saber'],
    items: [
      {
        question: '¿El presupuesto es gratuito?',
        answer:
          'Para la mayoría de los trabajos te damos presupuesto gratis por teléfono o a partir de fotos. Si hace falta ir al lugar, la visita de diagnóstico se descuenta del trabajo si nos lo encargas.',
      },
      {
        question: '¿Tienen seguro?',
        answer: 'Sí. Contamos con seguro de responsabilidad civil y todo el equipo está formado e identificado. Te enseñamos la documentación si lo necesitas.',
      },
      {
        question: '¿En qué zonas trabajan?',
        answer: 'Cubrimos la ciudad y los alrededores. Dinos tu dirección o código postal y te lo confirmamos al momento.',
      },
      {
        question: '¿Cuándo pueden venir?',
        answer: 'La mayoría de los servicios se programan en menos de 48 horas, y para urgencias hacemos lo posible por ir el mismo día.',
      },
      {
        question: '¿Los trabajos tienen garantía?',
        answer: 'Todos los trabajos tienen 12 meses de garantía en mano de obra. Si algo de lo que hicimos no está bien, volvemos y lo solucionamos sin coste.',
      },
      {
        question: '¿Cómo puedo pagar?',
        answer: 'Con tarjeta, transferencia o Bizum. El pago se hace al terminar el trabajo, cuando estés satisfecho, y siempre con factura.',
      },
    ],
  },
  cta: {
    headings: ['¿Necesitas una mano?', 'Tacha esa tarea de tu lista', 'Pide hoy tu presupuesto gratis'],
    texts: [
      'Cuéntanos qué necesitas y te respondemos en menos de una hora en horario de oficina.',
      'Servicio rápido y amable, con profesionales que respetan tu casa.',
      'Precio cerrado, puntualidad y 12 meses de garantía en cada trabajo.',
    ],
    actions: ['Pedir presupuesto gratis', 'Reservar una visita', 'Llamar ahora'],
  },
  stats: [
    { value: '5.000+', label: 'Trabajos realizados' },
    { value: '4,9★', label: 'Valoración media' },
    { value: '15 años', label: 'Trabajando en la zona' },
    { value: '98%', label: 'Resuelto en la primera visita' },
  ],
  team: [
    {
      name: 'Antonio Ruiz',
      role: 'Fundador y técnico responsable',
      bio: 'Antonio lleva más de veinte años en el oficio. Todavía se encarga de los trabajos más complicados y forma a cada nuevo compañero.',
    },
    {
      name: 'Carmen Ruiz',
      role: 'Oficina y atención al cliente',
      bio: 'Carmen gestiona la agenda, los presupuestos y el seguimiento. Si nos has llamado, seguramente has hablado con ella.',
    },
    {
      name: 'Diego Marín',
      role: 'Técnico jefe',
      bio: 'Diego es conocido por su paciencia, su trabajo impecable y su talento para explicar cualquier avería con palabras sencillas.',
    },
  ],
  pricing: {
    headings: ['Planes de mantenimiento', 'Tranquilidad todo el año', 'Mejor prevenir que reparar'],
    intros: [
      'El mantenimiento regular evita urgencias caras. Nuestros planes mantienen tu casa o tu negocio en perfecto estado todo el año.',
      'Elige un plan y nosotros programamos las visitas, te avisamos cuando toca y te damos prioridad si surge algo.',
      'Sin permanencia. Cancela cuando quieras avisando con 30 días.',
    ],
    tiers: [
      {
        name: 'Esencial',
        price: '12.00',
        period: '/mes',
        description: 'Protección básica para pisos y viviendas pequeñas.',
        features: ['Una visita de mantenimiento al año', '10% de descuento en reparaciones', 'Prioridad en la agenda', 'Informe escrito de la revisión'],
      },
      {
        name: 'Hogar Tranquilo',
        price: '25.00',
        period: '/mes',
        description: 'El plan favorito de las familias que no quieren preocupaciones.',
        features: [
          'Dos visitas de mantenimiento al año',
          '15% de descuento en reparaciones',
          'Sin coste de desplazamiento en urgencias',
          'Atención prioritaria en el día',
          'Recordatorios de mantenimiento',
        ],
      },
      {
        name: 'Negocios y Comunidades',
        price: '69.00',
        period: '/mes',
        description: 'Soporte continuo para tiendas, oficinas y comunidades de vecinos.',
        features: [
          'Visitas trimestrales de mantenimiento',
          '20% de descuento en reparaciones',
          'Gestor dedicado',
          'Línea de urgencias 24 horas',
          'Hasta tres direcciones cubiertas',
        ],
      },
    ],
  },
  blog: {
    headings: ['Consejos para tu hogar', 'Desde la caja de herramientas', 'Guías prácticas'],
    intros: [
      'Consejos prácticos de nuestros profesionales para evitar averías y ahorrar dinero.',
      'Listas de mantenimiento, guías paso a paso y respuestas a las dudas más habituales.',
      'Todo lo que nos gustaría que nuestros clientes supieran, gratis.',
    ],
    posts: [
      {
        title: 'Lista de mantenimiento del hogar para todo el año',
        slug: 'mantenimiento-del-hogar',
        excerpt: 'Unas pocas horas cada temporada pueden ahorrarte mucho dinero en reparaciones. Qué revisar y cuándo.',
        paragraphs: [
          'La mayoría de las reparaciones caras empiezan como un pequeño problema que nadie vio. La buena noticia es que una rutina sencilla detecta casi todos a tiempo.',
          'Antes de la temporada de lluvias, limpia canalones y desagües, revisa el tejado y busca señales de humedad o filtraciones en las paredes.',
          'Una vez al año, revisa el cuadro eléctrico, los enchufes que se calientan y los diferenciales que saltan a menudo. Son señales de que algo necesita atención.',
          'Durante todo el año, mira debajo de los fregaderos, prueba la llave de paso general y vigila las facturas de agua y luz. Una subida repentina suele indicar una fuga o una avería.',
        ],
        subheading: 'Tu lista rápida',
        listItems: [
          'Limpia canalones y desagües antes de las lluvias',
          'Busca manchas de humedad',
          'Revisa enchufes y cuadro eléctrico',
          'Mira debajo de fregaderos y lavabos',
          'Vigila las facturas de agua y luz',
        ],
        quote: 'Una hora de prevención vale más que un fin de semana de reparaciones.',
      },
      {
        title: 'Cómo elegir un profesional de confianza',
        slug: 'elegir-un-profesional-de-confianza',
        excerpt: 'Cinco preguntas que conviene hacer antes de dejar que alguien empiece a trabajar en tu casa.',
        paragraphs: [
          'Contratar a alguien para trabajar en casa puede parecer una lotería. Unas pocas preguntas sencillas te ayudan a distinguir a los buenos profesionales.',
          'Primero, pregunta si tienen seguro de responsabilidad civil y no te cortes en pedir que te lo enseñen. Un profesional lo hará encantado.',
          'Segundo, pide un presupuesto por escrito antes de empezar, con la descripción del trabajo, los materiales y el precio. Así nadie se lleva sorpresas.',
          'Por último, lee opiniones recientes y pregunta por la garantía. Quien confía en su trabajo te explica exactamente qué pasa si algo sale mal.',
        ],
        subheading: 'Preguntas antes de contratar',
        listItems: [
          '¿Tienen seguro de responsabilidad civil?',
          '¿Me dan el presupuesto por escrito?',
          '¿Quién hará el trabajo?',
          '¿Qué garantía ofrecen?',
          '¿Emiten factura?',
        ],
        quote: 'Un buen profesional responde a todas tus preguntas antes de empezar.',
      },
      {
        title: 'Cinco pequeños problemas que acaban en grandes facturas',
        slug: 'pequenos-problemas-grandes-facturas',
        excerpt: 'Estas señales del día a día son fáciles de ignorar, hasta que salen caras. Esto es lo que conviene vigilar.',
        paragraphs: [
          'Muchas veces nos llaman por grandes urgencias que empezaron con pequeñas señales meses antes. Detectarlas pronto es la forma más fácil de ahorrar.',
          'Un goteo bajo el fregadero puede estropear muebles y suelos. Una luz que parpadea o un enchufe caliente pueden indicar un fallo eléctrico que necesita atención urgente.',
          'Una junta de silicona agrietada en la ducha deja pasar el agua a la pared, y una puerta que de repente roza puede ser señal de humedad.',
          'Si notas alguna de estas señales, no te alarmes, pero tampoco esperes. Una visita ahora suele costar una fracción de la reparación después.',
        ],
        subheading: 'Señales de alerta',
        listItems: [
          'Goteos y manchas de humedad',
          'Luces que parpadean o enchufes calientes',
          'Silicona agrietada en el baño',
          'Puertas o ventanas que rozan',
          'Facturas que suben sin motivo',
        ],
        quote: 'Los pequeños arreglos de hoy evitan las grandes facturas de mañana.',
      },
    ],
  },
  contact: {
    headings: ['Pide tu presupuesto', 'Contacta con nosotros', 'Reserva tu servicio'],
    intros: [
      'Cuéntanos qué necesitas y te enviaremos un presupuesto claro y sin compromiso, normalmente en menos de una hora.',
      'Para urgencias, llámanos. Para todo lo demás, envíanos un mensaje con unas fotos y te orientamos.',
      'Respondemos a todos los mensajes en horario de oficina y atendemos urgencias cuando más lo necesitas.',
    ],
    hours: 'office',
  },
  gallery: {
    headings: ['Trabajos recientes', 'Trabajos de los que estamos orgullosos', 'Antes y después'],
    captions: [
      'Antes y después de una reparación completa',
      'Nuestro equipo listo para la jornada',
      'Trabajo cuidadoso con el suelo protegido',
      'Instalación nueva, probada y lista',
      'Nuestra furgoneta totalmente equipada',
      'Arreglo rápido y cliente contento',
      'Todo limpio antes de irnos',
      'Revisión preventiva en una vivienda familiar',
    ],
  },
  logos: {
    headings: ['Confían en nosotros', 'Proveedores y colaboradores', 'Empresas a las que damos servicio'],
    names: [
      'Administración de Fincas Alcázar',
      'Inmobiliaria Puerta Nueva',
      'Suministros Ferrer',
      'Comunidad Jardines del Río',
      'Asociación de Comercios del Centro',
      'Almacenes Hermanos Prieto',
    ],
  },
};

export const serviceBanks: KindBanks = { en, 'pt-BR': ptBR, es };
