// Logo cloud: the clients, partners or press that vouch for the business, set as quiet wordmarks
// in the heading font (no external images to load, license or break).
import type { SectionComponentProps, SectionRender } from '@/lib/render/context';
import type { LogosProps as Props } from '@/lib/sites/sections/logos.schema';

function Logos({ id, props, ctx }: SectionComponentProps<Props>) {
  const titleId = `${id}-title`;
  return (
    <section id={id} className="pm-section s-logos" aria-labelledby={props.heading ? titleId : undefined}>
      <div className="pm-wrap">
        {props.heading && (
          <h2 id={titleId} className="s-logos__title">
            {props.heading}
          </h2>
        )}
        <ul className="s-logos__list">
          {props.items.map((item, i) => {
            const href = item.href ? ctx.href(item.href) : null;
            return (
              <li key={i} className="s-logos__item">
                {href ? (
                  <a className="s-logos__mark" href={href}>
                    {item.name}
                  </a>
                ) : (
                  <span className="s-logos__mark">{item.name}</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

export const logosRender: SectionRender<Props> = {
  component: Logos,
  // Every few marks get a different cut (italic, small caps, tight bold) so the row reads as
  // distinct brands rather than a list of words.
  css: `
.s-logos{padding-block:calc(3rem * var(--pm-space))}
.s-logos__title{margin:0 auto calc(1.75rem * var(--pm-space));max-width:40rem;text-align:center;font-family:var(--pm-font-body);font-size:.8125rem;font-weight:700;letter-spacing:.12em;text-transform:uppercase;color:var(--pm-muted)}
.s-logos__list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:1.25rem clamp(1.75rem,5vw,3.5rem)}
.s-logos__mark{display:inline-block;font-family:var(--pm-font-heading);font-size:clamp(1.2rem,2.6vw,1.55rem);font-weight:700;line-height:1.2;letter-spacing:-.02em;color:var(--pm-muted);text-decoration:none;text-align:center}
a.s-logos__mark:hover{color:var(--pm-text)}
.s-logos__item:nth-child(4n+2) .s-logos__mark{font-style:italic;font-weight:600;letter-spacing:0}
.s-logos__item:nth-child(4n+3) .s-logos__mark{font-family:var(--pm-font-body);font-size:clamp(.95rem,2vw,1.1rem);font-weight:800;letter-spacing:.16em;text-transform:uppercase}
.s-logos__item:nth-child(4n) .s-logos__mark{font-weight:400;letter-spacing:.02em}
`,
};
