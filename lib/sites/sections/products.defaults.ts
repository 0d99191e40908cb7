// The props a new Products section starts with: what the library shows and an added section gets.
import type { ProductsProps } from './products.schema';

export const productsDefaults: ProductsProps = {
  eyebrow: 'Shop',
  heading: 'Customer favourites',
  intro: 'Made in small batches with care. Order online for pick-up, or get in touch for local delivery.',
  items: [
    {
      name: 'Signature gift box',
      description: 'A hand-picked selection of our best sellers, wrapped and ready to give.',
      price: '39.00',
      image: { src: 'art:terrazzo:11', alt: '' },
      orderLink: { label: '', href: '#contact' },
    },
    {
      name: 'Classic collection',
      description: 'Our original recipe, unchanged since day one and still the most popular.',
      price: '24.00',
      image: { src: 'art:circles:12', alt: '' },
      orderLink: { label: '', href: '#contact' },
    },
    {
      name: 'Seasonal special',
      description: 'Available for a few weeks only, made with the best of what is in season.',
      price: '28.50',
      image: { src: 'art:leaves:13', alt: '' },
      orderLink: { label: '', href: '#contact' },
    },
  ],
};
