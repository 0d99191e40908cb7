// The props a new Blog posts section starts with: what the library shows and an added section gets.
import type { BlogListProps } from './blog-list.schema';

export const blogListDefaults: BlogListProps = {
  eyebrow: 'Journal',
  heading: 'Notes and news',
  intro: 'Tips from our team, behind-the-scenes stories and what is new this season.',
  posts: [
    {
      title: 'Five questions to ask before you book',
      excerpt: 'A short checklist that helps you pick the right service, avoid surprises and get the most out of your first visit.',
      date: '2026-03-12',
      href: '/blog/five-questions-to-ask',
      image: { src: 'art:waves:21', alt: '' },
      readingMinutes: 4,
    },
    {
      title: 'Behind the scenes: a day in our workshop',
      excerpt: 'From the first coffee to the last order out of the door, here is what a normal Tuesday looks like for our team.',
      date: '2026-02-20',
      href: '/blog/a-day-in-our-workshop',
      image: { src: 'art:terrazzo:22', alt: '' },
      readingMinutes: 6,
    },
    {
      title: 'What is new this spring',
      excerpt: 'Longer opening hours on Saturdays, two new team members and a loyalty card that finally fits in your phone.',
      date: '2026-01-28',
      href: '/blog/new-this-spring',
      image: { src: 'art:leaves:23', alt: '' },
      readingMinutes: 3,
    },
  ],
};
