// The section icons of icons.tsx, for the browser (the editor's canvas and its section previews):
// each icon's code loads the first time a section shows it, so the editor does not carry all of
// them. package.json's "imports" (#render/icons) picks this file for browser bundles and icons.tsx
// everywhere else: the publisher renders on the server, where every icon is at hand. Until an
// icon has loaded, an empty SVG of its size holds its place. icons.test.ts checks that every name
// loads the same icon as icons.tsx draws.
import type { LucideIcon } from 'lucide-react';
import { lazy, Suspense, type LazyExoticComponent } from 'react';
import type { IconName } from '@/lib/sites/icon-names';

export const iconLoaders: Record<IconName, () => Promise<{ default: LucideIcon }>> = {
  sparkles: () => import('lucide-react/dist/esm/icons/sparkles.mjs'),
  star: () => import('lucide-react/dist/esm/icons/star.mjs'),
  heart: () => import('lucide-react/dist/esm/icons/heart.mjs'),
  leaf: () => import('lucide-react/dist/esm/icons/leaf.mjs'),
  coffee: () => import('lucide-react/dist/esm/icons/coffee.mjs'),
  cake: () => import('lucide-react/dist/esm/icons/cake.mjs'),
  utensils: () => import('lucide-react/dist/esm/icons/utensils-crossed.mjs'),
  'shopping-bag': () => import('lucide-react/dist/esm/icons/shopping-bag.mjs'),
  truck: () => import('lucide-react/dist/esm/icons/truck.mjs'),
  clock: () => import('lucide-react/dist/esm/icons/clock.mjs'),
  'map-pin': () => import('lucide-react/dist/esm/icons/map-pin.mjs'),
  phone: () => import('lucide-react/dist/esm/icons/phone.mjs'),
  mail: () => import('lucide-react/dist/esm/icons/mail.mjs'),
  shield: () => import('lucide-react/dist/esm/icons/shield.mjs'),
  bolt: () => import('lucide-react/dist/esm/icons/zap.mjs'),
  chart: () => import('lucide-react/dist/esm/icons/chart-no-axes-column.mjs'),
  users: () => import('lucide-react/dist/esm/icons/users.mjs'),
  calendar: () => import('lucide-react/dist/esm/icons/calendar.mjs'),
  camera: () => import('lucide-react/dist/esm/icons/camera.mjs'),
  palette: () => import('lucide-react/dist/esm/icons/palette.mjs'),
  code: () => import('lucide-react/dist/esm/icons/code.mjs'),
  globe: () => import('lucide-react/dist/esm/icons/globe.mjs'),
  check: () => import('lucide-react/dist/esm/icons/check.mjs'),
  award: () => import('lucide-react/dist/esm/icons/award.mjs'),
  dumbbell: () => import('lucide-react/dist/esm/icons/dumbbell.mjs'),
  music: () => import('lucide-react/dist/esm/icons/eighth-notes.mjs'),
  book: () => import('lucide-react/dist/esm/icons/book-open.mjs'),
  home: () => import('lucide-react/dist/esm/icons/house.mjs'),
  wrench: () => import('lucide-react/dist/esm/icons/wrench.mjs'),
  scissors: () => import('lucide-react/dist/esm/icons/scissors.mjs'),
  paw: () => import('lucide-react/dist/esm/icons/paw-print.mjs'),
  gift: () => import('lucide-react/dist/esm/icons/gift.mjs'),
  sun: () => import('lucide-react/dist/esm/icons/sun.mjs'),
  smile: () => import('lucide-react/dist/esm/icons/face-slightly-smiling.mjs'),
  lock: () => import('lucide-react/dist/esm/icons/lock.mjs'),
  rocket: () => import('lucide-react/dist/esm/icons/rocket.mjs'),
  car: () => import('lucide-react/dist/esm/icons/car.mjs'),
  stethoscope: () => import('lucide-react/dist/esm/icons/stethoscope.mjs'),
  flower: () => import('lucide-react/dist/esm/icons/flower-2.mjs'),
  scale: () => import('lucide-react/dist/esm/icons/scale.mjs'),
  calculator: () => import('lucide-react/dist/esm/icons/calculator.mjs'),
  'graduation-cap': () => import('lucide-react/dist/esm/icons/graduation-cap.mjs'),
  baby: () => import('lucide-react/dist/esm/icons/baby.mjs'),
  bed: () => import('lucide-react/dist/esm/icons/bed.mjs'),
  plane: () => import('lucide-react/dist/esm/icons/plane.mjs'),
  church: () => import('lucide-react/dist/esm/icons/church.mjs'),
  hammer: () => import('lucide-react/dist/esm/icons/hammer.mjs'),
  paintbrush: () => import('lucide-react/dist/esm/icons/paintbrush.mjs'),
  droplets: () => import('lucide-react/dist/esm/icons/droplets.mjs'),
  key: () => import('lucide-react/dist/esm/icons/key-round.mjs'),
  shirt: () => import('lucide-react/dist/esm/icons/shirt.mjs'),
  gem: () => import('lucide-react/dist/esm/icons/gem.mjs'),
  glasses: () => import('lucide-react/dist/esm/icons/glasses.mjs'),
  pill: () => import('lucide-react/dist/esm/icons/pill.mjs'),
  bike: () => import('lucide-react/dist/esm/icons/bike.mjs'),
  brain: () => import('lucide-react/dist/esm/icons/brain.mjs'),
  briefcase: () => import('lucide-react/dist/esm/icons/briefcase.mjs'),
  building: () => import('lucide-react/dist/esm/icons/building-complex.mjs'),
  wine: () => import('lucide-react/dist/esm/icons/wine.mjs'),
  beer: () => import('lucide-react/dist/esm/icons/beer.mjs'),
  'ice-cream': () => import('lucide-react/dist/esm/icons/ice-cream-cone.mjs'),
  pizza: () => import('lucide-react/dist/esm/icons/pizza.mjs'),
  fish: () => import('lucide-react/dist/esm/icons/fish.mjs'),
  sprout: () => import('lucide-react/dist/esm/icons/sprout.mjs'),
  dog: () => import('lucide-react/dist/esm/icons/dog.mjs'),
  bath: () => import('lucide-react/dist/esm/icons/bath.mjs'),
  flame: () => import('lucide-react/dist/esm/icons/flame.mjs'),
  ruler: () => import('lucide-react/dist/esm/icons/ruler.mjs'),
  languages: () => import('lucide-react/dist/esm/icons/languages.mjs'),
  guitar: () => import('lucide-react/dist/esm/icons/guitar.mjs'),
  mic: () => import('lucide-react/dist/esm/icons/mic.mjs'),
  tent: () => import('lucide-react/dist/esm/icons/tent.mjs'),
  map: () => import('lucide-react/dist/esm/icons/map.mjs'),
  party: () => import('lucide-react/dist/esm/icons/party-popper.mjs'),
  sofa: () => import('lucide-react/dist/esm/icons/sofa.mjs'),
  lightbulb: () => import('lucide-react/dist/esm/icons/lightbulb.mjs'),
  'heart-pulse': () => import('lucide-react/dist/esm/icons/heart-pulse.mjs'),
  landmark: () => import('lucide-react/dist/esm/icons/landmark.mjs'),
  handshake: () => import('lucide-react/dist/esm/icons/handshake.mjs'),
  printer: () => import('lucide-react/dist/esm/icons/printer.mjs'),
  smartphone: () => import('lucide-react/dist/esm/icons/smartphone.mjs'),
  laptop: () => import('lucide-react/dist/esm/icons/laptop.mjs'),
  snowflake: () => import('lucide-react/dist/esm/icons/snowflake.mjs'),
  trees: () => import('lucide-react/dist/esm/icons/trees.mjs'),
  package: () => import('lucide-react/dist/esm/icons/package.mjs'),
  'spray-can': () => import('lucide-react/dist/esm/icons/spray-can.mjs'),
  bug: () => import('lucide-react/dist/esm/icons/bug.mjs'),
  drill: () => import('lucide-react/dist/esm/icons/drill.mjs'),
  'paint-roller': () => import('lucide-react/dist/esm/icons/paint-roller.mjs'),
  syringe: () => import('lucide-react/dist/esm/icons/syringe.mjs'),
  bus: () => import('lucide-react/dist/esm/icons/bus.mjs'),
  mountain: () => import('lucide-react/dist/esm/icons/mountain.mjs'),
  croissant: () => import('lucide-react/dist/esm/icons/croissant.mjs'),
  soup: () => import('lucide-react/dist/esm/icons/soup.mjs'),
  store: () => import('lucide-react/dist/esm/icons/store.mjs'),
  microscope: () => import('lucide-react/dist/esm/icons/microscope.mjs'),
  'hand-heart': () => import('lucide-react/dist/esm/icons/hand-heart.mjs'),
  beef: () => import('lucide-react/dist/esm/icons/beef.mjs'),
  cookie: () => import('lucide-react/dist/esm/icons/cookie.mjs'),
  salad: () => import('lucide-react/dist/esm/icons/salad.mjs'),
  ticket: () => import('lucide-react/dist/esm/icons/ticket.mjs'),
  video: () => import('lucide-react/dist/esm/icons/video.mjs'),
  'shield-check': () => import('lucide-react/dist/esm/icons/shield-check.mjs'),
};

// lazy() loads nothing until a component first renders.
const lazyIcons = Object.fromEntries(Object.entries(iconLoaders).map(([name, load]) => [name, lazy(load)])) as Record<
  IconName,
  LazyExoticComponent<LucideIcon>
>;

export function Icon({ name, size = 24, label }: { name: IconName; size?: number; label?: string }) {
  const Component = Object.hasOwn(lazyIcons, name) ? lazyIcons[name] : lazyIcons.sparkles;
  const a11y = label ? { role: 'img', 'aria-label': label } : ({ 'aria-hidden': 'true', focusable: 'false' } as const);
  return (
    <Suspense fallback={<svg width={size} height={size} viewBox="0 0 24 24" {...a11y} />}>
      <Component width={size} height={size} strokeWidth={1.75} {...a11y} />
    </Suspense>
  );
}
