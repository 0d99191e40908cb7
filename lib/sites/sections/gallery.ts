// Gallery section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { GalleryProps } from './gallery.schema';

export const gallerySection = defineSection<GalleryProps>({
  type: 'gallery',
  label: { en: 'Gallery', 'pt-BR': 'Galeria', es: 'Galería' },
  category: 'content',
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
