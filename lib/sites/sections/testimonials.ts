// Testimonials section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { TestimonialsProps } from './testimonials.schema';

export const testimonialsSection = defineSection<TestimonialsProps>({
  type: 'testimonials',
  label: { en: 'Testimonials', 'pt-BR': 'Depoimentos' },
  category: 'social-proof',
  defaults: {
    eyebrow: 'Reviews',
    heading: 'What our customers say',
    intro: '',
    items: [
      {
        quote: 'From the first phone call to the finished result, everything was easy. They explained every step, finished on time and left the place spotless.',
        name: 'Maria Santos',
        role: 'Customer since 2019',
        rating: 5,
      },
      {
        quote: 'Friendly, professional and genuinely good at what they do. I have recommended them to half of my street already.',
        name: 'James Carter',
        role: 'Local resident',
        rating: 5,
      },
      {
        quote: 'Fair prices and honest advice. They told me what I actually needed instead of selling me the most expensive option.',
        name: 'Aisha Patel',
        role: 'Small business owner',
        rating: 4,
      },
    ],
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    items: {
      kind: 'list',
      label: 'items',
      item: {
        quote: { kind: 'textarea', label: 'quote', max: 600 },
        name: { kind: 'text', label: 'name', max: 80 },
        role: { kind: 'text', label: 'role', max: 80 },
        rating: { kind: 'number', label: 'rating', min: 0, max: 5 },
      },
      itemLabel: 'name',
      max: 12,
    },
  },
});
