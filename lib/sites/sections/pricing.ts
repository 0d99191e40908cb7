// Pricing section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { PricingProps } from './pricing.schema';

export const pricingSection = defineSection<PricingProps>({
  type: 'pricing',
  label: { en: 'Pricing', 'pt-BR': 'Preços', es: 'Precios' },
  category: 'commerce',
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    tiers: {
      kind: 'list',
      label: 'tiers',
      item: {
        name: { kind: 'text', label: 'name', max: 60 },
        price: { kind: 'text', label: 'price', max: 30 },
        period: { kind: 'text', label: 'period', max: 30 },
        description: { kind: 'textarea', label: 'description', max: 240 },
        // Lists of plain strings describe their one value under the key "value".
        features: { kind: 'list', label: 'features', item: { value: { kind: 'text', label: 'feature', max: 120 } }, max: 12 },
        action: { kind: 'link', label: 'action' },
        highlighted: {
          kind: 'select',
          label: 'highlighted',
          options: [
            { value: 'false', label: 'no' },
            { value: 'true', label: 'yes' },
          ],
        },
      },
      itemLabel: 'name',
      max: 4,
    },
    note: { kind: 'text', label: 'note', max: 200 },
  },
});
