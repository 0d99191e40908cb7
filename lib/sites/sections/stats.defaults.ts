// The props a new Numbers section starts with: what the library shows and an added section gets.
import type { StatsProps } from './stats.schema';

export const statsDefaults: StatsProps = {
  heading: 'A track record you can count on',
  intro: '',
  items: [
    { value: '12+', label: 'Years in business' },
    { value: '4,800', label: 'Happy customers' },
    { value: '4.9★', label: 'Average review rating' },
    { value: '98%', label: 'Would recommend us to a friend' },
  ],
};
