// The props a new Services section starts with: what the library shows and an added section gets.
import type { ServicesProps } from './services.schema';

export const servicesDefaults: ServicesProps = {
  eyebrow: 'What we do',
  heading: 'Services tailored to you',
  intro: 'Whether it is a quick visit or a bigger project, we take care of it properly and keep you informed along the way.',
  items: [
    {
      title: 'Free consultation',
      description: 'A relaxed first conversation to understand what you need and suggest the best way forward.',
      price: 'Free',
      icon: 'smile',
    },
    {
      title: 'Standard service',
      description: 'Our most requested option: thorough, efficient work carried out by an experienced team member.',
      price: 'From $45',
      icon: 'check',
    },
    {
      title: 'Premium package',
      description: 'Everything in the standard service plus extra care, premium materials and a follow-up visit.',
      price: 'From $90',
      icon: 'award',
    },
    {
      title: 'Same-day appointments',
      description: 'Something urgent? Call before noon and we will do our best to fit you in the same day.',
      price: 'From $60',
      icon: 'clock',
    },
    {
      title: 'Home visits',
      description: 'We come to you anywhere in the city, with everything needed to get the job done on site.',
      price: 'From $70',
      icon: 'home',
    },
    {
      title: 'Gift vouchers',
      description: 'A thoughtful present for friends and family, valid for any of our services for a full year.',
      price: 'Any amount',
      icon: 'gift',
    },
  ],
  action: { label: 'Book an appointment', href: '#contact' },
};
