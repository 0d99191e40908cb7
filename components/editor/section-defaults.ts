'use client';
// The section types' defaults (lib/sites/section-defaults.ts) in the editor: one module, loaded when
// the owner first selects a section (its lists' new items take their shape from it), opens the
// library (previews draw them) or the add page form, so not with the editor's first load.
import { useSyncExternalStore } from 'react';
import type { sectionDefaults as SectionDefaults } from '@/lib/sites/section-defaults';

let loaded: typeof SectionDefaults | null = null;
let pending: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadSectionDefaults(): Promise<void> {
  pending ??= import('@/lib/sites/section-defaults').then(
    (m) => {
      loaded = m.sectionDefaults;
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      // A failed load (the network) is forgotten, so the next call tries again.
      pending = null;
      throw error;
    },
  );
  return pending;
}

// A type's defaults once loaded, else undefined.
export function loadedSectionDefaults(type: string): Record<string, unknown> | undefined {
  return loaded && Object.hasOwn(loaded, type) ? (loaded[type as keyof typeof SectionDefaults] as Record<string, unknown>) : undefined;
}

// A type's defaults in a component: undefined until loaded (the component asks for them).
export function useSectionDefaults(type: string): Record<string, unknown> | undefined {
  return useSyncExternalStore(
    subscribe,
    () => loadedSectionDefaults(type),
    () => undefined,
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
