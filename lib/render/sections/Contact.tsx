// Contact: address, phone, email, a map link, opening hours and a contact form that works without
// JavaScript (a plain POST to /_forms/contact, answered by the site server, with a honeypot field
// that people never see and bots fill in).
import type { RenderContext, SectionComponentProps, SectionRender } from '@/lib/render/context';
import type { ContactProps as Props } from '@/lib/sites/sections/contact.schema';

// A phone number should not wrap in the middle: non-breaking spaces and hyphens.
const unbreakable = (phone: string) => phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

// The form posts here; the site server (lib/publish/) reads `section`, `page` and the fields.
const formAction = '/_forms/contact';

function formatTime(value: string, language: string): string {
  const [h, m] = value.split(':').map(Number);
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(1970, 0, 1, h, m)));
}

function Hours({ id, hours, ctx }: { id: string; hours: Props['hours']; ctx: RenderContext }) {
  return (
    <div className="s-contact__card">
      <h3 id={`${id}-hours`}>{ctx.strings.openingHours}</h3>
      <table className="s-contact__hours" aria-labelledby={`${id}-hours`}>
        <tbody>
          {hours.map((row, i) => (
            <tr key={i}>
              <th scope="row">{ctx.strings[row.day]}</th>
              <td>
                {row.closed ? (
                  <span className="pm-muted">{ctx.strings.closed}</span>
                ) : (
                  <>
                    <time dateTime={row.opens}>{formatTime(row.opens, ctx.language)}</time>
                    {' – '}
                    <time dateTime={row.closes}>{formatTime(row.closes, ctx.language)}</time>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Form({ id, ctx }: { id: string; ctx: RenderContext }) {
  const s = ctx.strings;
  const required = <span className="s-contact__req">{s.required}</span>;
  return (
    <form className="s-contact__card s-contact__form" method="post" action={formAction}>
      <input type="hidden" name="section" value={id} />
      <input type="hidden" name="page" value={ctx.page.path} />
      <div className="s-contact__field">
        <label htmlFor={`${id}-name`}>
          {s.name} {required}
        </label>
        <input id={`${id}-name`} name="name" type="text" autoComplete="name" required maxLength={100} />
      </div>
      <div className="s-contact__field">
        <label htmlFor={`${id}-email`}>
          {s.email} {required}
        </label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="email" required maxLength={320} />
      </div>
      <div className="s-contact__field s-contact__field--wide">
        <label htmlFor={`${id}-phone`}>{s.phone}</label>
        <input id={`${id}-phone`} name="phone" type="tel" autoComplete="tel" maxLength={40} />
      </div>
      <div className="s-contact__field s-contact__field--wide">
        <label htmlFor={`${id}-message`}>
          {s.message} {required}
        </label>
        <textarea id={`${id}-message`} name="message" rows={5} required maxLength={5000} />
      </div>
      {/* Honeypot: hidden from people and assistive technology; a bot that fills it is ignored. */}
      <div className="pm-sr-only" aria-hidden="true">
        <label htmlFor={`${id}-website`}>{s.honeypot}</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="s-contact__field--wide">
        <button type="submit" className="pm-btn s-contact__submit">
          {s.send}
        </button>
      </div>
    </form>
  );
}

function Contact({ id, props, ctx }: SectionComponentProps<Props>) {
  const titleId = `${id}-title`;
  const business = ctx.doc.business;
  const address = props.address || business.address;
  const phone = props.phone || business.phone;
  const email = props.email || business.email;
  const tel = phone ? ctx.href(`tel:${phone.replace(/[^\d+]/g, '')}`) : null;
  const mailto = email ? ctx.href(`mailto:${email.trim()}`) : null;
  const map = props.mapLink ? ctx.href(props.mapLink) : null;
  const hasDetails = Boolean(address || phone || email);
  const hasHours = props.hours.length > 0;
  return (
    <section id={id} className="pm-section s-contact" aria-labelledby={props.heading ? titleId : undefined}>
      <div className="pm-wrap">
        {(props.heading || props.intro) && (
          <div className="pm-head">
            {props.eyebrow && <p className="pm-eyebrow">{props.eyebrow}</p>}
            {props.heading && <h2 id={titleId}>{props.heading}</h2>}
            {props.intro && <p className="pm-lead">{props.intro}</p>}
          </div>
        )}
        <div className={`s-contact__grid${props.showForm ? ' s-contact__grid--form' : ''}`}>
          {(hasDetails || hasHours) && (
            <div className="s-contact__info">
              {hasDetails && (
                <address className="s-contact__card">
                  <ul className="s-contact__details">
                    {address && (
                      <li>
                        <span className="s-contact__icon">{ctx.icon('map-pin', { size: 20 })}</span>
                        <span className="s-contact__label">{ctx.strings.address}</span>
                        <span className="s-contact__value">{address}</span>
                        {map && (
                          <a className="s-contact__map" href={map}>
                            {ctx.strings.openInMaps}
                            <span aria-hidden="true">{' ↗'}</span>
                          </a>
                        )}
                      </li>
                    )}
                    {phone && (
                      <li>
                        <span className="s-contact__icon">{ctx.icon('phone', { size: 20 })}</span>
                        <span className="s-contact__label">{ctx.strings.phone}</span>
                        <span className="s-contact__value">{tel ? <a href={tel}>{unbreakable(phone)}</a> : phone}</span>
                      </li>
                    )}
                    {email && (
                      <li>
                        <span className="s-contact__icon">{ctx.icon('mail', { size: 20 })}</span>
                        <span className="s-contact__label">{ctx.strings.email}</span>
                        <span className="s-contact__value">{mailto ? <a href={mailto}>{email}</a> : email}</span>
                      </li>
                    )}
                  </ul>
                </address>
              )}
              {hasHours && <Hours id={id} hours={props.hours} ctx={ctx} />}
            </div>
          )}
          {props.showForm && <Form id={id} ctx={ctx} />}
        </div>
      </div>
    </section>
  );
}

export const contactRender: SectionRender<Props> = {
  component: Contact,
  css: `
.s-contact__grid,.s-contact__info{display:grid;gap:calc(1.5rem * var(--pm-space));align-items:start}
.s-contact__card{background:var(--pm-surface);border:1px solid color-mix(in srgb,var(--pm-text) 9%,transparent);border-radius:min(var(--pm-radius),1.5rem);padding:clamp(1.25rem,4vw,2rem);font-style:normal}
.s-contact__card h3{margin-bottom:1rem}
.s-contact__details{list-style:none;margin:0;padding:0;display:grid;gap:1.25rem}
.s-contact__details li{display:grid;grid-template-columns:2.5rem minmax(0,1fr);column-gap:.9rem;align-items:start}
.s-contact__icon{grid-row:span 3;display:grid;place-items:center;width:2.5rem;height:2.5rem;border-radius:min(var(--pm-radius),.75rem);background:var(--pm-accent);color:var(--pm-on-accent)}
.s-contact__label{font-size:.8125rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--pm-muted)}
.s-contact__value{overflow-wrap:anywhere;white-space:pre-line}
.s-contact__value a{color:var(--pm-text)}
.s-contact__map{justify-self:start;margin-top:.15rem;font-size:.9375rem;font-weight:600}
.s-contact__hours{width:100%;border-collapse:collapse;font-size:.975rem}
.s-contact__hours th,.s-contact__hours td{padding:.55rem 0;border-bottom:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);vertical-align:top}
.s-contact__hours tr:last-child>*{border-bottom:0}
.s-contact__hours th{text-align:left;font-weight:600;padding-right:1rem}
.s-contact__hours td{text-align:right;font-variant-numeric:tabular-nums}
.s-contact__form{display:grid;gap:1.1rem}
.s-contact__field{display:grid;gap:.4rem}
.s-contact__field label{display:flex;justify-content:space-between;align-items:baseline;gap:.5rem;font-weight:600;font-size:.9375rem}
.s-contact__req{font-size:.75rem;font-weight:500;letter-spacing:.04em;text-transform:lowercase;color:var(--pm-muted)}
.s-contact__field input,.s-contact__field textarea{width:100%;min-height:48px;padding:.7rem .9rem;font:inherit;color:var(--pm-text);background:var(--pm-bg);border:1px solid var(--pm-muted);border-radius:min(var(--pm-radius),.75rem)}
.s-contact__field textarea{min-height:8.5rem;resize:vertical}
.s-contact__field input:focus,.s-contact__field textarea:focus{border-color:var(--pm-primary)}
.s-contact__submit{width:100%}
@media (min-width:600px){.s-contact__form{grid-template-columns:1fr 1fr}.s-contact__field--wide{grid-column:1/-1}.s-contact__submit{width:auto}.s-contact__grid:not(.s-contact__grid--form) .s-contact__info{grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))}}
@media (min-width:960px){.s-contact__grid--form{grid-template-columns:minmax(0,5fr) minmax(0,7fr)}}
`,
};
