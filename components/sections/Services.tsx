// Services: what the business offers, each with a short description and an optional price
// ("From $45") and icon, plus an optional call to action below.
import { z } from 'zod';
import { type SectionComponentProps, plainText } from '@/lib/render/context';
import { defineSection } from '@/lib/sites/sections';
import { iconSchema, linkSchema, requiredText, text } from '@/lib/sites/primitives';

const schema = z.object({
  eyebrow: text(80),
  heading: requiredText(120),
  intro: text(400),
  items: z
    .array(
      z.object({
        title: requiredText(80),
        description: text(400),
        price: text(40).default(''),
        icon: z.union([iconSchema, z.literal('')]).default(''),
      }),
    )
    .min(1)
    .max(12),
  action: linkSchema,
});
type Props = z.infer<typeof schema>;

function Services({ id, props, ctx }: SectionComponentProps<Props>) {
  const action = plainText(props.action.label).trim() ? ctx.href(props.action.href) : null;
  return (
    <section id={id} className="pm-section pm-section--alt s-services" aria-labelledby={`${id}-title`}>
      <div className="pm-wrap">
        <div className="pm-head">
          {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
          <h2 id={`${id}-title`}>{props.heading}</h2>
          {props.intro && <p className="pm-lead">{props.intro}</p>}
        </div>
        <ul className={`s-services__list s-services__list--${props.items.length === 1 ? 1 : props.items.length % 3 === 0 ? 3 : 2}`}>
          {props.items.map((item, i) => (
            <li key={i} className="pm-card s-services__item">
              {item.icon && <span className="pm-icon">{ctx.icon(item.icon)}</span>}
              <h3>{item.title}</h3>
              {item.description && <p className="pm-muted">{item.description}</p>}
              {item.price && <p className="s-services__price">{ctx.price(item.price)}</p>}
            </li>
          ))}
        </ul>
        {action && (
          <div className="pm-actions s-services__actions">
            <a className="pm-btn" href={action}>
              {props.action.label}
            </a>
          </div>
        )}
      </div>
    </section>
  );
}

export const servicesSection = defineSection({
  type: 'services',
  label: { en: 'Services', 'pt-BR': 'Serviços' },
  category: 'content',
  schema,
  defaults: {
    eyebrow: 'What we do',
    heading: 'Services tailored to you',
    intro: 'Whether it is a quick visit or a bigger project, we take care of it properly and keep you informed along the way.',
    items: [
      { title: 'Free consultation', description: 'A relaxed first conversation to understand what you need and suggest the best way forward.', price: 'Free', icon: 'smile' },
      { title: 'Standard service', description: 'Our most requested option: thorough, efficient work carried out by an experienced team member.', price: 'From $45', icon: 'check' },
      { title: 'Premium package', description: 'Everything in the standard service plus extra care, premium materials and a follow-up visit.', price: 'From $90', icon: 'award' },
      { title: 'Same-day appointments', description: 'Something urgent? Call before noon and we will do our best to fit you in the same day.', price: 'From $60', icon: 'clock' },
      { title: 'Home visits', description: 'We come to you anywhere in the city, with everything needed to get the job done on site.', price: 'From $70', icon: 'home' },
      { title: 'Gift vouchers', description: 'A thoughtful present for friends and family, valid for any of our services for a full year.', price: 'Any amount', icon: 'gift' },
    ],
    action: { label: 'Book an appointment', href: '#contact' },
  },
  fields: {
    eyebrow: { kind: 'text', label: 'eyebrow', max: 80 },
    heading: { kind: 'text', label: 'heading', max: 120 },
    intro: { kind: 'textarea', label: 'intro', max: 400 },
    items: {
      kind: 'list',
      label: 'items',
      item: {
        title: { kind: 'text', label: 'title', max: 80 },
        description: { kind: 'textarea', label: 'description', max: 400 },
        price: { kind: 'text', label: 'price', max: 40 },
        icon: { kind: 'icon', label: 'icon' },
      },
      itemLabel: 'title',
      max: 12,
    },
    action: { kind: 'link', label: 'action' },
  },
  component: Services,
  css: `
.s-services .pm-lead{margin:0}
.s-services__list{display:grid;gap:calc(1.25rem * var(--pm-space));margin:0;padding:0;list-style:none}
.s-services__item{display:flex;flex-direction:column;padding:calc(1.75rem * var(--pm-space)) 1.5rem;border:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);box-shadow:0 1px 2px color-mix(in srgb,var(--pm-text) 6%,transparent)}
.s-services__item .pm-icon{margin-bottom:calc(1.25rem * var(--pm-space))}
.s-services__item h3{font-size:1.175rem;margin-bottom:.4rem}
.s-services__item .pm-muted{margin:0 0 1.25rem;font-size:1rem}
.s-services__price{margin:auto 0 0;padding-top:1rem;border-top:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);color:var(--pm-primary);font-weight:700}
.s-services__actions{justify-content:center;margin-top:calc(2.5rem * var(--pm-space))}
.s-services__list--1{max-width:36rem;margin-inline:auto}
@media (min-width:640px){.s-services__list--2,.s-services__list--3{grid-template-columns:repeat(2,1fr)}}
@media (min-width:960px){.s-services__list--3{grid-template-columns:repeat(3,1fr)}}
`,
});
