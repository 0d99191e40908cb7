// Stats: a few bold numbers that prove the business's track record ("25k+ customers served").
import { z } from 'zod';
import type { SectionComponentProps } from '@/lib/render/context';
import { defineSection } from '@/lib/sites/sections';
import { requiredText, text } from '@/lib/sites/primitives';

const schema = z.object({
  heading: text(120),
  intro: text(300),
  items: z
    .array(z.object({ value: requiredText(16), label: text(80) }))
    .min(2)
    .max(6),
});
type Props = z.infer<typeof schema>;

function Stats({ id, props }: SectionComponentProps<Props>) {
  const titleId = `${id}-title`;
  return (
    <section id={id} className="pm-section pm-section--alt s-stats" aria-labelledby={props.heading ? titleId : undefined}>
      <div className="pm-wrap">
        {(props.heading || props.intro) && (
          <div className="pm-head">
            {props.heading && <h2 id={titleId}>{props.heading}</h2>}
            {props.intro && <p className="pm-lead">{props.intro}</p>}
          </div>
        )}
        <ul className={`s-stats__list s-stats__list--${props.items.length}`}>
          {props.items.map((item, i) => (
            <li key={i} className="s-stats__item">
              <strong className="s-stats__value">{item.value}</strong>
              {item.label && <span className="s-stats__label">{item.label}</span>}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export const statsSection = defineSection({
  type: 'stats',
  label: { en: 'Numbers', 'pt-BR': 'Números' },
  category: 'social-proof',
  schema,
  defaults: {
    heading: 'A track record you can count on',
    intro: '',
    items: [
      { value: '12+', label: 'Years in business' },
      { value: '4,800', label: 'Happy customers' },
      { value: '4.9★', label: 'Average review rating' },
      { value: '98%', label: 'Would recommend us to a friend' },
    ],
  },
  fields: {
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 300 },
    items: {
      kind: 'list',
      label: 'items',
      itemLabel: 'value',
      max: 6,
      item: {
        value: { kind: 'text', label: 'value', max: 16 },
        label: { kind: 'text', label: 'label', max: 80 },
      },
    },
  },
  component: Stats,
  css: `
.s-stats__list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:calc(2rem * var(--pm-space)) 1.5rem}
.s-stats__item{display:flex;flex-direction:column;gap:.35rem;padding-top:1.1rem;border-top:3px solid var(--pm-primary)}
.s-stats__value{font-family:var(--pm-font-heading);font-size:clamp(2.25rem,6vw,3.5rem);font-weight:800;line-height:1;letter-spacing:-.03em;color:var(--pm-primary);overflow-wrap:anywhere}
.s-stats__label{color:var(--pm-muted);font-size:.975rem;line-height:1.4}
@media (min-width:760px){.s-stats__list--3,.s-stats__list--6{grid-template-columns:repeat(3,minmax(0,1fr))}.s-stats__list--4{grid-template-columns:repeat(4,minmax(0,1fr))}.s-stats__list--5{grid-template-columns:repeat(5,minmax(0,1fr))}}
`,
});
