// Blog post: one full article. The body is a list of structured blocks (paragraph, heading, list,
// quote, image), never HTML, so an owner or a model can write anything and it still renders as text.
import { z } from 'zod';
import { type RenderContext, type SectionComponentProps, plainText } from '@/lib/render/context';
import { defineSection } from '@/lib/sites/sections';
import { imageSchema, imageSrcSchema, requiredText, text } from '@/lib/sites/primitives';
import { formatPostDate, postDateSchema, readingMinutesSchema } from './BlogList';
import { SiteImage } from '@/lib/render/site-image';

export const blogBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: text(4000) }),
  z.object({ kind: z.literal('heading'), text: text(200), level: z.union([z.literal(2), z.literal(3)]) }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(text(600)).max(50) }),
  z.object({ kind: z.literal('quote'), text: text(1000), cite: text(200) }),
  z.object({ kind: z.literal('image'), src: imageSrcSchema, alt: text(200), caption: text(300) }),
]);
export type BlogBlock = z.infer<typeof blogBlockSchema>;

const schema = z.object({
  title: requiredText(160),
  lead: text(400),
  date: postDateSchema,
  author: text(80),
  readingMinutes: readingMinutesSchema,
  cover: imageSchema,
  body: z.array(blogBlockSchema).max(100),
});
type Props = z.infer<typeof schema>;

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
                {plainText(props.author).trim().charAt(0).toUpperCase()}
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

export const blogPostSection = defineSection({
  type: 'blogPost',
  label: { en: 'Blog post', 'pt-BR': 'Post do blog' },
  category: 'blog',
  schema,
  defaults: {
    title: 'Five questions to ask before you book',
    lead: 'A short checklist that helps you pick the right service, avoid surprises and get the most out of your first visit.',
    date: '2026-03-12',
    author: 'Maria Santos',
    readingMinutes: 4,
    cover: { src: 'art:waves:21', alt: '' },
    body: [
      { kind: 'paragraph', text: 'Every week we meet people who are booking a service like ours for the first time. Most of them have the same handful of questions, and the answers make a real difference to how the visit goes. Here is what we tell them.' },
      { kind: 'heading', level: 2, text: 'Before you book' },
      { kind: 'paragraph', text: 'A few minutes of preparation saves a lot of back and forth later. Keep these questions in mind when you compare options, whether you choose us or someone else.' },
      {
        kind: 'list',
        ordered: true,
        items: [
          'What exactly is included in the price, and what would cost extra?',
          'How long does a typical visit take from start to finish?',
          'Who will do the work, and how much experience do they have?',
          'What happens if I need to change the date?',
          'Is there anything I should bring or prepare beforehand?',
        ],
      },
      { kind: 'quote', text: 'The best visits start with a five-minute conversation. Once we know what you want, everything else is easy.', cite: 'Maria Santos, founder' },
      { kind: 'heading', level: 2, text: 'On the day' },
      { kind: 'paragraph', text: 'Arrive five minutes early so there is time for a quick chat before we begin. Tell us about anything that worked well, or did not, the last time. We would much rather adjust as we go than have you leave unhappy.' },
      { kind: 'image', src: 'art:hills:24', alt: '', caption: 'Our studio on a quiet Tuesday morning.' },
      { kind: 'heading', level: 3, text: 'Afterwards' },
      { kind: 'paragraph', text: 'We follow up a few days later to make sure everything is as it should be. If something is not right, tell us and we will put it right, free of charge.' },
    ],
  },
  fields: {
    title: { kind: 'text', label: 'title', max: 160 },
    lead: { kind: 'textarea', label: 'lead', max: 400 },
    date: { kind: 'text', label: 'date', max: 10 },
    author: { kind: 'text', label: 'author', max: 80 },
    readingMinutes: { kind: 'number', label: 'readingMinutes', min: 0, max: 240 },
    cover: { kind: 'image', label: 'cover' },
    body: { kind: 'blocks', label: 'body' },
  },
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
});
