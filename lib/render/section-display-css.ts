// The CSS of how a page's sections are displayed, keyed by each section's id, CSS only (no script):
// - entrance effects (lib/sites/entrance.ts): keyframes for the effects the page uses and one rule
//   per section that has one. Under `prefers-reduced-motion: reduce` there is none at all. Where the
//   browser has scroll-driven animations, each section plays as it scrolls into view; elsewhere it
//   plays once, on load, with the owner's duration and delay;
// - per-device display (lib/sites/devices.ts): one media query per device some section is hidden on;
// - columns per device (lib/sites/grid-columns.ts): for a grid section that chose some, one rule
//   per device in that device's media query.
import { deviceMedia, devices, hiddenOn, isSafeSectionId } from '@/lib/sites/devices';
import { entranceEffects, entranceLimits, type EntranceEffect } from '@/lib/sites/entrance';
import { gridColumnRules } from '@/lib/sites/grid-columns';

type Section = { id: string; type: string; props: unknown };

const keyframes: Record<Exclude<EntranceEffect, 'none'>, string> = {
  fade: '@keyframes pm-enter-fade{from{opacity:0}}',
  rise: '@keyframes pm-enter-rise{from{opacity:0;transform:translateY(2.5rem)}}',
  zoom: '@keyframes pm-enter-zoom{from{opacity:0;transform:scale(.92)}}',
};

function milliseconds(value: unknown, limits: { min: number; max: number; fallback: number }): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= limits.min && value <= limits.max ? value : limits.fallback;
}

function entranceCss(sections: ReadonlyArray<Section>): string {
  const used = new Set<Exclude<EntranceEffect, 'none'>>();
  const timed: string[] = [];
  const selectors: string[] = [];
  for (const { id, props } of sections) {
    const { entrance, entranceDuration, entranceDelay } = (props ?? {}) as Record<string, unknown>;
    if (typeof entrance !== 'string' || entrance === 'none' || !entranceEffects.includes(entrance as EntranceEffect) || !isSafeSectionId(id)) continue;
    const effect = entrance as Exclude<EntranceEffect, 'none'>;
    used.add(effect);
    const selector = `[id="${id}"]`;
    selectors.push(selector);
    const duration = milliseconds(entranceDuration, entranceLimits.duration);
    const delay = milliseconds(entranceDelay, entranceLimits.delay);
    timed.push(`${selector}{animation:pm-enter-${effect} ${duration}ms cubic-bezier(.2,.7,.3,1) ${delay}ms both}`);
  }
  if (!selectors.length) return '';
  const frames = [...used].sort().map((effect) => keyframes[effect]);
  const scrolled = `@supports (animation-timeline:view()){${selectors.join(',')}{animation-timeline:view();animation-duration:auto;animation-delay:0s;animation-range:entry 0% cover 30%}}`;
  return `@media (prefers-reduced-motion:no-preference){${frames.join('')}${timed.join('')}${scrolled}}`;
}

function deviceCss(sections: ReadonlyArray<Section>): string {
  return devices
    .map((device) => {
      const hidden = sections.filter(({ id, props }) => isSafeSectionId(id) && hiddenOn(props).includes(device)).map(({ id }) => `[id="${id}"]`);
      const rules = (hidden.length ? `${hidden.join(',')}{display:none}` : '') + gridColumnRules(sections, device);
      return rules ? `@media ${deviceMedia[device]}{${rules}}` : '';
    })
    .join('');
}

export function sectionDisplayCss(sections: ReadonlyArray<Section>): string {
  return entranceCss(sections) + deviceCss(sections);
}
