// Call to action: a coloured band with one clear next step ("Book a visit") and an optional
// second one. Each style keeps text on a checked contrast pair: on-primary on primary,
// on-accent on accent, or text and muted on surface; buttons invert within the same pair.
import type { SectionComponentProps, SectionRender } from '@/lib/render/context';
import type { CtaProps as Props } from '@/lib/sites/sections/cta.schema';

function Cta({ id, props, ctx }: SectionComponentProps<Props>) {
  const primary = props.action.label ? ctx.href(props.action.href) : null;
  const secondary = props.secondaryAction.label ? ctx.href(props.secondaryAction.href) : null;
  return (
    <section id={id} className={`pm-section s-cta s-cta--${props.style}`} aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="s-cta__band">
          <div className="s-cta__copy">
            <h2 id={`${id}-title`}>{props.heading}</h2>
            {props.text && <p className="s-cta__text">{props.text}</p>}
          </div>
          {(primary || secondary) && (
            <div className="pm-actions s-cta__actions">
              {primary && (
                <a className="pm-btn s-cta__btn" href={primary}>
                  {props.action.label}
                </a>
              )}
              {secondary && (
                <a className="pm-btn pm-btn--ghost s-cta__ghost" href={secondary}>
                  {props.secondaryAction.label}
                </a>
              )}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

export const ctaRender: SectionRender<Props> = {
  component: Cta,
  // --cta-fg/--cta-bg are always one checked pair; the buttons swap them.
  css: `
.s-cta{padding-block:calc(3rem * var(--pm-space))}
.s-cta--primary{--cta-bg:var(--pm-primary);--cta-fg:var(--pm-on-primary)}
.s-cta--accent{--cta-bg:var(--pm-accent);--cta-fg:var(--pm-on-accent)}
.s-cta__band{position:relative;overflow:hidden;isolation:isolate;display:grid;gap:1.75rem;align-items:center;padding:calc(2.5rem * var(--pm-space)) clamp(1.25rem,5vw,4rem);border-radius:min(calc(var(--pm-radius) * 1.6),2rem);background:var(--cta-bg);color:var(--cta-fg)}
.s-cta__band::before,.s-cta__band::after{content:"";position:absolute;z-index:-1;border-radius:50%;border:2px solid currentColor;opacity:.14;pointer-events:none}
.s-cta__band::before{width:22rem;height:22rem;right:-7rem;top:-9rem}
.s-cta__band::after{width:14rem;height:14rem;right:5rem;bottom:-10rem}
.s-cta__band h2{margin-bottom:.35em}
.s-cta__text{margin:0;font-size:1.125rem;max-width:38rem}
.s-cta__copy>:last-child{margin-bottom:0}
.s-cta__band .pm-btn{background:var(--cta-fg);color:var(--cta-bg);border-color:var(--cta-fg)}
.s-cta__band .pm-btn--ghost{background:transparent;color:var(--cta-fg)}
.s-cta__band a:focus-visible{outline-color:var(--cta-fg)}
.s-cta--surface .s-cta__band{background:var(--pm-surface);color:var(--pm-text);border:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent)}
.s-cta--surface .s-cta__band::before,.s-cta--surface .s-cta__band::after{color:var(--pm-primary)}
.s-cta--surface .s-cta__text{color:var(--pm-muted)}
.s-cta--surface .s-cta__band .pm-btn{background:var(--pm-primary);color:var(--pm-on-primary);border-color:var(--pm-primary)}
.s-cta--surface .s-cta__band .pm-btn--ghost{background:transparent;color:var(--pm-primary)}
.s-cta--surface .s-cta__band a:focus-visible{outline-color:var(--pm-primary)}
@media (max-width:519px){.s-cta__actions .pm-btn{flex:1 1 100%}}
@media (min-width:900px){.s-cta__band{grid-template-columns:minmax(0,1fr) auto;gap:3rem}.s-cta__actions{justify-content:flex-end}}
`,
};
