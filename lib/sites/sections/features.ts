// Features section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { FeaturesProps } from './features.schema';

export const featuresSection = defineSection<FeaturesProps>({
  type: 'features',
  label: { en: 'Features', 'pt-BR': 'Diferenciais', es: 'Características' },
  category: 'content',
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    items: {
      kind: 'list',
      label: 'items',
      item: {
        icon: { kind: 'icon', label: 'icon' },
        title: { kind: 'text', label: 'title', max: 80 },
        text: { kind: 'textarea', label: 'text', max: 300 },
      },
      itemLabel: 'title',
      max: 12,
    },
  },
});
