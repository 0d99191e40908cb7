// Footer section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { FooterProps } from './footer.schema';

export const networks = ['instagram', 'facebook', 'whatsapp', 'linkedin', 'youtube', 'tiktok', 'x'] as const;
// Brand names, the same in every language.
export const networkNames: Record<(typeof networks)[number], string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  x: 'X',
};

export const footerSection = defineSection<FooterProps>({
  type: 'footer',
  label: { en: 'Footer', 'pt-BR': 'Rodapé', es: 'Pie de página' },
  category: 'footer',
  fields: {
    tagline: { kind: 'text', label: 'tagline', max: 200 },
    columns: {
      kind: 'list',
      label: 'columns',
      itemLabel: 'title',
      max: 4,
      item: {
        title: { kind: 'text', label: 'title', max: 60 },
        links: {
          kind: 'list',
          label: 'links',
          itemLabel: 'label',
          max: 8,
          item: { label: { kind: 'text', label: 'label', max: 60 }, href: { kind: 'text', label: 'href', max: 2000 } },
        },
      },
    },
    address: { kind: 'textarea', label: 'address', max: 300 },
    phone: { kind: 'text', label: 'phone', max: 40 },
    email: { kind: 'text', label: 'email', max: 200 },
    social: {
      kind: 'list',
      label: 'social',
      itemLabel: 'network',
      max: 7,
      item: {
        network: { kind: 'select', label: 'network', options: networks.map((network) => ({ value: network, label: networkNames[network] })) },
        href: { kind: 'text', label: 'href', max: 2000 },
      },
    },
    year: { kind: 'number', label: 'year', min: 2000, max: 2100 },
  },
});
