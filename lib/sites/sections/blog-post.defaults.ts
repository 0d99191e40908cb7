// The props a new Blog post section starts with: what the library shows and an added section gets.
import type { BlogPostProps } from './blog-post.schema';

export const blogPostDefaults: BlogPostProps = {
  title: 'Five questions to ask before you book',
  lead: 'A short checklist that helps you pick the right service, avoid surprises and get the most out of your first visit.',
  date: '2026-03-12',
  author: 'Maria Santos',
  readingMinutes: 4,
  cover: { src: 'art:waves:21', alt: '' },
  body: [
    {
      kind: 'paragraph',
      text: 'Every week we meet people who are booking a service like ours for the first time. Most of them have the same handful of questions, and the answers make a real difference to how the visit goes. Here is what we tell them.',
    },
    { kind: 'heading', level: 2, text: 'Before you book' },
    {
      kind: 'paragraph',
      text: 'A few minutes of preparation saves a lot of back and forth later. Keep these questions in mind when you compare options, whether you choose us or someone else.',
    },
    {
      kind: 'list',
      ordered: true,
      items: [
        'What exactly is included in the price, and what would cost extra?',
        'How long does a typical visit take from start to finish?',
        'Who will do the work, and how much experience do they have?',
        'What happens if I need to change the date?',
        'Is there anything I should bring or prepare beforehand?',
      ],
    },
    {
      kind: 'quote',
      text: 'The best visits start with a five-minute conversation. Once we know what you want, everything else is easy.',
      cite: 'Maria Santos, founder',
    },
    { kind: 'heading', level: 2, text: 'On the day' },
    {
      kind: 'paragraph',
      text: 'Arrive five minutes early so there is time for a quick chat before we begin. Tell us about anything that worked well, or did not, the last time. We would much rather adjust as we go than have you leave unhappy.',
    },
    { kind: 'image', src: 'art:hills:24', alt: '', caption: 'Our studio on a quiet Tuesday morning.' },
    { kind: 'heading', level: 3, text: 'Afterwards' },
    {
      kind: 'paragraph',
      text: 'We follow up a few days later to make sure everything is as it should be. If something is not right, tell us and we will put it right, free of charge.',
    },
  ],
};
