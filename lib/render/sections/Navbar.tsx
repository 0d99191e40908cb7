// Navbar: the site header with the business name and the main navigation. Works without
// JavaScript: on narrow screens a <details> disclosure reveals the links (the nav is its next
// sibling, shown by CSS when it is open), on wide screens the links sit inline.
import { type SectionComponentProps, plainText, type SectionRender } from '@/lib/render/context';
import type { NavbarProps as Props } from '@/lib/sites/sections/navbar.schema';

function Navbar({ id, props, ctx }: SectionComponentProps<Props>) {
  const links = props.links.filter((link) => plainText(link.label).trim() !== '');
  const action = plainText(props.action.label).trim() ? ctx.href(props.action.href) : null;
  const hasNav = links.length > 0 || action !== null;
  return (
    <header id={id} className={`s-navbar s-navbar--${links.length > 5 ? 'many' : 'few'}`}>
      <div className="pm-wrap s-navbar__bar">
        <a className="s-navbar__brand" href="/">
          {plainText(props.logoText).trim() ? props.logoText : ctx.doc.business.name}
        </a>
        {hasNav && (
          <details className="s-navbar__toggle">
            <summary>
              <span className="s-navbar__burger" aria-hidden="true" />
              {ctx.strings.menu}
            </summary>
          </details>
        )}
        {hasNav && (
          <nav className="s-navbar__nav" aria-label={ctx.strings.mainNavigation}>
            {links.length > 0 && (
              <ul className="s-navbar__links">
                {links.map((link, i) => {
                  const href = ctx.href(link.href);
                  return (
                    <li key={i}>
                      {href ? (
                        <a className="s-navbar__link" href={href} aria-current={href === ctx.page.path ? 'page' : undefined}>
                          {link.label}
                        </a>
                      ) : (
                        <span className="s-navbar__link">{link.label}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {action && (
              <a className="pm-btn s-navbar__action" href={action}>
                {props.action.label}
              </a>
            )}
          </nav>
        )}
      </div>
    </header>
  );
}

// Inline links from 760px, or from 1080px when there are more than five of them (they would
// wrap into two rows on a tablet); below that, the disclosure.
const desktopCss = (n: string) => `
${n} .s-navbar__bar{flex-wrap:nowrap}
${n} .s-navbar__brand{flex:1 0 8rem}
${n} .s-navbar__toggle{display:none}
${n} .s-navbar__nav,${n} .s-navbar__toggle[open]+.s-navbar__nav{display:flex;flex:0 1 auto;min-width:0;align-items:center;gap:.75rem;padding:0}
${n} .s-navbar__links{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:.125rem}
${n} .s-navbar__links li+li{border:0}
${n} .s-navbar__link{position:relative;min-height:44px;padding:.5rem var(--s-pad);font-size:.975rem;border-radius:var(--pm-radius)}
${n} a.s-navbar__link:hover{background:var(--pm-surface)}
${n} .s-navbar__link[aria-current=page]::after{content:"";position:absolute;left:var(--s-pad);right:var(--s-pad);bottom:.3rem;height:2px;border-radius:2px;background:var(--pm-primary)}
${n} .s-navbar__action{width:auto;margin:0 0 0 .5rem;min-height:44px;padding:.55rem 1.15rem}
`;

export const navbarRender: SectionRender<Props> = {
  component: Navbar,
  css: `
html{scroll-padding-top:5.5rem}
.s-navbar{--s-line:color-mix(in srgb,var(--pm-text) 12%,transparent);--s-pad:clamp(.45rem,1.2vw - .2rem,.8rem);position:sticky;top:0;z-index:40;background:var(--pm-bg);border-bottom:1px solid var(--s-line)}
.s-navbar__bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;min-height:4.25rem;padding-block:.625rem}
.s-navbar__brand{flex:1 1 0;min-width:0;font-family:var(--pm-font-heading);font-size:clamp(1.15rem,1rem + .6vw,1.35rem);font-weight:700;letter-spacing:-.01em;line-height:1.2;color:var(--pm-text);text-decoration:none;overflow-wrap:anywhere;text-wrap:balance}
.s-navbar__toggle summary{display:inline-flex;align-items:center;gap:.6rem;min-height:44px;padding:.5rem 1rem;border:1px solid var(--s-line);border-radius:var(--pm-radius);font-weight:600;cursor:pointer;list-style:none;user-select:none}
.s-navbar__toggle summary::-webkit-details-marker{display:none}
.s-navbar__toggle summary:hover{background:var(--pm-surface)}
.s-navbar__burger{position:relative;width:18px;height:12px}
.s-navbar__burger::before,.s-navbar__burger::after{content:"";position:absolute;left:0;right:0;height:2px;border-radius:2px;background:currentColor;transition:transform .2s}
.s-navbar__burger::before{top:0;box-shadow:0 5px currentColor}
.s-navbar__burger::after{bottom:0}
.s-navbar__toggle[open] .s-navbar__burger::before{top:5px;box-shadow:none;transform:rotate(45deg)}
.s-navbar__toggle[open] .s-navbar__burger::after{bottom:5px;transform:rotate(-45deg)}
.s-navbar__nav{display:none;flex-basis:100%;padding-block:.25rem .75rem}
.s-navbar__toggle[open]+.s-navbar__nav{display:block}
.s-navbar__links{list-style:none;margin:0;padding:0}
.s-navbar__links li+li{border-top:1px solid var(--s-line)}
.s-navbar__link{display:flex;align-items:center;min-height:48px;padding:.5rem .25rem;color:var(--pm-text);font-weight:500;text-decoration:none}
span.s-navbar__link{color:var(--pm-muted)}
a.s-navbar__link:hover{color:var(--pm-primary)}
.s-navbar__link[aria-current=page]{color:var(--pm-primary);font-weight:700}
.s-navbar__action{width:100%;margin-top:.75rem;white-space:nowrap}
@media (min-width:760px){${desktopCss('.s-navbar--few')}}
@media (min-width:1080px){${desktopCss('.s-navbar--many')}}
`,
};
