// Team: the people behind the business, as cards with a portrait (round or square), name, role
// and a short bio.
import type { SectionComponentProps, SectionRender } from '@/lib/render/context';
import { SiteImage } from '@/lib/render/site-image';
import type { TeamProps as Props } from '@/lib/sites/sections/team.schema';

function Team({ id, props, ctx }: SectionComponentProps<Props>) {
  const titleId = `${id}-title`;
  return (
    <section id={id} className={`pm-section s-team s-team--${props.imageShape}`} aria-labelledby={props.heading ? titleId : undefined}>
      <div className="pm-wrap">
        {(props.heading || props.intro) && (
          <div className="pm-head">
            {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
            {props.heading && <h2 id={titleId}>{props.heading}</h2>}
            {props.intro && <p className="pm-lead">{props.intro}</p>}
          </div>
        )}
        <ul className="s-team__list">
          {props.members.map((member, i) => {
            const image = ctx.image(member.image.src, { width: 400, height: 400 });
            return (
              <li key={i} className="pm-card s-team__card">
                {image && (
                  <div className="s-team__photo">
                    <SiteImage image={image} sizes="(min-width: 900px) 20rem, 80vw" alt={member.image.alt} loading="lazy" decoding="async" />
                  </div>
                )}
                <div className="s-team__body">
                  <h3>{member.name}</h3>
                  {member.role && <p className="s-team__role">{member.role}</p>}
                  {member.bio && <p className="pm-muted s-team__bio">{member.bio}</p>}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

export const teamRender: SectionRender<Props> = {
  component: Team,
  css: `
.s-team__list{list-style:none;margin:0;padding:0;display:grid;gap:calc(1.5rem * var(--pm-space));grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr))}
.s-team__card{display:flex;flex-direction:column;padding:0;overflow:hidden;border-radius:min(var(--pm-radius),1.5rem);border:1px solid color-mix(in srgb,var(--pm-text) 9%,transparent);box-shadow:0 1px 2px color-mix(in srgb,var(--pm-text) 6%,transparent)}
.s-team__body{padding:1.25rem 1.5rem 1.5rem}
.s-team__body h3{margin-bottom:.25rem}
.s-team__role{margin:0 0 .75rem;color:var(--pm-primary);font-size:.875rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase}
.s-team__bio{margin:0;font-size:.975rem}
.s-team__photo{background:var(--pm-bg)}
.s-team__photo img{width:100%;aspect-ratio:1;object-fit:cover}
.s-team--round .s-team__card{text-align:center;padding-top:2rem}
.s-team--round .s-team__photo{width:9rem;margin-inline:auto;border-radius:50%;overflow:hidden;box-shadow:0 0 0 4px var(--pm-bg),0 0 0 5px color-mix(in srgb,var(--pm-text) 12%,transparent)}
`,
};
