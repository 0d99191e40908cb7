// Contact section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { ContactProps } from './contact.schema';

export const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const contactSection = defineSection<ContactProps>({
  type: 'contact',
  label: { en: 'Contact', 'pt-BR': 'Contato', es: 'Contacto' },
  category: 'contact',
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    showForm: {
      kind: 'select',
      label: 'showForm',
      options: [
        { value: 'true', label: 'yes' },
        { value: 'false', label: 'no' },
      ],
    },
    address: { kind: 'textarea', label: 'address', max: 300 },
    phone: { kind: 'text', label: 'phone', max: 40 },
    email: { kind: 'text', label: 'email', max: 200 },
    mapLink: { kind: 'text', label: 'mapLink', max: 2000 },
    hours: {
      kind: 'list',
      label: 'hours',
      itemLabel: 'day',
      max: 14,
      item: {
        day: { kind: 'select', label: 'day', options: days.map((day) => ({ value: day, label: day })) },
        opens: { kind: 'text', label: 'opens', max: 5 },
        closes: { kind: 'text', label: 'closes', max: 5 },
        closed: {
          kind: 'select',
          label: 'closed',
          options: [
            { value: 'true', label: 'yes' },
            { value: 'false', label: 'no' },
          ],
        },
      },
    },
  },
});
