// Numbers section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { StatsProps } from './stats.schema';

export const statsSection = defineSection<StatsProps>({
  type: 'stats',
  label: { en: 'Numbers', 'pt-BR': 'Números' },
  category: 'social-proof',
  defaults: {
    heading: 'A track record you can count on',
    intro: '',
    items: [
      { value: '12+', label: 'Years in business' },
      { value: '4,800', label: 'Happy customers' },
      { value: '4.9★', label: 'Average review rating' },
      { value: '98%', label: 'Would recommend us to a friend' },
    ],
  },
  fields: {
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 300 },
    items: {
      kind: 'list',
      label: 'items',
      itemLabel: 'value',
      max: 6,
      item: {
        value: { kind: 'text', label: 'value', max: 16 },
        label: { kind: 'text', label: 'label', max: 80 },
      },
    },
  },
});
