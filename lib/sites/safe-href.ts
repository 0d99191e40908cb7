// The one rule for links in user content: http, https, mailto, tel, in-page anchors and
// site-relative paths pass; anything else (javascript:, data:, vbscript:, protocol-relative) does not.
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeHref(href: string | null | undefined): string | null {
  if (typeof href !== 'string') return null;
  // Browsers drop whitespace and control characters inside a scheme ("java\nscript:"), so judge
  // the link with them removed.
  const compact = href.replace(/[\u0000-\u0020\u007F]/g, '');
  if (compact === '') return null;
  if (compact.startsWith('#')) return /^#[\w-]*$/.test(compact) ? compact : null;
  if (compact.startsWith('/')) {
    if (compact.startsWith('//') || compact.startsWith('/\\')) return null;
    return /^\/[\w\-./~%?=&+#]*$/.test(compact) ? compact : null;
  }
  const scheme = compact.match(/^([a-z][a-z0-9+.-]*:)/i)?.[1]?.toLowerCase();
  if (!scheme || !allowedSchemes.has(scheme)) return null;
  if (scheme === 'http:' || scheme === 'https:') {
    try {
      return new URL(href.trim()).toString();
    } catch {
      return null;
    }
  }
  return compact;
}

export function isSafeHref(href: string): boolean {
  return safeHref(href) !== null;
}
