// What the editor shows while its code and the site load: the same frame, greyed out.
export function EditorSkeleton({ label }: { label: string }) {
  return (
    <div className="flex h-dvh flex-col bg-zinc-100 dark:bg-zinc-950" role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="h-14 border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" />
      <div className="flex flex-1">
        <div className="hidden w-72 border-r border-zinc-200 bg-white lg:block dark:border-zinc-800 dark:bg-zinc-900" />
        <div className="m-4 flex-1 animate-pulse rounded-md bg-white dark:bg-zinc-900" />
        <div className="hidden w-80 border-l border-zinc-200 bg-white lg:block dark:border-zinc-800 dark:bg-zinc-900" />
      </div>
    </div>
  );
}
