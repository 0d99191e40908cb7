// Products section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { ProductsProps } from './products.schema';

export const productsSection = defineSection<ProductsProps>({
  type: 'products',
  label: { en: 'Products', 'pt-BR': 'Produtos' },
  category: 'commerce',
  defaults: {
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
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    items: {
      kind: 'list',
      label: 'items',
      item: {
        name: { kind: 'text', label: 'name', max: 80 },
        description: { kind: 'textarea', label: 'description', max: 300 },
        price: { kind: 'text', label: 'price', max: 40 },
        image: { kind: 'image', label: 'image' },
        orderLink: { kind: 'link', label: 'orderLink' },
      },
      itemLabel: 'name',
      max: 24,
    },
  },
});
