// Columns per device for the sections that lay their items out in a grid (issue 17, per-device
// layout): chosen per section in the inspector ("automatic" keeps the design's own columns) and
// drawn by media queries, for the sections that chose some only: in the page's CSS
// (lib/render/section-display-css.ts) and in the editor's canvas. Plain data, no zod (the editor's
// first load carries the fields and the rules); the props' schema is in section-schemas.ts.
import { deviceMedia, devices, isSafeSectionId, type Device } from './devices';
import type { Fields } from './fields';

// The element of each grid section that holds its items, as its component renders it.
export const gridSelectors: Readonly<Record<string, string>> = {
  features: '.s-features__grid',
  services: '.s-services__list',
  gallery: '.s-gallery__grid',
  testimonials: '.s-testimonials__grid',
  pricing: '.s-pricing__grid',
  team: '.s-team__list',
  stats: '.s-stats__list',
  products: '.s-products__grid',
  blogList: '.s-blogList__list',
};

export const hasGrid = (type: string): boolean => Object.hasOwn(gridSelectors, type);

// The prop that holds a device's column count, and the counts offered there: a phone is too narrow
// for three cards side by side, a tablet for four.
export const columnsProp = { phone: 'columnsPhone', tablet: 'columnsTablet', desktop: 'columnsDesktop' } as const satisfies Record<Device, string>;
export const columnChoices = {
  phone: ['auto', '1', '2'],
  tablet: ['auto', '1', '2', '3'],
  desktop: ['auto', '1', '2', '3', '4'],
} as const satisfies Record<Device, readonly string[]>;

// Labels and option labels are message keys under editor.fields and editor.options.
const optionLabel = (value: string) => (value === 'auto' ? 'columnsAuto' : `columns${value}`);
export const columnFields: Fields = Object.fromEntries(
  devices.map((device) => [
    columnsProp[device],
    { kind: 'select', label: columnsProp[device], options: columnChoices[device].map((value) => ({ value, label: optionLabel(value) })) },
  ]),
);

// The column count a section's props choose on each device (automatic ones left out); values that
// are not one of the device's choices are ignored, as a document that skipped validation may hold.
export function columnsOn(type: string, props: unknown): Partial<Record<Device, number>> {
  if (!hasGrid(type)) return {};
  const values = (props ?? {}) as Record<string, unknown>;
  const out: Partial<Record<Device, number>> = {};
  for (const device of devices) {
    const value = values[columnsProp[device]];
    if (typeof value === 'string' && value !== 'auto' && (columnChoices[device] as readonly string[]).includes(value)) out[device] = Number(value);
  }
  return out;
}

// One device's rules for the sections given: the grid of each that chose a count there.
export function gridColumnRules(sections: ReadonlyArray<{ id: string; type: string; props: unknown }>, device: Device): string {
  return sections
    .map(({ id, type, props }) => {
      const count = columnsOn(type, props)[device];
      return count && isSafeSectionId(id) ? `[id="${id}"] ${gridSelectors[type]}{grid-template-columns:repeat(${count},minmax(0,1fr))}` : '';
    })
    .join('');
}

// A section's columns on every device, alone: the editor's canvas draws them as the page does (its
// viewport buttons change the canvas's width), where a hidden section stays in view, dimmed.
export function gridColumnsCss(section: { id: string; type: string; props: unknown }): string {
  return devices
    .map((device) => {
      const rules = gridColumnRules([section], device);
      return rules ? `@media ${deviceMedia[device]}{${rules}}` : '';
    })
    .join('');
}
