// Call to action section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { CtaProps } from './cta.schema';

export const ctaSection = defineSection<CtaProps>({
  type: 'cta',
  label: { en: 'Call to action', 'pt-BR': 'Chamada para ação', es: 'Llamada a la acción' },
  category: 'content',
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
