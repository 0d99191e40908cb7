// FAQ section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { FaqProps } from './faq.schema';

export const faqSection = defineSection<FaqProps>({
  type: 'faq',
  label: { en: 'FAQ', 'pt-BR': 'Perguntas frequentes', es: 'Preguntas frecuentes' },
  category: 'content',
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    items: {
      kind: 'list',
      label: 'items',
      itemLabel: 'question',
      max: 30,
      item: {
        question: { kind: 'text', label: 'question', max: 200 },
        answer: { kind: 'textarea', label: 'answer', max: 2000 },
      },
    },
  },
});
