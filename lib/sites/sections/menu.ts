// Menu section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { MenuProps } from './menu.schema';

export const menuTags = ['vegetarian', 'vegan', 'glutenFree', 'spicy', 'dairyFree'] as const;

export const menuSection = defineSection<MenuProps>({
  type: 'menu',
  label: { en: 'Menu', 'pt-BR': 'Cardápio', es: 'Menú' },
  category: 'commerce',
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    categories: {
      kind: 'list',
      label: 'categories',
      item: {
        name: { kind: 'text', label: 'name', max: 60 },
        items: {
          kind: 'list',
          label: 'items',
          item: {
            name: { kind: 'text', label: 'name', max: 80 },
            description: { kind: 'textarea', label: 'description', max: 300 },
            price: { kind: 'text', label: 'price', max: 40 },
            // Lists of plain values describe their one value under the key "value".
            tags: {
              kind: 'list',
              label: 'tags',
              item: { value: { kind: 'select', label: 'tag', options: menuTags.map((tag) => ({ value: tag, label: tag })) } },
              max: 5,
            },
          },
          itemLabel: 'name',
          max: 30,
        },
      },
      itemLabel: 'name',
      max: 12,
    },
    note: { kind: 'text', label: 'note', max: 200 },
  },
});
