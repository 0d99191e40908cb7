// Footer: the business name and tagline, columns of links, contact details, social profiles as
// text links, and the copyright line. The year is a prop so rendering stays deterministic.
import type { SectionComponentProps, SectionRender } from '@/lib/render/context';
import { networkNames } from '@/lib/sites/sections/footer';
import type { FooterProps as Props } from '@/lib/sites/sections/footer.schema';

// A phone number should not wrap in the middle: non-breaking spaces and hyphens.
const unbreakable = (phone: string) => phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

function Footer({ id, props, ctx }: SectionComponentProps<Props>) {
  const business = ctx.doc.business;
  const tagline = props.tagline || business.tagline;
  const address = props.address || business.address;
  const phone = props.phone || business.phone;
  const email = props.email || business.email;
  const tel = phone ? ctx.href(`tel:${phone.replace(/[^\d+]/g, '')}`) : null;
  const mailto = email ? ctx.href(`mailto:${email.trim()}`) : null;
  // A link to a page the site does not have is left out rather than shown as dead text.
  const columns = props.columns
    .map((column) => ({
      title: column.title,
      links: column.links.flatMap((link) => {
        const href = link.label ? ctx.href(link.href) : null;
        return href ? [{ label: link.label, href }] : [];
      }),
    }))
    .filter((column) => column.links.length > 0);
  const social = props.social.flatMap((item) => {
    const href = ctx.href(item.href);
    return href ? [{ name: networkNames[item.network], href }] : [];
  });
  return (
    <footer id={id} className="s-footer">
      <div className="pm-wrap">
        <div className={`s-footer__top${columns.length ? ' s-footer__top--nav' : ''}`}>
          <div className="s-footer__brand">
            <p className="s-footer__name">{business.name}</p>
            {tagline && <p className="s-footer__tagline">{tagline}</p>}
            {(address || phone || email) && (
              <address className="s-footer__contact">
                {address && <span className="s-footer__address">{address}</span>}
                {phone && <span>{tel ? <a href={tel}>{unbreakable(phone)}</a> : phone}</span>}
                {email && <span>{mailto ? <a href={mailto}>{email}</a> : email}</span>}
              </address>
            )}
            {social.length > 0 && (
              <ul className="s-footer__social">
                {social.map((item, i) => (
                  <li key={i}>
                    <a href={item.href}>{item.name}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {columns.length > 0 && (
            <nav className="s-footer__nav" aria-label={ctx.strings.footerNavigation}>
              {columns.map((column, i) => (
                <div key={i} className="s-footer__column">
                  {column.title && <h2 className="s-footer__heading">{column.title}</h2>}
                  <ul>
                    {column.links.map((link, j) => (
                      <li key={j}>
                        <a href={link.href} aria-current={link.href === ctx.page.path ? 'page' : undefined}>
                          {link.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </nav>
          )}
        </div>
        <div className="s-footer__bottom">
          <p>{`© ${props.year} ${business.name.replace(/\.$/, '')}. ${ctx.strings.allRightsReserved}`}</p>
        </div>
      </div>
    </footer>
  );
}

export const footerRender: SectionRender<Props> = {
  component: Footer,
  css: `
.s-footer{background:var(--pm-surface);border-top:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);padding-block:calc(3.5rem * var(--pm-space)) calc(1.75rem * var(--pm-space));font-size:.975rem}
.s-footer__top{display:grid;gap:calc(2.5rem * var(--pm-space))}
.s-footer__brand{max-width:26rem}
.s-footer__name{margin:0 0 .35rem;font-family:var(--pm-font-heading);font-size:1.4rem;font-weight:700;line-height:1.2}
.s-footer__tagline{margin:0 0 1.25rem;color:var(--pm-muted)}
.s-footer__contact{display:grid;gap:.3rem;font-style:normal;color:var(--pm-muted)}
.s-footer__address{white-space:pre-line}
.s-footer a{color:var(--pm-muted);text-decoration:none}
.s-footer a:hover{color:var(--pm-text);text-decoration:underline}
.s-footer__contact a{text-decoration:underline;text-decoration-color:color-mix(in srgb,currentColor 40%,transparent)}
.s-footer__social{list-style:none;margin:1.25rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.s-footer__social a{display:inline-flex;align-items:center;min-height:40px;padding:.35rem .9rem;border:1px solid color-mix(in srgb,var(--pm-text) 16%,transparent);border-radius:999px;font-size:.875rem;font-weight:600;text-decoration:none}
.s-footer__social a:hover{border-color:currentColor}
.s-footer__nav{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:2rem}
.s-footer__heading{margin:0 0 .9rem;font-family:var(--pm-font-body);font-size:.8125rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--pm-text)}
.s-footer__column ul{list-style:none;margin:0;padding:0;display:grid;gap:.2rem}
.s-footer__column a{display:inline-block;padding-block:.3rem}
.s-footer__column a[aria-current]{color:var(--pm-text);font-weight:600}
.s-footer__bottom{margin-top:calc(2.5rem * var(--pm-space));padding-top:1.5rem;border-top:1px solid color-mix(in srgb,var(--pm-text) 10%,transparent);font-size:.875rem;color:var(--pm-muted)}
.s-footer__bottom p{margin:0}
@media (min-width:820px){.s-footer__top--nav{grid-template-columns:minmax(0,1fr) minmax(0,1.3fr);gap:4rem}}
`,
};
