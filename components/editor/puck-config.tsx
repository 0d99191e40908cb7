'use client';
// Puck's configuration, built from the section catalogue (lib/sites/section-catalogue.ts: section
// types, labels and fields). Each neutral field description from lib/sites/fields.ts becomes a Puck
// field; each section renders through the same component the publisher uses
// (lib/render/sections/registry.ts, through canvas.tsx). Defaults (section-defaults.ts) are read
// when Puck needs them: adding a section from the library (whose preview loaded them) or a list item
// (selecting the section loaded them).
import type { Config, Field as PuckField, FieldTransforms, Fields as PuckFields } from '@puckeditor/core';
import dynamic from 'next/dynamic';
import type { UiLocale } from '@/lib/i18n/languages';
import type { Field, Fields } from '@/lib/sites/fields';
import { iconNames } from '@/lib/sites/icon-names';
import { deviceFields } from '@/lib/sites/devices';
import { columnFields, hasGrid } from '@/lib/sites/grid-columns';
import { entranceFields } from '@/lib/sites/entrance';
import { findSectionInfo, sectionTypes } from '@/lib/sites/section-catalogue';
import type { SectionCategory } from '@/lib/sites/sections/define';
import type { Theme } from '@/lib/sites/theme';
import { CanvasRoot, CanvasSection } from './canvas';
import { ImageField } from './ImageField';
import { InlineText } from './InlineText';
import { inlineEditable } from './inline-fields';
import { isInlineEditing } from './inline-state';
import { loadedSectionDefaults } from './section-defaults';

// A blog post's body (the only blocks field) loads when a post's section is first selected, behind a
// still outline, as the image field does.
const BlocksField = dynamic(() => import('./BlocksField').then((m) => m.BlocksField), {
  loading: () => <div className="h-40 rounded-lg bg-zinc-100 dark:bg-zinc-800" aria-busy="true" />,
});

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type RootProps = { title: string; description: string; socialImage: string; theme: Theme };

type Item = Record<string, unknown>;

// `defaultValue` reads this prop's value in the type's defaults, once they have loaded.
function toPuckField(name: string, field: Field, t: Translate, siteId: string, defaultValue: () => unknown): PuckField {
  const label = t(`fields.${field.label}`);
  switch (field.kind) {
    case 'text':
      return { type: 'text', label, contentEditable: inlineEditable(name) };
    case 'textarea':
      return { type: 'textarea', label, contentEditable: inlineEditable(name) };
    case 'number':
      return { type: 'number', label, min: field.min, max: field.max };
    case 'select':
      return { type: 'select', label, options: field.options.map((o) => ({ value: o.value, label: t(`options.${o.label}`) })) };
    case 'icon':
      return { type: 'select', label, options: iconNames.map((icon) => ({ value: icon, label: t(`icons.${icon}`) })) };
    case 'link':
      return {
        type: 'object',
        label,
        objectFields: {
          label: { type: 'text', label: t('fields.linkLabel'), contentEditable: true },
          href: { type: 'text', label: t('fields.linkHref') },
        },
      };
    case 'image':
      return {
        type: 'custom',
        label,
        render: ({ value, onChange }) => <ImageField siteId={siteId} label={label} value={value} onChange={onChange} />,
      };
    case 'blocks':
      return { type: 'custom', label, render: ({ value, onChange, id }) => <BlocksField id={id} label={label} value={value} onChange={onChange} /> };
    case 'list': {
      const itemDefaults = () => {
        const list = defaultValue();
        return (Array.isArray(list) ? list[0] : undefined) as Item | undefined;
      };
      const arrayFields = toPuckFields(field.item, t, siteId, itemDefaults);
      const summaryKey = field.itemLabel ?? Object.keys(field.item)[0];
      return {
        type: 'array',
        label,
        arrayFields,
        max: field.max,
        // A list whose defaults have no item starts new items empty, as Puck does.
        defaultItemProps: () => {
          const item = itemDefaults();
          return item ? blankItem(item) : {};
        },
        getItemSummary: (item: Item, index?: number) => {
          const value = summaryKey ? item?.[summaryKey] : undefined;
          return typeof value === 'string' && value.trim() ? value.slice(0, 40) : t('itemNumber', { n: (index ?? 0) + 1 });
        },
      };
    }
  }
}

// A new list item starts from the shape of the defaults with its text cleared (so the owner
// never gets a copy of someone else's words), keeping selects and numbers.
function blankItem(item: Item): Item {
  const out: Item = {};
  for (const [key, value] of Object.entries(item)) {
    if (typeof value === 'string') out[key] = /^(art:|#)/.test(value) ? value : '';
    else if (Array.isArray(value)) out[key] = [];
    else if (value && typeof value === 'object') out[key] = blankItem(value as Item);
    else out[key] = value;
  }
  return out;
}

function toPuckFields(fields: Fields, t: Translate, siteId: string, defaults: () => Item | undefined): PuckFields {
  const out: PuckFields = {};
  for (const [name, field] of Object.entries(fields)) out[name] = toPuckField(name, field, t, siteId, () => defaults()?.[name]);
  return out;
}

const categoryOrder: SectionCategory[] = ['navigation', 'hero', 'content', 'commerce', 'social-proof', 'blog', 'contact', 'footer'];

export function buildPuckConfig(t: Translate, siteId: string, locale: UiLocale): Config {
  const components: Config['components'] = {};
  for (const type of sectionTypes) {
    const info = findSectionInfo(type)!;
    components[type] = {
      label: info.label[locale],
      // The type's own fields, then how the section enters and the devices it shows on (every type has
      // them), and a grid's columns on each device.
      fields: toPuckFields({ ...(info.fields as Fields), ...entranceFields, ...deviceFields, ...(hasGrid(type) ? columnFields : {}) }, t, siteId, () =>
        loadedSectionDefaults(type),
      ),
      // A getter: Puck reads it when a section is added and merges it under each section's props.
      get defaultProps() {
        return loadedSectionDefaults(type);
      },
      render: ({ id, ...rest }) => {
        const props: Record<string, unknown> = { ...rest };
        delete props.puck;
        delete props.editMode;
        return <CanvasSection type={type} id={id} props={props} />;
      },
    };
  }
  const categories: NonNullable<Config['categories']> = {};
  for (const category of categoryOrder) {
    categories[category] = {
      title: t(`categories.${category}`),
      components: sectionTypes.filter((type) => findSectionInfo(type)!.category === category),
      defaultExpanded: true,
    };
  }
  return {
    components,
    categories,
    root: {
      fields: {},
      render: (props: Record<string, unknown>) => <CanvasRoot theme={props.theme as Theme}>{props.children as React.ReactNode}</CanvasRoot>,
    },
  };
}

// Text props become editable in place on the canvas. An empty one is not rendered, so the section
// hides it as the published page does (it is filled in from the inspector), unless the owner is
// emptying it right now (see inline-state.ts).
type TransformParams = { value: unknown; componentId: string; field: { contentEditable?: boolean; label?: string }; propPath: string; isReadOnly: boolean };

function inline(multiline: boolean) {
  return function transform({ value, componentId, field, propPath, isReadOnly }: TransformParams) {
    const editing = value === '' && isInlineEditing(componentId, propPath);
    return field.contentEditable && typeof value === 'string' && (value !== '' || editing) && !isReadOnly ? (
      <InlineText componentId={componentId} propPath={propPath} value={value} multiline={multiline} label={field.label ?? propPath} editing={editing} />
    ) : (
      value
    );
  };
}

export const fieldTransforms: FieldTransforms = {
  text: inline(false),
  textarea: inline(true),
};
