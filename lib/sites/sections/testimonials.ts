// Testimonials section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { TestimonialsProps } from './testimonials.schema';

export const testimonialsSection = defineSection<TestimonialsProps>({
  type: 'testimonials',
  label: { en: 'Testimonials', 'pt-BR': 'Depoimentos', es: 'Testimonios' },
  category: 'social-proof',
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
