// Which text props may be edited in place on the canvas. In the editor an inline prop reaches the
// section as a React element, so props that sections read as strings (addresses of links, prices
// they format, dates they parse, values they put in attributes) are edited in the inspector only.
// components/editor/inline-fields.test.tsx renders every section with inline props to prove it.
const inspectorOnly = new Set([
  'href',
  'price',
  'date',
  'opens',
  'closes',
  'mapLink',
  'orderLink',
  'email',
  'phone',
  'alt',
  'src',
  'year',
  'readingMinutes',
  'rating',
  'tag',
  'network',
  'day',
]);

export function inlineEditable(propName: string): boolean {
  return !inspectorOnly.has(propName);
}
