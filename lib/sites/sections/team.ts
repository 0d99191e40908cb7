// Team section in the editor and the generators: name, place in the library, defaults, fields.
import { defineSection } from './define';
import type { TeamProps } from './team.schema';

export const teamSection = defineSection<TeamProps>({
  type: 'team',
  label: { en: 'Team', 'pt-BR': 'Equipe' },
  category: 'content',
  defaults: {
    eyebrow: 'Our team',
    heading: 'The people you will meet',
    intro: 'A small, experienced team that knows every client by name and takes pride in getting the details right.',
    imageShape: 'round',
    members: [
      { name: 'Maria Santos', role: 'Founder', bio: 'Started the business in 2012 after fifteen years in the trade. Still the first one in every morning.', image: { src: 'art:blobs:11', alt: '' } },
      { name: 'David Chen', role: 'Operations lead', bio: 'Keeps schedules, suppliers and orders running smoothly so nothing ever waits on us.', image: { src: 'art:circles:12', alt: '' } },
      { name: 'Amara Okafor', role: 'Client care', bio: 'Your first point of contact. Answers questions, books visits and follows up after every job.', image: { src: 'art:arches:13', alt: '' } },
    ],
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    imageShape: {
      kind: 'select',
      label: 'imageShape',
      options: [
        { value: 'round', label: 'round' },
        { value: 'square', label: 'square' },
      ],
    },
    members: {
      kind: 'list',
      label: 'members',
      itemLabel: 'name',
      max: 12,
      item: {
        name: { kind: 'text', label: 'name', max: 80 },
        role: { kind: 'text', label: 'role', max: 80 },
        bio: { kind: 'textarea', label: 'bio', max: 400 },
        image: { kind: 'image', label: 'image' },
      },
    },
  },
});
