// Gallery section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { GalleryProps } from './gallery.schema';

const defaultImages: Array<[string, string]> = [
  ['art:hills:21', 'Our workshop on a sunny morning'],
  ['art:sunburst:22', ''],
  ['art:waves:23', ''],
  ['art:blobs:24', ''],
  ['art:terrazzo:25', ''],
  ['art:arches:26', 'The team at this year’s open day'],
];

export const gallerySection = defineSection<GalleryProps>({
  type: 'gallery',
  label: { en: 'Gallery', 'pt-BR': 'Galeria' },
  category: 'content',
  defaults: {
    eyebrow: 'Gallery',
    heading: 'A look inside',
    intro: 'A few moments from our day-to-day: the space, the people and the work we are proud of.',
    layout: 'mosaic',
    images: defaultImages.map(([src, caption]) => ({ src, alt: '', caption })),
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    layout: {
      kind: 'select',
      label: 'layout',
      options: [
        { value: 'grid', label: 'grid' },
        { value: 'mosaic', label: 'mosaic' },
      ],
    },
    images: {
      kind: 'list',
      label: 'images',
      // src and alt together are one image field, as in imageSchema.
      item: { image: { kind: 'image', label: 'image' }, caption: { kind: 'text', label: 'caption', max: 140 } },
      itemLabel: 'caption',
      max: 24,
    },
  },
});
