// The icons a section may show, by name (drawn by lib/render/icons.tsx). Plain data, no zod: the
// editor's icon field lists them; primitives.ts builds iconSchema from them.
export const iconNames = [
  'sparkles', 'star', 'heart', 'leaf', 'coffee', 'cake', 'utensils', 'shopping-bag', 'truck', 'clock', 'map-pin', 'phone',
  'mail', 'shield', 'bolt', 'chart', 'users', 'calendar', 'camera', 'palette', 'code', 'globe', 'check', 'award',
  'dumbbell', 'music', 'book', 'home', 'wrench', 'scissors', 'paw', 'gift', 'sun', 'smile', 'lock', 'rocket',
  'car', 'stethoscope', 'flower', 'scale', 'calculator', 'graduation-cap', 'baby', 'bed', 'plane', 'church', 'hammer', 'paintbrush', 'droplets', 'key', 'shirt', 'gem', 'glasses', 'pill', 'bike', 'brain', 'briefcase', 'building', 'wine', 'beer', 'ice-cream', 'pizza', 'fish', 'sprout', 'dog', 'bath', 'flame', 'ruler', 'languages', 'guitar', 'mic', 'tent', 'map', 'party', 'sofa', 'lightbulb', 'heart-pulse', 'landmark', 'handshake', 'printer', 'smartphone', 'laptop', 'snowflake', 'trees', 'package', 'spray-can', 'bug', 'drill', 'paint-roller', 'syringe', 'bus', 'mountain', 'croissant', 'soup', 'store', 'microscope', 'hand-heart', 'beef', 'cookie', 'salad', 'ticket', 'video', 'shield-check',
] as const;
export type IconName = (typeof iconNames)[number];
