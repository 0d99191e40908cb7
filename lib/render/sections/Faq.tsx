// FAQ: questions that open on click with <details>/<summary>, so they work without JavaScript.
// The +/− indicator is drawn in CSS from two bars.
import { type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import type { FaqProps as Props } from '@/lib/sites/sections/faq.schema';

// A blank line in an answer starts a new paragraph.
const paragraphs = (value: string) =>
  value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

function Faq({ id, props }: SectionComponentProps<Props>) {
  const titleId = `${id}-title`;
  const hasHead = Boolean(props.heading || props.intro);
  return (
    <section id={id} className="pm-section s-faq" aria-labelledby={props.heading ? titleId : undefined}>
      <div className={`pm-wrap s-faq__inner${hasHead ? ' s-faq__inner--split' : ''}`}>
        {hasHead && (
          <div className="pm-head s-faq__head">
            {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
            {props.heading && <h2 id={titleId}>{props.heading}</h2>}
            {props.intro && <p className="pm-lead">{props.intro}</p>}
          </div>
        )}
        <div className="s-faq__list">
          {props.items.map((item, i) => (
            <details key={i} className="s-faq__item">
              <summary>{item.question}</summary>
              <div className="s-faq__answer">
                {paragraphs(plainText(item.answer)).map((p, j) => (
                  <p key={j}>{p}</p>
                ))}
              </div>
            </details>
          ))}
        </div>
      </div>
    </section>
  );
}

export const faqRender: SectionRender<Props> = {
  component: Faq,
  css: `
.s-faq__inner{display:grid;gap:calc(1rem * var(--pm-space))}
.s-faq__list{max-width:48rem;width:100%;margin-inline:auto;border-top:1px solid color-mix(in srgb,var(--pm-text) 16%,transparent)}
.s-faq__item{border-bottom:1px solid color-mix(in srgb,var(--pm-text) 16%,transparent)}
.s-faq__item summary{display:flex;align-items:center;justify-content:space-between;gap:1.25rem;padding:1.25rem .25rem;font-family:var(--pm-font-heading);font-size:1.125rem;font-weight:600;line-height:1.35;cursor:pointer;list-style:none}
.s-faq__item summary::-webkit-details-marker{display:none}
.s-faq__item summary::after{content:"";flex:none;width:2rem;height:2rem;border-radius:50%;color:var(--pm-primary);background:linear-gradient(currentColor,currentColor) center/.8rem 2px no-repeat,linear-gradient(currentColor,currentColor) center/2px .8rem no-repeat;box-shadow:inset 0 0 0 1.5px color-mix(in srgb,var(--pm-primary) 45%,transparent);transition:background-size .2s,transform .2s}
.s-faq__item[open] summary::after{background-size:.8rem 2px,2px 0;transform:rotate(180deg)}
.s-faq__item summary:hover{color:var(--pm-primary)}
.s-faq__answer{padding:0 clamp(.25rem,8vw,3.25rem) 1.25rem .25rem;color:var(--pm-muted)}
.s-faq__answer p:last-child{margin-bottom:0}
@media (min-width:900px){.s-faq__inner--split{grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:4rem;align-items:start}.s-faq__head{text-align:left;margin:0;position:sticky;top:2rem}.s-faq__inner--split .s-faq__list{max-width:none}}
`,
};
