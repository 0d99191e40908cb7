// Contact section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { ContactProps } from './contact.schema';

export const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const contactSection = defineSection<ContactProps>({
  type: 'contact',
  label: { en: 'Contact', 'pt-BR': 'Contato' },
  category: 'contact',
  defaults: {
    eyebrow: 'Contact',
    heading: 'Come and see us',
    intro: 'Drop by, give us a call or send a message. We reply to every message within one working day.',
    showForm: true,
    address: '128 Market Street, Springfield',
    phone: '+1 555 0134 2290',
    email: 'hello@example.com',
    mapLink: 'https://www.openstreetmap.org/search?query=128%20Market%20Street%20Springfield',
    hours: [
      { day: 'monday', opens: '09:00', closes: '18:00', closed: false },
      { day: 'tuesday', opens: '09:00', closes: '18:00', closed: false },
      { day: 'wednesday', opens: '09:00', closes: '18:00', closed: false },
      { day: 'thursday', opens: '09:00', closes: '20:00', closed: false },
      { day: 'friday', opens: '09:00', closes: '18:00', closed: false },
      { day: 'saturday', opens: '10:00', closes: '14:00', closed: false },
      { day: 'sunday', opens: '00:00', closes: '00:00', closed: true },
    ],
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    showForm: { kind: 'select', label: 'showForm', options: [{ value: 'true', label: 'yes' }, { value: 'false', label: 'no' }] },
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
        closed: { kind: 'select', label: 'closed', options: [{ value: 'true', label: 'yes' }, { value: 'false', label: 'no' }] },
      },
    },
  },
});
