// CSS every published page carries: theme variables, a small reset, typography, layout and
// buttons. Section types add their own CSS, inlined only on pages that use them.
import type { Theme } from '@/lib/sites/theme';
import { fontStacks, radii, spacings } from '@/lib/sites/theme-options';
import { renderableTheme } from './safe-theme';

export function themeCss(given: Theme): string {
  const theme = renderableTheme(given);
  const p = theme.palette;
  return `:root{--pm-bg:${p.background};--pm-surface:${p.surface};--pm-text:${p.text};--pm-muted:${p.muted};--pm-primary:${p.primary};--pm-on-primary:${p.onPrimary};--pm-accent:${p.accent};--pm-on-accent:${p.onAccent};--pm-font-heading:${fontStacks[theme.fonts.heading].stack};--pm-font-body:${fontStacks[theme.fonts.body].stack};--pm-radius:${radii[theme.radius]};--pm-space:${spacings[theme.spacing]}}`;
}

export const baseCss = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;scroll-behavior:smooth}
@media (prefers-reduced-motion:reduce){html{scroll-behavior:auto}*{transition:none!important;animation:none!important}}
body{margin:0;background:var(--pm-bg);color:var(--pm-text);font-family:var(--pm-font-body);font-size:1.0625rem;line-height:1.6}
h1,h2,h3,h4{font-family:var(--pm-font-heading);line-height:1.15;margin:0 0 .5em;letter-spacing:-.01em;text-wrap:balance}
h1{font-size:clamp(2.2rem,5.5vw,3.8rem)}
h2{font-size:clamp(1.75rem,3.6vw,2.6rem)}
h3{font-size:1.25rem}
p{margin:0 0 1em}
img,svg{display:block;max-width:100%;height:auto}
picture{display:contents}
a{color:var(--pm-primary);text-underline-offset:.2em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--pm-primary);outline-offset:3px;border-radius:2px}
ul,ol{padding-left:1.25em}
.pm-wrap{width:min(1120px,100% - 2.5rem);margin-inline:auto}
/* Sections below the fold are laid out and painted only as they near the viewport: on a phone that cuts the first layout by about a third. */
.pm-section{padding-block:calc(4.5rem * var(--pm-space));content-visibility:auto;contain-intrinsic-size:auto 40rem}
.pm-section--alt{background:var(--pm-surface)}
.pm-head{max-width:44rem;margin:0 auto calc(2.5rem * var(--pm-space));text-align:center}
.pm-eyebrow{display:inline-block;font-size:.8125rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--pm-primary);margin-bottom:.75rem}
.pm-lead{font-size:1.1875rem;color:var(--pm-muted)}
.pm-muted{color:var(--pm-muted)}
.pm-btn{display:inline-flex;align-items:center;justify-content:center;gap:.5rem;min-height:48px;padding:.75rem 1.4rem;border-radius:var(--pm-radius);background:var(--pm-primary);color:var(--pm-on-primary);font-weight:600;text-decoration:none;border:2px solid var(--pm-primary);font:inherit;font-weight:600;cursor:pointer}
.pm-btn:hover{filter:brightness(1.08)}
.pm-btn--ghost{background:transparent;color:var(--pm-primary)}
.pm-actions{display:flex;flex-wrap:wrap;gap:.75rem}
.pm-grid{display:grid;gap:calc(1.5rem * var(--pm-space));grid-template-columns:repeat(auto-fit,minmax(min(100%,15rem),1fr))}
.pm-card{background:var(--pm-surface);border-radius:var(--pm-radius);padding:1.5rem}
.pm-section--alt .pm-card{background:var(--pm-bg)}
.pm-icon{display:inline-flex;align-items:center;justify-content:center;width:3rem;height:3rem;border-radius:var(--pm-radius);background:var(--pm-accent);color:var(--pm-on-accent);margin-bottom:1rem}
.pm-media{border-radius:var(--pm-radius);overflow:hidden;background:var(--pm-surface)}
.pm-media img{width:100%;height:100%;object-fit:cover}
.pm-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.pm-skip{position:absolute;left:1rem;top:-4rem;z-index:100;background:var(--pm-primary);color:var(--pm-on-primary);padding:.75rem 1rem;border-radius:var(--pm-radius)}
.pm-skip:focus{top:1rem}
.pm-badge{position:fixed;right:1rem;bottom:1rem;z-index:50;background:var(--pm-text);color:var(--pm-bg);font-size:.8125rem;font-weight:600;padding:.45rem .8rem;border-radius:999px;text-decoration:none}
`;
