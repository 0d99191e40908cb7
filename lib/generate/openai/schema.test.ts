// The schema the model answers in stays inside what strict structured outputs accept, and the
// model's theme choices always map onto our checked palettes.
import { describe, expect, it } from 'vitest';
import { palettes } from '@/lib/sites/theme-options';
import { siteAnswerSchema, toTheme } from './schema';

// Keywords OpenAI's strict mode accepts (https://platform.openai.com/docs/guides/structured-outputs).
const allowed = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'anyOf',
  'description',
  'pattern',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  '$ref',
  '$defs',
]);

function walk(node: unknown, visit: (schema: Record<string, unknown>, path: string) => void, path = '') {
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  visit(schema, path);
  for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) walk(child, visit, `${path}.${name}`);
  for (const [name, child] of Object.entries((schema.$defs ?? {}) as Record<string, unknown>)) walk(child, visit, `$defs.${name}`);
  if (schema.items) walk(schema.items, visit, `${path}[]`);
  if (Array.isArray(schema.anyOf)) schema.anyOf.forEach((child, i) => walk(child, visit, `${path}|${i}`));
}

describe('the answer schema', () => {
  it('uses only strict-mode keywords, and every object is closed with every property required', () => {
    const problems: string[] = [];
    walk(siteAnswerSchema(), (schema, path) => {
      for (const key of Object.keys(schema)) if (!allowed.has(key)) problems.push(`${path}: ${key}`);
      if (!schema.$ref && !schema.type && !schema.anyOf) problems.push(`${path}: no type`);
      if (schema.type === 'object') {
        if (schema.additionalProperties !== false) problems.push(`${path}: open object`);
        expect(schema.required, path).toEqual(Object.keys(schema.properties as object));
      }
    });
    expect(problems).toEqual([]);
  });

  it('stays small enough to send with every request', () => {
    expect(JSON.stringify(siteAnswerSchema()).length).toBeLessThan(30_000);
  });
});

describe('toTheme', () => {
  it('takes the checked palette for the chosen id, the owner’s palette first, and falls back on unknown ids', () => {
    expect(toTheme({ palette: 'ocean', headingFont: 'slab', bodyFont: 'mono', radius: 'lg', spacing: 'roomy' })).toEqual({
      palette: palettes.find((p) => p.id === 'ocean'),
      fonts: { heading: 'slab', body: 'mono' },
      radius: 'lg',
      spacing: 'roomy',
    });
    expect(toTheme({ palette: 'ocean' }, 'coffee').palette.id).toBe('coffee');
    expect(toTheme({ palette: '#ff0000', headingFont: 'Comic Sans', radius: 'huge' })).toMatchObject({
      palette: palettes[0],
      fonts: { heading: 'system-sans' },
      radius: 'md',
    });
  });
});
