// A section's entrance effect (issue 17): how it appears as the visitor reaches it, chosen per
// section in the inspector and drawn in CSS only (lib/render/entrance-css.ts). Plain data, no zod
// (the editor's first load carries the fields); the props' schema is in section-schemas.ts.
import type { Fields } from './fields';

export const entranceEffects = ['none', 'fade', 'rise', 'zoom'] as const;
export type EntranceEffect = (typeof entranceEffects)[number];

export const entranceLimits = {
  duration: { min: 100, max: 3000, fallback: 600 },
  delay: { min: 0, max: 3000, fallback: 0 },
} as const;

// Option labels are message keys under editor.options.
const optionLabels: Record<EntranceEffect, string> = { none: 'entranceNone', fade: 'entranceFade', rise: 'entranceRise', zoom: 'entranceZoom' };

export const entranceFields: Fields = {
  entrance: { kind: 'select', label: 'entrance', options: entranceEffects.map((value) => ({ value, label: optionLabels[value] })) },
  entranceDuration: { kind: 'number', label: 'entranceDuration', ...pick(entranceLimits.duration) },
  entranceDelay: { kind: 'number', label: 'entranceDelay', ...pick(entranceLimits.delay) },
};

function pick(limits: { min: number; max: number }) {
  return { min: limits.min, max: limits.max };
}
