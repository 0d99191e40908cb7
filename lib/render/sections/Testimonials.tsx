// Testimonials: quotes from happy customers with their name, role and an optional star rating
// (read out as "4 out of 5 stars"; the stars themselves are decorative).
import { firstGrapheme, type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import type { SiteLanguage } from '@/lib/i18n/languages';
import type { TestimonialsProps as Props } from '@/lib/sites/sections/testimonials.schema';

// Not in site-strings because only this section says it.
const ratingLabel: Record<SiteLanguage, (n: number) => string> = {
  en: (n) => `${n} out of 5 stars`,
  'pt-BR': (n) => `${n} de 5 estrelas`,
  es: (n) => `${n} de 5 estrellas`,
};

function initials(name: unknown): string {
  const parts = plainText(name).trim().split(/\s+/).filter(Boolean);
  return firstGrapheme(parts[0] ?? '') + (parts.length > 1 ? firstGrapheme(parts[parts.length - 1]) : '');
}

function Testimonials({ id, props, ctx }: SectionComponentProps<Props>) {
  const layout = props.items.length === 1 ? 'single' : props.items.length % 2 === 0 && props.items.length % 3 !== 0 ? 'two' : 'three';
  return (
    <section id={id} className="pm-section pm-section--alt s-testimonials" aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="pm-head">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {props.intro && <p className="pm-lead">{props.intro}</p>}
        </div>
        <ul className={`s-testimonials__grid s-testimonials__grid--${layout}`}>
          {props.items.map((item, i) => (
            <li key={i}>
              <figure className="pm-card s-testimonials__card">
                {item.rating > 0 && (
                  <p className="s-testimonials__rating">
                    <span className="pm-sr-only">{ratingLabel[ctx.language](item.rating)}</span>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <span key={n} className={n <= item.rating ? 's-testimonials__star s-testimonials__star--on' : 's-testimonials__star'}>
                        {ctx.icon('star', { size: 18 })}
                      </span>
                    ))}
                  </p>
                )}
                <blockquote>
                  <p>{item.quote}</p>
                </blockquote>
                {(item.name || item.role) && (
                  <figcaption>
                    {item.name && (
                      <span className="s-testimonials__avatar" aria-hidden="true">
                        {initials(item.name)}
                      </span>
                    )}
                    <span className="s-testimonials__who">
                      {item.name && <span className="s-testimonials__name">{item.name}</span>}
                      {item.role && <span className="pm-muted s-testimonials__role">{item.role}</span>}
                    </span>
                  </figcaption>
                )}
              </figure>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export const testimonialsRender: SectionRender<Props> = {
  component: Testimonials,
  css: `
.s-testimonials .pm-lead{margin:0}
.s-testimonials__grid{display:grid;gap:calc(1.5rem * var(--pm-space));margin:0;padding:0;list-style:none}
.s-testimonials__grid--single{max-width:46rem;margin-inline:auto}
.s-testimonials__card{display:flex;flex-direction:column;height:100%;margin:0;padding:calc(1.75rem * var(--pm-space)) 1.75rem;border:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);box-shadow:0 1px 2px color-mix(in srgb,var(--pm-text) 6%,transparent)}
.s-testimonials__rating{display:flex;gap:.15rem;margin:0 0 1rem;color:var(--pm-primary)}
.s-testimonials__star{display:inline-flex;opacity:.3}
.s-testimonials__star--on{opacity:1}
.s-testimonials__star--on svg{fill:currentColor}
.s-testimonials__card blockquote{position:relative;flex:1;margin:0 0 1.5rem;font-size:1.0625rem;line-height:1.65}
.s-testimonials__card blockquote p{margin:0}
.s-testimonials__card blockquote p::before{content:"\\201C"}
.s-testimonials__card blockquote p::after{content:"\\201D"}
.s-testimonials__grid--single blockquote{font-family:var(--pm-font-heading);font-size:clamp(1.25rem,2.4vw,1.6rem);line-height:1.45}
.s-testimonials__card figcaption{display:flex;align-items:center;gap:.85rem;padding-top:1.25rem;border-top:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent)}
.s-testimonials__avatar{display:inline-flex;flex:none;align-items:center;justify-content:center;width:2.75rem;height:2.75rem;border-radius:50%;background:var(--pm-accent);color:var(--pm-on-accent);font-size:.9rem;font-weight:700;letter-spacing:.02em}
.s-testimonials__who{display:flex;flex-direction:column;min-width:0;line-height:1.35}
.s-testimonials__name{font-weight:700}
.s-testimonials__role{font-size:.9rem}
@media (min-width:700px){.s-testimonials__grid--two,.s-testimonials__grid--three{grid-template-columns:repeat(2,1fr)}}
@media (min-width:1000px){.s-testimonials__grid--three{grid-template-columns:repeat(3,1fr)}}
`,
};
