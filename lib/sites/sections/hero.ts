// Hero section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { HeroProps } from './hero.schema';

export const heroSection = defineSection<HeroProps>({
  type: 'hero',
  label: { en: 'Hero', 'pt-BR': 'Destaque', es: 'Portada' },
  category: 'hero',
  fields: {
    layout: {
      kind: 'select',
      label: 'layout',
      options: [
        { value: 'centered', label: 'centered' },
        { value: 'split', label: 'split' },
        { value: 'cover', label: 'cover' },
      ],
    },
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    headline: { kind: 'text', label: 'headline', max: 140 },
    subheadline: { kind: 'textarea', label: 'subheadline', max: 400 },
    primaryAction: { kind: 'link', label: 'primaryAction' },
    secondaryAction: { kind: 'link', label: 'secondaryAction' },
    image: { kind: 'image', label: 'image' },
  },
});
