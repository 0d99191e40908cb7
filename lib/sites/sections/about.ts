// About section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { AboutProps } from './about.schema';

export const aboutSection = defineSection<AboutProps>({
  type: 'about',
  label: { en: 'About', 'pt-BR': 'Sobre' },
  category: 'content',
  defaults: {
    eyebrow: 'Our story',
    heading: 'A local business built on care and craft',
    body: [
      'What started as a small idea at a kitchen table has grown into a place our neighbours rely on every week.',
      'We are a small, close-knit team. We take the time to listen, we explain what we are doing and why, and we treat every job as if it were our own. That is how we have earned most of our customers: through friends telling friends.',
    ],
    image: { src: 'art:arches:4', alt: '' },
    imagePosition: 'left',
    highlights: ['Family owned since 2009', 'Over 2,000 happy customers', 'Locally sourced materials', 'Friendly, honest advice'],
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    // Lists of plain strings describe their one value under the key "value".
    body: { kind: 'list', label: 'body', item: { value: { kind: 'textarea', label: 'paragraph', max: 1200 } }, max: 6 },
    image: { kind: 'image', label: 'image' },
    imagePosition: {
      kind: 'select',
      label: 'imagePosition',
      options: [
        { value: 'left', label: 'left' },
        { value: 'right', label: 'right' },
      ],
    },
    highlights: { kind: 'list', label: 'highlights', item: { value: { kind: 'text', label: 'highlight', max: 60 } }, max: 6 },
  },
});
