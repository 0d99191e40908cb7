// Every section renders correctly in the editor when its in-place text props arrive as React
// elements (as Puck hands them over), and every text it shows is reachable in place or in the
// inspector. Guards components/editor/inline-fields.ts against a section that reads such a prop
// as a string.
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { templateSample } from '@/lib/generate/template-samples';
import { createRenderContext } from '@/lib/render/page-context';
import type { Field, Fields } from '@/lib/sites/fields';
import { loadedSectionRender, loadSectionRenders } from '@/lib/render/sections/registry';
import { findSectionInfo, sectionTypes } from '@/lib/sites/section-catalogue';
import { templateIds } from '@/lib/sites/templates';
import { inlineEditable } from './inline-fields';

// Like the editor's InlineText: an element that carries the text as its `value` prop.
function Marker({ value }: { value: string }) {
  return createElement('span', { 'data-inline': '' }, value);
}
const marker = (value: string): ReactElement => createElement(Marker, { value });

function inlineProps(value: unknown, fields: Fields): unknown {
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [name, field] of Object.entries(fields)) out[name] = inlineValue(out[name], name, field);
  return out;
}

function inlineValue(value: unknown, name: string, field: Field): unknown {
  if ((field.kind === 'text' || field.kind === 'textarea') && inlineEditable(name) && typeof value === 'string' && value !== '') {
    return marker(value);
  }
  if (field.kind === 'link' && value && typeof value === 'object') {
    const link = value as { label: string; href: string };
    return link.label ? { ...link, label: marker(link.label) } : link;
  }
  if (field.kind === 'list' && Array.isArray(value)) return value.map((item) => inlineProps(item, field.item));
  return value;
}

describe('in-place editing', async () => {
  const docs = await Promise.all(templateIds.map((id) => templateSample(id, 'en')));
  await loadSectionRenders(sectionTypes);
  const seen = new Set<string>();
  for (const doc of docs) for (const page of doc.pages) for (const section of page.sections) seen.add(section.type);

  it('covers every section type in the templates', () => {
    expect([...seen].sort()).toEqual([...sectionTypes].sort());
  });

  it('renders every section with inline props and no stringified element', () => {
    for (const doc of docs) {
      for (const page of doc.pages) {
        const ctx = createRenderContext(doc, page, { mode: 'editor', origin: '' });
        for (const section of page.sections) {
          const props = inlineProps(section.props, findSectionInfo(section.type)!.fields as Fields) as Record<string, unknown>;
          const html = renderToStaticMarkup(createElement(loadedSectionRender(section.type)!.component, { id: section.id, props, ctx }));
          expect(html, `${section.type} on ${page.path}`).not.toContain('[object Object]');
          expect(html).toContain('data-inline');
        }
      }
    }
  });
});
