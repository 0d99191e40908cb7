'use client';
// The modal dialog of ui/Dialog.tsx for screens that open one only now and then (the editor):
// Radix's dialog code (focus trap, scroll lock, portal) loads the first time one opens, not with
// the page. Until it has loaded (a few milliseconds), the same frame shows with its title and a
// still placeholder. It takes no trigger: the screen keeps `open` itself.
import { lazy, Suspense, type ComponentProps } from 'react';
import type { Dialog } from './Dialog';

type DialogProps = Omit<ComponentProps<typeof Dialog>, 'trigger'>;

const RadixDialog = lazy(() => import('./Dialog').then((m) => ({ default: m.Dialog })));

export function LazyDialog(props: DialogProps) {
  if (!props.open) return null;
  return (
    <Suspense fallback={<DialogFrame title={props.title} description={props.description} />}>
      <RadixDialog {...props} />
    </Suspense>
  );
}

// ui/Dialog's overlay and card, for a dialog whose code is still loading. It takes no focus: Radix
// moves it into the dialog once loaded, as it does when the dialog opens.
export function DialogFrame({ title, description }: { title: React.ReactNode; description?: React.ReactNode }) {
  return (
    <div aria-busy="true">
      <div className="fixed inset-0 z-40 bg-black/50" />
      <div className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl dark:bg-zinc-900">
        <p className="text-lg font-semibold">{title}</p>
        {description && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>}
        <div className="mt-4 grid gap-2" aria-hidden="true">
          <div className="h-4 w-3/4 rounded bg-zinc-100 dark:bg-zinc-800" />
          <div className="h-4 w-1/2 rounded bg-zinc-100 dark:bg-zinc-800" />
          <div className="mt-2 ml-auto h-10 w-28 rounded-lg bg-zinc-100 dark:bg-zinc-800" />
        </div>
      </div>
    </div>
  );
}
