// The props a new Pricing section starts with: what the library shows and an added section gets.
import type { PricingProps } from './pricing.schema';

export const pricingDefaults: PricingProps = {
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
};
