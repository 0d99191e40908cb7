// The props a new Gallery section starts with: what the library shows and an added section gets.
import type { GalleryProps } from './gallery.schema';

const defaultImages: Array<[string, string]> = [
  ['art:hills:21', 'Our workshop on a sunny morning'],
  ['art:sunburst:22', ''],
  ['art:waves:23', ''],
  ['art:blobs:24', ''],
  ['art:terrazzo:25', ''],
  ['art:arches:26', 'The team at this year’s open day'],
];

export const galleryDefaults: GalleryProps = {
  eyebrow: 'Gallery',
  heading: 'A look inside',
  intro: 'A few moments from our day-to-day: the space, the people and the work we are proud of.',
  layout: 'mosaic',
  images: defaultImages.map(([src, caption]) => ({ src, alt: '', caption })),
};
