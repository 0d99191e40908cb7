// The props a new Hero section starts with: what the library shows and an added section gets.
import type { HeroProps } from './hero.schema';

export const heroDefaults: HeroProps = {
  layout: 'split',
  eyebrow: 'Welcome',
  headline: 'Fresh ideas, made with care',
  subheadline: 'Tell visitors in one or two sentences what you offer and why it is worth their time.',
  primaryAction: { label: 'Get in touch', href: '#contact' },
  secondaryAction: { label: '', href: '' },
  image: { src: 'art:blobs:1', alt: '' },
};
