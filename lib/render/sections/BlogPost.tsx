// Blog post: one full article. The body is a list of structured blocks (paragraph, heading, list,
// quote, image), never HTML, so an owner or a model can write anything and it still renders as text.
import { firstGrapheme, type RenderContext, type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import { SiteImage } from '@/lib/render/site-image';
import type { BlogBlock, BlogPostProps as Props } from '@/lib/sites/sections/blog-post.schema';
import { formatPostDate } from './BlogList';

function Block({ block, ctx }: { block: BlogBlock; ctx: RenderContext }) {
  switch (block.kind) {
    case 'paragraph':
      return block.text ? <p>{block.text}</p> : null;
    case 'heading':
      if (!block.text) return null;
      return block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case 'list': {
      const items = block.items.filter(Boolean);
      if (!items.length) return null;
      const children = items.map((item, i) => <li key={i}>{item}</li>);
      return block.ordered ? <ol>{children}</ol> : <ul>{children}</ul>;
    }
    case 'quote':
      if (!block.text) return null;
      return (
        <figure className="s-blogPost__quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          {block.cite && <figcaption>{block.cite}</figcaption>}
        </figure>
      );
    case 'image': {
      const image = ctx.image(block.src, { width: 1200, height: 750 });
      if (!image) return null;
      return (
        <figure className="s-blogPost__figure">
          <SiteImage image={image} sizes="(min-width: 800px) 68ch, 100vw" alt={block.alt} loading="lazy" decoding="async" />
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
    }
  }
}

function BlogPost({ id, props, ctx }: SectionComponentProps<Props>) {
  const titleId = `${id}-title`;
  const allPosts = ctx.doc.pages.some((page) => page.path === '/blog') ? ctx.href('/blog') : null;
  const cover = ctx.image(props.cover.src, { width: 1200, height: 630 });
  const date = formatPostDate(props.date, ctx.language);
  const minutes = props.readingMinutes > 0 ? ctx.strings.minutesRead.replace('{minutes}', String(props.readingMinutes)) : '';
  return (
    <article id={id} className="s-blogPost" aria-labelledby={titleId}>
      <header className="pm-wrap s-blogPost__head">
        {allPosts && (
          <a className="s-blogPost__back" href={allPosts}>
            <span aria-hidden="true">←</span> {ctx.strings.allPosts}
          </a>
        )}
        <h1 id={titleId}>{props.title}</h1>
        {props.lead && <p className="pm-lead">{props.lead}</p>}
        {(props.author || date || minutes) && (
          <div className="s-blogPost__byline">
            {props.author && (
              <span className="s-blogPost__avatar" aria-hidden="true">
                {firstGrapheme(plainText(props.author))}
              </span>
            )}
            <p>
              {props.author && <span className="s-blogPost__author">{props.author}</span>}
              {(date || minutes) && (
                <span className="s-blogPost__meta">
                  <span>
                    {date && (
                      <span>
                        {ctx.strings.publishedOn} <time dateTime={props.date}>{date}</time>
                      </span>
                    )}
                    {minutes && <span>{minutes}</span>}
                  </span>
                </span>
              )}
            </p>
          </div>
        )}
      </header>
      {cover && (
        <div className="pm-wrap s-blogPost__cover">
          <div className="pm-media">
            <SiteImage image={cover} sizes="(min-width: 1120px) 1000px, 100vw" alt={props.cover.alt} fetchPriority="high" />
          </div>
        </div>
      )}
      <div className="pm-wrap">
        <div className="s-blogPost__body">
          {props.body.map((block, i) => (
            <Block key={i} block={block} ctx={ctx} />
          ))}
        </div>
        {allPosts && (
          <p className="s-blogPost__foot">
            <a className="s-blogPost__back" href={allPosts}>
              <span aria-hidden="true">←</span> {ctx.strings.allPosts}
            </a>
          </p>
        )}
      </div>
    </article>
  );
}

export const blogPostRender: SectionRender<Props> = {
  component: BlogPost,
  css: `
.s-blogPost{padding-block:calc(3.5rem * var(--pm-space)) calc(4.5rem * var(--pm-space))}
.s-blogPost__head{max-width:46rem;text-align:center}
.s-blogPost__head h1{font-size:clamp(2rem,5vw,3.25rem);margin-bottom:.4em}
.s-blogPost__back{display:inline-flex;align-items:center;gap:.4rem;min-height:44px;margin-bottom:1rem;font-size:.9375rem;font-weight:700;text-decoration:none}
.s-blogPost__back:hover{text-decoration:underline}
.s-blogPost__byline{display:flex;justify-content:center;align-items:center;gap:.75rem;margin-top:1.75rem;text-align:left}
.s-blogPost__byline p{margin:0;display:grid;line-height:1.4}
.s-blogPost__author{font-weight:700}
.s-blogPost__meta{overflow:hidden;font-size:.9375rem;color:var(--pm-muted)}
.s-blogPost__meta>span{display:flex;flex-wrap:wrap;margin-left:-1.2em}
.s-blogPost__meta>span>*::before{content:"·";content:"·"/"";display:inline-block;width:1.2em;text-align:center}
.s-blogPost__avatar{flex:none;display:grid;place-items:center;width:2.75rem;height:2.75rem;border-radius:50%;background:var(--pm-accent);color:var(--pm-on-accent);font-family:var(--pm-font-heading);font-size:1.2rem;font-weight:700}
.s-blogPost__cover{max-width:1000px;margin-top:calc(2.5rem * var(--pm-space))}
.s-blogPost__cover .pm-media{aspect-ratio:40/21;border-radius:min(var(--pm-radius),1.5rem)}
.s-blogPost__body{max-width:68ch;margin:calc(2.75rem * var(--pm-space)) auto 0;font-size:clamp(1.0625rem,2.5vw,1.125rem);line-height:1.75;overflow-wrap:break-word}
.s-blogPost__body>*{margin:0 0 1.4em}
.s-blogPost__body>:first-child{margin-top:0}
.s-blogPost__body h2{font-size:clamp(1.5rem,3vw,1.9rem);margin:2em 0 .6em}
.s-blogPost__body h3{font-size:1.35rem;margin:1.75em 0 .5em}
.s-blogPost__body li{margin-bottom:.5em;padding-left:.25em}
.s-blogPost__body li::marker{color:var(--pm-primary);font-weight:700}
.s-blogPost__quote blockquote{margin:0;padding:.25rem 0 .25rem 1.5rem;border-left:4px solid var(--pm-primary);font-family:var(--pm-font-heading);font-size:clamp(1.25rem,2.5vw,1.5rem);line-height:1.45}
.s-blogPost__quote blockquote p{margin:0}
.s-blogPost__quote figcaption{margin-top:.75rem;padding-left:1.75rem;font-size:.9375rem;color:var(--pm-muted)}
.s-blogPost__quote figcaption::before{content:"— "}
.s-blogPost__figure,.s-blogPost__quote{margin-block:2em}
.s-blogPost__figure img{width:100%;border-radius:min(var(--pm-radius),1.5rem)}
.s-blogPost__figure figcaption{margin-top:.65rem;text-align:center;font-size:.9375rem;color:var(--pm-muted)}
.s-blogPost__foot{max-width:68ch;font-size:clamp(1.0625rem,2.5vw,1.125rem);margin:calc(3rem * var(--pm-space)) auto 0;padding-top:1.5rem;border-top:1px solid color-mix(in srgb,var(--pm-text) 14%,transparent)}
`,
};
