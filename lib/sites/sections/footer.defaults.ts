// The props a new Footer section starts with: what the library shows and an added section gets.
import type { FooterProps } from './footer.schema';

export const footerDefaults: FooterProps = {
  tagline: '',
  columns: [
    {
      title: 'Explore',
      links: [
        { label: 'Home', href: '/' },
        { label: 'About us', href: '/about' },
        { label: 'Services', href: '/services' },
        { label: 'Blog', href: '/blog' },
      ],
    },
    {
      title: 'Help',
      links: [
        { label: 'Contact', href: '/contact' },
        { label: 'Questions', href: '/faq' },
        { label: 'Privacy', href: '/privacy' },
      ],
    },
  ],
  address: '',
  phone: '',
  email: '',
  social: [
    { network: 'instagram', href: 'https://www.instagram.com/' },
    { network: 'facebook', href: 'https://www.facebook.com/' },
  ],
  year: 2026,
};
