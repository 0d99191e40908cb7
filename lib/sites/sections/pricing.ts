// Pricing section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { PricingProps } from './pricing.schema';

export const pricingSection = defineSection<PricingProps>({
  type: 'pricing',
  label: { en: 'Pricing', 'pt-BR': 'Preços' },
  category: 'commerce',
  defaults: {
    eyebrow: 'Pricing',
    heading: 'Simple, honest pricing',
    intro: 'No hidden fees and no long contracts. Pick the plan that suits you and change it whenever you like.',
    tiers: [
      {
        name: 'Essential',
        price: '29',
        period: '/month',
        description: 'For getting started with the basics covered.',
        features: ['One visit per month', 'Email support', 'Online booking', 'Cancel anytime'],
        action: { label: 'Get started', href: '#contact' },
        highlighted: false,
      },
      {
        name: 'Plus',
        price: '59',
        period: '/month',
        description: 'Our most popular plan for regular customers.',
        features: ['Up to four visits per month', 'Priority booking', 'Phone and email support', '10% off extra services', 'Cancel anytime'],
        action: { label: 'Choose Plus', href: '#contact' },
        highlighted: true,
      },
      {
        name: 'Premium',
        price: '99',
        period: '/month',
        description: 'Everything we offer, whenever you need it.',
        features: ['Unlimited visits', 'Same-day appointments', 'A dedicated contact person', '20% off extra services', 'Cancel anytime'],
        action: { label: 'Choose Premium', href: '#contact' },
        highlighted: false,
      },
    ],
    note: 'Prices include tax. Not sure which plan is right? Get in touch and we will help you choose.',
  },
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
