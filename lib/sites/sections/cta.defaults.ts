// The props a new Call to action section starts with: what the library shows and an added section gets.
import type { CtaProps } from './cta.schema';

export const ctaDefaults: CtaProps = {
  style: 'primary',
  heading: 'Ready when you are',
  text: 'Book a visit in under a minute, or call us and we will find a time that suits you.',
  action: { label: 'Book a visit', href: '#contact' },
  secondaryAction: { label: 'See our services', href: '#services' },
};
