// Blog post section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { BlogPostProps } from './blog-post.schema';

export const blogPostSection = defineSection<BlogPostProps>({
  type: 'blogPost',
  label: { en: 'Blog post', 'pt-BR': 'Post do blog', es: 'Entrada del blog' },
  category: 'blog',
  fields: {
    title: { kind: 'text', label: 'title', max: 160 },
    lead: { kind: 'textarea', label: 'lead', max: 400 },
    date: { kind: 'text', label: 'date', max: 10 },
    author: { kind: 'text', label: 'author', max: 80 },
    readingMinutes: { kind: 'number', label: 'readingMinutes', min: 0, max: 240 },
    cover: { kind: 'image', label: 'cover' },
    body: { kind: 'blocks', label: 'body' },
  },
});
