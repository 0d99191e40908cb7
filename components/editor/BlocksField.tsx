'use client';
// The blog post body: an ordered list of structured blocks (paragraph, heading, list, quote,
// image). Never HTML: each block is plain text the renderer escapes.
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { BlogBlock } from '@/lib/sites/sections/blog-post.schema';

const kinds = ['paragraph', 'heading', 'list', 'quote', 'image'] as const;

function emptyBlock(kind: BlogBlock['kind']): BlogBlock {
  switch (kind) {
    case 'paragraph':
      return { kind, text: '' };
    case 'heading':
      return { kind, text: '', level: 2 };
    case 'list':
      return { kind, ordered: false, items: [] };
    case 'quote':
      return { kind, text: '', cite: '' };
    case 'image':
      return { kind, src: '', alt: '', caption: '' };
  }
}

export function BlocksField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: BlogBlock[] | undefined;
  onChange: (next: BlogBlock[]) => void;
}) {
  const t = useTranslations('editor.blocks');
  const blocks = value ?? [];
  const set = (index: number, block: BlogBlock) => onChange(blocks.map((b, i) => (i === index ? block : b)));
  const move = (index: number, by: number) => {
    const next = [...blocks];
    const [block] = next.splice(index, 1);
    next.splice(index + by, 0, block);
    onChange(next);
  };
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      {blocks.map((block, index) => (
        <div key={index} className="grid gap-2 rounded-lg border border-zinc-200 p-2 dark:border-zinc-700">
          <div className="flex items-center gap-1">
            <label className="sr-only" htmlFor={`${id}-${index}-kind`}>
              {t('kind')}
            </label>
            <select
              id={`${id}-${index}-kind`}
              className="pm-field-input flex-1"
              value={block.kind}
              onChange={(e) => set(index, emptyBlockWithText(e.target.value as BlogBlock['kind'], block))}
            >
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
            <button type="button" className="pm-icon-button" aria-label={t('moveUp')} disabled={index === 0} onClick={() => move(index, -1)}>
              <ArrowUp className="size-4" aria-hidden />
            </button>
            <button type="button" className="pm-icon-button" aria-label={t('moveDown')} disabled={index === blocks.length - 1} onClick={() => move(index, 1)}>
              <ArrowDown className="size-4" aria-hidden />
            </button>
            <button type="button" className="pm-icon-button" aria-label={t('remove')} onClick={() => onChange(blocks.filter((_, i) => i !== index))}>
              <Trash2 className="size-4" aria-hidden />
            </button>
          </div>
          <BlockInputs id={`${id}-${index}`} block={block} onChange={(next) => set(index, next)} />
        </div>
      ))}
      <button type="button" className="pm-small-button" onClick={() => onChange([...blocks, emptyBlock('paragraph')])}>
        <Plus className="size-4" aria-hidden />
        {t('add')}
      </button>
    </fieldset>
  );
}

// Changing a block's kind keeps its words where the new kind has text.
function emptyBlockWithText(kind: BlogBlock['kind'], from: BlogBlock): BlogBlock {
  const block = emptyBlock(kind);
  const text = 'text' in from ? from.text : from.kind === 'list' ? from.items.join('\n') : from.kind === 'image' ? from.caption : '';
  if ('text' in block) block.text = text;
  if (block.kind === 'list') block.items = text.split('\n').filter(Boolean);
  return block;
}

function BlockInputs({ id, block, onChange }: { id: string; block: BlogBlock; onChange: (block: BlogBlock) => void }) {
  const t = useTranslations('editor.blocks');
  const input = (key: string, value: string, set: (v: string) => void, multiline = false) => (
    <label className="grid gap-1 text-xs text-zinc-600 dark:text-zinc-400" htmlFor={`${id}-${key}`}>
      {t(`fields.${key}`)}
      {multiline ? (
        <textarea id={`${id}-${key}`} className="pm-field-input min-h-20" value={value} onChange={(e) => set(e.target.value)} />
      ) : (
        <input id={`${id}-${key}`} className="pm-field-input" value={value} onChange={(e) => set(e.target.value)} />
      )}
    </label>
  );
  switch (block.kind) {
    case 'paragraph':
      return input('text', block.text, (text) => onChange({ ...block, text }), true);
    case 'heading':
      return (
        <>
          {input('text', block.text, (text) => onChange({ ...block, text }))}
          <label className="grid gap-1 text-xs text-zinc-600 dark:text-zinc-400" htmlFor={`${id}-level`}>
            {t('fields.level')}
            <select
              id={`${id}-level`}
              className="pm-field-input"
              value={block.level}
              onChange={(e) => onChange({ ...block, level: Number(e.target.value) === 3 ? 3 : 2 })}
            >
              <option value={2}>{t('levels.2')}</option>
              <option value={3}>{t('levels.3')}</option>
            </select>
          </label>
        </>
      );
    case 'list':
      return (
        <>
          {input('items', block.items.join('\n'), (text) => onChange({ ...block, items: text.split('\n') }), true)}
          <label className="flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            <input type="checkbox" checked={block.ordered} onChange={(e) => onChange({ ...block, ordered: e.target.checked })} />
            {t('fields.ordered')}
          </label>
        </>
      );
    case 'quote':
      return (
        <>
          {input('text', block.text, (text) => onChange({ ...block, text }), true)}
          {input('cite', block.cite, (cite) => onChange({ ...block, cite }))}
        </>
      );
    case 'image':
      return (
        <>
          {input('src', block.src, (src) => onChange({ ...block, src }))}
          {input('alt', block.alt, (alt) => onChange({ ...block, alt }))}
          {input('caption', block.caption, (caption) => onChange({ ...block, caption }))}
        </>
      );
  }
}
