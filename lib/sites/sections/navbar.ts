// Navigation bar section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { NavbarProps } from './navbar.schema';

export const navbarSection = defineSection<NavbarProps>({
  type: 'navbar',
  label: { en: 'Navigation bar', 'pt-BR': 'Barra de navegação' },
  category: 'navigation',
  defaults: {
    logoText: '',
    links: [
      { label: 'Home', href: '/' },
      { label: 'Services', href: '#services' },
      { label: 'About', href: '/about' },
      { label: 'Reviews', href: '#testimonials' },
      { label: 'Contact', href: '#contact' },
    ],
    action: { label: 'Book a visit', href: '#contact' },
  },
  fields: {
    logoText: { kind: 'text', label: 'logoText', max: 100 },
    links: {
      kind: 'list',
      label: 'links',
      item: { label: { kind: 'text', label: 'label', max: 60 }, href: { kind: 'text', label: 'href', max: 2000 } },
      itemLabel: 'label',
      max: 8,
    },
    action: { kind: 'link', label: 'action' },
  },
});
