// Editor field descriptions for section props, in a neutral form the editor maps to its own
// controls (issue: visual editor). Labels are message keys under editor.fields.
export type Field =
  | { kind: 'text'; label: string; max?: number }
  | { kind: 'textarea'; label: string; max?: number }
  | { kind: 'number'; label: string; min?: number; max?: number }
  | { kind: 'select'; label: string; options: ReadonlyArray<{ value: string; label: string }> }
  | { kind: 'image'; label: string }
  | { kind: 'icon'; label: string }
  | { kind: 'link'; label: string }
  | { kind: 'blocks'; label: string }
  | { kind: 'list'; label: string; item: Record<string, Field>; itemLabel?: string; max?: number };

export type Fields = Record<string, Field>;
