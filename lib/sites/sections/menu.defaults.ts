// The props a new Menu section starts with: what the library shows and an added section gets.
import type { MenuProps } from './menu.schema';

export const menuDefaults: MenuProps = {
  eyebrow: 'Our menu',
  heading: 'Made fresh every day',
  intro: 'Seasonal ingredients from local producers, prepared in our kitchen each morning. Ask us about today’s specials.',
  categories: [
    {
      name: 'Breakfast',
      items: [
        {
          name: 'Sourdough toast & avocado',
          description: 'Toasted house sourdough, smashed avocado, lemon, chilli flakes and toasted seeds.',
          price: '11.50',
          tags: ['vegan', 'spicy'],
        },
        {
          name: 'Full garden breakfast',
          description: 'Free-range eggs, roasted tomatoes, mushrooms, greens and grilled halloumi.',
          price: '14.00',
          tags: ['vegetarian', 'glutenFree'],
        },
        {
          name: 'Buttermilk pancakes',
          description: 'A stack of three with maple syrup, fresh berries and whipped cream.',
          price: '12.50',
          tags: ['vegetarian'],
        },
      ],
    },
    {
      name: 'Lunch',
      items: [
        {
          name: 'Roast chicken sandwich',
          description: 'Herb-roasted chicken, aioli, pickled onion and rocket on a toasted ciabatta.',
          price: '13.50',
          tags: [],
        },
        {
          name: 'Harvest grain bowl',
          description: 'Quinoa, roasted squash, chickpeas, kale and tahini dressing.',
          price: '13.00',
          tags: ['vegan', 'glutenFree', 'dairyFree'],
        },
        { name: 'Soup of the day', description: 'Made fresh each morning and served with warm bread and butter.', price: '9.50', tags: ['vegetarian'] },
      ],
    },
    {
      name: 'Drinks',
      items: [
        { name: 'Flat white', description: 'Double shot of our seasonal espresso blend with silky steamed milk.', price: '4.20', tags: [] },
        { name: 'Fresh orange juice', description: 'Pressed to order from whole oranges.', price: '5.00', tags: ['vegan', 'glutenFree'] },
        { name: 'Chai latte', description: 'Spiced black tea brewed with oat milk and a touch of honey.', price: '4.80', tags: ['dairyFree'] },
      ],
    },
    {
      name: 'Sweets',
      items: [
        { name: 'Almond croissant', description: 'Baked every morning and filled with almond frangipane.', price: '4.50', tags: ['vegetarian'] },
        { name: 'Flourless chocolate cake', description: 'Rich, dense and served with crème fraîche.', price: '6.50', tags: ['glutenFree', 'vegetarian'] },
        { name: 'Seasonal fruit crumble', description: 'Warm fruit under an oat crumble, with vanilla ice cream.', price: '7.00', tags: ['vegetarian'] },
      ],
    },
  ],
  note: 'Please tell our team about any allergies before ordering. Prices include tax.',
};
