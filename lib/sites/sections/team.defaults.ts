// The props a new Team section starts with: what the library shows and an added section gets.
import type { TeamProps } from './team.schema';

export const teamDefaults: TeamProps = {
  eyebrow: 'Our team',
  heading: 'The people you will meet',
  intro: 'A small, experienced team that knows every client by name and takes pride in getting the details right.',
  imageShape: 'round',
  members: [
    {
      name: 'Maria Santos',
      role: 'Founder',
      bio: 'Started the business in 2012 after fifteen years in the trade. Still the first one in every morning.',
      image: { src: 'art:blobs:11', alt: '' },
    },
    {
      name: 'David Chen',
      role: 'Operations lead',
      bio: 'Keeps schedules, suppliers and orders running smoothly so nothing ever waits on us.',
      image: { src: 'art:circles:12', alt: '' },
    },
    {
      name: 'Amara Okafor',
      role: 'Client care',
      bio: 'Your first point of contact. Answers questions, books visits and follows up after every job.',
      image: { src: 'art:arches:13', alt: '' },
    },
  ],
};
