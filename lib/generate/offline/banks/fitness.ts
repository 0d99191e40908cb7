// Copy banks for fitness: gyms, yoga and pilates studios, crossfit boxes, personal trainers and martial arts.
import type { CopyBank, KindBanks } from '@/lib/sites/templates/copy-bank';

const en: CopyBank = {
  kind: 'fitness',
  language: 'en',
  names: ['Iron & Oak Fitness', 'Pulse Studio', 'Elevate Training Co.', 'Core Collective', 'Forge Athletics', 'Balance House', 'Summit Strength Club'],
  taglines: [
    'Stronger every week.',
    'Fitness for real people, real schedules.',
    'Train with purpose. Feel the difference.',
    'Your strongest self starts here.',
    'The friendliest gym in {city}.',
  ],
  pages: { home: 'Home', about: 'About', services: 'Classes', contact: 'Contact', blog: 'Training Tips', pricing: 'Memberships' },
  hero: {
    eyebrows: ['Your first class is free', 'Strength · Conditioning · Yoga · Mobility', 'Coached classes every day', 'All levels welcome'],
    headlines: [
      'Get stronger, feel better, have fun doing it',
      'Training that fits your life',
      'Show up. We will handle the rest.',
      'Your fitness journey starts today',
    ],
    subheadlines: [
      'At {name}, expert coaches guide you through every rep, whether it is your first workout in years or you are chasing a new personal best.',
      'Small classes, personal attention and a community that cheers you on. No mirrors full of judgment, just real progress.',
      'Strength, conditioning, yoga and mobility under one roof, with a schedule that works around your job and your family.',
      'Coached classes and personal training for every level, right here in {city}.',
    ],
    primaryActions: ['Book a free class', 'Start your free trial', 'Claim your free session'],
    secondaryActions: ['See the schedule', 'View memberships', 'Meet the coaches'],
  },
  about: {
    headings: ['About us', 'More than a gym', 'Why we coach'],
    paragraphs: [
      [
        '{name} was founded by coaches who were tired of crowded gyms where nobody knows your name and nobody shows you what to do.',
        'We built something different: a welcoming space where every class is coached, every movement can be scaled and every member is part of the team.',
      ],
      [
        'Our members are parents, nurses, students, retirees and office workers. What they share is a wish to move better, feel stronger and enjoy the process.',
        'That is why we start every new member with a goal-setting session and keep our classes small enough for real feedback on every lift and stretch.',
        'Progress is tracked, celebrated and never forced. You set the pace, and we make sure you keep moving forward.',
      ],
      [
        'We believe fitness should make the rest of your life better, not take it over. Short, effective sessions, smart programming and coaches who care.',
        'Walk into {name} for the first time and you will be greeted by name by the second visit. That is a promise.',
      ],
    ],
    highlights: [
      'Certified, experienced coaches',
      'Classes capped at 14 people',
      'Beginner-friendly, every level welcome',
      'No long-term contracts',
      'Free first class',
    ],
  },
  features: {
    headings: ['Why members stay', 'What makes {name} different', 'Everything you need to reach your goals'],
    intros: [
      'We combine expert coaching with a community that keeps you coming back. Here is what you get.',
      'No guesswork, no intimidation, no wasted time. Just training that works.',
      'From your first day to your hundredth class, we are with you every step of the way.',
    ],
    items: [
      { icon: 'award', title: 'Certified coaches', text: 'Every class is led by a qualified coach who corrects form and adapts each exercise to you.' },
      { icon: 'users', title: 'Small classes', text: 'A maximum of 14 people per class, so you always get personal attention.' },
      { icon: 'chart', title: 'Progress tracking', text: 'Regular check-ins and assessments show you exactly how far you have come.' },
      { icon: 'calendar', title: 'Flexible schedule', text: 'Classes from early morning to late evening, seven days a week. Book in seconds on your phone.' },
      { icon: 'heart', title: 'Welcoming community', text: 'Members cheer each other on, share wins and show up for each other. You will make friends here.' },
      { icon: 'dumbbell', title: 'Quality equipment', text: 'Racks, free weights, rowers, bikes, kettlebells and mats, clean and ready when you are.' },
    ],
  },
  offers: {
    headings: ['Our classes', 'Find your class', 'Classes and training'],
    intros: [
      'Every class can be scaled to your level. Prices shown are for a single drop-in; members train for much less.',
      'Build strength, boost your fitness or find some calm. Mix and match to create the perfect week.',
      'Not sure where to start? Book a free intro session and a coach will recommend the right classes for you.',
    ],
    items: [
      {
        category: 'Strength',
        title: 'Strength fundamentals',
        description: 'Learn the big lifts, squat, deadlift and press, with careful coaching and smart progression.',
        price: '25.00',
        icon: 'dumbbell',
      },
      {
        category: 'Strength',
        title: 'HIIT conditioning',
        description: '45 minutes of intervals that build endurance and leave you energized, never broken.',
        price: '25.00',
        icon: 'bolt',
      },
      {
        category: 'Strength',
        title: 'Functional fitness',
        description: 'Varied workouts mixing weights, gymnastics and cardio, scaled for every level.',
        price: '25.00',
        icon: 'rocket',
      },
      {
        category: 'Cardio',
        title: 'Indoor cycling',
        description: 'High-energy rides with great music and coaching that keeps you in the zone.',
        price: '22.00',
        icon: 'music',
      },
      {
        category: 'Cardio',
        title: 'Boxing fitness',
        description: 'Bag work, footwork and combinations for a full-body workout and a clear head.',
        price: '25.00',
        icon: 'bolt',
      },
      {
        category: 'Mind and body',
        title: 'Vinyasa yoga',
        description: 'A flowing practice that builds strength, flexibility and calm. All levels welcome.',
        price: '20.00',
        icon: 'sun',
      },
      {
        category: 'Mind and body',
        title: 'Mat Pilates',
        description: 'Core-focused work for posture, control and a healthier back.',
        price: '20.00',
        icon: 'leaf',
      },
      {
        category: 'Mind and body',
        title: 'Mobility and stretch',
        description: 'Slow, guided mobility work to help you recover and move without pain.',
        price: '18.00',
        icon: 'heart',
      },
      {
        category: 'Personal',
        title: 'Personal training',
        description: 'One-on-one, 60-minute session with a program built around your goals.',
        price: '80.00',
        icon: 'users',
      },
      {
        category: 'Personal',
        title: 'Nutrition coaching',
        description: 'A practical, no-fad plan to fuel your training, with monthly check-ins.',
        price: '60.00',
        icon: 'check',
      },
    ],
  },
  testimonials: {
    headings: ['Member stories', 'Real people, real results', 'What our members say'],
    items: [
      {
        quote:
          'I had not exercised in ten years and was terrified to walk in. Six months later I deadlift more than my bodyweight and I actually look forward to class.',
        name: 'Jennifer Morales',
        role: 'Member since last spring',
      },
      { quote: 'The coaches notice everything. My back pain is gone because they fixed how I lift.', name: 'Robert Hayes', role: 'Strength member' },
      { quote: 'I came for the yoga and stayed for the people. This place feels like a second home.', name: 'Amy Chen', role: 'Yoga and Pilates member' },
      {
        quote: 'As a busy mom, the 6 a.m. classes are a lifesaver. In and out in 45 minutes, and I feel amazing all day.',
        name: 'Stephanie Ward',
        role: 'Early bird member',
      },
      { quote: 'Lost 30 pounds with their nutrition coaching and never felt like I was on a diet.', name: 'Brian Foster', role: 'Personal training client' },
      {
        quote: 'Cancelled my big-box gym membership after one week here. The difference in coaching is night and day.',
        name: 'Kelly Simmons',
        role: 'Functional fitness member',
      },
    ],
  },
  faq: {
    headings: ['Frequently asked questions', 'Before your first class', 'Good to know'],
    items: [
      {
        question: 'Can I try a class for free?',
        answer: 'Yes. Your first class is on us. Book online, arrive 10 minutes early and a coach will show you around.',
      },
      {
        question: 'I am a complete beginner. Is that OK?',
        answer:
          'Absolutely. Most of our members started with little or no experience. Every exercise can be scaled, and coaches will adapt the workout for you.',
      },
      {
        question: 'Do I have to sign a long-term contract?',
        answer: "No. Memberships are month to month. You can cancel with 30 days' notice, no fees and no awkward phone calls.",
      },
      {
        question: 'Can I pause my membership?',
        answer: 'Yes. You can freeze your membership for up to two months a year for travel, injury or anything else life throws at you.',
      },
      { question: 'What should I bring?', answer: 'Comfortable workout clothes, training shoes and a water bottle. We have showers, lockers and towels.' },
      {
        question: 'Is there an age limit?',
        answer:
          "Our adult classes are for ages 16 and up, and we have members well into their seventies. Personal training is available for teens with a parent's consent.",
      },
    ],
  },
  cta: {
    headings: ['Ready to get started?', 'Your first class is free', 'Stop waiting for Monday'],
    texts: [
      'Book your free class today and see why our members keep coming back.',
      'No contracts, no pressure. Just come try a class and meet the team.',
      'The hardest part is walking through the door. We will make everything after that easier.',
    ],
    actions: ['Book a free class', 'Start today', 'Try it free'],
  },
  stats: [
    { value: '650+', label: 'Active members' },
    { value: '45', label: 'Classes every week' },
    { value: '4.9★', label: 'Member rating' },
    { value: '10 years', label: 'Coaching our community' },
  ],
  team: [
    {
      name: 'Mike Sullivan',
      role: 'Founder and head coach',
      bio: 'A former college athlete and strength coach, Mike has spent fifteen years helping ordinary people get extraordinarily strong.',
    },
    {
      name: 'Lisa Park',
      role: 'Yoga and Pilates instructor',
      bio: 'Lisa brings calm, clear cues and a great sense of humor to every mat class. Her mobility sessions are always full.',
    },
    {
      name: 'Carlos Rivera',
      role: 'Conditioning coach',
      bio: 'Carlos leads our HIIT and boxing classes with contagious energy and a playlist nobody can resist.',
    },
    { name: 'Rachel Bennett', role: 'Nutrition coach', bio: 'Rachel is a registered dietitian who makes healthy eating simple, realistic and free of fads.' },
  ],
  pricing: {
    headings: ['Memberships', 'Choose your plan', 'Simple, flexible pricing'],
    intros: [
      "No sign-up fees, no long contracts. Cancel or pause anytime with 30 days' notice.",
      'Pick the plan that fits your week. You can switch plans whenever your goals change.',
      'Every membership includes a free goal-setting session with one of our coaches.',
    ],
    tiers: [
      {
        name: 'Starter',
        price: '69.00',
        period: '/month',
        description: 'Perfect for getting into a routine.',
        features: ['8 classes per month', 'Access to all class types', 'Free goal-setting session', 'Online booking app'],
      },
      {
        name: 'Unlimited',
        price: '129.00',
        period: '/month',
        description: 'Our most popular plan for people who want to train often.',
        features: ['Unlimited classes', 'Open gym access', 'Quarterly progress assessment', 'Bring a friend free once a month', '10% off personal training'],
      },
      {
        name: 'Coached',
        price: '299.00',
        period: '/month',
        description: 'Maximum results with one-on-one coaching and nutrition support.',
        features: ['Unlimited classes', 'Four personal training sessions', 'Custom training program', 'Monthly nutrition coaching', 'Priority booking'],
      },
    ],
  },
  blog: {
    headings: ['Training tips', 'From the coaches', 'Move better, live better'],
    intros: [
      'Practical advice on training, recovery and nutrition from our coaching team.',
      'Tips, workouts and member stories to keep you motivated between classes.',
      'Everything we wish someone had told us when we started training.',
    ],
    posts: [
      {
        title: "Your first week at the gym: a beginner's guide",
        slug: 'first-week-beginners-guide',
        excerpt: 'Nervous about starting? Here is exactly what to expect and how to make your first week a success.',
        paragraphs: [
          'Walking into a gym for the first time can feel intimidating. Everyone seems to know what they are doing, and you are not sure where to stand. We have all been there.',
          'The secret is that nobody expects you to know anything yet. Your coach will explain every exercise, show you the lighter options and check in with you throughout the class.',
          'In your first week, aim for two or three classes with a rest day in between. You will probably feel sore a day or two later. That is normal and it gets better quickly.',
          'Most of all, focus on showing up rather than on the numbers. Consistency beats intensity every single time.',
        ],
        subheading: 'Tips for a great first week',
        listItems: [
          'Arrive 10 minutes early to meet your coach',
          'Tell us about any injuries or concerns',
          'Start lighter than you think you need',
          'Drink water and sleep well',
          'Book your next class before you leave',
        ],
        quote: 'Everyone was a beginner once. The strongest person in the room started with an empty bar.',
      },
      {
        title: 'How to stay consistent when motivation runs out',
        slug: 'staying-consistent',
        excerpt: 'Motivation comes and goes. Here is how our members keep training even on the tough weeks.',
        paragraphs: [
          'Motivation is wonderful, but it is unreliable. The members who get the best results are not the most motivated. They are the most consistent.',
          'Treat your training like any other appointment. Put it in your calendar, book classes in advance and tell someone you will be there.',
          'Set small, specific goals, like three classes a week for a month, rather than vague ones. Each small win builds the habit.',
          "And on days when you really don't feel like it, come anyway and do a lighter session. Moving a little is always better than not moving at all.",
        ],
        subheading: 'Habits that make training stick',
        listItems: [
          'Book your classes a week ahead',
          'Find a training buddy',
          'Track your workouts and progress',
          'Celebrate small wins',
          'Plan for busy weeks instead of skipping them',
        ],
        quote: "You don't have to feel like it. You just have to show up.",
      },
      {
        title: 'Why strength training is for everyone',
        slug: 'strength-training-for-everyone',
        excerpt: 'It is not just for bodybuilders. Lifting weights can transform your health at any age.',
        paragraphs: [
          'Many people still think lifting weights is only for young athletes or bodybuilders. In reality, strength training is one of the best things anyone can do for their health.',
          'Building muscle helps protect your joints, improves balance, strengthens bones and keeps your metabolism healthy as you age.',
          'It also makes everyday life easier: carrying groceries, climbing stairs, playing with your kids or grandkids and getting up from the floor.',
          "The best part is that you don't need hours in the gym. Two or three coached sessions a week are enough to see real change in a couple of months.",
        ],
        subheading: 'The benefits, in short',
        listItems: [
          'Stronger bones and joints',
          'Better balance and posture',
          'More energy and better sleep',
          'Healthier metabolism',
          'More confidence in everyday life',
        ],
        quote: 'Strength is not about how you look. It is about what you can do.',
      },
    ],
  },
  contact: {
    headings: ['Get in touch', 'Visit the gym', 'Questions? We are here'],
    intros: [
      'Book your free class online, or send us a message and a coach will reply within one business day.',
      'Drop by for a tour during staffed hours, or call us to talk about your goals.',
      'Questions about classes, memberships or personal training? We are happy to help.',
    ],
    hours: 'gym',
  },
  gallery: {
    headings: ['Inside {name}', 'Our gym and community', 'Moments from the floor'],
    captions: [
      'Morning strength class in full swing',
      'Coach checking squat form',
      'Our open training floor',
      'Sunday yoga flow',
      'Members celebrating a new personal best',
      'Kettlebells ready for conditioning',
      'Boxing class bag work',
      'Post-workout smiles',
    ],
  },
  logos: {
    headings: ['Our partners', 'As featured in', 'Trusted by local teams'],
    names: [
      'Peak Performance Nutrition',
      'Northside Physical Therapy',
      'Run Club Collective',
      'Active Living Magazine',
      'Greenway Sports Medicine',
      'Ironclad Equipment Co.',
    ],
  },
};

