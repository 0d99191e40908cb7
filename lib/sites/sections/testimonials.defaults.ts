// The props a new Testimonials section starts with: what the library shows and an added section gets.
import type { TestimonialsProps } from './testimonials.schema';

export const testimonialsDefaults: TestimonialsProps = {
  eyebrow: 'Reviews',
  heading: 'What our customers say',
  intro: '',
  items: [
    {
      quote: 'From the first phone call to the finished result, everything was easy. They explained every step, finished on time and left the place spotless.',
      name: 'Maria Santos',
      role: 'Customer since 2019',
      rating: 5,
    },
    {
      quote: 'Friendly, professional and genuinely good at what they do. I have recommended them to half of my street already.',
      name: 'James Carter',
      role: 'Local resident',
      rating: 5,
    },
    {
      quote: 'Fair prices and honest advice. They told me what I actually needed instead of selling me the most expensive option.',
      name: 'Aisha Patel',
      role: 'Small business owner',
      rating: 4,
    },
  ],
};
