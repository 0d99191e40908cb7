// Team section in the editor and the generators: its name, place in the library and fields.
import { defineSection } from './define';
import type { TeamProps } from './team.schema';

export const teamSection = defineSection<TeamProps>({
  type: 'team',
  label: { en: 'Team', 'pt-BR': 'Equipe', es: 'Equipo' },
  category: 'content',
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
