// About: the business's story in a few paragraphs beside a picture, with optional short
// highlights ("Since 1998", "Family owned").
import { type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import { SiteImage } from '@/lib/render/site-image';
import type { AboutProps as Props } from '@/lib/sites/sections/about.schema';

function About({ id, props, ctx }: SectionComponentProps<Props>) {
  const image = ctx.image(props.image.src, { width: 800, height: 960 });
  const paragraphs = props.body.filter((p) => plainText(p).trim() !== '');
  const highlights = props.highlights.filter((h) => plainText(h).trim() !== '');
  return (
    <section id={id} className={`pm-section s-about s-about--${image ? props.imagePosition : 'text'}`} aria-labelledby={`${id}-title`}>
      <div className="pm-wrap s-about__inner">
        {image && (
          <div className="s-about__figure">
            <div className="pm-media s-about__media">
              <SiteImage image={image} sizes="(min-width: 900px) 45vw, 100vw" alt={props.image.alt} loading="lazy" />
            </div>
          </div>
        )}
        <div className="s-about__copy">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {paragraphs.map((paragraph, i) => (
            <p key={i} className={i === 0 ? 'pm-lead' : 'pm-muted'}>
              {paragraph}
            </p>
          ))}
          {highlights.length > 0 && (
            <ul className="s-about__highlights">
              {highlights.map((highlight, i) => (
                <li key={i}>
                  <span className="s-about__check">{ctx.icon('check', { size: 16 })}</span>
                  {highlight}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

export const aboutRender: SectionRender<Props> = {
  component: About,
  css: `
.s-about__inner{display:grid;gap:calc(2.5rem * var(--pm-space));align-items:center}
.s-about--text .s-about__copy{max-width:46rem;margin-inline:auto}
.s-about__figure{position:relative;padding:0 1rem 1rem 0}
.s-about__figure::before{content:"";position:absolute;inset:1rem 0 0 1rem;border-radius:var(--pm-radius);background:var(--pm-accent);opacity:.55}
.s-about__media{position:relative;aspect-ratio:4/3}
.s-about__copy .pm-lead{color:var(--pm-text);margin-bottom:1.1em}
.s-about__highlights{display:grid;gap:.75rem 1.5rem;margin:calc(1.75rem * var(--pm-space)) 0 0;padding:calc(1.5rem * var(--pm-space)) 0 0;list-style:none;border-top:1px solid color-mix(in srgb,var(--pm-text) 12%,transparent);font-weight:600}
.s-about__highlights li{display:flex;align-items:center;gap:.7rem}
.s-about__check{display:inline-flex;flex:none;align-items:center;justify-content:center;width:1.75rem;height:1.75rem;border-radius:50%;background:var(--pm-accent);color:var(--pm-on-accent)}
@media (min-width:600px){.s-about__highlights{grid-template-columns:1fr 1fr}}
@media (min-width:900px){
.s-about--left .s-about__inner,.s-about--right .s-about__inner{grid-template-columns:1fr 1.1fr;gap:calc(4.5rem * var(--pm-space))}
.s-about--right .s-about__inner{grid-template-columns:1.1fr 1fr}
.s-about--right .s-about__figure{order:2}
.s-about__media{aspect-ratio:5/6}
}
`,
};
