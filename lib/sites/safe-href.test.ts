import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it('allows http, https, mailto, tel, anchors and site paths', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref('http://example.com')).toBe('http://example.com/');
    expect(safeHref('mailto:ana@example.com')).toBe('mailto:ana@example.com');
    expect(safeHref('tel:+55 41 99999-0000')).toBe('tel:+554199999-0000');
    expect(safeHref('#contact')).toBe('#contact');
    expect(safeHref('/about')).toBe('/about');
  });
  it('refuses script, data and other schemes however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/\\evil.example',
      'file:///etc/passwd',
      '#"><script>',
      '',
    ]) {
      expect(safeHref(href), href).toBeNull();
    }
  });
});
