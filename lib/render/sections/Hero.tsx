// Hero: the first thing a visitor sees. Three layouts: centred text, text beside an image, and
// text over a full-bleed image.
import type { SectionComponentProps, SectionRender } from '@/lib/render/context';
import { SiteImage } from '@/lib/render/site-image';
import type { HeroProps as Props } from '@/lib/sites/sections/hero.schema';

function Actions({ props, ctx }: SectionComponentProps<Props>) {
  const primary = props.primaryAction.label ? ctx.href(props.primaryAction.href) : null;
  const secondary = props.secondaryAction.label ? ctx.href(props.secondaryAction.href) : null;
  if (!primary && !secondary) return null;
  return (
    <div className="pm-actions s-hero__actions">
      {primary && (
        <a className="pm-btn" href={primary}>
          {props.primaryAction.label}
        </a>
      )}
      {secondary && (
        <a className="pm-btn pm-btn--ghost" href={secondary}>
          {props.secondaryAction.label}
        </a>
      )}
    </div>
  );
}

function Hero(input: SectionComponentProps<Props>) {
  const { id, props, ctx } = input;
  const isCover = props.layout === 'cover';
  const image = props.layout === 'centered' ? null : ctx.image(props.image.src, isCover ? { width: 1600, height: 900 } : { width: 960, height: 800 });
  return (
    <section id={id} className={`s-hero s-hero--${props.layout}`} aria-labelledby={`${id}-title`}>
      {isCover && image && (
        <div className="s-hero__bg">
          <SiteImage image={image} sizes="100vw" alt={props.image.alt} fetchPriority="high" />
        </div>
      )}
      <div className="pm-wrap s-hero__inner">
        <div className="s-hero__copy">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h1 id={`${id}-title`}>{props.headline}</h1>
          {props.subheadline && <p className="pm-lead">{props.subheadline}</p>}
          <Actions {...input} />
        </div>
        {props.layout === 'split' && image && (
          <div className="pm-media s-hero__media">
            <SiteImage image={image} sizes="(min-width: 900px) 50vw, 100vw" alt={props.image.alt} fetchPriority="high" />
          </div>
        )}
      </div>
    </section>
  );
}

export const heroRender: SectionRender<Props> = {
  component: Hero,
  css: `
.s-hero{position:relative;padding-block:calc(5rem * var(--pm-space))}
.s-hero__inner{display:grid;gap:2.5rem;align-items:center}
.s-hero--centered .s-hero__copy{max-width:48rem;margin-inline:auto;text-align:center}
.s-hero--centered .s-hero__actions{justify-content:center}
.s-hero__actions{margin-top:1.75rem}
.s-hero__media{aspect-ratio:6/5}
@media (min-width:900px){.s-hero--split .s-hero__inner{grid-template-columns:1.05fr 1fr}}
.s-hero--cover{min-height:min(88vh,760px);display:flex;align-items:center;color:#fff;background:#111}
.s-hero--cover .s-hero__bg{position:absolute;inset:0}
.s-hero--cover .s-hero__bg img{width:100%;height:100%;object-fit:cover}
.s-hero--cover .s-hero__bg::after{content:"";position:absolute;inset:0;background:linear-gradient(90deg,rgba(0,0,0,.78),rgba(0,0,0,.45))}
.s-hero--cover .s-hero__inner{position:relative}
.s-hero--cover .s-hero__copy{max-width:42rem}
.s-hero--cover .pm-lead,.s-hero--cover .pm-eyebrow{color:#fff}
.s-hero--cover .pm-btn--ghost{color:#fff;border-color:#fff}
`,
};
