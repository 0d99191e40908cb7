// Services section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { ServicesProps } from './services.schema';

export const servicesSection = defineSection<ServicesProps>({
  type: 'services',
  label: { en: 'Services', 'pt-BR': 'Serviços', es: 'Servicios' },
  category: 'content',
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