const ptBR: CopyBank = {
  kind: 'fitness',
  language: 'pt-BR',
  names: ['Academia Força Total', 'Studio Movimento', 'Box Raiz Training', 'Espaço Equilíbrio', 'Academia Vida Ativa', 'Núcleo Pilates & Yoga', 'Arena Fit'],
  taglines: [
    'Mais forte a cada semana.',
    'Treino de verdade para a vida real.',
    'Treine com propósito e sinta a diferença.',
    'Sua melhor versão começa aqui.',
    'A academia mais acolhedora de {city}.',
  ],
  pages: { home: 'Início', about: 'Sobre', services: 'Aulas', contact: 'Contato', blog: 'Dicas de Treino', pricing: 'Planos' },
  hero: {
    eyebrows: ['Aula experimental grátis', 'Musculação · Funcional · Yoga · Pilates', 'Aulas com professor todos os dias', 'Todos os níveis são bem-vindos'],
    headlines: [
      'Fique mais forte, sinta-se melhor e divirta-se no caminho',
      'Treino que cabe na sua rotina',
      'Você aparece. A gente cuida do resto.',
      'Sua jornada começa hoje',
    ],
    subheadlines: [
      'Na {name}, professores experientes acompanham cada repetição, seja o seu primeiro treino em anos ou a busca por um novo recorde.',
      'Turmas pequenas, atenção de verdade e uma comunidade que torce por você. Sem julgamento, só evolução.',
      'Musculação, funcional, yoga e pilates num só lugar, com horários que se encaixam no seu trabalho e na sua família.',
      'Aulas com acompanhamento e personal trainer para todos os níveis, aqui em {city}.',
    ],
    primaryActions: ['Agendar aula grátis', 'Fazer aula experimental', 'Quero experimentar'],
    secondaryActions: ['Ver grade de aulas', 'Ver planos', 'Conhecer os professores'],
  },
  about: {
    headings: ['Quem somos', 'Mais que uma academia', 'Por que a gente treina gente'],
    paragraphs: [
      [
        'A {name} foi criada por professores cansados de academias lotadas, onde ninguém sabe o seu nome e ninguém mostra o que fazer.',
        'Construímos algo diferente: um espaço acolhedor onde toda aula tem professor, todo exercício pode ser adaptado e todo aluno faz parte do time.',
      ],
      [
        'Nossos alunos são mães, pais, enfermeiras, estudantes, aposentados e gente que passa o dia no escritório. O que todos têm em comum é a vontade de se mexer melhor, ficar mais forte e curtir o processo.',
        'Por isso todo aluno novo começa com uma avaliação e uma conversa sobre objetivos, e nossas turmas são pequenas o suficiente para corrigir cada movimento.',
        'A evolução é acompanhada, comemorada e nunca forçada. Você dita o ritmo e a gente garante que você continue avançando.',
      ],
      [
        'Acreditamos que o treino deve melhorar o resto da sua vida, e não tomar conta dela. Sessões curtas e eficientes, planejamento inteligente e professores que se importam.',
        'Na segunda visita à {name}, alguém já vai te chamar pelo nome. Isso é promessa.',
      ],
    ],
    highlights: [
      'Professores formados em Educação Física (CREF)',
      'Turmas de no máximo 14 alunos',
      'Iniciantes são muito bem-vindos',
      'Planos sem fidelidade',
      'Aula experimental grátis',
    ],
  },
  features: {
    headings: ['Por que nossos alunos ficam', 'O que faz a {name} diferente', 'Tudo para você chegar lá'],
    intros: [
      'Juntamos acompanhamento profissional com uma comunidade que faz você querer voltar. Veja o que você encontra aqui.',
      'Sem achismo, sem intimidação e sem perder tempo. Só treino que funciona.',
      'Do primeiro dia à centésima aula, estamos com você em cada etapa.',
    ],
    items: [
      {
        icon: 'award',
        title: 'Professores qualificados',
        text: 'Toda aula é conduzida por um profissional que corrige a postura e adapta cada exercício para você.',
      },
      { icon: 'users', title: 'Turmas pequenas', text: 'No máximo 14 alunos por aula, para você ter atenção de verdade.' },
      { icon: 'chart', title: 'Avaliação e evolução', text: 'Avaliações físicas periódicas mostram exatamente o quanto você evoluiu.' },
      { icon: 'calendar', title: 'Horários flexíveis', text: 'Aulas do começo da manhã ao fim da noite, de segunda a domingo. Agende pelo celular.' },
      { icon: 'heart', title: 'Comunidade acolhedora', text: 'Aqui um aluno torce pelo outro, comemora as conquistas e aparece junto. Você vai fazer amigos.' },
      { icon: 'dumbbell', title: 'Equipamentos de qualidade', text: 'Racks, pesos livres, remos, bikes, kettlebells e colchonetes, sempre limpos e prontos.' },
    ],
  },
  offers: {
    headings: ['Nossas aulas', 'Encontre a sua aula', 'Aulas e treinos'],
    intros: [
      'Todas as aulas são adaptadas ao seu nível. Os valores são de aula avulsa; com um plano, sai bem mais em conta.',
      'Ganhe força, melhore o condicionamento ou encontre um pouco de calma. Combine as aulas e monte a sua semana ideal.',
      'Não sabe por onde começar? Agende uma aula experimental e um professor indica as melhores aulas para você.',
    ],
    items: [
      {
        category: 'Força',
        title: 'Musculação orientada',
        description: 'Treino montado para o seu objetivo, com professor acompanhando a execução.',
        price: '50.00',
        icon: 'dumbbell',
      },
      {
        category: 'Força',
        title: 'Treinamento funcional',
        description: 'Circuitos com peso do corpo, kettlebell e elásticos para força e condicionamento.',
        price: '50.00',
        icon: 'rocket',
      },
      {
        category: 'Força',
        title: 'HIIT',
        description: '45 minutos de intervalos intensos que aumentam o fôlego e a disposição.',
        price: '50.00',
        icon: 'bolt',
      },
      {
        category: 'Cardio',
        title: 'Bike indoor',
        description: 'Pedalada com música animada e professor que mantém você no ritmo.',
        price: '45.00',
        icon: 'music',
      },
      {
        category: 'Cardio',
        title: 'Muay thai fitness',
        description: 'Golpes, esquivas e combinações para um treino completo e para descarregar o estresse.',
        price: '50.00',
        icon: 'bolt',
      },
      {
        category: 'Corpo e mente',
        title: 'Yoga',
        description: 'Prática fluida que trabalha força, flexibilidade e respiração. Para todos os níveis.',
        price: '45.00',
        icon: 'sun',
      },
      {
        category: 'Corpo e mente',
        title: 'Pilates solo',
        description: 'Fortalecimento do core para melhorar a postura e cuidar da coluna.',
        price: '45.00',
        icon: 'leaf',
      },
      {
        category: 'Corpo e mente',
        title: 'Mobilidade e alongamento',
        description: 'Aula tranquila para recuperar o corpo e se mexer sem dor.',
        price: '40.00',
        icon: 'heart',
      },
      {
        category: 'Individual',
        title: 'Personal trainer',
        description: 'Sessão individual de 60 minutos com treino feito sob medida para você.',
        price: '140.00',
        icon: 'users',
      },
      {
        category: 'Individual',
        title: 'Avaliação física',
        description: 'Bioimpedância, medidas, testes de mobilidade e plano de metas.',
        price: '90.00',
        icon: 'chart',
      },
    ],
  },
  testimonials: {
    headings: ['Histórias dos alunos', 'Gente de verdade, resultado de verdade', 'O que nossos alunos dizem'],
    items: [
      {
        quote:
          'Fazia dez anos que eu não treinava e tinha vergonha de entrar numa academia. Seis meses depois, estou mais forte do que nunca e não perco uma aula.',
        name: 'Ana Ribeiro',
        role: 'Aluna há 6 meses',
      },
      {
        quote: 'Os professores prestam atenção em tudo. Minha dor nas costas sumiu porque corrigiram meu movimento.',
        name: 'Ricardo Moraes',
        role: 'Aluno de musculação',
      },
      { quote: 'Vim pelo yoga e fiquei pelas pessoas. Aqui virou minha segunda casa.', name: 'Vanessa Lopes', role: 'Aluna de yoga e pilates' },
      {
        quote: 'Com dois filhos pequenos, a aula das 6h salvou a minha rotina. Em 45 minutos estou pronta e com energia o dia todo.',
        name: 'Aline Barros',
        role: 'Aluna do primeiro horário',
      },
      { quote: 'Perdi 12 quilos com o acompanhamento do personal e nunca me senti de dieta.', name: 'João Pereira', role: 'Aluno de personal' },
      {
        quote: 'Cancelei a academia grande depois de uma semana aqui. A diferença no acompanhamento é enorme.',
        name: 'Marcela Duarte',
        role: 'Aluna do funcional',
      },
    ],
  },
  faq: {
    headings: ['Dúvidas frequentes', 'Antes da primeira aula', 'Bom saber'],
    items: [
      {
        question: 'Posso fazer uma aula experimental grátis?',
        answer: 'Pode! A primeira aula é por nossa conta. Agende pelo site ou pelo WhatsApp e chegue 10 minutos antes para conhecer o espaço.',
      },
      {
        question: 'Sou totalmente iniciante. Tem problema?',
        answer: 'Nenhum. A maioria dos nossos alunos começou do zero. Todo exercício tem uma versão adaptada e o professor ajusta o treino para você.',
      },
      {
        question: 'Os planos têm fidelidade?',
        answer: 'Não. Nossos planos mensais não têm fidelidade nem multa. Para cancelar, é só avisar com 30 dias de antecedência.',
      },
      {
        question: 'Posso trancar o plano?',
        answer: 'Pode. Você pode congelar o plano por até 60 dias por ano, em caso de viagem, lesão ou qualquer imprevisto.',
      },
      {
        question: 'Preciso de atestado médico?',
        answer:
          'Pedimos que todo aluno preencha um questionário de saúde. Se houver alguma condição específica, solicitamos liberação médica antes de começar.',
      },
      { question: 'O que devo levar?', answer: 'Roupa confortável, tênis e uma garrafinha de água. Temos vestiários com chuveiro e armários.' },
    ],
  },
  cta: {
    headings: ['Bora começar?', 'Sua primeira aula é grátis', 'Não espere a segunda-feira'],
    texts: [
      'Agende sua aula experimental hoje e descubra por que nossos alunos sempre voltam.',
      'Sem fidelidade e sem pressão. Venha fazer uma aula e conhecer a equipe.',
      'A parte mais difícil é passar pela porta. Depois disso, a gente facilita tudo.',
    ],
    actions: ['Agendar aula grátis', 'Começar hoje', 'Chamar no WhatsApp'],
  },
  stats: [
    { value: '800+', label: 'Alunos ativos' },
    { value: '50', label: 'Aulas por semana' },
    { value: '4,9★', label: 'Avaliação dos alunos' },
    { value: '10 anos', label: 'Cuidando da comunidade' },
  ],
  team: [
    {
      name: 'Marcos Vieira',
      role: 'Fundador e coordenador técnico',
      bio: 'Ex-atleta e formado em Educação Física, Marcos passou quinze anos ajudando pessoas comuns a ficarem fortes de verdade.',
    },
    {
      name: 'Patrícia Souza',
      role: 'Professora de yoga e pilates',
      bio: 'Pati conduz as aulas com calma, instruções claras e muito bom humor. Suas turmas de mobilidade vivem cheias.',
    },
    {
      name: 'Diego Carvalho',
      role: 'Professor de funcional e muay thai',
      bio: 'Diego comanda o HIIT e o muay thai com uma energia contagiante e uma playlist que ninguém resiste.',
    },
    {
      name: 'Renata Lima',
      role: 'Nutricionista',
      bio: 'Renata torna a alimentação saudável simples e possível, sem dietas malucas e sem terrorismo nutricional.',
    },
  ],
  pricing: {
    headings: ['Planos', 'Escolha seu plano', 'Preços simples e sem fidelidade'],
    intros: [
      'Sem taxa de matrícula e sem fidelidade. Cancele ou congele quando precisar, com 30 dias de aviso.',
      'Escolha o plano que cabe na sua semana. Dá para trocar de plano sempre que seus objetivos mudarem.',
      'Todos os planos incluem avaliação física e uma conversa sobre objetivos com um dos nossos professores.',
    ],
    tiers: [
      {
        name: 'Essencial',
        price: '129.00',
        period: '/mês',
        description: 'Perfeito para criar o hábito de treinar.',
        features: ['Musculação livre', 'Duas aulas coletivas por semana', 'Avaliação física inicial', 'Agendamento pelo app'],
      },
      {
        name: 'Completo',
        price: '199.00',
        period: '/mês',
        description: 'O plano mais escolhido por quem quer treinar com frequência.',
        features: [
          'Musculação e aulas ilimitadas',
          'Reavaliação física a cada 3 meses',
          'Traga um amigo grátis uma vez por mês',
          '10% de desconto no personal',
          'Acesso a todas as modalidades',
        ],
      },
      {
        name: 'Personal',
        price: '549.00',
        period: '/mês',
        description: 'Resultado máximo com acompanhamento individual e nutrição.',
        features: [
          'Tudo do plano Completo',
          'Quatro sessões de personal por mês',
          'Treino individualizado',
          'Consulta mensal com nutricionista',
          'Prioridade no agendamento',
        ],
      },
    ],
  },
  blog: {
    headings: ['Dicas de treino', 'Direto dos professores', 'Movimente-se melhor, viva melhor'],
    intros: [
      'Conselhos práticos sobre treino, recuperação e alimentação da nossa equipe.',
      'Dicas, treinos e histórias de alunos para manter você motivado entre as aulas.',
      'Tudo o que a gente queria ter ouvido quando começou a treinar.',
    ],
    posts: [
      {
        title: 'Sua primeira semana de treino: guia para iniciantes',
        slug: 'primeira-semana-de-treino',
        excerpt: 'Bateu aquele frio na barriga? Veja exatamente o que esperar e como fazer a sua primeira semana dar certo.',
        paragraphs: [
          'Entrar numa academia pela primeira vez pode intimidar. Parece que todo mundo sabe o que está fazendo e você não sabe nem onde ficar. Todos nós já passamos por isso.',
          'O segredo é que ninguém espera que você já saiba alguma coisa. O professor explica cada exercício, mostra as versões mais leves e acompanha você durante toda a aula.',
          'Na primeira semana, faça duas ou três aulas com um dia de descanso entre elas. É bem provável que bata aquela dor muscular um ou dois dias depois. É normal e passa rápido.',
          'Acima de tudo, foque em aparecer, e não nos números. Constância ganha de intensidade sempre.',
        ],
        subheading: 'Dicas para uma ótima primeira semana',
        listItems: [
          'Chegue 10 minutos antes para conhecer o professor',
          'Conte sobre lesões ou dores',
          'Comece mais leve do que acha que precisa',
          'Beba água e durma bem',
          'Agende a próxima aula antes de ir embora',
        ],
        quote: 'Todo mundo já foi iniciante. A pessoa mais forte da sala começou com a barra vazia.',
      },
      {
        title: 'Como manter a constância quando a motivação acaba',
        slug: 'como-manter-a-constancia',
        excerpt: 'Motivação vem e vai. Veja como nossos alunos continuam treinando até nas semanas difíceis.',
        paragraphs: [
          'Motivação é ótima, mas não dá para contar com ela. Os alunos com os melhores resultados não são os mais motivados, são os mais constantes.',
          'Trate o treino como qualquer outro compromisso. Coloque na agenda, reserve as aulas com antecedência e combine com alguém que você vai estar lá.',
          'Defina metas pequenas e específicas, como três aulas por semana durante um mês, em vez de metas vagas. Cada pequena vitória fortalece o hábito.',
          'E nos dias em que a vontade não aparece, venha assim mesmo e faça um treino mais leve. Mexer um pouco é sempre melhor que não mexer nada.',
        ],
        subheading: 'Hábitos que fazem o treino pegar',
        listItems: [
          'Agende as aulas da semana no domingo',
          'Arrume um parceiro de treino',
          'Anote seus treinos e sua evolução',
          'Comemore as pequenas conquistas',
          'Planeje as semanas corridas em vez de faltar',
        ],
        quote: 'Você não precisa estar com vontade. Só precisa aparecer.',
      },
      {
        title: 'Por que musculação é para todo mundo',
        slug: 'musculacao-para-todo-mundo',
        excerpt: 'Não é só para fisiculturista. Treinar força transforma a saúde em qualquer idade.',
        paragraphs: [
          'Muita gente ainda acha que musculação é coisa de atleta ou de fisiculturista. Na verdade, o treino de força é uma das melhores coisas que qualquer pessoa pode fazer pela saúde.',
          'Ganhar músculo protege as articulações, melhora o equilíbrio, fortalece os ossos e mantém o metabolismo saudável com o passar dos anos.',
          'Também deixa o dia a dia mais fácil: carregar as compras, subir escadas, brincar com os filhos ou netos e levantar do chão sem esforço.',
          'E o melhor: não precisa passar horas na academia. Duas ou três sessões bem orientadas por semana já trazem mudanças reais em poucos meses.',
        ],
        subheading: 'Os benefícios, em resumo',
        listItems: [
          'Ossos e articulações mais fortes',
          'Mais equilíbrio e melhor postura',
          'Mais disposição e sono melhor',
          'Metabolismo mais saudável',
          'Mais confiança no dia a dia',
        ],
        quote: 'Força não é sobre aparência. É sobre tudo o que você consegue fazer.',
      },
    ],
  },
  contact: {
    headings: ['Fale com a gente', 'Venha conhecer', 'Dúvidas? Estamos aqui'],
    intros: [
      'Agende sua aula experimental pelo site ou mande uma mensagem no WhatsApp que um professor responde ainda hoje.',
      'Passe para conhecer a estrutura ou ligue para conversar sobre os seus objetivos.',
      'Dúvidas sobre aulas, planos ou personal trainer? A gente ajuda com prazer.',
    ],
    hours: 'gym',
  },
  gallery: {
    headings: ['Por dentro da {name}', 'Nosso espaço e nossa comunidade', 'Momentos do treino'],
    captions: [
      'Aula de força da manhã a todo vapor',
      'Professor corrigindo o agachamento',
      'Nosso salão de treino',
      'Yoga de domingo de manhã',
      'Alunos comemorando um novo recorde',
      'Kettlebells prontos para o funcional',
      'Aula de muay thai no saco de pancada',
      'Sorrisos depois do treino',
    ],
  },
  logos: {
    headings: ['Nossos parceiros', 'Saímos na imprensa', 'Quem treina com a gente'],
    names: [
      'Clínica Movimento Fisioterapia',
      'Nutri Vida Suplementos',
      'Assessoria Corre Junto',
      'Revista Vida Saudável',
      'Ortopedia Bem-Estar',
      'Equipamentos Aço Forte',
    ],
  },
};

