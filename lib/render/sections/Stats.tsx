// Stats: a few bold numbers that prove the business's track record ("25k+ customers served").
import type { SectionComponentProps, SectionRender } from '@/lib/render/context';
import type { StatsProps as Props } from '@/lib/sites/sections/stats.schema';

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

export const statsRender: SectionRender<Props> = {
  component: Stats,
  css: `
.s-stats__list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:calc(2rem * var(--pm-space)) 1.5rem}
.s-stats__item{display:flex;flex-direction:column;gap:.35rem;padding-top:1.1rem;border-top:3px solid var(--pm-primary)}
.s-stats__value{font-family:var(--pm-font-heading);font-size:clamp(2.25rem,6vw,3.5rem);font-weight:800;line-height:1;letter-spacing:-.03em;color:var(--pm-primary);overflow-wrap:anywhere}
.s-stats__label{color:var(--pm-muted);font-size:.975rem;line-height:1.4}
@media (min-width:760px){.s-stats__list--3,.s-stats__list--6{grid-template-columns:repeat(3,minmax(0,1fr))}.s-stats__list--4{grid-template-columns:repeat(4,minmax(0,1fr))}.s-stats__list--5{grid-template-columns:repeat(5,minmax(0,1fr))}}
`,
};
