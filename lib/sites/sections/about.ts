// About section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { AboutProps } from './about.schema';

export const aboutSection = defineSection<AboutProps>({
  type: 'about',
  label: { en: 'About', 'pt-BR': 'Sobre', es: 'Nosotros' },
  category: 'content',
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
