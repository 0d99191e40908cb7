// Numbers section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { StatsProps } from './stats.schema';

export const statsSection = defineSection<StatsProps>({
  type: 'stats',
  label: { en: 'Numbers', 'pt-BR': 'Números', es: 'Cifras' },
  category: 'social-proof',
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
