// What a section component gets besides its props: the site, the page, localized strings for
// the site's language, and helpers that resolve images, links and icons the same way for the
// publisher and the editor canvas.
import type { ReactElement } from 'react';
import type { SiteLanguage } from '@/lib/i18n/languages';
import type { Page, SiteDocument } from '@/lib/sites/document';
import type { IconName } from '@/lib/sites/icon-names';
import type { SiteStrings } from './site-strings';

// srcSet lists WebP files by width; avifSrcSet, when set, the same widths in AVIF (see SiteImage).
export type ResolvedImage = { src: string; width: number; height: number; srcSet?: string; avifSrcSet?: string; sizes?: string };

export type RenderContext = {
  doc: SiteDocument;
  page: Page;
  language: SiteLanguage;
  strings: SiteStrings;
  // 'publish' renders static HTML for visitors; 'editor' renders the same markup in the canvas.
  mode: 'publish' | 'editor';
  // Resolves an image prop (generated art, uploaded asset, https URL) at the size it is shown.
  image: (src: string, size: { width: number; height: number }) => ResolvedImage | null;
  // safeHref() plus the site's own page paths; null means "render as text, not a link".
  href: (href: string) => string | null;
  icon: (name: IconName, opts?: { size?: number; label?: string }) => ReactElement;
  // Formats a price in the site's language and currency.
  price: (amount: string) => string;
};

export type SectionComponentProps<P> = { id: string; props: P; ctx: RenderContext };

// The render half of a section type (lib/render/sections/<Type>.tsx): its component and its CSS.
// Only the CSS of the section types a page uses is inlined into it.
// (A method, so a section's render with its own props type fits where any section's is expected.)
export type SectionRender<P = Record<string, unknown>> = {
  component(props: SectionComponentProps<P>): ReactElement | null;
  css: string;
};

// In the editor, text edited in place reaches a section as an element carrying its `value`; this
// gives sections the plain text for checks such as "is it empty" or "first letter". A field the
// owner is emptying right now (`editing`) reads as a zero-width space, so the section keeps it on
// the canvas and the next keystroke lands in it.
// The first character as a person sees it (a grapheme: an emoji, a flag or a letter with its
// accent), upper-cased: a text's first UTF-16 unit would cut an emoji in half and show "�".
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
export function firstGrapheme(text: string): string {
  for (const { segment } of graphemes.segment(text.trim())) return segment.toUpperCase();
  return '';
}

export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'props' in value) {
    const props = (value as { props?: { value?: unknown; editing?: unknown } }).props;
    if (typeof props?.value === 'string') return props.value === '' && props.editing === true ? '\u200b' : props.value;
  }
  return '';
}
