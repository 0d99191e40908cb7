// The CSS of how a page's sections are displayed, keyed by each section's id, CSS only (no script):
// - entrance effects (lib/sites/entrance.ts): keyframes for the effects the page uses and one rule
//   per section that has one. Under `prefers-reduced-motion: reduce` there is none at all. Where the
//   browser has scroll-driven animations, each section plays as it scrolls into view; elsewhere it
//   plays once, on load, with the owner's duration and delay;
// - per-device display (lib/sites/devices.ts): one media query per device some section is hidden on.
import { deviceMedia, devices, hiddenOn } from '@/lib/sites/devices';
import { entranceEffects, entranceLimits, type EntranceEffect } from '@/lib/sites/entrance';

const keyframes: Record<Exclude<EntranceEffect, 'none'>, string> = {
  fade: '@keyframes pm-enter-fade{from{opacity:0}}',
  rise: '@keyframes pm-enter-rise{from{opacity:0;transform:translateY(2.5rem)}}',
  zoom: '@keyframes pm-enter-zoom{from{opacity:0;transform:scale(.92)}}',
};

// Section ids are letters, digits, - and _ (the document's schema); checked again here because the
// id goes into a selector.
const safeId = /^[a-zA-Z0-9_-]{1,64}$/;

function milliseconds(value: unknown, limits: { min: number; max: number; fallback: number }): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= limits.min && value <= limits.max ? value : limits.fallback;
}

function entranceCss(sections: ReadonlyArray<{ id: string; props: unknown }>): string {
  const used = new Set<Exclude<EntranceEffect, 'none'>>();
  const timed: string[] = [];
  const selectors: string[] = [];
  for (const { id, props } of sections) {
    const { entrance, entranceDuration, entranceDelay } = (props ?? {}) as Record<string, unknown>;
    if (typeof entrance !== 'string' || entrance === 'none' || !entranceEffects.includes(entrance as EntranceEffect) || !safeId.test(id)) continue;
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

function deviceCss(sections: ReadonlyArray<{ id: string; props: unknown }>): string {
  return devices
    .map((device) => {
      const selectors = sections.filter(({ id, props }) => safeId.test(id) && hiddenOn(props).includes(device)).map(({ id }) => `[id="${id}"]`);
      return selectors.length ? `@media ${deviceMedia[device]}{${selectors.join(',')}{display:none}}` : '';
    })
    .join('');
}

export function sectionDisplayCss(sections: ReadonlyArray<{ id: string; props: unknown }>): string {
  return entranceCss(sections) + deviceCss(sections);
}
