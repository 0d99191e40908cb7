// Features: a short list of reasons to choose the business, as icon cards in a responsive grid.
import type { SectionComponentProps, SectionRender } from '@/lib/render/context';
import type { FeaturesProps as Props } from '@/lib/sites/sections/features.schema';

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

export const featuresRender: SectionRender<Props> = {
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
};
