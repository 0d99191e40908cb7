// Menu: a restaurant, bakery or café menu in categories, with prices in the site's currency and
// dietary badges (vegetarian, vegan, gluten-free, spicy, dairy-free) in the site's language.
import type { SectionComponentProps, SectionRender } from '@/lib/render/context';
import type { MenuProps as Props } from '@/lib/sites/sections/menu.schema';

function Menu({ id, props, ctx }: SectionComponentProps<Props>) {
  return (
    <section id={id} className="pm-section s-menu" aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="pm-head">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {props.intro && <p className="pm-lead">{props.intro}</p>}
        </div>
        <div className={`s-menu__cats${props.categories.length > 1 ? ' s-menu__cats--multi' : ''}`}>
          {props.categories.map((category, c) => (
            <div key={c} className="s-menu__cat">
              <h3>{category.name}</h3>
              <ul className="s-menu__items">
                {category.items.map((item, i) => {
                  const price = item.price.trim() ? ctx.price(item.price) : '';
                  return (
                    <li key={i} className="s-menu__item">
                      <div className="s-menu__line">
                        <h4>{item.name}</h4>
                        <span className="s-menu__dots" aria-hidden="true" />
                        {price && <span className="s-menu__price">{price}</span>}
                      </div>
                      {item.description && <p className="pm-muted">{item.description}</p>}
                      {item.tags.length > 0 && (
                        <ul className="s-menu__tags">
                          {[...new Set(item.tags)].map((tag) => (
                            <li key={tag} className={`s-menu__tag s-menu__tag--${tag}`}>
                              {ctx.strings[tag]}
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
        {props.note && <p className="pm-muted s-menu__note">{props.note}</p>}
      </div>
    </section>
  );
}

export const menuRender: SectionRender<Props> = {
  component: Menu,
  css: `
.s-menu .pm-lead{margin:0}
.s-menu__cats{display:grid;gap:calc(1.5rem * var(--pm-space));max-width:46rem;margin-inline:auto}
.s-menu__cat{padding:calc(1.75rem * var(--pm-space)) clamp(1.25rem,4vw,2.25rem);border-radius:var(--pm-radius);background:var(--pm-surface);border:1px solid color-mix(in srgb,var(--pm-text) 8%,transparent)}
.s-menu__cat h3{display:flex;align-items:center;gap:1rem;font-size:1.5rem;margin-bottom:calc(1.25rem * var(--pm-space))}
.s-menu__cat h3::after{content:"";flex:1;height:2px;border-radius:2px;background:var(--pm-accent)}
.s-menu__items{margin:0;padding:0;list-style:none}
.s-menu__item{padding-block:calc(.9rem * var(--pm-space))}
.s-menu__item+.s-menu__item{border-top:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent)}
.s-menu__line{display:flex;align-items:baseline;gap:.6rem}
.s-menu__line h4{margin:0;font-family:var(--pm-font-body);font-size:1.0625rem;font-weight:700;letter-spacing:0;min-width:0}
.s-menu__dots{flex:1;min-width:1.5rem;border-bottom:2px dotted color-mix(in srgb,var(--pm-text) 25%,transparent);transform:translateY(-.3em)}
.s-menu__price{font-weight:700;color:var(--pm-primary);white-space:nowrap;font-variant-numeric:tabular-nums}
.s-menu__item .pm-muted{margin:.3rem 0 0;font-size:.95rem;line-height:1.5}
.s-menu__tags{display:flex;flex-wrap:wrap;gap:.4rem;margin:.6rem 0 0;padding:0;list-style:none}
.s-menu__tag{display:inline-flex;align-items:center;gap:.35rem;padding:.15rem .6rem;border-radius:999px;background:var(--pm-bg);color:var(--pm-text);font-size:.75rem;font-weight:600;line-height:1.5}
.s-menu__tag::before{content:"";width:.45rem;height:.45rem;border-radius:50%;background:var(--pm-accent)}
.s-menu__tag--spicy::before{background:var(--pm-primary)}
.s-menu__note{margin:calc(2rem * var(--pm-space)) auto 0;max-width:40rem;text-align:center;font-size:.95rem}
@media (min-width:960px){.s-menu__cats--multi{grid-template-columns:repeat(2,1fr);max-width:none;align-items:start}}
`,
};
