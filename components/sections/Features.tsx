// Features: a short list of reasons to choose the business, as icon cards in a responsive grid.
import { z } from 'zod';
import type { SectionComponentProps } from '@/lib/render/context';
import { defineSection } from '@/lib/sites/sections';
import { iconSchema, requiredText, text } from '@/lib/sites/primitives';

const schema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  items: z
    .array(z.object({ icon: iconSchema, title: requiredText(80), text: text(300) }))
    .min(2)
    .max(12),
});
type Props = z.infer<typeof schema>;

// Four across only when the items fill whole rows of four; otherwise three (or two for two).
function columns(count: number): number {
  if (count === 2) return 2;
  if (count % 4 === 0 && count % 3 !== 0) return 4;
  return 3;
}

function Features({ id, props, ctx }: SectionComponentProps<Props>) {
  return (
    <section id={id} className="pm-section s-features" aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="pm-head">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {props.intro && <p className="pm-lead">{props.intro}</p>}
        </div>
        <ul className={`s-features__grid s-features__grid--${columns(props.items.length)}`}>
          {props.items.map((item, i) => (
            <li key={i} className="pm-card s-features__card">
              <span className="pm-icon">{ctx.icon(item.icon)}</span>
              <h3>{item.title}</h3>
              {item.text && <p className="pm-muted">{item.text}</p>}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export const featuresSection = defineSection({
  type: 'features',
  label: { en: 'Features', 'pt-BR': 'Diferenciais' },
  category: 'content',
  schema,
  defaults: {
    eyebrow: 'Why choose us',
    heading: 'Small details that make a big difference',
    intro: 'We keep things simple, personal and reliable, so every visit feels easy from the first hello to the final result.',
    items: [
      { icon: 'award', title: 'Experienced team', text: 'Over fifteen years of hands-on experience, and we still love what we do every single day.' },
      { icon: 'clock', title: 'On time, every time', text: 'Clear schedules and honest estimates. If we say Tuesday at ten, we mean Tuesday at ten.' },
      { icon: 'heart', title: 'Personal attention', text: 'You talk to the people doing the work, not a call centre. We remember your name and your preferences.' },
      { icon: 'leaf', title: 'Quality materials', text: 'We source carefully from local suppliers and only use products we would happily use at home.' },
      { icon: 'shield', title: 'Satisfaction guaranteed', text: 'Not happy with the result? Tell us within 30 days and we will make it right at no extra cost.' },
      { icon: 'map-pin', title: 'Right in the neighbourhood', text: 'Easy to reach, with free parking nearby and a friendly welcome whenever you drop by.' },
    ],
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    items: {
      kind: 'list',
      label: 'items',
      item: {
        icon: { kind: 'icon', label: 'icon' },
        title: { kind: 'text', label: 'title', max: 80 },
        text: { kind: 'textarea', label: 'text', max: 300 },
      },
      itemLabel: 'title',
      max: 12,
    },
  },
  component: Features,
  css: `
.s-features .pm-lead{margin:0}
.s-features__grid{display:grid;gap:calc(1.25rem * var(--pm-space));margin:0;padding:0;list-style:none}
.s-features__card{display:flex;flex-direction:column;padding:calc(1.75rem * var(--pm-space)) 1.5rem;border:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);transition:transform .2s,border-color .2s}
.s-features__card:hover{transform:translateY(-3px);border-color:color-mix(in srgb,var(--pm-primary) 45%,transparent)}
.s-features__card .pm-icon{margin-bottom:calc(1.25rem * var(--pm-space))}
.s-features__card h3{font-size:1.175rem;margin-bottom:.4rem}
.s-features__card p{margin:0;font-size:1rem}
@media (min-width:600px){.s-features__grid{grid-template-columns:repeat(2,1fr)}}
@media (min-width:960px){.s-features__grid--3{grid-template-columns:repeat(3,1fr)}.s-features__grid--4{grid-template-columns:repeat(4,1fr)}.s-features__grid--2{max-width:56rem;margin-inline:auto}}
`,
});