const es: CopyBank = {
  kind: 'fitness',
  language: 'es',
  names: ['Fuerza Club', 'Estudio Latido', 'Centro Equilibrio', 'Box Hierro Norte', 'Impulso Training', 'Casa Pilates & Yoga', 'Gimnasio Cima'],
  taglines: [
    'Más fuerte cada semana.',
    'Entrenamiento real para gente real.',
    'Entrena con propósito y nota la diferencia.',
    'Tu mejor versión empieza aquí.',
    'El gimnasio más cercano de {city}.',
  ],
  pages: { home: 'Inicio', about: 'Nosotros', services: 'Clases', contact: 'Contacto', blog: 'Consejos', pricing: 'Cuotas' },
  hero: {
    eyebrows: ['Tu primera clase es gratis', 'Fuerza · Cardio · Yoga · Pilates', 'Clases guiadas todos los días', 'Para todos los niveles'],
    headlines: [
      'Ponte fuerte, siéntete mejor y disfruta el camino',
      'Entrenamiento que encaja en tu vida',
      'Tú vienes. Nosotros nos ocupamos del resto.',
      'Tu cambio empieza hoy',
    ],
    subheadlines: [
      'En {name}, entrenadores expertos te acompañan en cada repetición, tanto si es tu primer entrenamiento en años como si buscas una nueva marca personal.',
      'Grupos reducidos, atención personal y una comunidad que te anima. Sin juicios, solo progreso de verdad.',
      'Fuerza, acondicionamiento, yoga y pilates bajo un mismo techo, con horarios que se adaptan a tu trabajo y a tu familia.',
      'Clases guiadas y entrenamiento personal para todos los niveles, aquí en {city}.',
    ],
    primaryActions: ['Reservar clase gratis', 'Probar gratis', 'Quiero mi clase de prueba'],
    secondaryActions: ['Ver horarios', 'Ver cuotas', 'Conocer al equipo'],
  },
  about: {
    headings: ['Quiénes somos', 'Mucho más que un gimnasio', 'Por qué entrenamos a personas'],
    paragraphs: [
      [
        '{name} nació de la mano de entrenadores cansados de gimnasios abarrotados donde nadie sabe tu nombre y nadie te enseña qué hacer.',
        'Creamos algo distinto: un espacio acogedor donde todas las clases están guiadas, todos los ejercicios se adaptan y cada socio forma parte del equipo.',
      ],
      [
        'Entre nuestros socios hay madres, padres, enfermeras, estudiantes, jubilados y gente que pasa el día en la oficina. Lo que comparten es las ganas de moverse mejor, sentirse más fuertes y disfrutar del proceso.',
        'Por eso cada persona nueva empieza con una valoración y una charla sobre sus objetivos, y nuestros grupos son lo bastante pequeños como para corregir cada movimiento.',
        'El progreso se mide, se celebra y nunca se fuerza. Tú marcas el ritmo y nosotros nos aseguramos de que sigas avanzando.',
      ],
      [
        'Creemos que el ejercicio debe mejorar el resto de tu vida, no ocuparla entera. Sesiones cortas y eficaces, una buena programación y entrenadores a los que les importas.',
        'La segunda vez que entres en {name}, alguien te saludará por tu nombre. Es una promesa.',
      ],
    ],
    highlights: [
      'Entrenadores titulados y con experiencia',
      'Grupos de máximo 14 personas',
      'Ideal para principiantes',
      'Sin permanencia',
      'Primera clase gratis',
    ],
  },
  features: {
    headings: ['Por qué nuestros socios se quedan', 'Lo que hace diferente a {name}', 'Todo lo que necesitas para llegar a tu meta'],
    intros: [
      'Unimos un entrenamiento experto con una comunidad que te hace volver. Esto es lo que encontrarás.',
      'Sin improvisar, sin intimidar y sin perder el tiempo. Solo entrenamiento que funciona.',
      'Desde tu primer día hasta tu clase número cien, te acompañamos en cada paso.',
    ],
    items: [
      { icon: 'award', title: 'Entrenadores titulados', text: 'Cada clase la dirige un profesional que corrige tu técnica y adapta cada ejercicio a ti.' },
      { icon: 'users', title: 'Grupos reducidos', text: 'Máximo 14 personas por clase, para que siempre tengas atención personal.' },
      { icon: 'chart', title: 'Seguimiento del progreso', text: 'Valoraciones periódicas que te muestran cuánto has avanzado.' },
      { icon: 'calendar', title: 'Horarios flexibles', text: 'Clases desde primera hora hasta la noche, los siete días. Reserva en segundos desde el móvil.' },
      { icon: 'heart', title: 'Comunidad cercana', text: 'Aquí la gente se anima, celebra los logros de los demás y se espera para entrenar. Harás amigos.' },
      { icon: 'dumbbell', title: 'Material de calidad', text: 'Racks, peso libre, remos, bicis, kettlebells y esterillas, limpios y listos para ti.' },
    ],
  },
  offers: {
    headings: ['Nuestras clases', 'Encuentra tu clase', 'Clases y entrenamientos'],
    intros: [
      'Todas las clases se adaptan a tu nivel. Los precios son de clase suelta; con una cuota sale mucho más barato.',
      'Gana fuerza, mejora tu forma física o encuentra un poco de calma. Combina clases y arma tu semana ideal.',
      '¿No sabes por dónde empezar? Reserva una clase de prueba y un entrenador te recomendará las más adecuadas.',
    ],
    items: [
      {
        category: 'Fuerza',
        title: 'Fuerza básica',
        description: 'Aprende sentadilla, peso muerto y press con una técnica cuidada y una progresión inteligente.',
        price: '14.00',
        icon: 'dumbbell',
      },
      {
        category: 'Fuerza',
        title: 'Entrenamiento funcional',
        description: 'Sesiones variadas con pesas, peso corporal y cardio, adaptadas a cada nivel.',
        price: '14.00',
        icon: 'rocket',
      },
      {
        category: 'Fuerza',
        title: 'HIIT',
        description: '45 minutos de intervalos que mejoran tu resistencia y te dejan con energía.',
        price: '14.00',
        icon: 'bolt',
      },
      {
        category: 'Cardio',
        title: 'Ciclo indoor',
        description: 'Sesiones con mucha energía, buena música y un entrenador que te mantiene en ritmo.',
        price: '12.00',
        icon: 'music',
      },
      {
        category: 'Cardio',
        title: 'Boxeo fitness',
        description: 'Saco, desplazamientos y combinaciones para un entrenamiento completo y una mente despejada.',
        price: '14.00',
        icon: 'bolt',
      },
      {
        category: 'Cuerpo y mente',
        title: 'Yoga vinyasa',
        description: 'Una práctica fluida que trabaja fuerza, flexibilidad y respiración. Todos los niveles.',
        price: '12.00',
        icon: 'sun',
      },
      {
        category: 'Cuerpo y mente',
        title: 'Pilates mat',
        description: 'Trabajo de core para mejorar la postura, el control y cuidar la espalda.',
        price: '12.00',
        icon: 'leaf',
      },
      {
        category: 'Cuerpo y mente',
        title: 'Movilidad y estiramientos',
        description: 'Una sesión tranquila para recuperarte y moverte sin dolor.',
        price: '10.00',
        icon: 'heart',
      },
      {
        category: 'Personal',
        title: 'Entrenamiento personal',
        description: 'Sesión individual de 60 minutos con un plan diseñado para tus objetivos.',
        price: '45.00',
        icon: 'users',
      },
      {
        category: 'Personal',
        title: 'Asesoramiento nutricional',
        description: 'Un plan práctico y sin modas para acompañar tu entrenamiento, con revisión mensual.',
        price: '40.00',
        icon: 'check',
      },
    ],
  },
  testimonials: {
    headings: ['Historias de nuestros socios', 'Gente real, resultados reales', 'Lo que dicen nuestros socios'],
    items: [
      {
        quote: 'Llevaba diez años sin hacer ejercicio y me daba pánico entrar. Seis meses después levanto más que nunca y espero las clases con ganas.',
        name: 'Lucía Fernández',
        role: 'Socia desde hace 6 meses',
      },
      {
        quote: 'Los entrenadores se fijan en todo. Mi dolor de espalda desapareció porque me corrigieron la técnica.',
        name: 'Alberto Reyes',
        role: 'Socio de fuerza',
      },
      { quote: 'Vine por el yoga y me quedé por la gente. Esto es como una segunda casa.', name: 'Claudia Vidal', role: 'Socia de yoga y pilates' },
      {
        quote: 'Con dos niños pequeños, la clase de las 7 me ha salvado. En 45 minutos he terminado y tengo energía todo el día.',
        name: 'Patricia Luna',
        role: 'Socia madrugadora',
      },
      {
        quote: 'He perdido 12 kilos con el asesoramiento nutricional y nunca he sentido que estaba a dieta.',
        name: 'Fernando Gil',
        role: 'Cliente de entrenamiento personal',
      },
      {
        quote: 'Me di de baja de mi gimnasio de siempre después de una semana aquí. La diferencia es enorme.',
        name: 'Rocío Serrano',
        role: 'Socia de funcional',
      },
    ],
  },
  faq: {
    headings: ['Preguntas frecuentes', 'Antes de tu primera clase', 'Conviene saber'],
    items: [
      {
        question: '¿Puedo probar una clase gratis?',
        answer: 'Sí. Tu primera clase corre de nuestra cuenta. Resérvala online y llega 10 minutos antes para que te enseñemos el centro.',
      },
      {
        question: 'Soy principiante total. ¿Es un problema?',
        answer:
          'Para nada. La mayoría de nuestros socios empezaron sin experiencia. Todos los ejercicios tienen versión adaptada y el entrenador ajusta la sesión a ti.',
      },
      { question: '¿Hay permanencia?', answer: 'No. Las cuotas son mensuales y puedes darte de baja avisando con 30 días de antelación, sin penalizaciones.' },
      { question: '¿Puedo congelar mi cuota?', answer: 'Sí. Puedes pausar tu cuota hasta dos meses al año por viaje, lesión o cualquier imprevisto.' },
      { question: '¿Qué tengo que traer?', answer: 'Ropa cómoda, zapatillas de deporte y una botella de agua. Tenemos duchas, taquillas y toallas.' },
      {
        question: '¿Hay edad mínima?',
        answer:
          'Las clases de adultos son a partir de 16 años, y tenemos socios de más de setenta. Los menores pueden hacer entrenamiento personal con autorización de sus padres.',
      },
    ],
  },
  cta: {
    headings: ['¿Empezamos?', 'Tu primera clase es gratis', 'No esperes al lunes'],
    texts: [
      'Reserva hoy tu clase gratis y descubre por qué nuestros socios siempre vuelven.',
      'Sin permanencia y sin presión. Ven a probar una clase y conoce al equipo.',
      'Lo más difícil es cruzar la puerta. A partir de ahí, te lo ponemos fácil.',
    ],
    actions: ['Reservar clase gratis', 'Empezar hoy', 'Probar gratis'],
  },
  stats: [
    { value: '600+', label: 'Socios activos' },
    { value: '45', label: 'Clases a la semana' },
    { value: '4,9★', label: 'Valoración de los socios' },
    { value: '10 años', label: 'Entrenando al barrio' },
  ],
  team: [
    {
      name: 'Jorge Medina',
      role: 'Fundador y entrenador jefe',
      bio: 'Exatleta y licenciado en Ciencias del Deporte, Jorge lleva quince años ayudando a gente corriente a ponerse fuerte de verdad.',
    },
    {
      name: 'Elena Cruz',
      role: 'Instructora de yoga y pilates',
      bio: 'Elena guía cada clase con calma, indicaciones claras y mucho humor. Sus sesiones de movilidad siempre se llenan.',
    },
    {
      name: 'Raúl Santana',
      role: 'Entrenador de acondicionamiento',
      bio: 'Raúl dirige el HIIT y el boxeo con una energía contagiosa y una lista de música a la que nadie se resiste.',
    },
    { name: 'Sofía Paredes', role: 'Nutricionista', bio: 'Sofía hace que comer bien sea sencillo y realista, sin dietas milagro ni prohibiciones absurdas.' },
  ],
  pricing: {
    headings: ['Cuotas', 'Elige tu cuota', 'Precios claros y sin permanencia'],
    intros: [
      'Sin matrícula y sin permanencia. Date de baja o congela tu cuota cuando lo necesites avisando con 30 días.',
      'Elige la cuota que encaja con tu semana. Puedes cambiarla cuando cambien tus objetivos.',
      'Todas las cuotas incluyen una valoración inicial y una charla de objetivos con uno de nuestros entrenadores.',
    ],
    tiers: [
      {
        name: 'Básica',
        price: '39.00',
        period: '/mes',
        description: 'Perfecta para crear el hábito.',
        features: ['8 clases al mes', 'Acceso a todas las actividades', 'Valoración inicial gratuita', 'Reserva desde la app'],
      },
      {
        name: 'Ilimitada',
        price: '65.00',
        period: '/mes',
        description: 'La más elegida por quienes quieren entrenar a menudo.',
        features: [
          'Clases ilimitadas',
          'Acceso a sala libre',
          'Valoración cada 3 meses',
          'Trae a un amigo gratis una vez al mes',
          '10% de descuento en entrenamiento personal',
        ],
      },
      {
        name: 'Personal',
        price: '149.00',
        period: '/mes',
        description: 'Resultados máximos con entrenamiento individual y nutrición.',
        features: [
          'Clases ilimitadas',
          'Cuatro sesiones de entrenamiento personal',
          'Programa a medida',
          'Asesoramiento nutricional mensual',
          'Reserva prioritaria',
        ],
      },
    ],
  },
  blog: {
    headings: ['Consejos de entrenamiento', 'Desde la sala', 'Muévete mejor, vive mejor'],
    intros: [
      'Consejos prácticos sobre entrenamiento, descanso y alimentación de nuestro equipo.',
      'Ideas, rutinas e historias de socios para mantener la motivación entre clase y clase.',
      'Todo lo que nos habría gustado saber cuando empezamos a entrenar.',
    ],
    posts: [
      {
        title: 'Tu primera semana entrenando: guía para principiantes',
        slug: 'primera-semana-entrenando',
        excerpt: '¿Te da respeto empezar? Esto es exactamente lo que puedes esperar y cómo hacer que tu primera semana salga bien.',
        paragraphs: [
          'Entrar en un gimnasio por primera vez impone. Parece que todo el mundo sabe lo que hace y tú no sabes ni dónde ponerte. A todos nos ha pasado.',
          'El secreto es que nadie espera que sepas nada todavía. Tu entrenador te explicará cada ejercicio, te enseñará las opciones más suaves y estará pendiente de ti durante toda la clase.',
          'La primera semana, apunta a dos o tres clases con un día de descanso entre ellas. Es probable que tengas agujetas uno o dos días después. Es normal y mejora rápido.',
          'Sobre todo, céntrate en venir y no en los números. La constancia gana a la intensidad siempre.',
        ],
        subheading: 'Consejos para una gran primera semana',
        listItems: [
          'Llega 10 minutos antes para conocer a tu entrenador',
          'Cuéntanos cualquier lesión o molestia',
          'Empieza con menos peso del que crees',
          'Bebe agua y duerme bien',
          'Reserva tu siguiente clase antes de irte',
        ],
        quote: 'Todo el mundo fue principiante. La persona más fuerte de la sala empezó con la barra vacía.',
      },
      {
        title: 'Cómo ser constante cuando falla la motivación',
        slug: 'ser-constante',
        excerpt: 'La motivación va y viene. Así consiguen nuestros socios seguir entrenando incluso en las semanas difíciles.',
        paragraphs: [
          'La motivación es estupenda, pero no es de fiar. Los socios que mejores resultados consiguen no son los más motivados, sino los más constantes.',
          'Trata el entrenamiento como cualquier otra cita. Apúntalo en tu agenda, reserva las clases con antelación y dile a alguien que vas a ir.',
          'Ponte metas pequeñas y concretas, como tres clases a la semana durante un mes, en lugar de objetivos vagos. Cada pequeño logro refuerza el hábito.',
          'Y los días en que de verdad no te apetezca, ven igualmente y haz una sesión más suave. Moverse un poco siempre es mejor que no moverse.',
        ],
        subheading: 'Hábitos para que el entrenamiento se quede',
        listItems: [
          'Reserva tus clases con una semana de antelación',
          'Busca un compañero de entrenamiento',
          'Apunta tus entrenamientos y tu progreso',
          'Celebra los pequeños logros',
          'Planifica las semanas complicadas en vez de saltártelas',
        ],
        quote: 'No hace falta que te apetezca. Solo hace falta que vengas.',
      },
      {
        title: 'Por qué el entrenamiento de fuerza es para todo el mundo',
        slug: 'fuerza-para-todo-el-mundo',
        excerpt: 'No es solo para culturistas. Entrenar fuerza puede transformar tu salud a cualquier edad.',
        paragraphs: [
          'Mucha gente sigue pensando que levantar pesas es cosa de atletas jóvenes o culturistas. En realidad, el entrenamiento de fuerza es una de las mejores cosas que cualquiera puede hacer por su salud.',
          'Ganar músculo protege las articulaciones, mejora el equilibrio, fortalece los huesos y mantiene sano el metabolismo con los años.',
          'Además, hace el día a día más fácil: cargar la compra, subir escaleras, jugar con tus hijos o nietos y levantarte del suelo sin esfuerzo.',
          'Y lo mejor es que no necesitas pasar horas en el gimnasio. Dos o tres sesiones guiadas a la semana bastan para ver cambios reales en un par de meses.',
        ],
        subheading: 'Los beneficios, en resumen',
        listItems: [
          'Huesos y articulaciones más fuertes',
          'Mejor equilibrio y postura',
          'Más energía y mejor descanso',
          'Un metabolismo más sano',
          'Más confianza en el día a día',
        ],
        quote: 'La fuerza no va de cómo te ves, sino de todo lo que puedes hacer.',
      },
    ],
  },
  contact: {
    headings: ['Contacta con nosotros', 'Ven a conocernos', '¿Dudas? Aquí estamos'],
    intros: [
      'Reserva tu clase gratis online o escríbenos y un entrenador te responderá en menos de 24 horas.',
      'Pásate a ver las instalaciones o llámanos para hablar de tus objetivos.',
      '¿Dudas sobre clases, cuotas o entrenamiento personal? Te ayudamos encantados.',
    ],
    hours: 'gym',
  },
  gallery: {
    headings: ['Dentro de {name}', 'Nuestro centro y nuestra comunidad', 'Momentos en la sala'],
    captions: [
      'Clase de fuerza a primera hora',
      'Entrenador corrigiendo una sentadilla',
      'Nuestra sala de entrenamiento',
      'Yoga del domingo por la mañana',
      'Socios celebrando una nueva marca',
      'Kettlebells listas para el funcional',
      'Clase de boxeo con sacos',
      'Sonrisas después de entrenar',
    ],
  },
  logos: {
    headings: ['Nuestros colaboradores', 'Han hablado de nosotros', 'Confían en nosotros'],
    names: [
      'Fisioterapia Avanza',
      'Nutrición Verde Vital',
      'Club de Corredores del Parque',
      'Revista Vida Activa',
      'Clínica Deportiva Alameda',
      'Equipamiento Hierro Fuerte',
    ],
  },
};

export const fitnessBanks: KindBanks = { en, 'pt-BR': ptBR, es };
