// The props a new FAQ section starts with: what the library shows and an added section gets.
import type { FaqProps } from './faq.schema';

export const faqDefaults: FaqProps = {
  eyebrow: 'FAQ',
  heading: 'Questions we hear often',
  intro: 'Cannot find what you are looking for? Call or write to us and we will answer the same day.',
  items: [
    {
      question: 'Do I need to book in advance?',
      answer:
        'Booking ahead guarantees your time, but we keep a few slots open every day for walk-ins. Weekends fill up fastest, so we recommend booking two or three days ahead.',
    },
    {
      question: 'Which payment methods do you accept?',
      answer: 'We accept all major credit and debit cards, contactless payments and cash. For larger orders we can also send an invoice.',
    },
    {
      question: 'Can I change or cancel my booking?',
      answer: 'Yes. Let us know at least 24 hours before your appointment and we will move or cancel it free of charge.',
    },
    { question: 'Do you offer gift cards?', answer: 'We do. Gift cards are available in any amount, in store or by email, and are valid for a full year.' },
    { question: 'Is there parking nearby?', answer: 'There is free street parking right outside and a public car park two minutes away on foot.' },
  ],
};
