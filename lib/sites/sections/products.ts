// Products section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { ProductsProps } from './products.schema';

export const productsSection = defineSection<ProductsProps>({
  type: 'products',
  label: { en: 'Products', 'pt-BR': 'Produtos', es: 'Productos' },
  category: 'commerce',
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
