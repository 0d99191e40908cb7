// The props a new Navigation bar section starts with: what the library shows and an added section gets.
import type { NavbarProps } from './navbar.schema';

export const navbarDefaults: NavbarProps = {
  logoText: '',
  links: [
    { label: 'Home', href: '/' },
    { label: 'Services', href: '#services' },
    { label: 'About', href: '/about' },
    { label: 'Reviews', href: '#testimonials' },
    { label: 'Contact', href: '#contact' },
  ],
  action: { label: 'Book a visit', href: '#contact' },
};
