// Per-device display of a section (issue 17): shown or hidden on phones, tablets and desktops,
// chosen in the inspector and drawn by media queries in the page's CSS
// (lib/render/section-display-css.ts). Plain data, no zod (the editor's first load carries the
// fields); the props' schema is in section-schemas.ts.
import type { Fields } from './fields';

export const devices = ['phone', 'tablet', 'desktop'] as const;
export type Device = (typeof devices)[number];

// The widths each device covers, in CSS pixels: the editor's viewports (390, 768, 1280) fall one in each.
export const deviceMedia: Record<Device, string> = {
  phone: '(max-width:639.98px)',
  tablet: '(min-width:640px) and (max-width:1023.98px)',
  desktop: '(min-width:1024px)',
};

// The prop that says whether a section shows on a device; absent means shown.
export const deviceProp = { phone: 'onPhone', tablet: 'onTablet', desktop: 'onDesktop' } as const satisfies Record<Device, string>;
export const deviceDisplays = ['shown', 'hidden'] as const;

const options = [
  { value: 'shown', label: 'deviceShown' },
  { value: 'hidden', label: 'deviceHidden' },
];

// Labels and option labels are message keys under editor.fields and editor.options.
export const deviceFields: Fields = {
  onPhone: { kind: 'select', label: 'onPhone', options },
  onTablet: { kind: 'select', label: 'onTablet', options },
  onDesktop: { kind: 'select', label: 'onDesktop', options },
};

// Section ids are letters, digits, - and _ (the document's schema); checked again where an id goes
// into a CSS selector, as a document that skipped validation may hold anything.
export const isSafeSectionId = (id: string): boolean => /^[a-zA-Z0-9_-]{1,64}$/.test(id);

// The devices a section's props hide it on.
export function hiddenOn(props: unknown): Device[] {
  const values = (props ?? {}) as Record<string, unknown>;
  return devices.filter((device) => values[deviceProp[device]] === 'hidden');
}
