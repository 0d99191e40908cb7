'use client';
// The page's root props in Puck (title, description, social image, and the site theme), read and
// changed through Puck so that undo and redo cover them like any section edit.
import { createUsePuck, useGetPuck } from '@puckeditor/core';
import { useEffect, useState } from 'react';
import type { Theme } from '@/lib/sites/theme';
import { paintCanvasTheme } from './canvas';
import { PaintQueue } from './paint-queue';
import type { RootProps } from './puck-config';

const usePuck = createUsePuck();

export function useRootProps(): [RootProps, (patch: Partial<RootProps>) => void] {
  const props = usePuck((s) => s.appState.data.root.props) as RootProps;
  const dispatch = usePuck((s) => s.dispatch);
  const getPuck = useGetPuck();
  const apply = (patch: Partial<RootProps>) => {
    const current = (getPuck().appState.data.root.props ?? {}) as RootProps;
    dispatch({ type: 'replaceRoot', root: { props: { ...current, ...patch } } });
  };
  // A theme change restyles the canvas first (its CSS, in the next frame); Puck, which walks the
  // whole page on a root change, takes it in once that frame is painted.
  const [themes] = useState(() => new PaintQueue<Theme>(() => undefined));
  useEffect(() => themes.setSend((theme) => apply({ theme })));
  const update = (patch: Partial<RootProps>) => {
    if (!patch.theme) return apply(patch);
    paintCanvasTheme(patch.theme);
    themes.push(patch.theme);
  };
  return [props, update];
}
