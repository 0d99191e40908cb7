// Blog posts section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { BlogListProps } from './blog-list.schema';

export const blogListSection = defineSection<BlogListProps>({
  type: 'blogList',
  label: { en: 'Blog posts', 'pt-BR': 'Lista de posts', es: 'Lista de entradas' },
  category: 'blog',
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    posts: {
      kind: 'list',
      label: 'posts',
      itemLabel: 'title',
      max: 24,
      item: {
        title: { kind: 'text', label: 'title', max: 140 },
        excerpt: { kind: 'textarea', label: 'excerpt', max: 400 },
        date: { kind: 'text', label: 'date', max: 10 },
        href: { kind: 'text', label: 'href', max: 2000 },
        image: { kind: 'image', label: 'image' },
        readingMinutes: { kind: 'number', label: 'readingMinutes', min: 0, max: 240 },
      },
    },
  },
});
