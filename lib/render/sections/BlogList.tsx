// Blog list: recent posts as cards (cover, date, reading time, title, excerpt, "Read more").
// The whole card is clickable through the one "Read more" link, so each post is one tab stop.
import { plainText, type SectionComponentProps, type SectionRender } from '@/lib/render/context';
import { SiteImage } from '@/lib/render/site-image';
import type { BlogListProps as Props } from '@/lib/sites/sections/blog-list.schema';

// Post dates are calendar days (yyyy-mm-dd), shown in UTC so they never shift by a day.
export function formatPostDate(date: string, language: string): string | null {
  if (!date) return null;
  const day = new Date(`${date}T00:00:00Z`);
  // 2026-02-30 parses as 2 March: treat a day that does not round-trip as no date.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

function BlogList({ id, props, ctx }: SectionComponentProps<Props>) {
  const titleId = `${id}-title`;
  return (
    <section id={id} className="pm-section s-blogList" aria-labelledby={props.heading ? titleId : undefined}>
      <div className="pm-wrap">
        {(props.heading || props.intro) && (
          <div className="pm-head">
            {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
            {props.heading && <h2 id={titleId}>{props.heading}</h2>}
            {props.intro && <p className="pm-lead">{props.intro}</p>}
          </div>
        )}
        <ul className="s-blogList__list">
          {props.posts.map((post, i) => {
            const image = ctx.image(post.image.src, { width: 640, height: 400 });
            const href = ctx.href(post.href);
            const date = formatPostDate(post.date, ctx.language);
            const minutes = post.readingMinutes > 0 ? ctx.strings.minutesRead.replace('{minutes}', String(post.readingMinutes)) : '';
            return (
              <li key={i} className="s-blogList__card">
                {image && (
                  <div className="s-blogList__media">
                    <SiteImage image={image} sizes="(min-width: 900px) 22rem, 100vw" alt={post.image.alt} loading="lazy" decoding="async" />
                  </div>
                )}
                <div className="s-blogList__body">
                  {(date || minutes) && (
                    <p className="s-blogList__meta">
                      <span>
                        {date && <time dateTime={post.date}>{date}</time>}
                        {minutes && <span>{minutes}</span>}
                      </span>
                    </p>
                  )}
                  <h3>{post.title}</h3>
                  {post.excerpt && <p className="s-blogList__excerpt">{post.excerpt}</p>}
                  {href && (
                    <a className="s-blogList__more" href={href}>
                      {ctx.strings.readMore}
                      <span className="pm-sr-only">: {plainText(post.title)}</span>
                      <span className="s-blogList__arrow" aria-hidden="true">
                        →
                      </span>
                    </a>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

export const blogListRender: SectionRender<Props> = {
  component: BlogList,
  css: `
.s-blogList__list{list-style:none;margin:0;padding:0;display:grid;gap:calc(1.5rem * var(--pm-space));grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))}
.s-blogList__card{position:relative;display:flex;flex-direction:column;overflow:hidden;background:var(--pm-surface);border:1px solid color-mix(in srgb,var(--pm-text) 9%,transparent);border-radius:min(var(--pm-radius),1.5rem);box-shadow:0 1px 2px color-mix(in srgb,var(--pm-text) 6%,transparent);transition:transform .2s,box-shadow .2s}
.s-blogList__card:hover{transform:translateY(-3px);box-shadow:0 12px 28px -12px color-mix(in srgb,var(--pm-text) 28%,transparent)}
.s-blogList__card:has(.s-blogList__more:focus-visible){outline:3px solid var(--pm-primary);outline-offset:3px}
.s-blogList__media img{width:100%;aspect-ratio:16/10;object-fit:cover}
.s-blogList__body{display:flex;flex-direction:column;flex:1;padding:1.25rem 1.5rem 1.5rem}
.s-blogList__meta{overflow:hidden;margin:0 0 .6rem;font-size:.875rem;color:var(--pm-muted)}
.s-blogList__meta>span{display:flex;flex-wrap:wrap;margin-left:-1.2em}
.s-blogList__meta>span>*::before{content:"·";content:"·"/"";display:inline-block;width:1.2em;text-align:center}
.s-blogList__body h3{margin-bottom:.5rem}
.s-blogList__excerpt{margin:0 0 1.25rem;color:var(--pm-muted);font-size:.975rem}
.s-blogList__more{margin-top:auto;display:inline-flex;align-items:center;gap:.4rem;font-weight:700;text-decoration:none}
.s-blogList__more::after{content:"";position:absolute;inset:0}
.s-blogList__more:focus-visible{outline:none}
.s-blogList__arrow{transition:transform .2s}
.s-blogList__card:hover .s-blogList__arrow{transform:translateX(4px)}
`,
};
