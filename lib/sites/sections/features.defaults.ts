// The props a new Features section starts with: what the library shows and an added section gets.
import type { FeaturesProps } from './features.schema';

export const featuresDefaults: FeaturesProps = {
  eyebrow: 'Why choose us',
  heading: 'Small details that make a big difference',
  intro: 'We keep things simple, personal and reliable, so every visit feels easy from the first hello to the final result.',
  items: [
    { icon: 'award', title: 'Experienced team', text: 'Over fifteen years of hands-on experience, and we still love what we do every single day.' },
    { icon: 'clock', title: 'On time, every time', text: 'Clear schedules and honest estimates. If we say Tuesday at ten, we mean Tuesday at ten.' },
    {
      icon: 'heart',
      title: 'Personal attention',
      text: 'You talk to the people doing the work, not a call centre. We remember your name and your preferences.',
    },
    { icon: 'leaf', title: 'Quality materials', text: 'We source carefully from local suppliers and only use products we would happily use at home.' },
    { icon: 'shield', title: 'Satisfaction guaranteed', text: 'Not happy with the result? Tell us within 30 days and we will make it right at no extra cost.' },
    { icon: 'map-pin', title: 'Right in the neighbourhood', text: 'Easy to reach, with free parking nearby and a friendly welcome whenever you drop by.' },
  ],
};
