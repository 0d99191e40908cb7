'use client';
// The page's root props in Puck (title, description, social image, and the site theme), read and
// changed through Puck so that undo and redo cover them like any section edit.
import { createUsePuck } from '@puckeditor/core';
import type { Theme } from '@/lib/sites/theme';
import type { RootProps } from './puck-config';

const usePuck = createUsePuck();

export function useRootProps(): [RootProps, (patch: Partial<RootProps>) => void] {
  const props = usePuck((s) => s.appState.data.root.props) as RootProps;
  const dispatch = usePuck((s) => s.dispatch);
  const getData = usePuck((s) => s.appState.data);
  const update = (patch: Partial<RootProps>) => {
    const current = (getData.root.props ?? {}) as RootProps;
    dispatch({ type: 'replaceRoot', root: { props: { ...current, ...patch } } });
  };
  return [props, update];
}

export type { Theme };
