// Copy banks for software products and apps (SaaS): a product landing site that fits most
// scheduling, invoicing and customer-management tools for small teams.
import type { KindBanks } from '@/lib/sites/templates/copy-bank';

export const saasBanks: KindBanks = {
  en: {
    kind: 'saas',
    language: 'en',
    names: ['Tidewise', 'Flowdesk', 'Kanso', 'Clearbook', 'Pulsebase', 'Nimbly', 'Brightdesk'],
    taglines: [
      'Bookings, clients and invoices in one simple app.',
      'Less admin. More of the work you love.',
      'The all-in-one workspace for small teams.',
      'Built for busy businesses in {city} and everywhere else.',
    ],
    pages: { home: 'Home', about: 'About', services: 'Features', contact: 'Contact', blog: 'Blog', pricing: 'Pricing' },
    hero: {
      eyebrows: ['New: automatic payment reminders', 'Free for 14 days, no card needed', 'Loved by 12,000+ small businesses'],
      headlines: [
        'Run your whole business from one tidy dashboard.',
        'Spend less time on admin and more time with customers.',
        'Scheduling, invoicing and follow-ups, finally in one place.',
      ],
      subheadlines: [
        '{name} brings your calendar, client list, invoices and reminders together, so nothing slips through the cracks and you get paid faster.',
        'Stop juggling spreadsheets, sticky notes and five different apps. Set up {name} in an afternoon and let it handle the busywork.',
        'From the first booking to the final payment, {name} automates the repetitive steps and keeps your whole team on the same page.',
        'Teams in {city} use {name} to save hours every week on scheduling, billing and client follow-ups.',
      ],
      primaryActions: ['Start free trial', 'Try it free', 'Get started free'],
      secondaryActions: ['See how it works', 'Book a demo', 'Compare plans'],
    },
    about: {
      headings: ['Why we built {name}', 'Our story', 'Software that respects your time'],
      paragraphs: [
        [
          '{name} started in a small physiotherapy clinic, where our co-founder watched her sister lose every evening to booking changes, unpaid invoices and reminder texts. The tools that existed were either too basic or built for companies with an IT department.',
          'So we built the app we wished she had: one place for the calendar, the client list and the money, simple enough to learn in an afternoon and powerful enough to grow with the business.',
          'Today thousands of salons, studios, consultants and service teams run their days on {name}, and we still build every feature by asking the same question: will this give someone their evening back?',
        ],
        [
          'We are a small, independent team of designers, engineers and support specialists. We are funded by our customers, not by investors in a hurry, which means we can focus on making a product that lasts.',
          'We ship improvements every week, answer support messages with real people and publish our roadmap so you always know what is coming next.',
        ],
        [
          'Great software should feel invisible. You should open {name}, see what matters today and get back to your customers in seconds.',
          'That is why we obsess over the small things: the reminder that goes out at the right time, the invoice that fills itself in, the report that answers your question before you ask it.',
          'Your data is yours, our prices are public and you can leave whenever you want. We would rather earn your business every month.',
        ],
      ],
      highlights: ['Set up in under an hour', 'Support from real people', 'Your data, always exportable', 'New improvements every week', 'Works on any device'],
    },
    features: {
      headings: ["Everything you need, nothing you don't", 'Why teams switch to {name}', 'Built for the way you work'],
      intros: [
        'The essentials of running a service business, designed to work together from day one.',
        'Powerful where it counts and simple everywhere else.',
        'No bloated menus or training courses. Just the tools you actually use, working smoothly together.',
      ],
      items: [
        {
          icon: 'calendar',
          title: 'Smart scheduling',
          text: 'Share a booking link, let clients pick a time and sync everything with Google Calendar or Outlook automatically.',
        },
        { icon: 'users', title: 'Client records', text: 'Every contact, note, file and past appointment in one profile, searchable in seconds.' },
        {
          icon: 'chart',
          title: 'Invoices and payments',
          text: 'Send professional invoices in two clicks, accept cards online and see who still owes you at a glance.',
        },
        { icon: 'bolt', title: 'Automations', text: 'Reminders, follow-ups and thank-you messages go out on their own, so no-shows and late payments drop.' },
        { icon: 'lock', title: 'Secure by design', text: 'Encrypted data, daily backups and two-factor sign-in keep your business and your clients safe.' },
        { icon: 'phone', title: 'Works everywhere', text: 'Use {name} on your laptop, tablet or phone. Your data stays in sync wherever you are.' },
        {
          icon: 'code',
          title: 'Connects to your tools',
          text: 'Integrations with accounting, payments, email and calendars, plus an open API for everything else.',
        },
      ],
    },
    offers: {
      headings: ['Features', 'Everything included', 'Modules and integrations'],
      intros: [
        'Every plan includes the core features. Add extras only when you need them.',
        'Start with the essentials and switch on more as your business grows.',
        'Here is what comes with {name}, and the optional add-ons our customers love.',
      ],
      items: [
        {
          title: 'Online booking page',
          description: 'A branded booking page with real-time availability, buffers between appointments and automatic confirmations.',
          price: '0',
          icon: 'calendar',
          category: 'Core',
        },
        {
          title: 'Client management',
          description: 'Contact profiles with history, notes, tags and files, plus simple segments for follow-ups.',
          price: '0',
          icon: 'users',
          category: 'Core',
        },
        {
          title: 'Invoicing',
          description: 'Custom invoices and quotes, recurring billing and automatic reminders for overdue payments.',
          price: '0',
          icon: 'chart',
          category: 'Core',
        },
        {
          title: 'Team calendar',
          description: "See everyone's schedule in one view, assign work and avoid double bookings.",
          price: '0',
          icon: 'clock',
          category: 'Core',
        },
        {
          title: 'Calendar sync',
          description: 'Two-way sync with Google Calendar, Outlook and Apple Calendar.',
          price: '0',
          icon: 'globe',
          category: 'Integrations',
        },
        {
          title: 'Online payments',
          description: 'Take card payments and deposits through Stripe or PayPal, with payouts straight to your bank.',
          price: '0',
          icon: 'shield',
          category: 'Integrations',
        },
        {
          title: 'Accounting export',
          description: 'Send invoices and payments to QuickBooks or Xero automatically, or export clean CSV files.',
          price: '0',
          icon: 'book',
          category: 'Integrations',
        },
        {
          title: 'SMS reminders',
          description: 'Text message reminders that cut no-shows. Includes 500 messages per month.',
          price: '12.00',
          icon: 'phone',
          category: 'Add-ons',
        },
        {
          title: 'Advanced reports',
          description: 'Revenue forecasts, client retention, team performance and custom dashboards.',
          price: '9.00',
          icon: 'chart',
          category: 'Add-ons',
        },
        {
          title: 'Priority support',
          description: 'A dedicated specialist, a one-hour response time on business days and a personal onboarding session.',
          price: '19.00',
          icon: 'award',
          category: 'Add-ons',
        },
      ],
    },
    testimonials: {
      headings: ['Loved by busy teams', 'What our customers say', 'Real businesses, real results'],
      items: [
        {
          quote:
            'We used to lose two or three appointments a week to no-shows. With automatic reminders it is down to one a month. {name} paid for itself in the first week.',
          name: 'Emily Carter',
          role: 'Owner, Bloom Physio',
        },
        {
          quote: 'I replaced three apps and a spreadsheet with {name}. My evenings of admin are gone, and I finally know exactly who has paid.',
          name: 'Marcus Reed',
          role: 'Independent consultant',
        },
        {
          quote: 'Setup took one afternoon. The import brought in eight years of client history without a single problem.',
          name: 'Olivia Hart',
          role: 'Manager, Studio Nine Salon',
        },
        {
          quote: 'Our team of twelve shares one calendar now, and double bookings simply stopped happening.',
          name: 'Daniel Kim',
          role: 'Operations lead, Brightline Cleaning',
        },
        {
          quote: 'We get paid nine days faster on average since we switched to online invoices with card payments.',
          name: 'Rachel Moore',
          role: 'Co-founder, Harvest Landscaping',
        },
        {
          quote: 'Whenever I write to support, a real person answers within the hour and actually solves the problem. That is rare.',
          name: 'Chris Alvarez',
          role: 'Photographer and studio owner',
        },
      ],
    },
    faq: {
      headings: ['Frequently asked questions', 'Questions? We have answers', 'Good to know'],
      items: [
        {
          question: 'Is there a free trial?',
          answer:
            'Yes. Every paid plan comes with a 14-day free trial with all features unlocked. You do not need a credit card to start, and you can keep using the Free plan afterward.',
        },
        {
          question: 'Can I import my existing clients and appointments?',
          answer:
            'Yes. Upload a spreadsheet or connect your current calendar and we will bring everything in. On paid plans our team can do the import for you at no cost.',
        },
        {
          question: 'Can I cancel at any time?',
          answer:
            'Absolutely. There are no contracts or cancellation fees. If you cancel, your account stays active until the end of the billing period and you can export all your data.',
        },
        {
          question: 'Is my data secure?',
          answer:
            'Your data is encrypted in transit and at rest, backed up daily and stored in certified data centers. We never sell or share your data, and you can export or delete it whenever you want.',
        },
        {
          question: 'Does it work on my phone?',
          answer: 'Yes. {name} works in any modern browser and has apps for iPhone and Android, so you can check your schedule and send invoices on the go.',
        },
        {
          question: 'Do you offer discounts for annual plans or nonprofits?',
          answer: 'Annual billing saves you two months every year. Registered nonprofits and schools get an extra 30% off; just write to our support team.',
        },
        {
          question: 'What kind of support do you offer?',
          answer: 'Every plan includes email and chat support from real people on business days, plus a help center full of short guides and videos.',
        },
      ],
    },
    cta: {
      headings: ['Ready to get your evenings back?', 'Try {name} free for 14 days', 'Your calmer workday starts here'],
      texts: [
        'Set up your account in minutes. No credit card, no contract, no pressure.',
        'Join thousands of small businesses that spend less time on admin and more time doing what they love.',
        'Start free today and import your clients in a few clicks. Our team is here if you need a hand.',
      ],
      actions: ['Start free trial', 'Get started', 'Try it free'],
    },
    stats: [
      { value: '12,000+', label: 'businesses use it every day' },
      { value: '99.9%', label: 'uptime over the last 12 months' },
      { value: '6 hours', label: 'of admin saved per week, on average' },
      { value: '4.8/5', label: 'average rating from customers' },
    ],
    team: [
      {
        name: 'Sarah Mitchell',
        role: 'Co-founder and CEO',
        bio: 'Sarah ran operations for a chain of physiotherapy clinics and started {name} to fix the admin chaos she saw every day.',
      },
      {
        name: 'David Chen',
        role: 'Co-founder and CTO',
        bio: 'David has spent fifteen years building reliable software for finance and healthcare. He cares about speed, security and clean code.',
      },
      {
        name: 'Maya Patel',
        role: 'Head of product design',
        bio: 'Maya turns complicated workflows into screens that make sense at first glance, and tests every design with real customers.',
      },
      {
        name: 'Jordan Brooks',
        role: 'Head of customer success',
        bio: 'Jordan leads the support team and personally reads every piece of feedback our customers send.',
      },
    ],
    pricing: {
      headings: ['Simple, transparent pricing', 'Plans that grow with you', 'Pick the plan that fits'],
      intros: [
        'Start free and upgrade when you are ready. Every paid plan includes a 14-day free trial.',
        'No setup fees, no contracts and no surprises. Save two months with annual billing.',
        'All plans include unlimited clients, secure backups and friendly support.',
      ],
      tiers: [
        {
          name: 'Free',
          price: '0',
          period: '/month',
          description: 'For solo professionals getting organized.',
          features: ['1 user', 'Online booking page', 'Up to 50 appointments a month', 'Basic invoices', 'Email support'],
        },
        {
          name: 'Pro',
          price: '29.00',
          period: '/month',
          description: 'Our most popular plan for growing businesses.',
          features: [
            'Up to 5 users',
            'Unlimited appointments',
            'Online payments',
            'Automatic reminders and follow-ups',
            'Calendar and accounting integrations',
            'Chat support',
          ],
        },
        {
          name: 'Business',
          price: '79.00',
          period: '/month',
          description: 'For teams that need more control and reporting.',
          features: ['Unlimited users', 'Multiple locations', 'Advanced reports', 'Roles and permissions', 'Priority support and onboarding'],
        },
      ],
    },
    blog: {
      headings: ['From the blog', 'Tips for running a smoother business', 'Guides and product news'],
      intros: [
        'Practical guides for small business owners, plus the latest improvements to {name}.',
        'Ideas to save time, get paid faster and keep your clients coming back.',
        'Short reads with ideas you can use today.',
      ],
      posts: [
        {
          title: 'How to cut no-shows in half with automatic reminders',
          slug: 'cut-no-shows-with-automatic-reminders',
          excerpt: 'Missed appointments quietly drain your revenue. A simple reminder routine can bring them down dramatically, and it runs on autopilot.',
          paragraphs: [
            'Every missed appointment is a double loss: the slot you could have filled and the time you spent preparing for it. For a business with twenty bookings a day, even a 10% no-show rate adds up to thousands in lost revenue each year.',
            'Most no-shows are not rude; they are forgetful. People book weeks ahead, their plans change and the appointment slips their mind. A well-timed reminder solves most of the problem.',
            'Our customers see the best results with two reminders: one a day or two before, with an easy way to reschedule, and a short one on the day itself. Making rescheduling easy matters, because a moved appointment is far better than an empty chair.',
            'If no-shows are still a problem, ask for a small deposit when people book. Combined with reminders, it is the single most effective change most businesses can make.',
          ],
          subheading: 'A reminder routine that works',
          listItems: [
            'Send the first reminder 24 to 48 hours before the appointment.',
            'Include a one-click link to confirm or reschedule.',
            'Send a short second reminder two hours before.',
            'Use a friendly tone and include the address and what to bring.',
            'For longer or high-value sessions, ask for a deposit at booking.',
          ],
          quote: 'A reminder is not nagging. It is good service that your clients will thank you for.',
        },
        {
          title: 'Get paid faster: six invoicing habits that work',
          slug: 'get-paid-faster-invoicing-habits',
          excerpt:
            'Late payments are rarely about money. They are about friction. These six habits shorten the time between finishing the job and seeing the cash.',
          paragraphs: [
            'Ask any small business owner about their least favorite task and chasing payments will be near the top of the list. It is awkward, it takes time and it often feels like it should not be your job.',
            'The good news is that most late payments have simple causes: the invoice arrived late, was unclear or was hard to pay. Remove those obstacles and your average payment time drops quickly.',
            "Start by sending invoices the same day you finish the work, while the value is fresh in your client's mind. Then make paying as easy as possible, ideally with a card payment link right on the invoice.",
            'Finally, let automation handle the follow-ups. A polite reminder sent automatically is less awkward for everyone than a phone call two months later.',
          ],
          subheading: 'Six habits of businesses that get paid on time',
          listItems: [
            'Invoice on the same day the work is done.',
            'Use clear descriptions and a visible due date.',
            'Offer card and online payments, not only bank transfers.',
            'Set up automatic reminders before and after the due date.',
            'Ask for deposits on larger jobs.',
          ],
          quote: 'The easier you make it to pay you, the sooner you get paid.',
        },
        {
          title: 'Moving off spreadsheets: a practical guide',
          slug: 'moving-off-spreadsheets-practical-guide',
          excerpt:
            'Spreadsheets are a great start, until they are not. Here is how to know it is time to switch, and how to move your business without the headache.',
          paragraphs: [
            'Almost every business we work with started with a spreadsheet. It is free, flexible and familiar. But as you add clients, team members and services, it starts to creak: versions multiply, formulas break and nobody is sure which file is the real one.',
            'The warning signs are easy to spot. You spend time copying the same information into several places, you have lost a booking or an invoice in the shuffle, or only one person really understands how the file works.',
            'Moving to a dedicated tool does not have to be a big project. Most businesses can switch in a single afternoon if they prepare well and move one piece at a time.',
            'Start with your client list, because everything else connects to it. Then bring in upcoming appointments, and finally open invoices. Keep the old spreadsheet read-only for a month, just for peace of mind.',
          ],
          subheading: 'Your switching checklist',
          listItems: [
            'Clean up duplicate contacts and outdated entries first.',
            'Import clients, then upcoming bookings, then open invoices.',
            'Connect your calendar and payment provider.',
            'Show your team the new workflow in a 20-minute session.',
          ],
          quote: 'The best system is the one your whole team actually uses, every single day.',
        },
      ],
    },
    contact: {
      headings: ['Talk to our team', 'We are here to help', 'Get in touch'],
      intros: [
        'Questions about plans, features or moving your data? Send us a message and a real person will reply within one business day.',
        'Want a guided tour? Book a free 20-minute demo and we will show you how {name} fits your business.',
        'Already a customer? Our support team is available by chat and email throughout the business day.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Take a look inside', 'See {name} in action', 'Screens our customers love'],
      captions: [
        'Your day at a glance on the main dashboard',
        'The booking page your clients see, on any phone',
        'Client profile with notes, history and files',
        'Creating an invoice in two clicks',
        'Automatic reminders set up in a minute',
        'Monthly revenue and retention reports',
        'Team calendar with color-coded schedules',
      ],
    },
    logos: {
      headings: ['Trusted by thousands of small businesses', 'Teams that run on {name}', 'As featured in'],
      names: ['Bloom Physio', 'Studio Nine', 'Brightline Cleaning', 'Harvest Landscaping', 'Small Business Weekly', 'Northgate Tutors'],
    },
  },

  'pt-BR': {
    kind: 'saas',
    language: 'pt-BR',
    names: ['Agendaí', 'Fluxo', 'Organizze Pro', 'Clarear', 'Tarefa Certa', 'Painel Simples', 'Nuvem Leve'],
    taglines: [
      'Agenda, clientes e cobranças em um só app.',
      'Menos burocracia. Mais tempo para o que importa.',
      'O app completo para pequenas equipes.',
      'Feito para negócios que não param, em {city} e em todo o Brasil.',
    ],
    pages: { home: 'Início', about: 'Sobre', services: 'Recursos', contact: 'Contato', blog: 'Blog', pricing: 'Planos' },
    hero: {
      eyebrows: ['Novidade: cobrança automática por Pix', '14 dias grátis, sem cartão', 'Mais de 12 mil negócios usam'],
      headlines: [
        'Seu negócio inteiro organizado em um só lugar.',
        'Menos tempo com planilhas, mais tempo com clientes.',
        'Agenda, cobranças e lembretes finalmente juntos.',
      ],
      subheadlines: [
        'O {name} junta agenda, lista de clientes, cobranças e lembretes automáticos, para nada ficar para trás e você receber mais rápido.',
        'Chega de se virar com planilha, caderninho e cinco aplicativos diferentes. Configure o {name} em uma tarde e deixe a parte chata com ele.',
        'Do primeiro agendamento ao último pagamento, o {name} automatiza as tarefas repetitivas e deixa toda a equipe alinhada.',
        'Negócios de {city} usam o {name} para economizar horas toda semana com agenda, cobrança e acompanhamento de clientes.',
      ],
      primaryActions: ['Testar grátis', 'Começar grátis', 'Criar conta grátis'],
      secondaryActions: ['Ver como funciona', 'Agendar demonstração', 'Comparar planos'],
    },
    about: {
      headings: ['Por que criamos o {name}', 'Nossa história', 'Um software que respeita seu tempo'],
      paragraphs: [
        [
          'O {name} nasceu dentro de uma pequena clínica de fisioterapia, onde nossa cofundadora via a irmã perder todas as noites remarcando horários, cobrando clientes e mandando lembrete por WhatsApp. As ferramentas que existiam eram simples demais ou feitas para empresas com departamento de TI.',
          'Então criamos o aplicativo que queríamos que ela tivesse: um lugar só para agenda, clientes e dinheiro, fácil de aprender em uma tarde e robusto o bastante para acompanhar o crescimento do negócio.',
          'Hoje milhares de salões, estúdios, consultórios e prestadores de serviço organizam o dia no {name}, e cada recurso novo ainda nasce da mesma pergunta: isso vai devolver a noite livre de alguém?',
        ],
        [
          'Somos uma equipe pequena e independente de designers, desenvolvedores e especialistas em atendimento. Quem nos sustenta são os clientes, não investidores com pressa, e isso nos deixa focar em um produto feito para durar.',
          'Lançamos melhorias toda semana, respondemos o suporte com gente de verdade e publicamos nosso planejamento para você saber o que vem por aí.',
        ],
        [
          'Software bom é aquele que quase não se nota. Você abre o {name}, vê o que importa hoje e volta para os seus clientes em segundos.',
          'Por isso cuidamos dos detalhes: o lembrete que sai na hora certa, a cobrança que se preenche sozinha, o relatório que responde sua dúvida antes de você perguntar.',
          'Seus dados são seus, nossos preços são públicos e você pode cancelar quando quiser. Preferimos conquistar você todo mês.',
        ],
      ],
      highlights: [
        'Configuração em menos de uma hora',
        'Suporte com gente de verdade',
        'Dados seguros e de acordo com a LGPD',
        'Melhorias novas toda semana',
        'Funciona no celular e no computador',
      ],
    },
    features: {
      headings: ['Tudo o que você precisa, nada que atrapalhe', 'Por que as equipes migram para o {name}', 'Feito para o seu jeito de trabalhar'],
      intros: [
        'O essencial para tocar um negócio de serviços, com tudo funcionando junto desde o primeiro dia.',
        'Completo onde importa e simples em todo o resto.',
        'Sem menus confusos nem cursos de treinamento. Só as ferramentas que você usa de verdade, bem integradas.',
      ],
      items: [
        {
          icon: 'calendar',
          title: 'Agenda inteligente',
          text: 'Compartilhe seu link de agendamento, deixe o cliente escolher o horário e sincronize tudo com o Google Agenda.',
        },
        {
          icon: 'users',
          title: 'Cadastro de clientes',
          text: 'Contatos, anotações, arquivos e histórico de atendimentos em uma ficha só, encontrada em segundos.',
        },
        {
          icon: 'chart',
          title: 'Cobranças e pagamentos',
          text: 'Envie cobranças por Pix, boleto ou cartão em dois cliques e veja na hora quem ainda não pagou.',
        },
        {
          icon: 'bolt',
          title: 'Automações',
          text: 'Lembretes, confirmações e mensagens de agradecimento saem sozinhos por WhatsApp e e-mail, e as faltas despencam.',
        },
        {
          icon: 'lock',
          title: 'Segurança de verdade',
          text: 'Dados criptografados, backup diário e login em duas etapas protegem seu negócio e seus clientes, em conformidade com a LGPD.',
        },
        { icon: 'phone', title: 'Funciona em qualquer lugar', text: 'Use no computador, no tablet ou no celular. Tudo fica sincronizado onde você estiver.' },
        {
          icon: 'code',
          title: 'Conecta com suas ferramentas',
          text: 'Integrações com emissor de nota fiscal, meios de pagamento, e-mail e agendas, além de uma API aberta.',
        },
      ],
    },
    offers: {
      headings: ['Recursos', 'Tudo o que está incluso', 'Módulos e integrações'],
      intros: [
        'Todos os planos incluem os recursos principais. Contrate extras só quando precisar.',
        'Comece pelo essencial e ative mais recursos conforme seu negócio cresce.',
        'Veja o que já vem no {name} e os complementos opcionais que nossos clientes adoram.',
      ],
      items: [
        {
          title: 'Página de agendamento online',
          description: 'Sua página de agendamento com horários em tempo real, intervalos entre atendimentos e confirmação automática.',
          price: '0',
          icon: 'calendar',
          category: 'Essencial',
        },
        {
          title: 'Gestão de clientes',
          description: 'Fichas com histórico, anotações, etiquetas e arquivos, além de listas para campanhas de retorno.',
          price: '0',
          icon: 'users',
          category: 'Essencial',
        },
        {
          title: 'Cobranças',
          description: 'Orçamentos e cobranças personalizados, cobrança recorrente e lembrete automático de pagamentos atrasados.',
          price: '0',
          icon: 'chart',
          category: 'Essencial',
        },
        {
          title: 'Agenda da equipe',
          description: 'Veja a agenda de todos em uma tela, distribua atendimentos e evite horários duplicados.',
          price: '0',
          icon: 'clock',
          category: 'Essencial',
        },
        {
          title: 'Sincronização de agenda',
          description: 'Sincronização nos dois sentidos com Google Agenda, Outlook e Agenda da Apple.',
          price: '0',
          icon: 'globe',
          category: 'Integrações',
        },
        {
          title: 'Pix, boleto e cartão',
          description: 'Receba pagamentos e sinais online por Pix, boleto ou cartão, com o dinheiro direto na sua conta.',
          price: '0',
          icon: 'shield',
          category: 'Integrações',
        },
        {
          title: 'Nota fiscal de serviço',
          description: 'Emita NFS-e automaticamente a cada pagamento recebido, integrada às principais prefeituras.',
          price: '19.90',
          icon: 'book',
          category: 'Complementos',
        },
        {
          title: 'Lembretes por WhatsApp',
          description: 'Confirmações e lembretes pelo WhatsApp, que reduzem as faltas. Inclui 1.000 mensagens por mês.',
          price: '29.90',
          icon: 'phone',
          category: 'Complementos',
        },
        {
          title: 'Relatórios avançados',
          description: 'Previsão de faturamento, retenção de clientes, desempenho da equipe e painéis personalizados.',
          price: '19.90',
          icon: 'chart',
          category: 'Complementos',
        },
        {
          title: 'Suporte prioritário',
          description: 'Especialista dedicado, resposta em até uma hora em dias úteis e implantação individual.',
          price: '39.90',
          icon: 'award',
          category: 'Complementos',
        },
      ],
    },
    testimonials: {
      headings: ['Quem usa recomenda', 'O que nossos clientes dizem', 'Negócios reais, resultados reais'],
      items: [
        {
          quote:
            'A gente perdia dois ou três horários por semana com faltas. Com os lembretes no WhatsApp caiu para um por mês. O {name} se pagou na primeira semana.',
          name: 'Fernanda Gomes',
          role: 'Proprietária, Clínica Movimento Fisio',
        },
        {
          quote: 'Troquei três aplicativos e uma planilha pelo {name}. Acabaram as noites de burocracia e agora sei exatamente quem já pagou.',
          name: 'Gabriel Souza',
          role: 'Consultor financeiro autônomo',
        },
        {
          quote: 'Configurei tudo em uma tarde. A importação trouxe oito anos de histórico de clientes sem nenhum problema.',
          name: 'Larissa Nunes',
          role: 'Gerente, Studio Nove Salão',
        },
        {
          quote: 'Nossa equipe de doze pessoas usa uma agenda só, e os horários duplicados simplesmente acabaram.',
          name: 'Bruno Teixeira',
          role: 'Coordenador de operações, Brilho Limpeza',
        },
        {
          quote: 'Desde que passamos a cobrar por Pix com link, recebemos em média nove dias mais cedo.',
          name: 'Juliana Martins',
          role: 'Sócia, Verde Vivo Paisagismo',
        },
        {
          quote: 'Sempre que chamo o suporte, uma pessoa de verdade responde em menos de uma hora e resolve. Isso é raro.',
          name: 'Thiago Rocha',
          role: 'Fotógrafo e dono de estúdio',
        },
      ],
    },
    faq: {
      headings: ['Perguntas frequentes', 'Dúvidas? A gente responde', 'Bom saber'],
      items: [
        {
          question: 'Tem período de teste grátis?',
          answer:
            'Tem. Todos os planos pagos têm 14 dias de teste com todos os recursos liberados. Você não precisa cadastrar cartão para começar e pode continuar no plano Grátis depois.',
        },
        {
          question: 'Consigo importar meus clientes e agendamentos?',
          answer:
            'Consegue. Envie uma planilha ou conecte sua agenda atual e trazemos tudo. Nos planos pagos, nossa equipe faz a importação para você sem custo.',
        },
        {
          question: 'Posso cancelar quando quiser?',
          answer: 'Pode. Não há fidelidade nem multa. Se cancelar, a conta continua ativa até o fim do período pago e você pode exportar todos os seus dados.',
        },
        {
          question: 'Meus dados estão seguros?',
          answer:
            'Seus dados são criptografados, têm backup diário e ficam em data centers certificados. Seguimos a LGPD, nunca vendemos nem compartilhamos suas informações, e você pode exportar ou excluir tudo quando quiser.',
        },
        {
          question: 'Funciona no celular?',
          answer:
            'Funciona. O {name} roda em qualquer navegador e tem aplicativo para iPhone e Android, então você vê a agenda e envia cobranças de onde estiver.',
        },
        {
          question: 'Quais formas de pagamento vocês aceitam?',
          answer:
            'Você pode pagar sua assinatura no cartão de crédito, por Pix ou boleto. No plano anual, você economiza dois meses e pode parcelar no cartão.',
        },
        {
          question: 'Como funciona o suporte?',
          answer:
            'Todos os planos têm suporte por chat e e-mail com pessoas de verdade em dias úteis, além de uma central de ajuda com guias e vídeos curtos em português.',
        },
      ],
    },
    cta: {
      headings: ['Pronto para ter suas noites de volta?', 'Teste o {name} grátis por 14 dias', 'Seu dia de trabalho mais leve começa aqui'],
      texts: [
        'Crie sua conta em minutos. Sem cartão, sem fidelidade, sem pressão.',
        'Junte-se a milhares de pequenos negócios que passam menos tempo na burocracia e mais tempo fazendo o que gostam.',
        'Comece grátis hoje e importe seus clientes em poucos cliques. Nossa equipe ajuda se precisar.',
      ],
      actions: ['Testar grátis', 'Criar minha conta', 'Começar agora'],
    },
    stats: [
      { value: '12 mil+', label: 'negócios usam todos os dias' },
      { value: '99,9%', label: 'de disponibilidade nos últimos 12 meses' },
      { value: '6 horas', label: 'de burocracia economizadas por semana' },
      { value: '4,8/5', label: 'de nota média dos clientes' },
    ],
    team: [
      {
        name: 'Ana Ribeiro',
        role: 'Cofundadora e CEO',
        bio: 'Ana cuidou da operação de uma rede de clínicas de fisioterapia e criou o {name} para acabar com o caos administrativo que via todos os dias.',
      },
      {
        name: 'Rafael Almeida',
        role: 'Cofundador e CTO',
        bio: 'Rafael passou quinze anos construindo sistemas confiáveis para bancos e hospitais. Não abre mão de velocidade, segurança e código limpo.',
      },
      {
        name: 'Camila Santos',
        role: 'Líder de design de produto',
        bio: 'Camila transforma processos complicados em telas que fazem sentido de primeira e testa cada mudança com clientes reais.',
      },
      {
        name: 'Lucas Oliveira',
        role: 'Líder de sucesso do cliente',
        bio: 'Lucas comanda o time de suporte e lê pessoalmente cada sugestão que nossos clientes enviam.',
      },
    ],
    pricing: {
      headings: ['Preços simples e transparentes', 'Planos que crescem com você', 'Escolha o plano ideal'],
      intros: [
        'Comece grátis e mude de plano quando quiser. Todo plano pago tem 14 dias de teste.',
        'Sem taxa de adesão, sem fidelidade e sem surpresas. No plano anual você ganha dois meses.',
        'Todos os planos têm clientes ilimitados, backup seguro e suporte atencioso.',
      ],
      tiers: [
        {
          name: 'Grátis',
          price: '0',
          period: '/mês',
          description: 'Para profissionais autônomos que querem se organizar.',
          features: ['1 usuário', 'Página de agendamento online', 'Até 50 agendamentos por mês', 'Cobranças básicas', 'Suporte por e-mail'],
        },
        {
          name: 'Pro',
          price: '59.90',
          period: '/mês',
          description: 'O plano mais escolhido por negócios em crescimento.',
          features: [
            'Até 5 usuários',
            'Agendamentos ilimitados',
            'Pix, boleto e cartão',
            'Lembretes e confirmações automáticos',
            'Integração com agendas',
            'Suporte por chat',
          ],
        },
        {
          name: 'Empresa',
          price: '149.90',
          period: '/mês',
          description: 'Para equipes que precisam de mais controle e relatórios.',
          features: ['Usuários ilimitados', 'Várias unidades', 'Relatórios avançados', 'Permissões por cargo', 'Suporte prioritário e implantação'],
        },
      ],
    },
    blog: {
      headings: ['Do nosso blog', 'Dicas para um negócio mais organizado', 'Guias e novidades do produto'],
      intros: [
        'Guias práticos para quem toca um pequeno negócio, e as novidades mais recentes do {name}.',
        'Ideias para ganhar tempo, receber mais rápido e fazer o cliente voltar.',
        'Leituras rápidas com ideias para aplicar hoje mesmo.',
      ],
      posts: [
        {
          title: 'Como reduzir as faltas pela metade com lembretes automáticos',
          slug: 'como-reduzir-faltas-com-lembretes-automaticos',
          excerpt:
            'Cada cliente que falta leva embora um pedaço do seu faturamento. Uma rotina simples de lembretes resolve boa parte do problema, e no piloto automático.',
          paragraphs: [
            'Todo horário perdido é um prejuízo duplo: a vaga que poderia ter sido preenchida e o tempo que você gastou se preparando. Para um negócio com vinte atendimentos por dia, uma taxa de faltas de 10% vira um prejuízo de milhares ao longo do ano.',
            'A maioria das faltas não é falta de respeito, é esquecimento. A pessoa marca com semanas de antecedência, a rotina muda e o compromisso some da cabeça. Um lembrete na hora certa resolve quase tudo.',
            'Os melhores resultados que vemos vêm de dois lembretes: um na véspera, com um jeito fácil de remarcar, e outro curto no próprio dia. Facilitar a remarcação é essencial, porque um horário trocado vale muito mais do que uma cadeira vazia.',
            'Se as faltas continuarem, peça um pequeno sinal por Pix no momento do agendamento. Junto com os lembretes, é a mudança mais eficaz que a maioria dos negócios pode fazer.',
          ],
          subheading: 'Uma rotina de lembretes que funciona',
          listItems: [
            'Envie o primeiro lembrete entre 24 e 48 horas antes.',
            'Inclua um link para confirmar ou remarcar com um toque.',
            'Mande um segundo lembrete curto duas horas antes.',
            'Use um tom simpático e informe endereço e o que levar.',
            'Em atendimentos longos ou de valor alto, peça um sinal.',
          ],
          quote: 'Lembrete não é cobrança chata. É um cuidado que o seu cliente agradece.',
        },
        {
          title: 'Receba mais rápido: seis hábitos de cobrança que funcionam',
          slug: 'receba-mais-rapido-habitos-de-cobranca',
          excerpt:
            'Atraso de pagamento raramente é falta de dinheiro. Quase sempre é atrito. Estes seis hábitos encurtam o caminho entre terminar o serviço e ver o dinheiro na conta.',
          paragraphs: [
            'Pergunte a qualquer dono de pequeno negócio qual é a tarefa de que ele menos gosta, e cobrar cliente vai estar no topo da lista. É constrangedor, toma tempo e parece que não deveria ser trabalho seu.',
            'A boa notícia é que a maioria dos atrasos tem causas simples: a cobrança chegou tarde, estava confusa ou era difícil de pagar. Tire esses obstáculos do caminho e o prazo médio de recebimento cai rápido.',
            'Comece enviando a cobrança no mesmo dia em que terminar o serviço, enquanto o valor do trabalho ainda está fresco na memória do cliente. Depois, deixe o pagamento o mais fácil possível, de preferência com Pix copia e cola ou link de cartão.',
            'Por fim, deixe os lembretes por conta da automação. Uma mensagem educada enviada sozinha é menos constrangedora para todo mundo do que uma ligação dois meses depois.',
          ],
          subheading: 'Seis hábitos de quem recebe em dia',
          listItems: [
            'Cobre no mesmo dia em que o serviço foi feito.',
            'Use descrições claras e data de vencimento bem visível.',
            'Ofereça Pix e cartão, não só transferência.',
            'Ative lembretes automáticos antes e depois do vencimento.',
            'Peça sinal em trabalhos maiores.',
          ],
          quote: 'Quanto mais fácil for pagar você, mais cedo o dinheiro cai na conta.',
        },
        {
          title: 'Como sair das planilhas sem dor de cabeça',
          slug: 'como-sair-das-planilhas-sem-dor-de-cabeca',
          excerpt: 'A planilha é um ótimo começo, até deixar de ser. Veja como saber que chegou a hora de mudar e como fazer a migração sem complicação.',
          paragraphs: [
            'Quase todo negócio que atendemos começou numa planilha. É grátis, flexível e conhecida. Mas, conforme chegam mais clientes, mais gente na equipe e mais serviços, ela começa a ranger: as versões se multiplicam, as fórmulas quebram e ninguém sabe qual é o arquivo certo.',
            'Os sinais de alerta são fáceis de reconhecer. Você copia a mesma informação em vários lugares, já perdeu um agendamento ou uma cobrança no meio da bagunça, ou só uma pessoa entende de verdade como o arquivo funciona.',
            'Migrar para uma ferramenta própria não precisa ser um grande projeto. A maioria dos negócios faz a troca em uma tarde, desde que se prepare bem e mude uma parte de cada vez.',
            'Comece pela lista de clientes, porque todo o resto se conecta a ela. Depois traga os próximos agendamentos e, por último, as cobranças em aberto. Deixe a planilha antiga só para consulta por um mês, para ficar tranquilo.',
          ],
          subheading: 'Seu roteiro de migração',
          listItems: [
            'Limpe contatos duplicados e cadastros desatualizados.',
            'Importe clientes, depois agendamentos, depois cobranças em aberto.',
            'Conecte sua agenda e seu meio de pagamento.',
            'Mostre o novo fluxo para a equipe em uma conversa de 20 minutos.',
          ],
          quote: 'O melhor sistema é aquele que a equipe inteira usa de verdade, todos os dias.',
        },
      ],
    },
    contact: {
      headings: ['Fale com nossa equipe', 'Estamos aqui para ajudar', 'Entre em contato'],
      intros: [
        'Dúvidas sobre planos, recursos ou migração de dados? Mande uma mensagem e uma pessoa de verdade responde em até um dia útil.',
        'Quer conhecer o sistema com calma? Agende uma demonstração gratuita de 20 minutos e mostramos como o {name} se encaixa no seu negócio.',
        'Já é cliente? Nosso suporte atende por chat e e-mail durante todo o horário comercial.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Veja por dentro', 'O {name} em ação', 'Telas que nossos clientes adoram'],
      captions: [
        'Seu dia inteiro no painel principal',
        'A página de agendamento que o cliente vê no celular',
        'Ficha do cliente com anotações, histórico e arquivos',
        'Cobrança por Pix criada em dois cliques',
        'Lembretes automáticos configurados em um minuto',
        'Relatórios mensais de faturamento e retenção',
        'Agenda da equipe com cores por profissional',
      ],
    },
    logos: {
      headings: ['Milhares de pequenos negócios confiam no {name}', 'Equipes que rodam no {name}', 'Saiu na imprensa'],
      names: ['Movimento Fisio', 'Studio Nove', 'Brilho Limpeza', 'Verde Vivo Paisagismo', 'Revista Pequenas Empresas Hoje', 'Escola Passo a Passo'],
    },
  },

  es: {
    kind: 'saas',
    language: 'es',
    names: ['Agendia', 'Fluyo', 'Cuadra', 'Claro App', 'Gestia', 'Panel Sencillo', 'Nubo'],
    taglines: [
      'Citas, clientes y facturas en una sola app.',
      'Menos papeleo. Más tiempo para lo que te gusta.',
      'La herramienta todo en uno para equipos pequeños.',
      'Pensada para negocios con mucho ritmo, en {city} y en cualquier parte.',
    ],
    pages: { home: 'Inicio', about: 'Nosotros', services: 'Funciones', contact: 'Contacto', blog: 'Blog', pricing: 'Precios' },
    hero: {
      eyebrows: ['Nuevo: recordatorios de pago automáticos', '14 días gratis, sin tarjeta', 'Más de 12.000 negocios ya la usan'],
      headlines: [
        'Lleva todo tu negocio desde un solo panel.',
        'Menos tiempo con el papeleo y más con tus clientes.',
        'Agenda, facturas y seguimientos, por fin en un solo sitio.',
      ],
      subheadlines: [
        '{name} reúne tu calendario, tu lista de clientes, tus facturas y tus recordatorios, para que nada se te escape y cobres antes.',
        'Olvídate de hojas de cálculo, notas adhesivas y cinco apps distintas. Configura {name} en una tarde y deja que se ocupe de lo pesado.',
        'Desde la primera reserva hasta el último pago, {name} automatiza las tareas repetitivas y mantiene a todo tu equipo coordinado.',
        'Equipos de {city} usan {name} para ahorrar horas cada semana en citas, cobros y seguimiento de clientes.',
      ],
      primaryActions: ['Prueba gratis', 'Empieza gratis', 'Crear cuenta gratis'],
      secondaryActions: ['Ver cómo funciona', 'Pedir una demo', 'Comparar planes'],
    },
    about: {
      headings: ['Por qué creamos {name}', 'Nuestra historia', 'Software que respeta tu tiempo'],
      paragraphs: [
        [
          '{name} nació en una pequeña clínica de fisioterapia, donde nuestra cofundadora veía a su hermana perder cada tarde entre cambios de cita, facturas pendientes y mensajes de recordatorio. Las herramientas que había eran demasiado básicas o estaban pensadas para empresas con departamento de informática.',
          'Así que creamos la app que nos habría gustado darle: un solo lugar para la agenda, los clientes y el dinero, fácil de aprender en una tarde y lo bastante potente para crecer con el negocio.',
          'Hoy miles de peluquerías, estudios, consultorías y equipos de servicios organizan su día con {name}, y cada función nueva sigue naciendo de la misma pregunta: ¿le devolverá esto la tarde libre a alguien?',
        ],
        [
          'Somos un equipo pequeño e independiente de diseñadores, ingenieros y especialistas en atención al cliente. Nos financian nuestros clientes, no inversores con prisa, y eso nos permite centrarnos en un producto que dure.',
          'Publicamos mejoras cada semana, respondemos al soporte con personas de verdad y compartimos nuestra hoja de ruta para que siempre sepas qué viene después.',
        ],
        [
          'El buen software casi no se nota. Abres {name}, ves lo importante del día y vuelves con tus clientes en segundos.',
          'Por eso cuidamos los detalles: el recordatorio que sale en el momento justo, la factura que se rellena sola, el informe que responde a tu pregunta antes de que la hagas.',
          'Tus datos son tuyos, nuestros precios son públicos y puedes irte cuando quieras. Preferimos ganarnos tu confianza cada mes.',
        ],
      ],
      highlights: [
        'Configuración en menos de una hora',
        'Soporte con personas reales',
        'Tus datos, siempre protegidos',
        'Mejoras nuevas cada semana',
        'Funciona en cualquier dispositivo',
      ],
    },
    features: {
      headings: ['Todo lo que necesitas, nada que sobre', 'Por qué los equipos se pasan a {name}', 'Hecha para tu forma de trabajar'],
      intros: [
        'Lo esencial para llevar un negocio de servicios, pensado para funcionar en conjunto desde el primer día.',
        'Potente donde importa y sencilla en todo lo demás.',
        'Sin menús interminables ni cursos de formación. Solo las herramientas que de verdad usas, bien conectadas entre sí.',
      ],
      items: [
        {
          icon: 'calendar',
          title: 'Agenda inteligente',
          text: 'Comparte tu enlace de reservas, deja que el cliente elija hora y sincroniza todo con Google Calendar u Outlook.',
        },
        { icon: 'users', title: 'Fichas de clientes', text: 'Contactos, notas, archivos y citas anteriores en un solo perfil, que encuentras en segundos.' },
        {
          icon: 'chart',
          title: 'Facturas y cobros',
          text: 'Envía facturas profesionales en dos clics, cobra con tarjeta online y ve de un vistazo quién te debe dinero.',
        },
        {
          icon: 'bolt',
          title: 'Automatizaciones',
          text: 'Recordatorios, seguimientos y mensajes de agradecimiento salen solos, y las ausencias y los impagos bajan.',
        },
        { icon: 'lock', title: 'Seguridad de serie', text: 'Datos cifrados, copias diarias y acceso en dos pasos protegen tu negocio y a tus clientes.' },
        { icon: 'phone', title: 'Funciona en todas partes', text: 'Úsala en el ordenador, la tableta o el móvil. Tus datos se sincronizan estés donde estés.' },
        {
          icon: 'code',
          title: 'Se conecta con tus herramientas',
          text: 'Integraciones con contabilidad, pagos, correo y calendarios, y una API abierta para todo lo demás.',
        },
      ],
    },
    offers: {
      headings: ['Funciones', 'Todo lo que incluye', 'Módulos e integraciones'],
      intros: [
        'Todos los planes incluyen las funciones principales. Añade extras solo cuando los necesites.',
        'Empieza por lo esencial y activa más funciones a medida que crece tu negocio.',
        'Esto es lo que viene con {name} y los complementos opcionales que más gustan a nuestros clientes.',
      ],
      items: [
        {
          title: 'Página de reservas online',
          description: 'Tu página de reservas con disponibilidad en tiempo real, márgenes entre citas y confirmaciones automáticas.',
          price: '0',
          icon: 'calendar',
          category: 'Básico',
        },
        {
          title: 'Gestión de clientes',
          description: 'Fichas con historial, notas, etiquetas y archivos, y listas sencillas para hacer seguimiento.',
          price: '0',
          icon: 'users',
          category: 'Básico',
        },
        {
          title: 'Facturación',
          description: 'Facturas y presupuestos personalizados, cobros periódicos y avisos automáticos de pagos atrasados.',
          price: '0',
          icon: 'chart',
          category: 'Básico',
        },
        {
          title: 'Agenda del equipo',
          description: 'Ve las agendas de todos en una sola vista, reparte el trabajo y evita citas duplicadas.',
          price: '0',
          icon: 'clock',
          category: 'Básico',
        },
        {
          title: 'Sincronización de calendarios',
          description: 'Sincronización en los dos sentidos con Google Calendar, Outlook y el calendario de Apple.',
          price: '0',
          icon: 'globe',
          category: 'Integraciones',
        },
        {
          title: 'Pagos online',
          description: 'Cobra pagos y señales con tarjeta a través de Stripe, con el dinero directo en tu banco.',
          price: '0',
          icon: 'shield',
          category: 'Integraciones',
        },
        {
          title: 'Exportación contable',
          description: 'Envía facturas y cobros a tu programa de contabilidad automáticamente o expórtalos en archivos limpios.',
          price: '0',
          icon: 'book',
          category: 'Integraciones',
        },
        {
          title: 'Recordatorios por SMS y WhatsApp',
          description: 'Mensajes de recordatorio que reducen las ausencias. Incluye 500 mensajes al mes.',
          price: '9.00',
          icon: 'phone',
          category: 'Complementos',
        },
        {
          title: 'Informes avanzados',
          description: 'Previsión de ingresos, fidelización de clientes, rendimiento del equipo y paneles a medida.',
          price: '7.00',
          icon: 'chart',
          category: 'Complementos',
        },
        {
          title: 'Soporte prioritario',
          description: 'Un especialista dedicado, respuesta en una hora en días laborables y una sesión de puesta en marcha personal.',
          price: '15.00',
          icon: 'award',
          category: 'Complementos',
        },
      ],
    },
    testimonials: {
      headings: ['Los equipos con más ritmo la adoran', 'Lo que dicen nuestros clientes', 'Negocios reales, resultados reales'],
      items: [
        {
          quote:
            'Perdíamos dos o tres citas a la semana porque la gente no venía. Con los recordatorios automáticos ahora es una al mes. {name} se pagó sola la primera semana.',
          name: 'Carmen Ruiz',
          role: 'Propietaria, Fisio Movimiento',
        },
        {
          quote: 'He cambiado tres apps y una hoja de cálculo por {name}. Se acabaron las tardes de papeleo y por fin sé quién me ha pagado.',
          name: 'Javier Morales',
          role: 'Consultor independiente',
        },
        {
          quote: 'Lo configuré todo en una tarde. La importación trajo ocho años de historial de clientes sin ningún problema.',
          name: 'Valentina Ríos',
          role: 'Encargada, Estudio Nueve Peluquería',
        },
        {
          quote: 'Nuestro equipo de doce personas comparte una sola agenda y las citas duplicadas simplemente han desaparecido.',
          name: 'Mateo Vidal',
          role: 'Responsable de operaciones, Limpiezas Brillo',
        },
        {
          quote: 'Desde que enviamos facturas con pago por tarjeta cobramos una media de nueve días antes.',
          name: 'Elena Castro',
          role: 'Cofundadora, Jardines Verdemar',
        },
        {
          quote: 'Cada vez que escribo a soporte, me responde una persona de verdad en menos de una hora y me lo soluciona. Eso no es lo habitual.',
          name: 'Pablo Ortega',
          role: 'Fotógrafo y dueño de estudio',
        },
      ],
    },
    faq: {
      headings: ['Preguntas frecuentes', '¿Dudas? Aquí tienes respuestas', 'Conviene saber'],
      items: [
        {
          question: '¿Hay prueba gratuita?',
          answer:
            'Sí. Todos los planes de pago tienen 14 días de prueba con todas las funciones activas. No necesitas tarjeta para empezar y después puedes seguir en el plan Gratis.',
        },
        {
          question: '¿Puedo importar mis clientes y citas actuales?',
          answer:
            'Sí. Sube una hoja de cálculo o conecta tu calendario y lo traemos todo. En los planes de pago nuestro equipo hace la importación por ti sin coste.',
        },
        {
          question: '¿Puedo cancelar cuando quiera?',
          answer:
            'Claro. No hay permanencia ni penalizaciones. Si cancelas, tu cuenta sigue activa hasta el final del periodo pagado y puedes exportar todos tus datos.',
        },
        {
          question: '¿Están seguros mis datos?',
          answer:
            'Tus datos viajan y se guardan cifrados, se copian a diario y se alojan en centros de datos certificados. Cumplimos la normativa de protección de datos, nunca vendemos tus datos y puedes exportarlos o borrarlos cuando quieras.',
        },
        {
          question: '¿Funciona en el móvil?',
          answer:
            'Sí. {name} funciona en cualquier navegador actual y tiene app para iPhone y Android, así que puedes ver tu agenda y enviar facturas desde cualquier sitio.',
        },
        {
          question: '¿Hay descuentos por pago anual o para asociaciones?',
          answer:
            'Con el pago anual te ahorras dos meses cada año. Las asociaciones y los centros educativos tienen un 30 % de descuento adicional; solo tienes que escribir a soporte.',
        },
        {
          question: '¿Qué tipo de soporte incluye?',
          answer:
            'Todos los planes incluyen soporte por chat y correo con personas reales en días laborables, además de un centro de ayuda con guías y vídeos cortos.',
        },
      ],
    },
    cta: {
      headings: ['¿Listo para recuperar tus tardes?', 'Prueba {name} gratis durante 14 días', 'Tu jornada más tranquila empieza aquí'],
      texts: [
        'Crea tu cuenta en minutos. Sin tarjeta, sin permanencia y sin presiones.',
        'Únete a miles de pequeños negocios que dedican menos tiempo al papeleo y más a lo que les gusta.',
        'Empieza gratis hoy e importa tus clientes en unos pocos clics. Nuestro equipo te echa una mano si lo necesitas.',
      ],
      actions: ['Prueba gratis', 'Crear mi cuenta', 'Empezar ahora'],
    },
    stats: [
      { value: '12.000+', label: 'negocios la usan cada día' },
      { value: '99,9 %', label: 'de disponibilidad en los últimos 12 meses' },
      { value: '6 horas', label: 'de papeleo ahorradas a la semana' },
      { value: '4,8/5', label: 'de valoración media' },
    ],
    team: [
      {
        name: 'Lucía Fernández',
        role: 'Cofundadora y CEO',
        bio: 'Lucía dirigió las operaciones de una cadena de clínicas de fisioterapia y creó {name} para acabar con el caos administrativo que veía cada día.',
      },
      {
        name: 'Diego Navarro',
        role: 'Cofundador y CTO',
        bio: 'Diego lleva quince años construyendo software fiable para banca y sanidad. La velocidad, la seguridad y el código limpio no se negocian.',
      },
      {
        name: 'Sofía Herrera',
        role: 'Responsable de diseño de producto',
        bio: 'Sofía convierte procesos complicados en pantallas que se entienden a la primera y prueba cada diseño con clientes reales.',
      },
      {
        name: 'Andrés Molina',
        role: 'Responsable de atención al cliente',
        bio: 'Andrés dirige el equipo de soporte y lee personalmente cada sugerencia que nos envían nuestros clientes.',
      },
    ],
    pricing: {
      headings: ['Precios sencillos y transparentes', 'Planes que crecen contigo', 'Elige el plan que encaja contigo'],
      intros: [
        'Empieza gratis y cambia de plan cuando quieras. Todos los planes de pago incluyen 14 días de prueba.',
        'Sin cuotas de alta, sin permanencia y sin sorpresas. Con el pago anual te ahorras dos meses.',
        'Todos los planes incluyen clientes ilimitados, copias de seguridad y un soporte cercano.',
      ],
      tiers: [
        {
          name: 'Gratis',
          price: '0',
          period: '/mes',
          description: 'Para profesionales independientes que quieren organizarse.',
          features: ['1 usuario', 'Página de reservas online', 'Hasta 50 citas al mes', 'Facturas básicas', 'Soporte por correo'],
        },
        {
          name: 'Pro',
          price: '19.00',
          period: '/mes',
          description: 'El plan favorito de los negocios en crecimiento.',
          features: [
            'Hasta 5 usuarios',
            'Citas ilimitadas',
            'Pagos online',
            'Recordatorios y seguimientos automáticos',
            'Integraciones con calendarios y contabilidad',
            'Soporte por chat',
          ],
        },
        {
          name: 'Empresa',
          price: '49.00',
          period: '/mes',
          description: 'Para equipos que necesitan más control e informes.',
          features: ['Usuarios ilimitados', 'Varios locales', 'Informes avanzados', 'Roles y permisos', 'Soporte prioritario y puesta en marcha'],
        },
      ],
    },
    blog: {
      headings: ['Desde el blog', 'Ideas para llevar tu negocio con más calma', 'Guías y novedades'],
      intros: [
        'Guías prácticas para dueños de pequeños negocios y las últimas mejoras de {name}.',
        'Ideas para ahorrar tiempo, cobrar antes y conseguir que tus clientes vuelvan.',
        'Lecturas cortas con ideas que puedes aplicar hoy.',
      ],
      posts: [
        {
          title: 'Cómo reducir a la mitad las citas perdidas con recordatorios automáticos',
          slug: 'reducir-citas-perdidas-con-recordatorios',
          excerpt:
            'Cada cita perdida se lleva una parte de tus ingresos. Una rutina sencilla de recordatorios reduce muchísimo las ausencias, y funciona sola.',
          paragraphs: [
            'Cada cita perdida es una pérdida doble: el hueco que podrías haber llenado y el tiempo que dedicaste a prepararla. En un negocio con veinte citas al día, un 10 % de ausencias supone miles en ingresos perdidos cada año.',
            'La mayoría de las ausencias no son mala educación, son despistes. La gente reserva con semanas de antelación, sus planes cambian y la cita se les olvida. Un recordatorio en el momento adecuado resuelve casi todo.',
            'Los mejores resultados los vemos con dos recordatorios: uno uno o dos días antes, con una forma fácil de cambiar la cita, y otro breve el mismo día. Facilitar el cambio es clave, porque una cita movida vale mucho más que una silla vacía.',
            'Si aun así las ausencias siguen, pide una pequeña señal al reservar. Junto con los recordatorios, es el cambio más eficaz que puede hacer casi cualquier negocio.',
          ],
          subheading: 'Una rutina de recordatorios que funciona',
          listItems: [
            'Envía el primer recordatorio entre 24 y 48 horas antes.',
            'Incluye un enlace para confirmar o cambiar la cita con un clic.',
            'Manda un segundo recordatorio breve dos horas antes.',
            'Usa un tono cercano e incluye la dirección y qué traer.',
            'En sesiones largas o de importe alto, pide una señal al reservar.',
          ],
          quote: 'Un recordatorio no es insistir. Es buen servicio, y tus clientes te lo agradecen.',
        },
        {
          title: 'Cobra antes: seis hábitos de facturación que funcionan',
          slug: 'cobra-antes-habitos-de-facturacion',
          excerpt:
            'Los retrasos en los pagos casi nunca son por falta de dinero, sino por fricción. Estos seis hábitos acortan el tiempo entre terminar el trabajo y ver el dinero.',
          paragraphs: [
            'Pregunta a cualquier dueño de un pequeño negocio cuál es la tarea que menos le gusta y reclamar pagos estará entre las primeras. Es incómodo, lleva tiempo y da la sensación de que no debería ser tu trabajo.',
            'La buena noticia es que casi todos los retrasos tienen causas sencillas: la factura llegó tarde, no estaba clara o era difícil de pagar. Quita esos obstáculos y el plazo medio de cobro baja enseguida.',
            'Empieza por enviar la factura el mismo día que terminas el trabajo, mientras el cliente tiene fresco el valor de lo que has hecho. Después, pónselo fácil: un enlace de pago con tarjeta en la propia factura.',
            'Por último, deja los recordatorios en manos de la automatización. Un aviso amable que sale solo es mucho menos incómodo para todos que una llamada dos meses después.',
          ],
          subheading: 'Seis hábitos de los negocios que cobran a tiempo',
          listItems: [
            'Factura el mismo día que terminas el trabajo.',
            'Usa descripciones claras y una fecha de vencimiento visible.',
            'Acepta tarjeta y pagos online, no solo transferencias.',
            'Programa recordatorios automáticos antes y después del vencimiento.',
            'Pide una señal en los trabajos grandes.',
          ],
          quote: 'Cuanto más fácil se lo pongas a tus clientes para pagarte, antes cobrarás.',
        },
        {
          title: 'Cómo dejar las hojas de cálculo sin dolores de cabeza',
          slug: 'como-dejar-las-hojas-de-calculo',
          excerpt:
            'La hoja de cálculo es un gran comienzo, hasta que deja de serlo. Así sabrás que ha llegado el momento de cambiar y cómo hacerlo sin complicaciones.',
          paragraphs: [
            'Casi todos los negocios con los que trabajamos empezaron con una hoja de cálculo. Es gratis, flexible y conocida. Pero cuando llegan más clientes, más personas al equipo y más servicios, empieza a crujir: las versiones se multiplican, las fórmulas se rompen y nadie sabe cuál es el archivo bueno.',
            'Las señales de alarma son fáciles de ver. Copias la misma información en varios sitios, ya has perdido alguna cita o alguna factura por el camino, o solo una persona entiende de verdad cómo funciona el archivo.',
            'Pasarse a una herramienta específica no tiene por qué ser un gran proyecto. La mayoría de los negocios hacen el cambio en una tarde si se preparan bien y mueven las cosas por partes.',
            'Empieza por la lista de clientes, porque todo lo demás depende de ella. Después trae las próximas citas y, por último, las facturas pendientes. Guarda la hoja antigua solo para consulta durante un mes, para quedarte tranquilo.',
          ],
          subheading: 'Tu lista para el cambio',
          listItems: [
            'Limpia primero los contactos duplicados y los datos antiguos.',
            'Importa clientes, después citas y al final facturas pendientes.',
            'Conecta tu calendario y tu pasarela de pago.',
            'Enseña el nuevo flujo a tu equipo en una sesión de 20 minutos.',
          ],
          quote: 'El mejor sistema es el que todo tu equipo usa de verdad, todos los días.',
        },
      ],
    },
    contact: {
      headings: ['Habla con nuestro equipo', 'Estamos aquí para ayudarte', 'Contacta con nosotros'],
      intros: [
        '¿Dudas sobre planes, funciones o cómo traer tus datos? Escríbenos y una persona de verdad te responderá en un día laborable.',
        '¿Quieres verla en acción? Reserva una demo gratuita de 20 minutos y te enseñamos cómo encaja {name} en tu negocio.',
        '¿Ya eres cliente? Nuestro equipo de soporte te atiende por chat y correo durante toda la jornada laboral.',
      ],
      hours: 'office',
    },
    gallery: {
      headings: ['Echa un vistazo por dentro', '{name} en acción', 'Pantallas que encantan a nuestros clientes'],
      captions: [
        'Tu día de un vistazo en el panel principal',
        'La página de reservas que ven tus clientes en el móvil',
        'Ficha de cliente con notas, historial y archivos',
        'Una factura creada en dos clics',
        'Recordatorios automáticos configurados en un minuto',
        'Informes mensuales de ingresos y fidelización',
        'Agenda del equipo con colores por persona',
      ],
    },
    logos: {
      headings: ['Miles de pequeños negocios confían en {name}', 'Equipos que trabajan con {name}', 'Han hablado de nosotros'],
      names: ['Fisio Movimiento', 'Estudio Nueve', 'Limpiezas Brillo', 'Jardines Verdemar', 'Revista Emprendedores Hoy', 'Academia Paso a Paso'],
    },
  },
};
