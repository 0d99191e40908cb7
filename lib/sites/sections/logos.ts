// Logo cloud section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { LogosProps } from './logos.schema';

export const logosSection = defineSection<LogosProps>({
  type: 'logos',
  label: { en: 'Logo cloud', 'pt-BR': 'Logos de clientes' },
  category: 'social-proof',
  defaults: {
    heading: 'Trusted by neighbours and local businesses',
    items: [
      { name: 'Northwind' },
      { name: 'Harbor & Pine' },
      { name: 'Bluebird Café' },
      { name: 'Atlas Studio' },
      { name: 'Greenleaf' },
      { name: 'Oak Street Books' },
    ],
  },
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
