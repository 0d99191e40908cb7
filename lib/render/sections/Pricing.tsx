// Pricing: plans or packages side by side, each with a price, what it includes and a button;
// one can be highlighted as the most popular.
import { type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import type { PricingProps as Props } from '@/lib/sites/sections/pricing.schema';

function Pricing({ id, props, ctx }: SectionComponentProps<Props>) {
  return (
    <section id={id} className="pm-section s-pricing" aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="pm-head">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {props.intro && <p className="pm-lead">{props.intro}</p>}
        </div>
        <ul className={`s-pricing__grid s-pricing__grid--${props.tiers.length}`}>
          {props.tiers.map((tier, i) => {
            const href = plainText(tier.action.label).trim() ? ctx.href(tier.action.href) : null;
            // Whole amounts read better on a price card without ".00".
            const price = tier.price.trim() ? ctx.price(tier.price).replace(/[.,]00(?=\D*$)/, '') : '';
            const features = tier.features.filter((f) => plainText(f).trim() !== '');
            return (
              <li key={i} className={`s-pricing__tier${tier.highlighted ? ' s-pricing__tier--highlighted' : ''}`}>
                {tier.highlighted && <p className="s-pricing__badge">{ctx.strings.mostPopular}</p>}
                <h3>{tier.name}</h3>
                {tier.description && <p className="pm-muted s-pricing__desc">{tier.description}</p>}
                {price && (
                  <p className="s-pricing__price">
                    <span className="s-pricing__amount">{price}</span>
                    {tier.period && <span className="pm-muted s-pricing__period">{tier.period}</span>}
                  </p>
                )}
                {features.length > 0 && (
                  <ul className="s-pricing__features">
                    {features.map((feature, f) => (
                      <li key={f}>
                        <span className="s-pricing__check">{ctx.icon('check', { size: 14 })}</span>
                        {feature}
                      </li>
                    ))}
                  </ul>
                )}
                {href && (
                  <div className="s-pricing__foot">
                    <a className={tier.highlighted ? 'pm-btn s-pricing__action' : 'pm-btn pm-btn--ghost s-pricing__action'} href={href}>
                      {tier.action.label}
                    </a>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        {props.note && <p className="pm-muted s-pricing__note">{props.note}</p>}
      </div>
    </section>
  );
}

export const pricingRender: SectionRender<Props> = {
  component: Pricing,
  css: `
.s-pricing .pm-lead{margin:0}
.s-pricing__grid{display:grid;gap:calc(1.5rem * var(--pm-space));margin:0 auto;padding:.9rem 0 0;list-style:none;align-items:stretch}
.s-pricing__tier{position:relative;display:flex;flex-direction:column;padding:calc(2rem * var(--pm-space)) 1.75rem;border-radius:var(--pm-radius);background:var(--pm-surface);border:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent)}
.s-pricing__tier--highlighted{border:2px solid var(--pm-primary);box-shadow:0 24px 48px -28px color-mix(in srgb,var(--pm-primary) 70%,transparent)}
.s-pricing__badge{position:absolute;top:0;left:50%;transform:translate(-50%,-50%);margin:0;padding:.3rem .9rem;border-radius:999px;background:var(--pm-primary);color:var(--pm-on-primary);font-size:.75rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;white-space:nowrap}
.s-pricing__tier h3{font-size:1.25rem;margin-bottom:.35rem}
.s-pricing__desc{margin:0;font-size:.975rem}
.s-pricing__price{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem;margin:calc(1.25rem * var(--pm-space)) 0 0}
.s-pricing__amount{font-family:var(--pm-font-heading);font-size:clamp(2.25rem,5vw,2.75rem);font-weight:700;line-height:1.1;letter-spacing:-.02em}
.s-pricing__period{font-size:.975rem}
.s-pricing__features{display:grid;gap:.65rem;margin:calc(1.5rem * var(--pm-space)) 0 0;padding:calc(1.5rem * var(--pm-space)) 0 0;list-style:none;border-top:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);font-size:.975rem}
.s-pricing__features li{display:flex;align-items:flex-start;gap:.65rem;line-height:1.45}
.s-pricing__check{display:inline-flex;flex:none;align-items:center;justify-content:center;width:1.35rem;height:1.35rem;margin-top:.05rem;border-radius:50%;background:var(--pm-accent);color:var(--pm-on-accent)}
.s-pricing__foot{margin-top:auto;padding-top:calc(1.75rem * var(--pm-space))}
.s-pricing__action{width:100%;text-align:center}
.s-pricing__note{margin:calc(2rem * var(--pm-space)) auto 0;max-width:40rem;text-align:center;font-size:.95rem}
.s-pricing__grid--1{max-width:26rem}
@media (min-width:700px){.s-pricing__grid--2,.s-pricing__grid--4{grid-template-columns:repeat(2,1fr)}.s-pricing__grid--2{max-width:48rem}}
@media (min-width:960px){.s-pricing__grid--3{grid-template-columns:repeat(3,1fr)}.s-pricing__grid--4{grid-template-columns:repeat(4,1fr)}.s-pricing__grid--4 .s-pricing__tier{padding-inline:1.25rem}.s-pricing__grid--4 .s-pricing__action{padding-inline:.75rem}}
`,
};
