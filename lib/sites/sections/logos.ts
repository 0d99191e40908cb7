// Logo cloud section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { LogosProps } from './logos.schema';

export const logosSection = defineSection<LogosProps>({
  type: 'logos',
  label: { en: 'Logo cloud', 'pt-BR': 'Logos de clientes', es: 'Logos de clientes' },
  category: 'social-proof',
  fields: {
    heading: { kind: 'text', label: 'heading', max: 120 },
    items: {
      kind: 'list',
      label: 'items',
      itemLabel: 'name',
      max: 16,
      item: {
        name: { kind: 'text', label: 'name', max: 60 },
        href: { kind: 'text', label: 'href', max: 2000 },
      },
    },
  },
});
