// FAQ: questions that open on click with <details>/<summary>, so they work without JavaScript.
// The +/− indicator is drawn in CSS from two bars.
import { z } from 'zod';
import { type SectionComponentProps, plainText } from '@/lib/render/context';
import { defineSection } from '@/lib/sites/sections';
import { requiredText, text } from '@/lib/sites/primitives';

const schema = z.object({
  eyebrow: text(80),
  heading: text(120),
  intro: text(400),
  items: z
    .array(z.object({ question: requiredText(200), answer: text(2000) }))
    .min(1)
    .max(30),
});
type Props = z.infer<typeof schema>;

// A blank line in an answer starts a new paragraph.
const paragraphs = (value: string) => value.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

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

export const faqSection = defineSection({
  type: 'faq',
  label: { en: 'FAQ', 'pt-BR': 'Perguntas frequentes' },
  category: 'content',
  schema,
  defaults: {
    eyebrow: 'FAQ',
    heading: 'Questions we hear often',
    intro: 'Cannot find what you are looking for? Call or write to us and we will answer the same day.',
    items: [
      { question: 'Do I need to book in advance?', answer: 'Booking ahead guarantees your time, but we keep a few slots open every day for walk-ins. Weekends fill up fastest, so we recommend booking two or three days ahead.' },
      { question: 'Which payment methods do you accept?', answer: 'We accept all major credit and debit cards, contactless payments and cash. For larger orders we can also send an invoice.' },
      { question: 'Can I change or cancel my booking?', answer: 'Yes. Let us know at least 24 hours before your appointment and we will move or cancel it free of charge.' },
      { question: 'Do you offer gift cards?', answer: 'We do. Gift cards are available in any amount, in store or by email, and are valid for a full year.' },
      { question: 'Is there parking nearby?', answer: 'There is free street parking right outside and a public car park two minutes away on foot.' },
    ],
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    items: {
      kind: 'list',
      label: 'items',
      itemLabel: 'question',
      max: 30,
      item: {
        question: { kind: 'text', label: 'question', max: 200 },
        answer: { kind: 'textarea', label: 'answer', max: 2000 },
      },
    },
  },
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
});
