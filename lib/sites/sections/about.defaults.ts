// The props a new About section starts with: what the library shows and an added section gets.
import type { AboutProps } from './about.schema';

export const aboutDefaults: AboutProps = {
  eyebrow: 'Our story',
  heading: 'A local business built on care and craft',
  body: [
    'What started as a small idea at a kitchen table has grown into a place our neighbours rely on every week.',
    'We are a small, close-knit team. We take the time to listen, we explain what we are doing and why, and we treat every job as if it were our own. That is how we have earned most of our customers: through friends telling friends.',
  ],
  image: { src: 'art:arches:4', alt: '' },
  imagePosition: 'left',
  highlights: ['Family owned since 2009', 'Over 2,000 happy customers', 'Locally sourced materials', 'Friendly, honest advice'],
};
