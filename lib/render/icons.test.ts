// The browser's section icons (icons.browser.tsx, loaded one by one) draw exactly what the
// publisher's (icons.tsx) draw, for every icon name; and the server gets the publisher's.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Icon as ServerIcon } from '#render/icons';
import { iconNames } from '@/lib/sites/icon-names';
import { iconLoaders } from './icons.browser';
import { Icon as PublisherIcon } from './icons';

describe('section icons', () => {
  it('resolve to the publisher’s icons outside the browser', () => {
    expect(ServerIcon).toBe(PublisherIcon);
  });

  it.each(iconNames)('%s loads the icon the publisher draws', async (name) => {
    const { default: Loaded } = await iconLoaders[name]();
    const html = (icon: React.ReactElement) => renderToStaticMarkup(icon);
    expect(html(createElement(Loaded, { width: 24, height: 24, strokeWidth: 1.75, 'aria-hidden': 'true', focusable: 'false' }))).toBe(
      html(createElement(PublisherIcon, { name })),
    );
    expect(html(createElement(Loaded, { width: 16, height: 16, strokeWidth: 1.75, role: 'img', 'aria-label': 'x' }))).toBe(
      html(createElement(PublisherIcon, { name, size: 16, label: 'x' })),
    );
  });
});
