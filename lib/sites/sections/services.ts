// Services section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { ServicesProps } from './services.schema';

export const servicesSection = defineSection<ServicesProps>({
  type: 'services',
  label: { en: 'Services', 'pt-BR': 'Serviços' },
  category: 'content',
  defaults: {
    eyebrow: 'What we do',
    heading: 'Services tailored to you',
    intro: 'Whether it is a quick visit or a bigger project, we take care of it properly and keep you informed along the way.',
    items: [
      { title: 'Free consultation', description: 'A relaxed first conversation to understand what you need and suggest the best way forward.', price: 'Free', icon: 'smile' },
      { title: 'Standard service', description: 'Our most requested option: thorough, efficient work carried out by an experienced team member.', price: 'From $45', icon: 'check' },
      { title: 'Premium package', description: 'Everything in the standard service plus extra care, premium materials and a follow-up visit.', price: 'From $90', icon: 'award' },
      { title: 'Same-day appointments', description: 'Something urgent? Call before noon and we will do our best to fit you in the same day.', price: 'From $60', icon: 'clock' },
      { title: 'Home visits', description: 'We come to you anywhere in the city, with everything needed to get the job done on site.', price: 'From $70', icon: 'home' },
      { title: 'Gift vouchers', description: 'A thoughtful present for friends and family, valid for any of our services for a full year.', price: 'Any amount', icon: 'gift' },
    ],
    action: { label: 'Book an appointment', href: '#contact' },
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    items: {
      kind: 'list',
      label: 'items',
      item: {
        title: { kind: 'text', label: 'title', max: 80 },
        description: { kind: 'textarea', label: 'description', max: 400 },
        price: { kind: 'text', label: 'price', max: 40 },
        icon: { kind: 'icon', label: 'icon' },
      },
      itemLabel: 'title',
      max: 12,
    },
    action: { kind: 'link', label: 'action' },
  },
});
