// Services: what the business offers, each with a short description and an optional price
// ("From $45") and icon, plus an optional call to action below.
import { type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import type { ServicesProps as Props } from '@/lib/sites/sections/services.schema';

function Services({ id, props, ctx }: SectionComponentProps<Props>) {
  const action = plainText(props.action.label).trim() ? ctx.href(props.action.href) : null;
  return (
    <section id={id} className="pm-section pm-section--alt s-services" aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="pm-head">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {props.intro && <p className="pm-lead">{props.intro}</p>}
        </div>
        <ul className={`s-services__list s-services__list--${props.items.length === 1 ? 1 : props.items.length % 3 === 0 ? 3 : 2}`}>
          {props.items.map((item, i) => (
            <li key={i} className="pm-card s-services__item">
              {item.icon && <span className="pm-icon">{ctx.icon(item.icon)}</span>}
              <h3>{item.title}</h3>
              {item.description && <p className="pm-muted">{item.description}</p>}
              {item.price && <p className="s-services__price">{ctx.price(item.price)}</p>}
            </li>
          ))}
        </ul>
        {action && (
          <div className="pm-actions s-services__actions">
            <a className="pm-btn" href={action}>
              {props.action.label}
            </a>
          </div>
        )}
      </div>
    </section>
  );
}

export const servicesRender: SectionRender<Props> = {
  component: Services,
  css: `
.s-services .pm-lead{margin:0}
.s-services__list{display:grid;gap:calc(1.25rem * var(--pm-space));margin:0;padding:0;list-style:none}
.s-services__item{display:flex;flex-direction:column;padding:calc(1.75rem * var(--pm-space)) 1.5rem;border:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);box-shadow:0 1px 2px color-mix(in srgb,var(--pm-text) 6%,transparent)}
.s-services__item .pm-icon{margin-bottom:calc(1.25rem * var(--pm-space))}
.s-services__item h3{font-size:1.175rem;margin-bottom:.4rem}
.s-services__item .pm-muted{margin:0 0 1.25rem;font-size:1rem}
.s-services__price{margin:auto 0 0;padding-top:1rem;border-top:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);color:var(--pm-primary);font-weight:700}
.s-services__actions{justify-content:center;margin-top:calc(2.5rem * var(--pm-space))}
.s-services__list--1{max-width:36rem;margin-inline:auto}
@media (min-width:640px){.s-services__list--2,.s-services__list--3{grid-template-columns:repeat(2,1fr)}}
@media (min-width:960px){.s-services__list--3{grid-template-columns:repeat(3,1fr)}}
`,
};
