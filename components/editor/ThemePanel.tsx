'use client';
// Theme: curated palettes (each shown with its contrast check), custom colours that apply only
// while every text pair keeps WCAG AA contrast, fonts, corner radius and spacing.
import { Check } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { cn } from '@/components/ui/cn';
import { contrastRatio } from '@/lib/sites/contrast';
import type { Palette } from '@/lib/sites/theme';
import { contrastPairs, fontIds, fontStacks, paletteContrastIssues, palettes, radii, spacings } from '@/lib/sites/theme-options';
import { useRootProps } from './root-props';

const editableColours: Array<keyof Omit<Palette, 'id'>> = ['background', 'surface', 'text', 'muted', 'primary', 'onPrimary', 'accent', 'onAccent'];

export function ThemePanel() {
  const t = useTranslations('editor.theme');
  const [root, update] = useRootProps();
  const theme = root.theme;
  // Custom colours being tried; reset whenever the applied palette changes (undo, a preset).
  const [custom, setCustom] = useState<Palette>(theme.palette);
  const [applied, setApplied] = useState<Palette>(theme.palette);
  if (applied !== theme.palette) {
    setApplied(theme.palette);
    setCustom(theme.palette);
  }
  const issues = contrastPairs.map(([fg, bg]) => ({ fg, bg, ratio: contrastRatio(custom[fg], custom[bg]) })).filter(({ ratio }) => ratio < 4.5);

  function setColour(key: keyof Palette, value: string) {
    const next = { ...custom, id: 'custom', [key]: value };
    setCustom(next);
    if (paletteContrastIssues(next).length === 0) update({ theme: { ...theme, palette: next } });
  }

  return (
    <div className="grid gap-6 p-3">
      <section aria-labelledby="theme-palettes">
        <h2 id="theme-palettes" className="mb-2 text-sm font-semibold">
          {t('palettes')}
        </h2>
        <div className="grid grid-cols-2 gap-2">
          {palettes.map((palette) => {
            const on = theme.palette.id === palette.id;
            return (
              <button
                key={palette.id}
                type="button"
                aria-pressed={on}
                data-palette={palette.id}
                className={cn(
                  'rounded-lg border p-2 text-left text-xs',
                  on ? 'border-brand-600 ring-2 ring-brand-600' : 'border-zinc-200 hover:border-zinc-400 dark:border-zinc-700',
                )}
                onClick={() => update({ theme: { ...theme, palette } })}
              >
                <span className="mb-1.5 flex h-6 overflow-hidden rounded" aria-hidden>
                  {[palette.background, palette.surface, palette.primary, palette.accent, palette.text].map((c, i) => (
                    <span key={i} className="flex-1" style={{ background: c }} />
                  ))}
                </span>
                <span className="flex items-center justify-between gap-1">
                  <span className="font-medium">{t(`paletteNames.${palette.id}`)}</span>
                  <span className="inline-flex items-center gap-0.5 text-emerald-700 dark:text-emerald-400">
                    <Check className="size-3" aria-hidden />
                    {t('aa')}
                  </span>
                </span>
              </button>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="theme-colours">
        <h2 id="theme-colours" className="mb-2 text-sm font-semibold">
          {t('colours')}
        </h2>
        <div className="grid grid-cols-2 gap-2">
          {editableColours.map((key) => (
            <label key={key} className="flex items-center gap-2 text-xs">
              <input
                type="color"
                value={custom[key]}
                onChange={(e) => setColour(key, e.target.value)}
                className="h-7 w-9 cursor-pointer rounded border border-zinc-300 bg-transparent"
              />
              {t(`colourNames.${key}`)}
            </label>
          ))}
        </div>
        <div aria-live="polite" className="mt-2 text-xs">
          {issues.length === 0 ? (
            <p className="text-emerald-700 dark:text-emerald-400">{t('contrastOk')}</p>
          ) : (
            <div className="text-red-700 dark:text-red-400">
              <p className="font-medium">{t('contrastProblem')}</p>
              <ul className="mt-1 list-disc pl-4">
                {issues.map(({ fg, bg, ratio }) => (
                  <li key={`${fg}-${bg}`}>{t('contrastPair', { fg: t(`colourNames.${fg}`), bg: t(`colourNames.${bg}`), ratio: ratio.toFixed(2) })}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="theme-fonts" className="grid gap-2">
        <h2 id="theme-fonts" className="text-sm font-semibold">
          {t('fonts')}
        </h2>
        {(['heading', 'body'] as const).map((role) => (
          <label key={role} className="grid gap-1 text-xs">
            {t(`fontRoles.${role}`)}
            <select
              className="pm-field-input"
              value={theme.fonts[role]}
              style={{ fontFamily: fontStacks[theme.fonts[role]].stack }}
              onChange={(e) => update({ theme: { ...theme, fonts: { ...theme.fonts, [role]: e.target.value as (typeof fontIds)[number] } } })}
            >
              {fontIds.map((font) => (
                <option key={font} value={font}>
                  {t(`fontNames.${font}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </section>

      <ChoiceGroup
        label={t('radius')}
        value={theme.radius}
        options={Object.keys(radii)}
        optionLabel={(v) => t(`radii.${v}`)}
        onChange={(radius) => update({ theme: { ...theme, radius: radius as keyof typeof radii } })}
      />
      <ChoiceGroup
        label={t('spacing')}
        value={theme.spacing}
        options={Object.keys(spacings)}
        optionLabel={(v) => t(`spacings.${v}`)}
        onChange={(spacing) => update({ theme: { ...theme, spacing: spacing as keyof typeof spacings } })}
      />
    </div>
  );
}

function ChoiceGroup({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  label: string;
  value: string;
  options: string[];
  optionLabel: (v: string) => string;
  onChange: (v: string) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">{label}</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={value === option}
            className={cn(
              'rounded-md border px-2.5 py-1 text-xs',
              value === option
                ? 'border-brand-600 bg-brand-50 font-semibold text-brand-800 dark:bg-brand-900/40 dark:text-brand-200'
                : 'border-zinc-300 dark:border-zinc-700',
            )}
            onClick={() => onChange(option)}
          >
            {optionLabel(option)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
