// Call to action section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { CtaProps } from './cta.schema';

export const ctaSection = defineSection<CtaProps>({
  type: 'cta',
  label: { en: 'Call to action', 'pt-BR': 'Chamada para ação' },
  category: 'content',
  defaults: {
    style: 'primary',
    heading: 'Ready when you are',
    text: 'Book a visit in under a minute, or call us and we will find a time that suits you.',
    action: { label: 'Book a visit', href: '#contact' },
    secondaryAction: { label: 'See our services', href: '#services' },
  },
  fields: {
    style: {
      kind: 'select',
      label: 'style',
      options: [
        { value: 'primary', label: 'primary' },
        { value: 'accent', label: 'accent' },
        { value: 'surface', label: 'surface' },
      ],
    },
    heading: { kind: 'text', label: 'heading', max: 140 },
    text: { kind: 'textarea', label: 'text', max: 400 },
    action: { kind: 'link', label: 'action' },
    secondaryAction: { kind: 'link', label: 'secondaryAction' },
  },
});
