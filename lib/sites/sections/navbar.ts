// Navigation bar section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { NavbarProps } from './navbar.schema';

export const navbarSection = defineSection<NavbarProps>({
  type: 'navbar',
  label: { en: 'Navigation bar', 'pt-BR': 'Barra de navegação', es: 'Barra de navegación' },
  category: 'navigation',
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
